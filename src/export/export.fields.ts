import { READING_LANGUAGES } from '../model/labels';

/** One column of the node or edge table, the same in every format. Lists become `;`-joined text where a format has no lists. */
export interface ExportField {
  name: string;
  list?: boolean;
  description: string;
}

export type ExportValue = string | (string | null)[] | null;
export type ExportRow = Record<string, ExportValue>;

export const NODE_FIELDS: readonly ExportField[] = [
  { name: 'id', description: 'The entity ID, <kind>:<slug>.' },
  { name: 'label', description: 'The name as written in the source (Gephi shows it as the node label).' },
  { name: 'nameLang', description: 'The language of label, the form the source used (a BCP 47 tag such as fr).' },
  { name: 'kind', description: 'COUNTRY, LOCALITY, ORGANIZATION, EVENT, PARTNERSHIP, …' },
  { name: 'category', description: 'The level or sub-kind, e.g. PROVINCE, DIRECTIVE, COMPREHENSIVE_COOPERATION.' },
  { name: 'nativeName', description: 'The name with its diacritics, where known.' },
  { name: 'asciiName', description: 'The name folded to ASCII.' },
  { name: 'aliases', list: true, description: 'Other names the sources use.' },
  { name: 'countryIds', list: true, description: 'The countries a place or body lies in.' },
  { name: 'date', description: 'When an event took place, at the precision of its source (YYYY, YYYY-MM or YYYY-MM-DD).' },
  { name: 'dateStart', description: 'The first day an event date covers.' },
  { name: 'dateEnd', description: 'The last day an event date covers.' },
  { name: 'since', description: 'Since when a partnership exists, at the precision of its source.' },
  { name: 'issuedOn', description: 'When a document was issued, at the precision of its source.' },
  { name: 'code', description: "A document's number, e.g. 210-KH/TU." },
  { name: 'description', description: 'What a partnership, aid project or locality group is.' },
  { name: 'note', description: "A reviewer's note on vagueness or doubts in the sources." },
  { name: 'sourceIds', list: true, description: 'The sources that cite the entity.' },
  { name: 'sourceUrls', list: true, description: 'The URL of each source in sourceIds, in the same order; empty where a source has none.' },
  { name: 'locators', list: true, description: 'Where each source cites the entity: <sourceId>#L<n>, the n-th non-empty line of its archived copy.' },
];

/** The column of the name in one language: `label_vi`, `label_lo`, … */
export function labelColumn(lang: string): string {
  return `label_${lang}`;
}

/** The languages of the label columns: Vietnamese, English and French always, first, then the others the graph has, alphabetically. */
export function exportLanguages(found: readonly string[]): string[] {
  const others = [...new Set(found)].filter((lang) => !(READING_LANGUAGES as readonly string[]).includes(lang)).sort();
  return [...READING_LANGUAGES, ...others];
}

/**
 * The node columns of an export: one `label_<lang>` column per language the graph has names in, right after
 * `nameLang`; Vietnamese, English and French always, first, then the others in alphabetical order.
 */
export function nodeFields(labelLanguages: readonly string[] = []): ExportField[] {
  const labels = exportLanguages(labelLanguages).map((lang) => ({ name: labelColumn(lang), description: `The name in the language "${lang}" (a label, or the source's form when the source wrote in it); empty where the graph has none.` }));
  const at = NODE_FIELDS.findIndex((field) => field.name === 'nameLang') + 1;
  return [...NODE_FIELDS.slice(0, at), ...labels, ...NODE_FIELDS.slice(at)];
}

export const EDGE_FIELDS: readonly ExportField[] = [
  { name: 'id', description: 'Stable across imports: <source>|<relationship>|<target>, plus |<role or title> where one pair has several.' },
  { name: 'source', description: 'The ID of the entity the relationship leaves.' },
  { name: 'target', description: 'The ID of the entity it points at.' },
  { name: 'relationship', description: 'The relationship type, e.g. HAS_PARTY, PARTICIPATED_IN, PART_OF.' },
  { name: 'role', description: 'The role of a party or participant, e.g. PARTNER, PRESENTER.' },
  { name: 'title', description: 'The title of a position (HOLDS_POSITION).' },
  { name: 'status', description: 'Whether a position is current or former (HOLDS_POSITION).' },
  { name: 'asOf', description: 'When the source states the position (HOLDS_POSITION).' },
  { name: 'confidence', description: 'stated, or inferred where the source only implies the fact.' },
  { name: 'note', description: "A reviewer's note on the relationship." },
  { name: 'sourceIds', list: true, description: 'One entry per citation: the source of the fact.' },
  { name: 'sourceUrls', list: true, description: 'The URL of each source in sourceIds, in the same order; empty where a source has none.' },
  { name: 'locators', list: true, description: 'One entry per citation, parallel to sourceIds: L<n>, the n-th non-empty line of its archived copy.' },
];

export const LIST_SEPARATOR = ';';

/** The value as one text, for formats without lists; null when there is nothing to write. */
export function fieldText(value: ExportValue | undefined): string | null {
  if (value === null || value === undefined) return null;
  if (Array.isArray(value)) return value.length === 0 ? null : value.map((item) => item ?? '').join(LIST_SEPARATOR);
  return value;
}
