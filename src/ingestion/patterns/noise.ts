/**
 * What news pages wrap an article in, as seen on the Vietnamese and French-language sites the press review reads.
 * Each pattern is tested against one block (a line or paragraph) of plain text.
 */

/** A block from which on everything is the site's, not the article's: comments, "same topic" lists, trailing teasers. */
export const END_OF_ARTICLE: RegExp[] = [
  /^comments?\s*\(\d+\)$/i,
  /^commentaires?\s*\(\d+\)$/i,
  /^(même sujet|même catégorie|même auteur|voir plus|voir aussi|lire aussi|à lire aussi|articles? liés?|sur le même sujet)$/i,
  /^(related( news| articles| posts)?|read more|see more|more news|you may also like|most read)$/i,
  /^(tin liên quan|xem thêm|bài liên quan|cùng chuyên mục)$/i,
];

/** Blocks dropped wherever they stand. */
export const NOISE_BLOCKS: RegExp[] = [
  // A photo credit alone: "(Photo : Hien Anh)", "Photo: VNA", "(Source : VNA)", "(Nguồn: TTXVN)".
  /^\s*\((photo|ảnh|source|nguồn)\s*:[^)]*\)\s*$/i,
  /^\s*(photo|ảnh|crédit photo)\s*:\s*[^.]{1,60}$/i,
  // A "related" headline: ">> Title", "Related: Title", "Lire aussi : Title".
  /^\s*(>>|»|related\s*:|lire aussi\s*:|voir aussi\s*:|see also\s*:|xem thêm\s*:)/i,
  // A dateline of the aggregator: "Báo Quốc TếBáo Quốc Tế09/10/2025", "Việt NamViệt Nam25/11/2023".
  /^[^.!?]{0,60}\d{1,2}\/\d{1,2}\/\d{4}$/,
  // A link to the original: "Source : https://…", or the word alone.
  /^(source|nguồn)\s*(:\s*\S*)?$/i,
  /^(no data|no videos available|simple empty|chargement…?|loading…?)$/i,
  /^https?:\/\/\S+$/i,
  // A menu or breadcrumb: three or more short items between bars, arrows or chevrons.
  /^[^.!?|>›»]{1,30}(?:\s*[|>›»/]\s*[^.!?|>›»]{1,30}){2,}$/,
  // A publication line, which the caller gives as --published.
  /^(publié|mis à jour|published|updated|posted)\s+(le\s+|on\s+)?[\d/.: -]+$/i,
];

/**
 * A credit that ends a caption: the caption is kept without it, for a caption often reports the signing the body
 * only alludes to ("Cérémonie de signature de l'accord … entre X et Y. Photo : VNA").
 */
export const CAPTION_CREDIT = /(?:\s*\((?:photo|ảnh|source|nguồn)\s*:[^)]*\)|(?:^|(?<=[.!?])|\s)\s*(?:photo|ảnh|crédit photo)\s*:\s*[^.]{1,60})\s*$/i;

/** What is left of a caption once its credit goes must be this long to be kept: "Lors de la conférence." is not. */
export const MIN_WORDS_OF_A_CAPTION = 7;

/** A block this short without a sentence's end, after the article has begun, is a menu entry, a byline or a label. */
export const MAX_WORDS_OF_A_LABEL = 5;
