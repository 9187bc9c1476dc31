import { ApiError } from './api';
import { ApiKeyBar } from './api-key-bar';
import { el } from './dom';
import { ArticleText } from './review-article';
import { isAccessError, reviewApi, reviewErrorMessage } from './review-api';
import { BulkBar } from './review-bulk-bar';
import { CandidateList } from './review-candidates';
import { ReviewList } from './review-list';
import { MissedFactForm } from './review-missed-fact';
import type { ArticleInput, ArticleReview, CandidateDecisionInput, DecisionAction, NewCandidateInput, ReviewStatus, ReviewSummary } from './review-operations';
import { candidateTitle, FACT_CLASS_LABELS, orderCandidates, parseRecord } from './review-records';
import { ShortcutHelp } from './review-shortcut-help';
import { shortcutFor, takesTyping, type ShortcutAction } from './review-shortcuts';

export interface ReviewScreenOptions {
  /** The review and candidate on screen changed: the URL follows. */
  onChange(review: string | null, candidate: string | null): void;
}

/**
 * The review screen: the list of submitted articles and, for one article, its text with the evidence highlighted
 * beside the candidates to accept, edit or reject. Every operation needs an editor's API key, entered here.
 */
export class ReviewScreen {
  private readonly announcer: HTMLElement;
  private readonly keyBar: ApiKeyBar;
  private readonly help: ShortcutHelp;
  private readonly listView: HTMLElement;
  private readonly detailView: HTMLElement;
  private readonly reviewHeader: HTMLElement;
  private readonly list: ReviewList;
  private readonly article: ArticleText;
  private readonly candidates: CandidateList;
  private readonly bulkBar: BulkBar;
  private readonly missedFact: MissedFactForm;

  private active = false;
  private statusFilter: ReviewStatus | null = null;
  /** The reviews listed so far, and the cursor of the next page. */
  private listed: { reviews: ReviewSummary[]; next: string | null } = { reviews: [], next: null };
  /** The review asked for (by the URL or a click), kept when it could not be read, so that a key entered then opens it. */
  private requested: string | null = null;
  private review: ArticleReview | null = null;
  private current: string | null = null;
  private selected = new Set<string>();
  private editing: string | null = null;
  private errors = new Map<string, string>();
  private busy = false;
  /** Counts the reviews opened; an answer for one opened before is dropped. */
  private opened = 0;

  constructor(
    container: HTMLElement,
    private readonly options: ReviewScreenOptions,
  ) {
    this.announcer = el('p', { id: 'review-announcer', class: 'review-announcer', role: 'status', 'aria-live': 'polite' });
    this.keyBar = new ApiKeyBar({
      onChange: (set) => {
        this.announce(set ? 'API key set for this tab.' : 'API key forgotten.');
        if (set) void this.reload();
      },
    });
    this.help = new ShortcutHelp();
    this.list = new ReviewList({
      onOpen: (id) => void this.openReview(id, null),
      onMore: () => void this.loadList({ more: true }),
      onFilter: (status) => {
        this.statusFilter = status;
        void this.loadList();
      },
      onSubmit: (input) => void this.submit(input),
    });
    this.listView = el('div', { class: 'review-list-view' }, this.list.element);

    this.article = new ArticleText({ onHighlightClick: (owners) => this.pickFromHighlight(owners) });
    this.candidates = new CandidateList({
      onSelect: (key) => this.setCurrent(key, { focus: false, scroll: true }),
      onToggle: (key, selected) => this.toggle(key, selected),
      onDecide: (key, action) => void this.decide([{ key, action }]),
      onEdit: (key) => this.openEditor(key),
      onSaveEdit: (key, text) => void this.saveEdit(key, text),
      onCancelEdit: (key) => this.closeEditor(key),
    });
    this.bulkBar = new BulkBar({
      onDecide: (keys, action) => void this.decide(keys.map((key) => ({ key, action })), { bulk: true }),
      onSelect: (keys) => {
        for (const key of keys) this.selected.add(key);
        this.refreshSelection();
        this.announce(`${keys.length} candidates selected.`);
      },
      onClear: () => {
        this.selected.clear();
        this.refreshSelection();
      },
      onNoneAbove: (threshold) => this.announce(`No pending candidate has a confidence of ${threshold} or more.`),
    });
    this.missedFact = new MissedFactForm({
      selectedSpan: () => (this.review ? this.article.selectedSpan() : null),
      onAdd: (input) => this.addMissedFact(input),
      announce: (message) => this.announce(message),
    });
    this.reviewHeader = el('header', { class: 'review-header' });
    this.detailView = el(
      'div',
      { class: 'review-detail', hidden: true },
      this.reviewHeader,
      el(
        'div',
        { class: 'review-columns' },
        el(
          'section',
          { class: 'review-article', 'aria-labelledby': 'review-article-title' },
          el('h3', { id: 'review-article-title' }, 'Article'),
          el('p', { class: 'muted hint' }, 'Click highlighted text to open its candidate; select text to add a fact the pipeline missed.'),
          this.article.element,
          this.missedFact.element,
        ),
        el(
          'section',
          { class: 'review-candidates', 'aria-labelledby': 'review-candidates-title' },
          el('h3', { id: 'review-candidates-title' }, 'Candidates'),
          this.bulkBar.element,
          this.candidates.element,
        ),
      ),
    );
    container.replaceChildren(el('div', { class: 'review-bar' }, this.keyBar.element, this.help.button), this.announcer, this.help.element, this.listView, this.detailView);
    document.addEventListener('keydown', (event) => this.onKey(event));
  }

