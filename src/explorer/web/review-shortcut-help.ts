import { el } from './dom';
import { SHORTCUTS } from './review-shortcuts';

/** The list of the review screen's keyboard shortcuts, and the button that shows it (as "?" does). */
export class ShortcutHelp {
  readonly element: HTMLElement;
  readonly button: HTMLButtonElement;

  constructor() {
    const close = el('button', { type: 'button' }, 'Close');
    close.addEventListener('click', () => this.toggle());
    this.element = el(
      'section',
      { id: 'review-shortcuts', class: 'shortcuts', 'aria-labelledby': 'review-shortcuts-title', hidden: true, tabindex: '-1' },
      el('h2', { id: 'review-shortcuts-title' }, 'Keyboard shortcuts'),
      el('p', { class: 'muted' }, 'They work anywhere on a review except while typing in a field.'),
      el('dl', { class: 'shortcut-list' }, ...SHORTCUTS.flatMap((shortcut) => [el('dt', {}, ...shortcut.keys.flatMap((key, index) => [index ? ' or ' : '', el('kbd', {}, key)])), el('dd', {}, shortcut.description)])),
      close,
    );
    this.button = el('button', { type: 'button', class: 'shortcuts-button', 'aria-controls': 'review-shortcuts', 'aria-expanded': 'false', 'aria-keyshortcuts': '?' }, 'Keyboard shortcuts ', el('kbd', {}, '?'));
    this.button.addEventListener('click', () => this.toggle());
  }

  get open(): boolean {
    return !this.element.hidden;
  }

  toggle(): void {
    this.element.hidden = this.open;
    this.button.setAttribute('aria-expanded', String(this.open));
    if (this.open) this.element.focus();
  }

  close(): void {
    if (this.open) this.toggle();
  }
}
