import { el } from './dom';
import type { ReviewCandidate } from './review-operations';
import { pendingAtOrAbove } from './review-records';

export interface BulkBarOptions {
  onDecide(keys: string[], action: 'ACCEPT' | 'REJECT'): void;
  onSelect(keys: string[]): void;
  onClear(): void;
  onNoneAbove(threshold: number): void;
}

const DEFAULT_THRESHOLD = 0.8;

/** Decisions on several candidates at once: the selected ones, or every pending one at or above a confidence. */
export class BulkBar {
  readonly element: HTMLElement;
  private readonly bar: HTMLElement;
  private readonly error: HTMLElement;
  private threshold = DEFAULT_THRESHOLD;

  constructor(private readonly options: BulkBarOptions) {
    this.bar = el('div', { class: 'bulk-bar', role: 'toolbar', 'aria-label': 'Decide several candidates' });
    this.error = el('p', { class: 'error', role: 'alert', hidden: true });
    this.element = el('div', {}, this.bar, this.error);
  }

  render(candidates: ReviewCandidate[], selected: ReadonlySet<string>): void {
    // Drawing the bar again must not drop the keyboard focus of a reader using it.
    const focused = this.bar.contains(document.activeElement) ? document.activeElement!.id : null;
    const count = selected.size;
    const acceptSelected = el('button', { type: 'button', id: 'accept-selected', disabled: count === 0 }, `Accept selected (${count})`);
    const rejectSelected = el('button', { type: 'button', id: 'reject-selected', disabled: count === 0 }, `Reject selected (${count})`);
    const clear = el('button', { type: 'button', id: 'clear-selection', disabled: count === 0 }, 'Clear selection');
    const threshold = el('input', { id: 'bulk-threshold', type: 'number', min: '0', max: '1', step: '0.05', value: String(this.threshold), class: 'threshold' });
    const acceptAbove = el('button', { type: 'button', id: 'accept-above' }, 'Accept all pending at or above');
    const selectAbove = el('button', { type: 'button', id: 'select-above' }, 'Select them');
    threshold.addEventListener('change', () => (this.threshold = Number(threshold.value)));
    const above = () => pendingAtOrAbove(candidates, Number(threshold.value));
    acceptSelected.addEventListener('click', () => this.options.onDecide([...selected], 'ACCEPT'));
    rejectSelected.addEventListener('click', () => this.options.onDecide([...selected], 'REJECT'));
    clear.addEventListener('click', () => this.options.onClear());
    acceptAbove.addEventListener('click', () => {
      const keys = above();
      if (keys.length) this.options.onDecide(keys, 'ACCEPT');
      else this.options.onNoneAbove(Number(threshold.value));
    });
    selectAbove.addEventListener('click', () => this.options.onSelect(above()));
    this.bar.replaceChildren(
      acceptSelected,
      rejectSelected,
      clear,
      el('span', { class: 'threshold-group' }, acceptAbove, el('label', { for: 'bulk-threshold', class: 'visually-hidden' }, 'Confidence at least'), ' ≥ ', threshold, selectAbove),
    );
    if (focused) {
      const again = this.bar.querySelector<HTMLButtonElement | HTMLInputElement>(`#${focused}`);
      (again && !again.disabled ? again : acceptAbove).focus();
    }
  }

  /** A refused bulk decision: nothing was decided, and the reason is shown above the candidates. */
  showError(message: string | null): void {
    this.error.textContent = message ? `Nothing was decided: ${message}` : '';
    this.error.hidden = !message;
  }
}