  /** Shows the screen for a URL's review (null: the list) and candidate; the app calls it when the mode is review. */
  async show(reviewId: string | null, candidate: string | null): Promise<void> {
    this.active = true;
    if (reviewId) await this.openReview(reviewId, candidate);
    else await this.showList();
  }

  hide(): void {
    this.active = false;
    this.help.close();
  }

  private reload(): Promise<void> {
    return this.requested ? this.openReview(this.requested, this.current) : this.showList();
  }

  // The list

  private async showList(): Promise<void> {
    this.opened++;
    this.requested = null;
    this.review = null;
    this.listView.hidden = false;
    this.detailView.hidden = true;
    this.options.onChange(null, null);
    await this.loadList();
  }

  private async loadList({ more = false } = {}): Promise<void> {
    const opened = this.opened;
    if (!more) {
      this.listed = { reviews: [], next: null };
      this.list.showLoading();
    }
    try {
      const page = await reviewApi.list(this.statusFilter, more ? this.listed.next : null);
      if (opened !== this.opened) return;
      this.listed = { reviews: [...this.listed.reviews, ...page.reviews], next: page.next };
      this.list.render(this.listed.reviews, page.totalCount, { more: page.next !== null });
    } catch (error) {
      if (opened === this.opened) this.list.showMessage(reviewErrorMessage(error), { error: true });
    }
  }

  private async submit(input: ArticleInput): Promise<void> {
    if (!input.content.trim()) {
      this.list.showSubmitResult('Paste the article first.', { error: true });
      return;
    }
    this.list.showSubmitResult('Submitting…');
    try {
      const { created, review } = await reviewApi.submit(input);
      const name = review.title || review.url || review.id;
      const message = created
        ? `Submitted: “${name}”, ${review.counts.pending} candidates to review.`
        : `This article had already been submitted (the same cleaned text): “${name}”. Opening its review.`;
      this.list.showSubmitResult(message);
      this.announce(message);
      if (created) this.list.form.reset();
      await this.openReview(review.id, null);
    } catch (error) {
      const message = reviewErrorMessage(error);
      this.list.showSubmitResult(message, { error: true });
      this.announce(`Not submitted: ${message}`);
    }
  }

  // One review

