import { apiKeyStore } from './api-key-store';
import { el } from './dom';

export interface ApiKeyBarOptions {
  /** A key was set (true) or forgotten (false). */
  onChange(set: boolean): void;
}

/** The field where a reviewer enters their API key; the key goes to the tab's session storage, never into the page. */
export class ApiKeyBar {
  readonly element: HTMLFormElement;
  private readonly status: HTMLElement;

  constructor(options: ApiKeyBarOptions) {
    const input = el('input', { id: 'review-api-key', type: 'password', autocomplete: 'off', spellcheck: 'false', placeholder: 'pgk_…', 'aria-describedby': 'api-key-status api-key-help' });
    const forget = el('button', { type: 'button', id: 'forget-api-key' }, 'Forget');
    this.status = el('span', { id: 'api-key-status', class: 'muted' });
    this.element = el(
      'form',
      { class: 'api-key', 'aria-label': 'API key' },
      el('label', { for: 'review-api-key' }, 'Editor’s API key'),
      input,
      el('button', { type: 'submit' }, 'Use key'),
      forget,
      this.status,
      el('span', { id: 'api-key-help', class: 'visually-hidden' }, 'Kept for this browser tab only, and sent to this server alone.'),
    );
    this.element.addEventListener('submit', (event) => {
      event.preventDefault();
      const key = input.value.trim();
      if (!key) return;
      apiKeyStore.set(key);
      input.value = '';
      this.showStatus();
      options.onChange(true);
    });
    forget.addEventListener('click', () => {
      apiKeyStore.clear();
      this.showStatus();
      options.onChange(false);
    });
    this.showStatus();
  }

  focus(): void {
    this.element.querySelector('input')?.focus();
  }

  private showStatus(): void {
    this.status.textContent = apiKeyStore.get() ? 'A key is set for this tab.' : 'No key set: reviewing needs an editor’s key.';
  }
}
