import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { vietnameseShare } from './language';
import { CAPTION_CREDIT, END_OF_ARTICLE, MAX_WORDS_OF_A_LABEL, MIN_WORDS_OF_A_CAPTION, NOISE_BLOCKS } from './patterns/noise';

/** The article's body as plain text, one block per paragraph, and the title when the page names one. */
export interface CleanedArticle {
  text: string;
  title?: string;
}

const BLOCK_ELEMENTS = 'p, h1, h2, h3, h4, h5, h6, li, blockquote, figcaption, pre, td';

/** An HTML page: the body Readability keeps, then the same block rules as plain text (captions and credits go). */
export function cleanHtml(html: string, lang?: string): CleanedArticle {
  const { document } = parseHTML(html);
  const parsed = new Readability(document as unknown as ConstructorParameters<typeof Readability>[0]).parse();
  const body = parsed?.content ? parseHTML(`<!doctype html><html><body>${parsed.content}</body></html>`).document : document;
  const blocks = [...body.querySelectorAll(BLOCK_ELEMENTS)]
    .filter((element) => !element.querySelector(BLOCK_ELEMENTS))
    .map((element) => normalizeSpace(element.textContent ?? ''))
    .filter(Boolean);
  const title = parsed?.title ? normalizeSpace(parsed.title) : undefined;
  return { text: cleanBlocks(blocks, lang), ...(title ? { title } : {}) };
}

/** Plain text: the page's blocks less menus, datelines, captions, credits, "related" headlines and what follows the article. */
export function cleanText(text: string, lang?: string): CleanedArticle {
  const blocks = text.split(/\r?\n/).map(normalizeSpace).filter(Boolean);
  return { text: cleanBlocks(blocks, lang) };
}

/** Whether a document is HTML rather than plain text. */
export function looksLikeHtml(text: string): boolean {
  return /^\s*(<!doctype html|<html[\s>])/i.test(text) || /<(p|div|article|body)[\s>]/i.test(text.slice(0, 5000));
}

function cleanBlocks(blocks: string[], lang?: string): string {
  const kept: string[] = [];
  const seen = new Set<string>();
  for (const raw of blocks) {
    const block = withoutCredit(raw);
    if (!block) continue;
    if (kept.length > 0 && END_OF_ARTICLE.some((pattern) => pattern.test(block))) break;
    if (NOISE_BLOCKS.some((pattern) => pattern.test(block))) continue;
    if (lang !== 'vi' && vietnameseShare(block) > 0.05) continue;
    if (seen.has(block)) continue;
    seen.add(block);
    if (kept.length > 1 && isLabel(block)) continue;
    kept.push(block);
  }
  return withoutLeadRepeats(kept).join('\n\n');
}

/** A lead repeated as the first sentence of the body ("Hanoi (VNA) - <the lead>") is said once. */
function withoutLeadRepeats(blocks: string[]): string[] {
  return blocks.filter((block, index) => !blocks.some((other, j) => j > index && other.length > block.length && block.length > 80 && other.endsWith(block)));
}

/** A caption loses its credit ("… Photo : VNA"), and goes when too little is left to state anything. */
function withoutCredit(block: string): string {
  if (!CAPTION_CREDIT.test(block)) return block;
  const caption = block.replace(CAPTION_CREDIT, '').trim();
  const sentence = /[.!?]$/.test(caption) ? caption : `${caption}.`;
  return caption.split(/\s+/).length >= MIN_WORDS_OF_A_CAPTION ? sentence : '';
}

function isLabel(block: string): boolean {
  return block.split(' ').length <= MAX_WORDS_OF_A_LABEL && !/[.!?:;»"”)]$/.test(block);
}

function normalizeSpace(text: string): string {
  return text.replace(/[\s\u00a0]+/g, ' ').trim();
}