  private async openReview(id: string, candidate: string | null): Promise<void> {
    const opened = ++this.opened;
    this.requested = id;
    if (this.review?.id !== id) this.resetReviewState();
    this.listView.hidden = true;
    this.detailView.hidden = false;
    this.reviewHeader.replaceChildren(this.backButton(), el('p', { class: 'muted', role: 'status' }, 'Loading the review…'));
    try {
      const review = await reviewApi.get(id);
      if (opened !== this.opened) return;
      if (!review) {
        this.review = null;
        this.reviewHeader.replaceChildren(this.backButton(), el('p', { class: 'error' }, `No review ${id}.`));
        this.article.element.replaceChildren();
        this.candidates.element.replaceChildren();
        return;
      }
      this.review = review;
      this.current = candidate && review.candidates.some((item) => item.key === candidate) ? candidate : (this.current ?? this.firstPending());
      this.renderReview();
      this.setCurrent(this.current, { focus: false, scroll: true });
    } catch (error) {
      if (opened !== this.opened) return;
      this.reviewHeader.replaceChildren(this.backButton(), el('p', { class: 'error' }, reviewErrorMessage(error)));
      if (isAccessError(error)) this.keyBar.focus();
    }
  }

  private resetReviewState(): void {
    this.current = null;
    this.selected = new Set();
    this.editing = null;
    this.errors = new Map();
    this.bulkBar.showError(null);
    this.missedFact.reset();
  }

  private backButton(): HTMLElement {
    const back = el('button', { type: 'button', class: 'back' }, '← All reviews');
    back.addEventListener('click', () => void this.showList());
    return back;
  }

  private firstPending(): string | null {
    const ordered = orderCandidates(this.review?.candidates ?? []);
    return (ordered.find((candidate) => candidate.decision === 'PENDING') ?? ordered[0])?.key ?? null;
  }

  private orderedKeys(): string[] {
    return this.candidates.keys.length ? this.candidates.keys : (this.review?.candidates.map((candidate) => candidate.key) ?? []);
  }

  private renderReview(): void {
    const review = this.review!;
    this.reviewHeader.replaceChildren(this.backButton(), ...reviewHeading(review));
    this.article.render(
      review.text,
      review.candidates.flatMap((candidate) => candidate.evidence.map((span) => ({ start: span.start, end: span.end, owner: candidate.key }))),
    );
    this.renderCandidates();
    this.bulkBar.render(review.candidates, this.selected);
  }

  /** The selection changed from outside the list (the bulk bar): the checkboxes and the bar follow. */
  private refreshSelection(): void {
    this.renderCandidates();
    this.candidates.markCurrent(this.current, { focus: false });
    if (this.review) this.bulkBar.render(this.review.candidates, this.selected);
  }

  private renderCandidates(): void {
    const draft = this.editing ? this.candidates.draft() : null;
    const pending = new Set(this.review?.candidates.filter((candidate) => candidate.decision === 'PENDING').map((candidate) => candidate.key));
    for (const key of this.selected) if (!pending.has(key)) this.selected.delete(key);
    this.candidates.render(this.review?.candidates ?? [], { current: this.current, selected: this.selected, editing: this.editing, draft, errors: this.errors });
  }

  private setCurrent(key: string | null, { focus, scroll }: { focus: boolean; scroll: boolean }): void {
    this.current = key;
    this.candidates.markCurrent(key, { focus });
    this.article.emphasise(key, { scroll });
    if (this.review) this.options.onChange(this.review.id, key);
  }

  /** Clicking highlighted text opens its candidate; clicking again where several overlap moves to the next of them. */
  private pickFromHighlight(owners: string[]): void {
    if (!owners.length) return;
    const index = this.current ? owners.indexOf(this.current) : -1;
    const key = owners[(index + 1) % owners.length];
    this.setCurrent(key, { focus: false, scroll: false });
    const candidate = this.candidates.candidate(key);
    if (candidate) this.announce(`${FACT_CLASS_LABELS[candidate.factClass]}: ${candidateTitle(candidate)}${owners.length > 1 ? ` (1 of ${owners.length} candidates on this text; click again for the next)` : ''}.`);
  }

