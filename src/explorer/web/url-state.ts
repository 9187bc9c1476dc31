/**
 * What the page shows, kept in the URL's hash so that a copied link restores the same view:
 *   #mode=explore&focus=province:ha-tinh,partnership:ha-tinh--savannakhet&select=province:savannakhet
 *   #mode=paths&from=official:nguyen-viet-thao&to=directive:secretariat-12-ct-tw&select=…
 *   …&dates=2023..2024-06    (either end may be empty: dates=2024..)
 *   …&lang=vi                 (names in Vietnamese, French or English; without it, as the sources wrote them)
 *   #mode=review&review=review:0123456789abcdef&candidate=fedcba9876543210   (an article's review and its current candidate)
 * Entity IDs are `<kind>:<slug>` and never contain `,` or `..`.
 */
export type Mode = 'explore' | 'paths' | 'review';

/** The languages the explorer offers names in; null shows each name as its source wrote it. */
export const LANGUAGES = ['vi', 'fr', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

export interface ViewState {
  mode: Mode;
  /** Entities whose neighbourhood is drawn, in the order they were opened. */
  focus: string[];
  /** The entity shown in the side panel. */
  select: string | null;
  from: string | null;
  to: string | null;
  dateFrom: string | null;
  dateTo: string | null;
  lang: Language | null;
  /** In review mode: the article review open (none: the list of reviews), and its current candidate. */
  review?: string | null;
  candidate?: string | null;
}

export const EMPTY_STATE: ViewState = { mode: 'explore', focus: [], select: null, from: null, to: null, dateFrom: null, dateTo: null, lang: null };

/** The entity of the README's first question: a fresh page opens on it and its partners, as if it had been searched for. */
export const STARTING_ENTITY = 'province:ha-tinh';
export const STARTING_STATE: ViewState = { ...EMPTY_STATE, focus: [STARTING_ENTITY], select: STARTING_ENTITY };

const ID = /^[a-z][a-z-]*:[a-z0-9-]+$/;
const PARTIAL_DATE = /^\d{4}(-\d{2}(-\d{2})?)?$/;
const REVIEW_ID = /^review:[0-9a-f]{16}$/;
const CANDIDATE_KEY = /^[A-Za-z0-9:_-]{1,64}$/;

function validId(value: string | null): string | null {
  return value && ID.test(value) ? value : null;
}

export function validLanguage(value: string | null | undefined): Language | null {
  return (LANGUAGES as readonly string[]).includes(value ?? '') ? (value as Language) : null;
}

function validDate(value: string | undefined): string | null {
  return value && PARTIAL_DATE.test(value) ? value : null;
}

function parseMode(value: string | null): Mode {
  return value === 'paths' || value === 'review' ? value : 'explore';
}

export function parseState(hash: string): ViewState {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  const [dateFrom, dateTo] = (params.get('dates') ?? '').split('..');
  const mode = parseMode(params.get('mode'));
  const review = REVIEW_ID.test(params.get('review') ?? '') ? params.get('review') : null;
  const candidate = review && CANDIDATE_KEY.test(params.get('candidate') ?? '') ? params.get('candidate') : null;
  return {
    mode,
    focus: (params.get('focus') ?? '').split(',').filter((id) => ID.test(id)),
    select: validId(params.get('select')),
    from: validId(params.get('from')),
    to: validId(params.get('to')),
    dateFrom: validDate(dateFrom),
    dateTo: validDate(dateTo),
    lang: validLanguage(params.get('lang')),
    ...(mode === 'review' ? { review, candidate } : {}),
  };
}

const KEYS = ['mode', 'focus', 'select', 'from', 'to', 'dates', 'review'];

/**
 * A URL whose hash names none of the keys opens the starting view (in the language it names, if any); any state,
 * even `#mode=explore` (the empty view), is shown as it says.
 */
export function hasState(hash: string): boolean {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  return KEYS.some((key) => params.has(key));
}

export function formatState(state: ViewState): string {
  const parts: string[] = [`mode=${state.mode}`];
  if (state.mode === 'review') {
    if (state.review) parts.push(`review=${state.review}`);
    if (state.review && state.candidate) parts.push(`candidate=${state.candidate}`);
    if (state.lang) parts.push(`lang=${state.lang}`);
    return `#${parts.join('&')}`;
  }
  if (state.focus.length) parts.push(`focus=${state.focus.join(',')}`);
  if (state.mode === 'paths' && state.from) parts.push(`from=${state.from}`);
  if (state.mode === 'paths' && state.to) parts.push(`to=${state.to}`);
  if (state.select) parts.push(`select=${state.select}`);
  if (state.dateFrom || state.dateTo) parts.push(`dates=${state.dateFrom ?? ''}..${state.dateTo ?? ''}`);
  if (state.lang) parts.push(`lang=${state.lang}`);
  return `#${parts.join('&')}`;
}
