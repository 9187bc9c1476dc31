import { el } from './dom';
import type { CandidateDecision, DecisionAction, ReviewCandidate } from './review-operations';
import { candidateTitle, FACT_CLASS_LABELS, groupByClass, orderCandidates, prettyRecord, recordFields } from './review-records';

export interface CandidateListOptions {
  onSelect(key: string): void;
  onToggle(key: string, selected: boolean): void;
  onDecide(key: string, action: Exclude<DecisionAction, 'EDIT'>): void;
  onEdit(key: string): void;
  onSaveEdit(key: string, recordText: string): void;
  onCancelEdit(key: string): void;
}

/** What the screen remembers about the candidates across reloads of the review. */
export interface CandidateListState {
  current: string | null;
  selected: ReadonlySet<string>;
  editing: string | null;
  /** An edit in progress keeps its text across a reload. */
  draft: string | null;
  /** The server's or the page's last error about a candidate, shown next to it. */
  errors: ReadonlyMap<string, string>;
}

const DECISION_LABELS: Record<CandidateDecision, string> = {
  PENDING: 'Pending',
  ACCEPTED: 'Accepted',
  EDITED: 'Accepted as edited',
  REJECTED: 'Rejected',
  ADDED: 'Added by a reviewer',
};

const DECIDED: Record<CandidateDecision, string> = {
  PENDING: 'Pending',
  ACCEPTED: 'Accepted',
  EDITED: 'Edited and accepted',
  REJECTED: 'Rejected',
  ADDED: 'Added',
};

/** The candidates of a review, grouped by fact class, each with its fields, links, decision and buttons. */
export class CandidateList {
  readonly element: HTMLElement;
  private ordered: ReviewCandidate[] = [];

  constructor(private readonly options: CandidateListOptions) {
    this.element = el('div', { class: 'candidates', id: 'review-candidates' });
  }

  /** The keys in the order they are listed, for moving with j and k. */
  get keys(): string[] {
    return this.ordered.map((candidate) => candidate.key);
  }

  candidate(key: string | null): ReviewCandidate | undefined {
    return this.ordered.find((candidate) => candidate.key === key);
  }

  render(candidates: ReviewCandidate[], state: CandidateListState): void {
    this.ordered = orderCandidates(candidates);
    if (!this.ordered.length) {
      this.element.replaceChildren(el('p', { class: 'muted' }, 'The pipeline proposed no candidate for this article. Select text in the article to add a fact it missed.'));
      return;
    }
    this.element.replaceChildren(
      ...groupByClass(this.ordered).map(([factClass, group]) =>
        el(
          'section',
          { class: 'candidate-group', 'aria-labelledby': `group-${factClass}` },
          el('h3', { id: `group-${factClass}` }, `${FACT_CLASS_LABELS[factClass]} (${group.length})`),
          el('ol', { class: 'candidate-items' }, ...group.map((candidate) => this.item(candidate, state))),
        ),
      ),
    );
  }

  /** Marks the current candidate and brings it into view; focus follows when asked (keyboard moves). */
  markCurrent(key: string | null, { focus }: { focus: boolean }): void {
    for (const item of this.element.querySelectorAll<HTMLElement>('.candidate')) {
      const current = item.dataset.key === key;
      item.classList.toggle('current', current);
      if (current) item.setAttribute('aria-current', 'true');
      else item.removeAttribute('aria-current');
      if (current) {
        item.scrollIntoView({ block: 'nearest' });
        if (focus) item.querySelector<HTMLElement>('.candidate-title')?.focus({ preventScroll: true });
      }
    }
  }

  /** The text in the open editor, kept when the list is drawn again. */
  draft(): string | null {
    return this.element.querySelector<HTMLTextAreaElement>('textarea.record-editor')?.value ?? null;
  }

  focusEditor(key: string): void {
    this.itemFor(key)?.querySelector<HTMLTextAreaElement>('textarea')?.focus();
  }

  private itemFor(key: string): HTMLElement | null {
    return [...this.element.querySelectorAll<HTMLElement>('.candidate')].find((item) => item.dataset.key === key) ?? null;
  }

