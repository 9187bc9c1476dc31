import { el } from './dom';
import type { SelectedSpan } from './review-article';
import { COLLECTIONS, FACT_CLASSES, type FactClass, type NewCandidateInput } from './review-operations';
import { DEFAULT_COLLECTION, FACT_CLASS_LABELS, parseRecord } from './review-records';

export interface MissedFactOptions {
  /** The text selected in the article, if any. */
  selectedSpan(): SelectedSpan | null;
  /** Sends the fact; resolves to the server's refusal, or null once it is added. */
  onAdd(input: NewCandidateInput): Promise<string | null>;
  announce(message: string): void;
}

/** "Add a missed fact": evidence picked by selecting text in the article, a class, a collection and the record as JSON. */
export class MissedFactForm {
  readonly element: HTMLElement;
  private readonly evidenceLine: HTMLElement;
  private readonly error: HTMLElement;
  private readonly record: HTMLTextAreaElement;
  private evidence: SelectedSpan[] = [];
  /** Clicking a button can clear the selection; the last one made in the article is kept. */
  private lastSelection: SelectedSpan | null = null;

  constructor(private readonly options: MissedFactOptions) {
    const factClass = el('select', { id: 'new-fact-class' }, ...FACT_CLASSES.map((value) => el('option', { value }, FACT_CLASS_LABELS[value])));
    const collection = el('select', { id: 'new-fact-collection' }, ...COLLECTIONS.map((value) => el('option', { value }, value)));
    collection.value = DEFAULT_COLLECTION[FACT_CLASSES[0]];
    factClass.addEventListener('change', () => (collection.value = DEFAULT_COLLECTION[factClass.value as FactClass]));
    this.record = el('textarea', { id: 'new-fact-record', rows: '8', spellcheck: 'false', placeholder: '{ "id": "…", "name": "…" }' });
    this.evidenceLine = el('p', { class: 'add-evidence muted', id: 'new-fact-evidence' });
    this.error = el('p', { class: 'error', role: 'alert', hidden: true });
    const useSelection = el('button', { type: 'button', id: 'use-selection' }, 'Add the selected text as evidence');
    const clearEvidence = el('button', { type: 'button' }, 'Clear evidence');
    useSelection.addEventListener('click', () => this.addSelection());
    clearEvidence.addEventListener('click', () => this.reset());
    const form = el(
      'form',
      { class: 'missed-fact' },
      el('div', { class: 'evidence-picker' }, this.evidenceLine, useSelection, clearEvidence),
      el(
        'div',
        { class: 'field-row' },
        el('div', { class: 'field' }, el('label', { for: 'new-fact-class' }, 'Fact class'), factClass),
        el('div', { class: 'field' }, el('label', { for: 'new-fact-collection' }, 'Collection'), collection),
      ),
      el('div', { class: 'field' }, el('label', { for: 'new-fact-record' }, 'Record (JSON, the seed files’ format without cite)'), this.record),
      this.error,
      el('button', { type: 'submit', id: 'add-fact-button' }, 'Add the fact'),
    );
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      void this.submit(factClass.value as FactClass, collection.value);
    });
    this.element = el('details', { class: 'add-fact', id: 'add-fact' }, el('summary', {}, 'Add a missed fact'), form);
    document.addEventListener('selectionchange', () => {
      const span = this.options.selectedSpan();
      if (span) this.lastSelection = span;
    });
    this.reset();
  }

  /** A new review: no evidence picked, no error. */
  reset(): void {
    this.evidence = [];
    this.lastSelection = null;
    this.showError(null);
    this.renderEvidence();
  }

  private addSelection(): void {
    const span = this.options.selectedSpan() ?? this.lastSelection;
    if (!span) {
      this.options.announce('Select some text in the article first.');
      return;
    }
    if (!this.evidence.some((known) => known.start === span.start && known.end === span.end)) this.evidence.push(span);
    this.renderEvidence();
  }

  private renderEvidence(): void {
    this.evidenceLine.replaceChildren(
      ...(this.evidence.length
        ? ['Evidence: ', ...this.evidence.flatMap((span, index) => [index ? ' · ' : '', el('q', {}, span.text), ` (${span.start}–${span.end})`])]
        : ['No evidence yet: select text in the article, then add it.']),
    );
  }

  private async submit(factClass: FactClass, collection: string): Promise<void> {
    this.showError(null);
    if (!this.evidence.length) return this.showError('Select the text that states the fact, and add it as evidence.');
    const parsed = parseRecord(this.record.value);
    if (!parsed.ok) return this.showError(parsed.message);
    const refusal = await this.options.onAdd({ factClass, collection, record: parsed.json, evidence: this.evidence.map(({ start, end }) => ({ start, end })) });
    if (refusal) return this.showError(refusal);
    this.record.value = '';
    this.reset();
  }

  private showError(message: string | null): void {
    this.error.textContent = message ?? '';
    this.error.hidden = !message;
    if (message) this.options.announce(`Not added: ${message}`);
  }
}