  private move(step: 1 | -1): void {
    const keys = this.orderedKeys();
    if (!keys.length) return;
    const index = this.current ? keys.indexOf(this.current) : -1;
    const next = index === -1 ? (step === 1 ? 0 : keys.length - 1) : Math.min(keys.length - 1, Math.max(0, index + step));
    this.setCurrent(keys[next], { focus: true, scroll: true });
  }

  private toggle(key: string, selected: boolean): void {
    if (selected) this.selected.add(key);
    else this.selected.delete(key);
    const checkbox = [...this.candidates.element.querySelectorAll<HTMLElement>('.candidate')].find((item) => item.dataset.key === key)?.querySelector<HTMLInputElement>('.candidate-check');
    if (checkbox) checkbox.checked = selected;
    if (this.review) this.bulkBar.render(this.review.candidates, this.selected);
  }

  // Decisions

  private async decide(decisions: CandidateDecisionInput[], { bulk = false } = {}): Promise<void> {
    const review = this.review;
    if (!review || this.busy || !decisions.length) return;
    this.busy = true;
    for (const { key } of decisions) this.errors.delete(key);
    this.bulkBar.showError(null);
    const wasCurrent = this.current;
    try {
      const result = await reviewApi.decide(review.id, decisions);
      if (this.review?.id !== review.id) return;
      this.review = result.review;
      for (const { key } of decisions) this.selected.delete(key);
      if (decisions.some((decision) => decision.key === this.editing)) this.editing = null;
      this.renderReview();
      const next = !bulk && wasCurrent && decisions.some((decision) => decision.key === wasCurrent) ? this.nextPendingAfter(wasCurrent) : this.current;
      // A bulk decision leaves the focus on the bar that made it.
      this.setCurrent(next, { focus: !bulk, scroll: true });
      this.announce(this.describeDecided(decisions, result.decided));
    } catch (error) {
      const conflict = error instanceof ApiError && error.codes.includes('CONFLICT');
      const message = `${reviewErrorMessage(error)}${conflict ? ' The review has been reloaded to show the decisions as they stand.' : ''}`;
      if (bulk) {
        this.bulkBar.showError(message);
      } else {
        for (const { key } of decisions) this.errors.set(key, message);
        this.renderCandidates();
        this.candidates.markCurrent(this.current, { focus: false });
        if (this.editing) this.candidates.focusEditor(this.editing);
      }
      this.announce(`Not saved: ${message}`);
      if (conflict) await this.openReview(review.id, this.current);
    } finally {
      this.busy = false;
    }
  }

  private describeDecided(decisions: CandidateDecisionInput[], decided: { key: string; decision: string; writtenIds: string[] }[]): string {
    const verbs: Record<DecisionAction, string> = { ACCEPT: 'Accepted', EDIT: 'Accepted as edited', REJECT: 'Rejected' };
    if (decisions.length === 1) {
      const candidate = this.candidates.candidate(decisions[0].key);
      const written = decided[0]?.writtenIds ?? [];
      return `${verbs[decisions[0].action]} “${candidate ? candidateTitle(candidate) : decisions[0].key}”${written.length ? `; the graph now cites it for ${written.join(', ')}` : ''}.`;
    }
    const actions = new Set(decisions.map((decision) => decision.action));
    return `${actions.size === 1 ? verbs[decisions[0].action] : 'Decided'} ${decisions.length} candidates.`;
  }

  private nextPendingAfter(key: string): string | null {
    const keys = this.orderedKeys();
    const index = keys.indexOf(key);
    const pending = (candidateKey: string) => this.candidates.candidate(candidateKey)?.decision === 'PENDING';
    return [...keys.slice(index + 1), ...keys.slice(0, index)].find(pending) ?? key;
  }

  private openEditor(key: string): void {
    if (this.candidates.candidate(key)?.decision !== 'PENDING') return;
    this.editing = key;
    this.current = key;
    this.renderCandidates();
    this.candidates.markCurrent(key, { focus: false });
    this.candidates.focusEditor(key);
  }

  private closeEditor(key: string): void {
    this.editing = null;
    this.errors.delete(key);
    this.renderCandidates();
    this.setCurrent(key, { focus: true, scroll: false });
  }

