import { detectAll } from 'tinyld/heavy';

/** The languages the pipeline reads; the detector chooses among these only, which keeps short news text from being taken for Hungarian. */
export const ARTICLE_LANGUAGES = ['fr', 'en', 'vi'] as const;
export type ArticleLanguage = (typeof ARTICLE_LANGUAGES)[number];

/** Letters only Vietnamese writes among the three (French shares â, ê, ô): a block dense in them is Vietnamese. */
const VIETNAMESE_ONLY = /[ăđơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹĂĐƠƯẠẢẤẦẨẪẬẮẰẲẴẶẸẺẼẾỀỂỄỆỈỊỌỎỐỒỔỖỘỚỜỞỠỢỤỦỨỪỬỮỰỲỴỶỸ]/gu;
const LETTER = /\p{L}/gu;

/** The language of a text: the caller's hint when given, else the detector's best guess among fr, en and vi (fr when it has none). */
export function detectLanguage(text: string, hint?: string): string {
  if (hint) return hint.toLowerCase();
  if (vietnameseShare(text) > 0.05) return 'vi';
  const [best] = detectAll(text.slice(0, 5000), { only: [...ARTICLE_LANGUAGES] });
  return best?.lang ?? 'fr';
}

/** The share of a text's letters that only Vietnamese uses. */
export function vietnameseShare(text: string): number {
  const letters = text.match(LETTER)?.length ?? 0;
  return letters ? (text.match(VIETNAMESE_ONLY)?.length ?? 0) / letters : 0;
}
