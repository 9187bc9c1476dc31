import { SearchEntitiesDocument, type SearchEntitiesQuery } from '../../client/generated/graphql';
import { request } from './api';
import { el } from './dom';
import { kindBadge } from './kinds';

export type SearchHit = SearchEntitiesQuery['search'][number];
export type PickedEntity = SearchHit['entity'];

export interface EntityPickerOptions {
  /** Unique on the page; names the input and its list of suggestions. */
  id: string;
  label: string;
  placeholder: string;
  onPick(entity: PickedEntity): void;
}

const DEBOUNCE_MS = 150;

/**
 * A search box with suggestions as you type (an ARIA combobox): the API folds case, diacritics and
 * punctuation and matches aliases, so "ha tinh" finds Hà Tĩnh. Arrow keys move, Enter picks, Escape closes.
 */
export class EntityPicker {
  readonly element: HTMLElement;
  private readonly input: HTMLInputElement;
  private readonly list: HTMLUListElement;
  private readonly status: HTMLElement;
  private hits: SearchHit[] = [];
  private active = -1;
  private pending: ReturnType<typeof setTimeout> | undefined;
  private latestRequest = 0;

  constructor(private readonly options: EntityPickerOptions) {
    const listId = `${options.id}-suggestions`;
    this.input = el('input', {
      id: options.id,
      type: 'search',
      role: 'combobox',
      autocomplete: 'off',
      spellcheck: 'false',
      placeholder: options.placeholder,
      'aria-autocomplete': 'list',
      'aria-expanded': 'false',
      'aria-controls': listId,
    });
    this.list = el('ul', { id: listId, role: 'listbox', class: 'suggestions', 'aria-label': `${options.label}: suggestions`, hidden: true });
    this.status = el('span', { class: 'visually-hidden', role: 'status', 'aria-live': 'polite' });
    this.element = el('div', { class: 'picker' }, el('label', { for: options.id }, options.label), el('div', { class: 'picker-box' }, this.input, this.list), this.status);

    this.input.addEventListener('input', () => this.scheduleSearch());
    this.input.addEventListener('keydown', (event) => this.onKey(event));
    this.input.addEventListener('blur', () => setTimeout(() => this.close(), 150));
  }

  setValue(name: string): void {
    this.input.value = name;
  }

  focus(): void {
    this.input.focus();
  }

  /** Whether the reader is in the box, where a restored view must not overwrite what they type. */
  hasFocus(): boolean {
    return document.activeElement === this.input;
  }

  private scheduleSearch(): void {
    clearTimeout(this.pending);
    this.pending = setTimeout(() => void this.search(this.input.value), DEBOUNCE_MS);
  }

  private async search(text: string): Promise<void> {
    const requestNumber = ++this.latestRequest;
    if (!/[\p{L}\p{N}]/u.test(text)) {
      this.render([]);
      return;
    }
    try {
      // The API's limit is 200 characters (code points); cutting UTF-16 units could split a surrogate pair.
      const data = await request(SearchEntitiesDocument, { query: Array.from(text).slice(0, 200).join(''), first: 8 });
      if (requestNumber === this.latestRequest) this.render(data.search);
    } catch (error) {
      if (requestNumber === this.latestRequest) this.status.textContent = (error as Error).message;
    }
  }

  private render(hits: SearchHit[]): void {
    this.hits = hits;
    this.active = hits.length ? 0 : -1;
    this.list.replaceChildren(
      ...hits.map((hit, index) =>
        el(
          'li',
          { id: `${this.options.id}-option-${index}`, role: 'option', 'aria-selected': 'false', 'data-entity-id': hit.entity.id },
          el('span', { class: 'suggestion-name' }, hit.entity.name),
          ' ',
          kindBadge(hit.entity.kind),
          hit.matched !== hit.entity.name ? el('span', { class: 'suggestion-matched' }, `matched “${hit.matched}”`) : null,
        ),
      ),
    );
    this.list.querySelectorAll('li').forEach((item, index) => {
      item.addEventListener('mousedown', (event) => {
        event.preventDefault();
        this.pick(index);
      });
    });
    this.status.textContent = hits.length ? `${hits.length} suggestions` : this.input.value.trim() ? 'No match' : '';
    this.list.hidden = hits.length === 0;
    this.input.setAttribute('aria-expanded', String(hits.length > 0));
    this.highlight();
  }

  private highlight(): void {
    this.list.querySelectorAll('li').forEach((item, index) => item.setAttribute('aria-selected', String(index === this.active)));
    const activeItem = this.active >= 0 ? this.list.children[this.active] : null;
    if (activeItem) {
      this.input.setAttribute('aria-activedescendant', activeItem.id);
      activeItem.scrollIntoView({ block: 'nearest' });
    } else {
      this.input.removeAttribute('aria-activedescendant');
    }
  }

  private onKey(event: KeyboardEvent): void {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      if (!this.hits.length) return;
      event.preventDefault();
      const step = event.key === 'ArrowDown' ? 1 : -1;
      this.active = (this.active + step + this.hits.length) % this.hits.length;
      this.highlight();
    } else if (event.key === 'Enter') {
      if (this.active >= 0) {
        event.preventDefault();
        this.pick(this.active);
      }
    } else if (event.key === 'Escape') {
      this.close();
    }
  }

  private pick(index: number): void {
    const hit = this.hits[index];
    if (!hit) return;
    this.input.value = hit.entity.name;
    this.close();
    this.options.onPick(hit.entity);
  }

  private close(): void {
    this.hits = [];
    this.active = -1;
    this.list.hidden = true;
    this.list.replaceChildren();
    this.input.setAttribute('aria-expanded', 'false');
    this.input.removeAttribute('aria-activedescendant');
  }
}
