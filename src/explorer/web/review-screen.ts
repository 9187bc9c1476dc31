import { ApiError } from './api';
import { apiKeyStore } from './api-key-store';
import { el } from './dom';
import { ArticleText, type SelectedSpan } from './review-article';
import { isAccessError, reviewApi, reviewErrorMessage } from './review-api';
import { CandidateList } from './review-candidates';
import { ReviewList } from './review-list';
import { COLLECTIONS, FACT_CLASSES, type ArticleInput, type ArticleReview, type CandidateDecisionInput, type DecisionAction, type FactClass, type ReviewStatus } from './review-operations';
import { candidateTitle, DEFAULT_COLLECTION, FACT_CLASS_LABELS, orderCandidates, parseRecord, pendingAtOrAbove } from './review-records';
import { shortcutFor, SHORTCUTS, takesTyping, type ShortcutAction } from './review-shortcuts';

export interface ReviewScreenOptions {
  /** The review and candidate on screen changed: the URL follows. */
  onChange(review: string | null, candidate: string | null): void;
}

const DEFAULT_THRESHOLD = 0.8;

/**
 * The review screen: the list of submitted articles and, for one article, its text with the evidence highlighted
 * beside the candidates to accept, edit or reject. Every operation needs an editor's API key, entered here.
 */
export class ReviewScreen {
  private readonly keyStatus: HTMLElement;
  private readonly announcer: HTMLElement;
  private readonly listView: HTMLElement;
  private readonly detailView: HTMLElement;
  private readonly reviewHeader: HTMLElement;
  private readonly bulkBar: HTMLElement;
  private readonly bulkError: HTMLElement;
  private readonly addForm: HTMLFormElement;
  private readonly addEvidence: HTMLElement;
  private readonly addError: HTMLElement;
  private readonly help: HTMLElement;
  private readonly list: ReviewList;
  private readonly article: ArticleText;
  private readonly candidates: CandidateList;

  private active = false;
  private statusFilter: ReviewStatus | null = null;
  private review: ArticleReview | null = null;
  private current: string | null = null;
  private selected = new Set<string>();
  private editing: string | null = null;
  private errors = new Map<string, string>();
  private lastSelection: SelectedSpan | null = null;
  private newEvidence: SelectedSpan[] = [];
  private busy = false;
  /** Counts the reviews opened; an answer for one opened before is dropped. */
  private opened = 0;

  constructor(
    private readonly container: HTMLElement,
    private readonly options: ReviewScreenOptions,
  ) {
    this.announcer = el('p', { id: 'review-announcer', class: 'review-announcer', role: 'status', 'aria-live': 'polite' });
    this.keyStatus = el('span', { id: 'api-key-status', class: 'muted' });
    this.list = new ReviewList({
      onOpen: (id) => void this.openReview(id, null),
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
    this.reviewHeader = el('header', { class: 'review-header' });
    this.bulkError = el('p', { class: 'error', role: 'alert', hidden: true });
    this.bulkBar = el('div', { class: 'bulk-bar', role: 'toolbar', 'aria-label': 'Decide several candidates' });
    this.addEvidence = el('p', { class: 'add-evidence muted' });
    this.addError = el('p', { class: 'error', role: 'alert', hidden: true });
    this.addForm = this.missedFactForm();
    this.help = this.shortcutHelp();
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
          el('details', { class: 'add-fact', id: 'add-fact' }, el('summary', {}, 'Add a missed fact'), this.addForm),
        ),
        el(
          'section',
          { class: 'review-candidates', 'aria-labelledby': 'review-candidates-title' },
          el('h3', { id: 'review-candidates-title' }, 'Candidates'),
          this.bulkBar,
          this.bulkError,
          this.candidates.element,
        ),
      ),
    );
    this.container.replaceChildren(this.keyBar(), this.announcer, this.help, this.listView, this.detailView);

