import { el } from './dom';
import { segmentText, type OwnedSpan } from './highlight-segments';

export interface ArticleTextOptions {
  /** The reader clicked highlighted text: the candidates whose evidence covers it, innermost first. */
  onHighlightClick(owners: string[]): void;
}

/** A span of the article the reader selected with the mouse, as offsets into the cleaned text. */
export interface SelectedSpan {
  start: number;
  end: number;
  text: string;
}

/**
 * The article's cleaned text with every candidate's evidence highlighted. The text is untrusted: it goes into the
 * page as text nodes only. Overlapping evidence is cut into pieces (segmentText), each a <mark> naming every
 * candidate it belongs to, so nested spans show darker and none is lost.
 */
export class ArticleText {
  readonly element: HTMLElement;
  private text = '';

  constructor(private readonly options: ArticleTextOptions) {
    this.element = el('div', { class: 'article-text', id: 'review-article-text', 'aria-label': 'The article, with the evidence of each candidate highlighted' });
    this.element.addEventListener('click', (event) => {
      const mark = (event.target as Element).closest?.('mark[data-owners]');
      if (!mark || window.getSelection()?.isCollapsed === false) return;
      this.options.onHighlightClick((mark.getAttribute('data-owners') ?? '').split(' ').filter(Boolean));
    });
  }

  render(text: string, spans: OwnedSpan[]): void {
    this.text = text;
    const lengths = new Map(spans.map((span) => [span.owner, 0]));
    for (const span of spans) lengths.set(span.owner, (lengths.get(span.owner) ?? 0) + (span.end - span.start));
    const pieces = segmentText(text, spans).map((segment) => {
      if (!segment.owners.length) return document.createTextNode(segment.text);
      // The candidate with the shortest evidence first: clicking nested text picks the most specific candidate.
      const owners = [...segment.owners].sort((a, b) => (lengths.get(a) ?? 0) - (lengths.get(b) ?? 0));
      return el('mark', { class: `evidence layers-${Math.min(owners.length, 3)}`, 'data-owners': owners.join(' '), 'data-start': String(segment.start) }, segment.text);
    });
    this.element.replaceChildren(...pieces);
  }

  /** Marks the evidence of one candidate as current and brings its first piece into view. */
  emphasise(owner: string | null, { scroll }: { scroll: boolean }): void {
    let first: Element | null = null;
    for (const mark of this.element.querySelectorAll('mark[data-owners]')) {
      const current = owner !== null && (mark.getAttribute('data-owners') ?? '').split(' ').includes(owner);
      mark.classList.toggle('current', current);
      first ??= current ? mark : null;
    }
    if (first && scroll) first.scrollIntoView({ block: 'center', behavior: 'smooth' });
  }

  /** The text the reader has selected inside the article, or null when the selection is empty or elsewhere. */
  selectedSpan(): SelectedSpan | null {
    const selection = window.getSelection();
    if (!selection || selection.isCollapsed || selection.rangeCount === 0) return null;
    const range = selection.getRangeAt(0);
    if (!this.element.contains(range.startContainer) || !this.element.contains(range.endContainer)) return null;
    const start = this.offsetOf(range.startContainer, range.startOffset);
    const end = this.offsetOf(range.endContainer, range.endOffset);
    if (end <= start) return null;
    return { start, end, text: this.text.slice(start, end) };
  }

  /** The offset into the text of a point in the rendered article: the length of the text before it. */
  private offsetOf(node: Node, offset: number): number {
    const before = document.createRange();
    before.setStart(this.element, 0);
    before.setEnd(node, offset);
    return before.toString().length;
  }
}
