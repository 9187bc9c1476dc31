import { el } from './dom';
import type { ArticleInput, ReviewStatus, ReviewSummary } from './review-operations';

export interface ReviewListOptions {
  onOpen(id: string): void;
  onMore(): void;
  onFilter(status: ReviewStatus | null): void;
  onSubmit(input: ArticleInput): void;
}

/** The reviews, newest first, and the form that submits a new article. */
export class ReviewList {
  readonly element: HTMLElement;
  private readonly list: HTMLElement;
  private readonly heading: HTMLElement;
  readonly form: HTMLFormElement;
  private readonly formStatus: HTMLElement;

  constructor(private readonly options: ReviewListOptions) {
    this.heading = el('h2', { id: 'review-list-title' }, 'Article reviews');
    const filter = el(
      'select',
      { id: 'review-status-filter' },
      el('option', { value: '' }, 'all'),
      el('option', { value: 'OPEN' }, 'open (candidates pending)'),
      el('option', { value: 'CLOSED' }, 'closed'),
    );
    filter.addEventListener('change', () => this.options.onFilter(filter.value === 'OPEN' || filter.value === 'CLOSED' ? filter.value : null));
    this.list = el('div', { id: 'review-list' });
    this.formStatus = el('p', { class: 'form-status' });
    this.form = this.submitForm();
    this.element = el(
      'section',
      { class: 'review-list', 'aria-labelledby': 'review-list-title' },
      el('div', { class: 'review-list-head' }, this.heading, el('label', { class: 'inline-label' }, 'Show ', filter)),
      this.list,
      el(
        'details',
        { class: 'submit-article', id: 'submit-article' },
        el('summary', {}, 'Submit an article'),
        this.form,
        this.formStatus,
      ),
    );
  }

  showLoading(): void {
    this.list.replaceChildren(el('p', { class: 'muted', role: 'status' }, 'Loading…'));
  }

  showMessage(text: string, { error = false } = {}): void {
    this.list.replaceChildren(el('p', { class: error ? 'error' : 'muted' }, text));
  }

  /** The reviews loaded so far; `more` offers the next page. */
  render(reviews: ReviewSummary[], totalCount: number, { more }: { more: boolean }): void {
    this.heading.textContent = `Article reviews (${totalCount})`;
    if (!reviews.length) {
      this.showMessage('No article has been submitted yet: submit one below.');
      return;
    }
    const header = el('tr', {}, ...['Article', 'Publisher', 'Published', 'Status', 'Pending', 'Accepted', 'Rejected', 'Added'].map((label) => el('th', { scope: 'col' }, label)));
    const rows = reviews.map((review) => {
      const open = el('button', { type: 'button', class: 'link-button', 'data-review-id': review.id }, review.title || review.url || review.id);
      open.addEventListener('click', () => this.options.onOpen(review.id));
      const { counts } = review;
      return el(
        'tr',
        { class: `review-row status-${review.status.toLowerCase()}` },
        el('td', {}, open),
        el('td', {}, review.publisher ?? '—'),
        el('td', {}, el('time', {}, review.publishedOn ?? '—')),
        el('td', {}, review.status === 'OPEN' ? 'open' : 'closed'),
        el('td', {}, counts.pending),
        el('td', {}, counts.accepted + counts.edited),
        el('td', {}, counts.rejected),
        el('td', {}, counts.added),
      );
    });
    const moreButton = more ? el('button', { type: 'button', id: 'more-reviews' }, `Show more (${reviews.length} of ${totalCount} shown)`) : null;
    moreButton?.addEventListener('click', () => this.options.onMore());
    this.list.replaceChildren(el('table', { class: 'review-table' }, el('caption', { class: 'visually-hidden' }, 'Submitted articles, newest first'), el('thead', {}, header), el('tbody', {}, ...rows)), moreButton ?? '');
  }

  showSubmitResult(text: string, { error = false } = {}): void {
    this.formStatus.textContent = text;
    this.formStatus.classList.toggle('error', error);
  }

  private submitForm(): HTMLFormElement {
    const field = (id: string, label: string, input: HTMLElement) => el('div', { class: 'field' }, el('label', { for: id }, label), input);
    const content = el('textarea', { id: 'article-content', name: 'content', rows: '8', required: true, placeholder: 'Paste the article as text or HTML' });
    const url = el('input', { id: 'article-url', name: 'url', type: 'url', placeholder: 'https://…' });
    const title = el('input', { id: 'article-title', name: 'title', type: 'text' });
    const publisher = el('input', { id: 'article-publisher', name: 'publisher', type: 'text' });
    const publishedOn = el('input', { id: 'article-published', name: 'publishedOn', type: 'date' });
    const lang = el('select', { id: 'article-lang', name: 'lang' }, el('option', { value: '' }, 'detect'), el('option', { value: 'fr' }, 'French'), el('option', { value: 'en' }, 'English'), el('option', { value: 'vi' }, 'Vietnamese'));
    const form = el(
      'form',
      { class: 'article-form' },
      field('article-content', 'Article text or HTML', content),
      el('div', { class: 'field-row' }, field('article-url', 'Address (URL)', url), field('article-title', 'Title', title)),
      el('div', { class: 'field-row' }, field('article-publisher', 'Publisher', publisher), field('article-published', 'Published on', publishedOn), field('article-lang', 'Language', lang)),
      el('button', { type: 'submit', id: 'submit-article-button' }, 'Submit for review'),
    );
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      const optional = (value: string) => value.trim() || null;
      this.options.onSubmit({
        content: content.value,
        url: optional(url.value),
        title: optional(title.value),
        publisher: optional(publisher.value),
        publishedOn: optional(publishedOn.value),
        lang: optional(lang.value),
      });
    });
    return form;
  }
}