    document.addEventListener('keydown', (event) => this.onKey(event));
    document.addEventListener('selectionchange', () => this.rememberSelection());
  }

  /** Shows the screen for a URL's review (null: the list) and candidate; the app calls it when the mode is review. */
  async show(reviewId: string | null, candidate: string | null): Promise<void> {
    this.active = true;
    if (reviewId) await this.openReview(reviewId, candidate);
    else await this.showList();
  }

  hide(): void {
    this.active = false;
    this.help.hidden = true;
  }

  // The API key

  private keyBar(): HTMLElement {
    const input = el('input', { id: 'review-api-key', type: 'password', autocomplete: 'off', spellcheck: 'false', placeholder: 'pgk_…', 'aria-describedby': 'api-key-status api-key-help' });
    const forget = el('button', { type: 'button', id: 'forget-api-key' }, 'Forget');
    const form = el(
      'form',
      { class: 'api-key', 'aria-label': 'API key' },
      el('label', { for: 'review-api-key' }, 'Editor’s API key'),
      input,
      el('button', { type: 'submit' }, 'Use key'),
      forget,
      this.keyStatus,
      el('span', { id: 'api-key-help', class: 'visually-hidden' }, 'Kept for this browser tab only, and sent to this server alone.'),
    );
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      const key = input.value.trim();
      if (!key) return;
      apiKeyStore.set(key);
      input.value = '';
      this.showKeyStatus();
      this.announce('API key set for this tab.');
      void this.reload();
    });
    forget.addEventListener('click', () => {
      apiKeyStore.clear();
      this.showKeyStatus();
      this.announce('API key forgotten.');
    });
    this.showKeyStatus();
    const toggleHelp = el('button', { type: 'button', class: 'shortcuts-button', 'aria-controls': 'review-shortcuts', 'aria-keyshortcuts': '?' }, 'Keyboard shortcuts ', el('kbd', {}, '?'));
    toggleHelp.addEventListener('click', () => this.toggleHelp());
    return el('div', { class: 'review-bar' }, form, toggleHelp);
  }

  private showKeyStatus(): void {
    this.keyStatus.textContent = apiKeyStore.get() ? 'A key is set for this tab.' : 'No key set: reviewing needs an editor’s key.';
  }

  private reload(): Promise<void> {
    return this.review ? this.openReview(this.review.id, this.current) : this.showList();
  }

  // The list

  private async showList(): Promise<void> {
    this.opened++;
    this.review = null;
    this.listView.hidden = false;
    this.detailView.hidden = true;
    this.options.onChange(null, null);
    await this.loadList();
  }

  private async loadList(): Promise<void> {
    const opened = this.opened;
    this.list.showLoading();
    try {
      const { reviews, totalCount } = await reviewApi.list(this.statusFilter);
      if (opened === this.opened) this.list.render(reviews, totalCount);
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
      this.list.showSubmitResult(reviewErrorMessage(error), { error: true });
    }
  }

  // One review

  private async openReview(id: string, candidate: string | null): Promise<void> {
    const opened = ++this.opened;
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
      if (isAccessError(error)) document.getElementById('review-api-key')?.focus();
    }
  }

  private resetReviewState(): void {
    this.current = null;
    this.selected = new Set();
    this.editing = null;
    this.errors = new Map();
    this.newEvidence = [];
    this.lastSelection = null;
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
    const { counts } = review;
    this.reviewHeader.replaceChildren(
      this.backButton(),
      el('h2', { id: 'review-title' }, review.title || review.url || 'Untitled article'),
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
    );
    this.article.render(
      review.text,
      review.candidates.flatMap((candidate) => candidate.evidence.map((span) => ({ start: span.start, end: span.end, owner: candidate.key }))),
    );
    this.renderCandidates();
    this.renderBulkBar();
    this.renderNewEvidence();
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
    this.renderBulkBar();
  }

  // Decisions

  private async decide(decisions: CandidateDecisionInput[], { bulk = false } = {}): Promise<void> {
    const review = this.review;
    if (!review || this.busy || !decisions.length) return;
    this.busy = true;
    for (const { key } of decisions) this.errors.delete(key);
    this.bulkError.hidden = true;
    const wasCurrent = this.current;
    try {
      const result = await reviewApi.decide(review.id, decisions);
      if (this.review?.id !== review.id) return;
      this.review = result.review;
      for (const { key } of decisions) this.selected.delete(key);
      if (decisions.some((decision) => decision.key === this.editing)) this.editing = null;
      this.renderReview();
      const next = !bulk && wasCurrent && decisions.some((decision) => decision.key === wasCurrent) ? this.nextPendingAfter(wasCurrent) : this.current;
      this.setCurrent(next, { focus: true, scroll: true });
      this.announce(this.describeDecided(decisions, result.decided));
    } catch (error) {
      const message = reviewErrorMessage(error);
      if (bulk) {
        this.bulkError.textContent = `Nothing was decided: ${message}`;
        this.bulkError.hidden = false;
      } else {
        for (const { key } of decisions) this.errors.set(key, message);
        this.renderCandidates();
        this.candidates.markCurrent(this.current, { focus: false });
        if (this.editing) this.candidates.focusEditor(this.editing);
      }
      this.announce(`Not saved: ${message}`);
      if (error instanceof ApiError && error.codes.includes('CONFLICT')) await this.openReview(review.id, this.current);
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

  // Several at once

  private renderBulkBar(): void {
    const review = this.review;
    if (!review) return;
    const count = this.selected.size;
    const acceptSelected = el('button', { type: 'button', id: 'accept-selected', disabled: count === 0 }, `Accept selected (${count})`);
    const rejectSelected = el('button', { type: 'button', id: 'reject-selected', disabled: count === 0 }, `Reject selected (${count})`);
    const clear = el('button', { type: 'button', disabled: count === 0 }, 'Clear selection');
    const threshold = el('input', { id: 'bulk-threshold', type: 'number', min: '0', max: '1', step: '0.05', value: String(DEFAULT_THRESHOLD), class: 'threshold' });
    const acceptAbove = el('button', { type: 'button', id: 'accept-above' }, 'Accept all pending at or above');
    const selectAbove = el('button', { type: 'button', id: 'select-above' }, 'Select them');
    const decisionsFor = (keys: Iterable<string>, action: 'ACCEPT' | 'REJECT') => [...keys].map((key) => ({ key, action }));
    const above = () => pendingAtOrAbove(review.candidates, Number(threshold.value));
    acceptSelected.addEventListener('click', () => void this.decide(decisionsFor(this.selected, 'ACCEPT'), { bulk: true }));
    rejectSelected.addEventListener('click', () => void this.decide(decisionsFor(this.selected, 'REJECT'), { bulk: true }));
    clear.addEventListener('click', () => {
      this.selected.clear();
      this.renderCandidates();
      this.candidates.markCurrent(this.current, { focus: false });
      this.renderBulkBar();
    });
    acceptAbove.addEventListener('click', () => {
      const keys = above();
      if (!keys.length) this.announce(`No pending candidate has a confidence of ${threshold.value} or more.`);
      else void this.decide(decisionsFor(keys, 'ACCEPT'), { bulk: true });
    });
    selectAbove.addEventListener('click', () => {
      const keys = above();
      for (const key of keys) this.selected.add(key);
      this.renderCandidates();
      this.candidates.markCurrent(this.current, { focus: false });
      this.renderBulkBar();
      this.announce(`${keys.length} candidates selected.`);
    });
    this.bulkBar.replaceChildren(
      acceptSelected,
      rejectSelected,
      clear,
      el('span', { class: 'threshold-group' }, acceptAbove, el('label', { for: 'bulk-threshold', class: 'visually-hidden' }, 'Confidence at least'), ' ≥ ', threshold, selectAbove),
    );
  }

  // A fact the pipeline missed

  private missedFactForm(): HTMLFormElement {
    const factClass = el('select', { id: 'new-fact-class' }, ...FACT_CLASSES.map((value) => el('option', { value }, FACT_CLASS_LABELS[value])));
    const collection = el('select', { id: 'new-fact-collection' }, ...COLLECTIONS.map((value) => el('option', { value }, value)));
    collection.value = DEFAULT_COLLECTION[FACT_CLASSES[0]];
    factClass.addEventListener('change', () => (collection.value = DEFAULT_COLLECTION[factClass.value as FactClass]));
    const record = el('textarea', { id: 'new-fact-record', rows: '8', spellcheck: 'false', placeholder: '{ "id": "…", "name": "…" }' });
    const useSelection = el('button', { type: 'button', id: 'use-selection' }, 'Add the selected text as evidence');
    const clearEvidence = el('button', { type: 'button' }, 'Clear evidence');
    useSelection.addEventListener('click', () => {
      const span = this.article.selectedSpan() ?? this.lastSelection;
      if (!span) {
        this.announce('Select some text in the article first.');
        return;
      }
      if (!this.newEvidence.some((known) => known.start === span.start && known.end === span.end)) this.newEvidence.push(span);
      this.renderNewEvidence();
    });
    clearEvidence.addEventListener('click', () => {
      this.newEvidence = [];
      this.renderNewEvidence();
    });
    const form = el(
      'form',
      { class: 'missed-fact' },
      el('div', { class: 'evidence-picker' }, this.addEvidence, useSelection, clearEvidence),
      el('div', { class: 'field-row' }, el('div', { class: 'field' }, el('label', { for: 'new-fact-class' }, 'Fact class'), factClass), el('div', { class: 'field' }, el('label', { for: 'new-fact-collection' }, 'Collection'), collection)),
      el('div', { class: 'field' }, el('label', { for: 'new-fact-record' }, 'Record (JSON, the seed files’ format without cite)'), record),
      this.addError,
      el('button', { type: 'submit', id: 'add-fact-button' }, 'Add the fact'),
    );
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      void this.addMissedFact(factClass.value as FactClass, collection.value, record.value, () => {
        record.value = '';
      });
    });
    return form;
  }

  private renderNewEvidence(): void {
    this.addEvidence.replaceChildren(
      ...(this.newEvidence.length
        ? ['Evidence: ', ...this.newEvidence.flatMap((span, index) => [index ? ' · ' : '', el('q', {}, span.text), ` (${span.start}–${span.end})`])]
        : ['No evidence yet: select text in the article, then add it.']),
    );
  }

  private rememberSelection(): void {
    if (!this.active || !this.review) return;
    const span = this.article.selectedSpan();
    if (span) this.lastSelection = span;
  }

  private async addMissedFact(factClass: FactClass, collection: string, recordText: string, done: () => void): Promise<void> {
    const review = this.review;
    if (!review || this.busy) return;
    const showError = (message: string) => {
      this.addError.textContent = message;
      this.addError.hidden = false;
      this.announce(`Not added: ${message}`);
    };
    this.addError.hidden = true;
    if (!this.newEvidence.length) return showError('Select the text that states the fact, and add it as evidence.');
    const parsed = parseRecord(recordText);
    if (!parsed.ok) return showError(parsed.message);
    this.busy = true;
    try {
      const result = await reviewApi.add(review.id, { factClass, collection, record: parsed.json, evidence: this.newEvidence.map(({ start, end }) => ({ start, end })) });
      this.review = result.review;
      this.newEvidence = [];
      this.lastSelection = null;
      done();
      this.renderReview();
      const added = result.decided[0];
      this.setCurrent(added?.key ?? this.current, { focus: false, scroll: true });
      this.announce(`Added the fact${added?.writtenIds.length ? `; the graph now holds ${added.writtenIds.join(', ')}` : ''}.`);
    } catch (error) {
      showError(reviewErrorMessage(error));
    } finally {
      this.busy = false;
    }
  }

  // Keys

  private shortcutHelp(): HTMLElement {
    const close = el('button', { type: 'button' }, 'Close');
    close.addEventListener('click', () => this.toggleHelp());
    return el(
      'section',
      { id: 'review-shortcuts', class: 'shortcuts', 'aria-labelledby': 'review-shortcuts-title', hidden: true, tabindex: '-1' },
      el('h2', { id: 'review-shortcuts-title' }, 'Keyboard shortcuts'),
      el('p', { class: 'muted' }, 'They work anywhere on the review except while typing in a field.'),
      el('dl', { class: 'shortcut-list' }, ...SHORTCUTS.flatMap((shortcut) => [el('dt', {}, ...shortcut.keys.flatMap((key, index) => [index ? ' or ' : '', el('kbd', {}, key)])), el('dd', {}, shortcut.description)])),
      close,
    );
  }

  private toggleHelp(): void {
    this.help.hidden = !this.help.hidden;
    if (!this.help.hidden) this.help.focus();
  }

  private onKey(event: KeyboardEvent): void {
    if (!this.active || event.defaultPrevented) return;
    if (event.key === 'Escape' && !this.help.hidden) {
      this.toggleHelp();
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
        return this.toggleHelp();
    }
  }

  private announce(message: string): void {
    this.announcer.textContent = message;
  }
}
