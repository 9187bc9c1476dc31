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
  const byWords = languageByFunctionWords(text);
  if (byWords) return byWords;
  const [best] = detectAll(text.slice(0, 5000), { only: [...ARTICLE_LANGUAGES] });
  return best?.lang ?? 'fr';
}

/** French and English articles are told apart by their function words, which names of Vietnamese places never are. */
const FUNCTION_WORDS: Record<string, Set<string>> = {
  fr: new Set(['le', 'la', 'les', 'de', 'des', 'du', 'et', 'un', 'une', 'est', 'ont', 'a', 'dans', 'pour', 'avec', 'sur', 'par', 'au', 'aux', 'que', 'qui', 'ce', 'cette']),
  en: new Set(['the', 'of', 'and', 'to', 'in', 'on', 'with', 'was', 'were', 'has', 'have', 'is', 'are', 'for', 'by', 'from', 'that', 'this', 'its', 'their']),
};

function languageByFunctionWords(text: string): string | null {
  const words = text.slice(0, 5000).toLowerCase().match(/[\p{L}]+/gu) ?? [];
  const counts = Object.entries(FUNCTION_WORDS).map(([lang, set]) => ({ lang, count: words.filter((w) => set.has(w)).length }));
  counts.sort((a, b) => b.count - a.count);
  const [first, second] = counts;
  return first.count >= 3 && first.count >= 2 * second.count ? first.lang : null;
}

/** The share of a text's letters that only Vietnamese uses. */
export function vietnameseShare(text: string): number {
  const letters = text.match(LETTER)?.length ?? 0;
  return letters ? (text.match(VIETNAMESE_ONLY)?.length ?? 0) / letters : 0;
}