  private async saveEdit(key: string, text: string): Promise<void> {
    const parsed = parseRecord(text);
    if (!parsed.ok) {
      this.errors.set(key, parsed.message);
      this.renderCandidates();
      this.candidates.focusEditor(key);
      this.announce(parsed.message);
      return;
    }
    await this.decide([{ key, action: 'EDIT', record: parsed.json }]);
  }

  private decideCurrent(action: 'ACCEPT' | 'REJECT'): void {
    const candidate = this.candidates.candidate(this.current);
    if (!candidate) return;
    if (candidate.decision !== 'PENDING') {
      this.announce(`“${candidateTitle(candidate)}” is already decided.`);
      return;
    }
    void this.decide([{ key: candidate.key, action }]);
  }

  /** Adds a fact the pipeline missed; resolves to the server's refusal, shown in the form, or null. */
  private async addMissedFact(input: NewCandidateInput): Promise<string | null> {
    const review = this.review;
    if (!review) return 'No review is open.';
    if (this.busy) return 'Another change is being saved: try again in a moment.';
    this.busy = true;
    try {
      const result = await reviewApi.add(review.id, input);
      this.review = result.review;
      this.renderReview();
      const added = result.decided[0];
      this.setCurrent(added?.key ?? this.current, { focus: false, scroll: true });
      this.announce(`Added the fact${added?.writtenIds.length ? `; the graph now holds ${added.writtenIds.join(', ')}` : ''}.`);
      return null;
    } catch (error) {
      return reviewErrorMessage(error);
    } finally {
      this.busy = false;
    }
  }

  // Keys

  private onKey(event: KeyboardEvent): void {
    if (!this.active || event.defaultPrevented) return;
    if (event.key === 'Escape' && this.help.open) {
      this.help.close();
      return;
    }
    const action = shortcutFor({ key: event.key, ctrlKey: event.ctrlKey, metaKey: event.metaKey, altKey: event.altKey, typing: takesTyping(event.target) });
    if (!action || (action !== 'help' && (!this.review || this.detailView.hidden))) return;
    event.preventDefault();
    this.run(action);
  }

  private run(action: ShortcutAction): void {
    switch (action) {
      case 'next':
        return this.move(1);
      case 'previous':
        return this.move(-1);
      case 'accept':
        return this.decideCurrent('ACCEPT');
      case 'reject':
        return this.decideCurrent('REJECT');
      case 'edit':
        if (this.current) this.openEditor(this.current);
        return;
      case 'toggle': {
        const candidate = this.candidates.candidate(this.current);
        if (candidate?.decision === 'PENDING') this.toggle(candidate.key, !this.selected.has(candidate.key));
        return;
      }
      case 'help':
        return this.help.toggle();
    }
  }

  private announce(message: string): void {
    this.announcer.textContent = message;
  }
}

/** The article's title, where it comes from, and how far its review has got. */
function reviewHeading(review: ArticleReview): HTMLElement[] {
  const { counts } = review;
  return [
    // Without a title, the article's first line stands in, as it does for the source the review registers.
    el('h2', { id: 'review-title' }, review.title || review.text.split('\n', 1)[0].trim() || review.url || 'Untitled article'),
    el(
      'p',
      { class: 'review-meta' },
      review.publisher ?? 'publisher not given',
      ', ',
      el('time', {}, review.publishedOn ?? 'date not given'),
      ` · ${review.language}`,
      review.url ? ' · ' : '',
      review.url ? el('a', { href: review.url, target: '_blank', rel: 'noopener noreferrer' }, 'original') : null,
      ` · submitted by ${review.submittedBy}`,
      review.source ? ` · cited in the graph as ${review.source.id}` : '',
    ),
    el(
      'p',
      { class: 'review-counts', id: 'review-counts' },
      el('span', { class: `status status-${review.status.toLowerCase()}` }, review.status === 'OPEN' ? 'Open' : 'Closed'),
      ` · ${counts.pending} pending · ${counts.accepted} accepted · ${counts.edited} edited · ${counts.rejected} rejected · ${counts.added} added`,
    ),
  ];
}
