export type ShortcutAction = 'next' | 'previous' | 'accept' | 'reject' | 'edit' | 'toggle' | 'help';

/** The review screen's keys, as the help lists them. */
export const SHORTCUTS: { keys: string[]; action: ShortcutAction; description: string }[] = [
  { keys: ['j', '↓'], action: 'next', description: 'Next candidate' },
  { keys: ['k', '↑'], action: 'previous', description: 'Previous candidate' },
  { keys: ['a'], action: 'accept', description: 'Accept the current candidate' },
  { keys: ['r'], action: 'reject', description: 'Reject the current candidate' },
  { keys: ['e'], action: 'edit', description: 'Edit the current candidate’s record' },
  { keys: ['x'], action: 'toggle', description: 'Add the current candidate to the selection, or take it out' },
  { keys: ['?'], action: 'help', description: 'Show or hide these shortcuts' },
];

const BY_KEY: Record<string, ShortcutAction> = {
  j: 'next',
  ArrowDown: 'next',
  k: 'previous',
  ArrowUp: 'previous',
  a: 'accept',
  r: 'reject',
  e: 'edit',
  x: 'toggle',
  '?': 'help',
};

export interface KeyPress {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
  /** Whether the key goes to a place that takes typing (an input, a text area, a select, editable content). */
  typing: boolean;
}

/** The action a key press asks for, or null: keys typed into a field, and keys with Ctrl, Alt or Meta, are the page's own. */
export function shortcutFor(press: KeyPress): ShortcutAction | null {
  if (press.typing || press.ctrlKey || press.metaKey || press.altKey) return null;
  return Object.hasOwn(BY_KEY, press.key) ? BY_KEY[press.key] : null;
}

const NOT_TYPED_INTO = new Set(['checkbox', 'radio', 'button', 'submit', 'reset']);

/** What takesTyping reads of an event's target: the DOM's names, spelled out so that the tests need no DOM. */
interface TypingTarget {
  isContentEditable?: boolean;
  closest?(selector: string): { type?: string } | null;
}

/** Whether an element takes typing, so that letters pressed in it are text, not shortcuts. */
export function takesTyping(target: EventTarget | TypingTarget | null): boolean {
  const element = target as TypingTarget | null;
  if (!element || typeof element.closest !== 'function') return false;
  if (element.isContentEditable || element.closest('textarea, select, [contenteditable="true"]')) return true;
  const input = element.closest('input');
  return input !== null && !NOT_TYPED_INTO.has(input.type ?? 'text');
}
