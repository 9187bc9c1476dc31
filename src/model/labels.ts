/**
 * Names in several languages. A record's `name` is the form its source used, in the language `nameLang`;
 * `labels` holds the name in other languages (BCP 47 tag → text), and may hold a standard form in `nameLang`
 * itself where the source used another (source "la capitale Vientiane", French label "Vientiane").
 * Pure: the seed importer, curation and the API share it.
 */
export type LabelMap = Record<string, string>;

export interface Label {
  lang: string;
  value: string;
  /** Whether this is the form the source used (the entity's `name`). */
  source: boolean;
}

/** The names an entity node carries: Neo4j properties cannot be maps, so the labels are two parallel lists. */
export interface NamedRecord {
  name: string;
  nameLang?: string | null;
  labelLangs?: string[] | null;
  labelValues?: string[] | null;
}

export const LANGUAGE_TAG = /^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/;

/** What `name(lang:)` falls back to when the entity has no label in the languages asked for, before the source form. */
export const FALLBACK_LANGUAGES = ['en', 'fr'] as const;

/** The languages analysts read, first in exports and offered by the explorer. */
export const READING_LANGUAGES = ['vi', 'en', 'fr'] as const;

/** The script every letter of a name in these languages is written in; other languages are not checked. */
export const SCRIPT_BY_LANGUAGE: Record<string, string> = {
  vi: 'Latin',
  en: 'Latin',
  fr: 'Latin',
  de: 'Latin',
  sk: 'Latin',
  cs: 'Latin',
  pl: 'Latin',
  hu: 'Latin',
  lo: 'Lao',
  th: 'Thai',
  km: 'Khmer',
  ru: 'Cyrillic',
  uk: 'Cyrillic',
  ko: 'Hangul',
  zh: 'Han',
};

/** The language a place or body of a country is natively named in, by the country's ID; `nativeName` is that label. */
export const NATIVE_LANGUAGE_BY_COUNTRY: Record<string, string> = {
  'country:vietnam': 'vi',
  'country:laos': 'lo',
  'country:thailand': 'th',
  'country:cambodia': 'km',
  'country:russia': 'ru',
  'country:poland': 'pl',
  'country:czech-republic': 'cs',
  'country:slovakia': 'sk',
  'country:hungary': 'hu',
  'country:japan': 'ja',
  'country:korea': 'ko',
};

/** Letters outside a language's script, e.g. Thai letters under `lo`; empty when the language's script is not known. */
export function lettersOutsideScript(lang: string, text: string): string[] {
  const script = SCRIPT_BY_LANGUAGE[primaryLanguage(lang)];
  if (!script) return [];
  const ownScript = new RegExp(`\\p{Script=${script}}`, 'u');
  return [...new Set([...text].filter((character) => /\p{L}/u.test(character) && !ownScript.test(character)))];
}

export function primaryLanguage(tag: string): string {
  return tag.split('-')[0].toLowerCase();
}

/** The labels to store: `labels[nameLang]` equal to the name is the name itself and is stored once, as the name. */
export function storedLabels(name: string, nameLang: string | null, labels: LabelMap): { labelLangs: string[]; labelValues: string[] } {
  const kept = Object.entries(labels).filter(([lang, value]) => !(lang === nameLang && value === name));
  return { labelLangs: kept.map(([lang]) => lang), labelValues: kept.map(([, value]) => value) };
}

export function labelMapOf(record: Pick<NamedRecord, 'labelLangs' | 'labelValues'>): LabelMap {
  const langs = record.labelLangs ?? [];
  const values = record.labelValues ?? [];
  return Object.fromEntries(langs.map((lang, index) => [lang, values[index]]));
}

/** Every name of the entity, the source form first and marked. */
export function labelsOf(record: NamedRecord): Label[] {
  const source: Label[] = record.nameLang ? [{ lang: record.nameLang, value: record.name, source: true }] : [];
  return [...source, ...Object.entries(labelMapOf(record)).map(([lang, value]) => ({ lang, value, source: false }))];
}

/**
 * The entity's name in one language: its label in that tag, else in its primary language ("vi" for "vi-VN"),
 * else, when it is the source's language, the source form. Null when it has none in that language.
 */
export function nameIn(record: NamedRecord, lang: string): string | null {
  const labels = labelMapOf(record);
  const primary = primaryLanguage(lang);
  if (labels[lang]) return labels[lang];
  const sameLanguage = Object.keys(labels).find((tag) => primaryLanguage(tag) === primary);
  if (sameLanguage) return labels[sameLanguage];
  if (record.nameLang && primaryLanguage(record.nameLang) === primary) return record.name;
  return null;
}

/** The name in the first of `languages` the entity has one in, then English, then French, then the source form. */
export function preferredName(record: NamedRecord, languages: readonly string[]): string {
  for (const lang of [...languages, ...FALLBACK_LANGUAGES]) {
    const name = nameIn(record, lang);
    if (name) return name;
  }
  return record.name;
}

/** The labels of a composed name ("A – B"): the parties' names in each language, joined as the source name is. */
export const PARTY_SEPARATOR = ' – ';

/**
 * The native name: the label in the language of the one country the entity lies in; for a person, whom no
 * country is recorded for, their one label in a language other than English and French. Null when neither is known.
 */
export function nativeLabel(labels: LabelMap, countryIds: readonly string[], person = false): string | null {
  if (countryIds.length === 1) {
    const lang = NATIVE_LANGUAGE_BY_COUNTRY[countryIds[0]];
    return (lang && labels[lang]) || null;
  }
  if (!person || countryIds.length > 1) return null;
  const own = Object.keys(labels).filter((lang) => !(FALLBACK_LANGUAGES as readonly string[]).includes(primaryLanguage(lang)));
  return own.length === 1 ? labels[own[0]] : null;
}