  private item(candidate: ReviewCandidate, state: CandidateListState): HTMLElement {
    const { key } = candidate;
    const pending = candidate.decision === 'PENDING';
    const title = candidateTitle(candidate);
    const titleButton = el('button', { type: 'button', class: 'candidate-title', 'aria-describedby': `candidate-${key}-state` }, title);
    titleButton.addEventListener('click', () => this.options.onSelect(key));
    const checkbox = el('input', { type: 'checkbox', class: 'candidate-check', 'aria-label': `Select “${title}”`, checked: state.selected.has(key), disabled: !pending });
    checkbox.addEventListener('change', () => this.options.onToggle(key, checkbox.checked));
    const error = state.errors.get(key);
    const editing = state.editing === key;

    const item = el(
      'li',
      { class: `candidate decision-${candidate.decision.toLowerCase()}${state.current === key ? ' current' : ''}`, 'data-key': key, 'aria-current': state.current === key ? 'true' : undefined },
      el(
        'div',
        { class: 'candidate-head' },
        checkbox,
        titleButton,
        el(
          'span',
          { class: 'candidate-state', id: `candidate-${key}-state` },
          el('span', { class: 'confidence', title: 'The pipeline’s confidence' }, `confidence ${candidate.confidence.toFixed(2)}`),
          ' ',
          el('span', { class: `decision decision-${candidate.decision.toLowerCase()}` }, DECISION_LABELS[candidate.decision]),
          candidate.isNew ? el('span', { class: 'new-badge' }, 'new') : el('span', { class: 'known-badge' }, 'in the graph'),
        ),
      ),
      el('p', { class: 'candidate-collection muted' }, `${candidate.collection}`, candidate.evidence.length ? ` · ${candidate.evidence.length} evidence span${candidate.evidence.length > 1 ? 's' : ''}` : ' · no evidence span'),
      this.fields(candidate),
      this.links(candidate),
      candidate.decidedBy ? el('p', { class: 'decided-by muted' }, `${DECIDED[candidate.decision]} by ${candidate.decidedBy}${candidate.decidedAt ? ` on ${candidate.decidedAt.slice(0, 16).replace('T', ' ')}` : ''}`, candidate.writtenIds.length ? ` · wrote ${candidate.writtenIds.join(', ')}` : '') : null,
      pending ? this.actions(candidate) : null,
      editing ? this.editor(candidate, state.draft) : null,
      el('p', { class: 'candidate-error error', role: 'alert', hidden: !error }, error ?? ''),
    );
    return item;
  }

  private fields(candidate: ReviewCandidate): HTMLElement {
    const fields = recordFields(candidate.record);
    const edited = candidate.record !== candidate.proposedRecord && candidate.decision === 'EDITED';
    return el(
      'dl',
      { class: 'facts candidate-fields' },
      ...fields.flatMap(([label, value]) => [el('dt', {}, label), el('dd', {}, value)]),
      edited ? el('dt', {}, 'As proposed') : null,
      edited ? el('dd', {}, el('code', {}, candidate.proposedRecord)) : null,
    );
  }

  private links(candidate: ReviewCandidate): HTMLElement | null {
    if (!candidate.links.length) return null;
    return el(
      'ul',
      { class: 'candidate-links', 'aria-label': 'Names linked to the graph' },
      ...candidate.links.map((link) =>
        el(
          'li',
          { class: link.certain ? 'link certain' : 'link uncertain' },
          el('q', {}, link.mention),
          ' → ',
          el('strong', {}, link.entity?.name ?? link.entityId),
          link.entity?.name ? el('code', {}, ` ${link.entityId}`) : link.entity ? null : el('span', { class: 'muted' }, ' (not in the graph yet)'),
          el('span', { class: 'link-reason' }, ` · ${link.reason}`),
          el('span', { class: link.certain ? 'certainty certain' : 'certainty uncertain' }, link.certain ? 'certain' : 'uncertain: check it'),
        ),
      ),
    );
  }

  private actions(candidate: ReviewCandidate): HTMLElement {
    const button = (label: string, shortcut: string, className: string, onClick: () => void) => {
      const element = el('button', { type: 'button', class: className, 'aria-keyshortcuts': shortcut }, label, el('kbd', { 'aria-hidden': 'true' }, shortcut));
      element.addEventListener('click', onClick);
      return element;
    };
    return el(
      'div',
      { class: 'candidate-actions' },
      button('Accept', 'a', 'accept', () => this.options.onDecide(candidate.key, 'ACCEPT')),
      button('Reject', 'r', 'reject', () => this.options.onDecide(candidate.key, 'REJECT')),
      button('Edit', 'e', 'edit', () => this.options.onEdit(candidate.key)),
    );
  }

  private editor(candidate: ReviewCandidate, draft: string | null): HTMLElement {
    const id = `candidate-${candidate.key}-record`;
    const textarea = el('textarea', { id, class: 'record-editor', rows: '12', spellcheck: 'false' });
    textarea.value = draft ?? prettyRecord(candidate.record);
    const form = el(
      'form',
      { class: 'candidate-editor' },
      el('label', { for: id }, 'Record (JSON, the seed files’ format without cite)'),
      textarea,
      el('div', { class: 'editor-actions' }, el('button', { type: 'submit' }, 'Accept as edited'), el('button', { type: 'button', class: 'cancel' }, 'Cancel')),
    );
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      this.options.onSaveEdit(candidate.key, textarea.value);
    });
    form.querySelector('.cancel')!.addEventListener('click', () => this.options.onCancelEdit(candidate.key));
    textarea.addEventListener('keydown', (event) => {
      if (event.key === 'Escape') this.options.onCancelEdit(candidate.key);
    });
    return form;
  }
}
