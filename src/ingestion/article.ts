import { ArticleMeta } from './candidate';
import { cleanHtml, cleanText, looksLikeHtml } from './clean';
import { detectLanguage } from './language';

/** An article as it comes: its page or text, and what the caller knows of it. */
export interface ArticleInput {
  content: string;
  url?: string;
  publisher?: string;
  publishedOn?: string;
  /** The caller's language hint wins over detection. */
  lang?: string;
  title?: string;
}

export interface ReadArticle {
  meta: ArticleMeta;
  text: string;
}

/** The article's cleaned body and what is known of it; HTML goes through Readability, plain text through the block rules. */
export function readArticle(input: ArticleInput): ReadArticle {
  const html = looksLikeHtml(input.content);
  const firstPass = html ? cleanHtml(input.content, input.lang) : cleanText(input.content, input.lang);
  const lang = detectLanguage(firstPass.text, input.lang);
  // The block rules drop text in another language than the article's, so they need the language first.
  const cleaned = input.lang || lang === 'fr' ? firstPass : html ? cleanHtml(input.content, lang) : cleanText(input.content, lang);
  const title = input.title ?? cleaned.title;
  const meta: ArticleMeta = {
    ...(input.url ? { url: input.url } : {}),
    ...(input.publisher ? { publisher: input.publisher } : {}),
    ...(input.publishedOn ? { publishedOn: input.publishedOn } : {}),
    lang,
    ...(title ? { title } : {}),
  };
  return { meta, text: cleaned.text };
}
