import type { FactClass, ReviewCandidate } from './review-operations';

export type ParsedRecord = { ok: true; record: Record<string, unknown>; json: string } | { ok: false; message: string };

/** Checks an edited record before it is sent: it must be one JSON object. The server then checks it against the model. */
export function parseRecord(text: string): ParsedRecord {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    return { ok: false, message: `Not valid JSON: ${(error as Error).message}` };
  }
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return { ok: false, message: 'The record must be a JSON object ({ … }).' };
  return { ok: true, record: value as Record<string, unknown>, json: JSON.stringify(value) };
}

/** A record's JSON laid out for reading and editing; text that is not JSON is shown as it is. */
export function prettyRecord(json: string): string {
  try {
    return JSON.stringify(JSON.parse(json), null, 2);
  } catch {
    return json;
  }
}

/** The fields a reviewer reads first, in this order; the others follow in the record's own order. */
const LEADING_FIELDS = ['id', 'name', 'kind', 'level', 'parties', 'since', 'title', 'positions', 'date', 'issuedOn', 'validFrom', 'validUntil', 'place', 'organizer', 'participants', 'funder', 'recipient', 'amount', 'memberOf', 'partOf', 'concerns', 'agreements', 'description'];

export type RecordField = [label: string, value: string];

/** "issuedOnConfidence" → "Issued on confidence". */
export function fieldLabel(name: string): string {
  const words = name.replace(/([a-z0-9])([A-Z])/g, '$1 $2').toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/**
 * One value as a line of text: a reference is its ID (with its role, if any), a list is its items separated by
 * semicolons, another object is its fields as "name value".
 */
export function formatValue(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (Array.isArray(value)) return value.map(formatValue).filter(Boolean).join('; ');
  if (typeof value === 'object') {
    const fields = value as Record<string, unknown>;
    if (typeof fields.id === 'string') {
      const rest = Object.entries(fields).filter(([name]) => name !== 'id');
      return rest.length ? `${fields.id} (${rest.map(([name, inner]) => (name === 'role' ? formatValue(inner) : `${fieldLabel(name).toLowerCase()} ${formatValue(inner)}`)).join(', ')})` : fields.id;
    }
    if (typeof fields.title === 'string' && typeof fields.organization === 'string') {
      const extras = [fields.status, fields.asOf ? `as of ${formatValue(fields.asOf)}` : null].filter(Boolean).join(', ');
      return `${fields.title}, ${fields.organization}${extras ? ` (${extras})` : ''}`;
    }
    return Object.entries(fields)
      .map(([name, inner]) => `${fieldLabel(name).toLowerCase()} ${formatValue(inner)}`)
      .join(', ');
  }
  return String(value);
}

/** The record's fields as label and text, the telling ones first; empty fields are left out. */
export function recordFields(json: string): RecordField[] {
  let record: unknown;
  try {
    record = JSON.parse(json);
  } catch {
    return [];
  }
  if (record === null || typeof record !== 'object' || Array.isArray(record)) return [];
  const entries = Object.entries(record as Record<string, unknown>);
  const rank = (name: string) => {
    const index = LEADING_FIELDS.indexOf(name);
    return index === -1 ? LEADING_FIELDS.length : index;
  };
  return entries
    .map(([name, value], order) => ({ name, value, order }))
    .sort((a, b) => rank(a.name) - rank(b.name) || a.order - b.order)
    .map(({ name, value }): RecordField => [fieldLabel(name), formatValue(value)])
    .filter(([, value]) => value !== '');
}

/** One line naming a candidate in a list: its record's name or ID, else its class. */
export function candidateTitle(candidate: Pick<ReviewCandidate, 'record' | 'factClass'>): string {
  try {
    const record = JSON.parse(candidate.record) as Record<string, unknown>;
    for (const field of ['name', 'title', 'id']) if (typeof record[field] === 'string' && record[field]) return record[field] as string;
  } catch {
    // An unreadable record is named by its class.
  }
  return FACT_CLASS_LABELS[candidate.factClass];
}

export const FACT_CLASS_LABELS: Record<FactClass, string> = {
  ENTITY: 'Entities',
  PARTNERSHIP: 'Partnerships',
  AGREEMENT: 'Agreements',
  POSITION: 'Positions',
  EVENT: 'Events',
  AID: 'Aid',
  MEMBERSHIP: 'Memberships',
};

/** The candidates in the order the screen lists them: by fact class, in the contract's order, then most confident first. */
export function orderCandidates<T extends Pick<ReviewCandidate, 'factClass' | 'confidence' | 'key'>>(candidates: readonly T[]): T[] {
  const classOrder = Object.keys(FACT_CLASS_LABELS);
  return [...candidates].sort(
    (a, b) => classOrder.indexOf(a.factClass) - classOrder.indexOf(b.factClass) || b.confidence - a.confidence || a.key.localeCompare(b.key),
  );
}

export function groupByClass<T extends Pick<ReviewCandidate, 'factClass'>>(ordered: readonly T[]): [FactClass, T[]][] {
  const groups = new Map<FactClass, T[]>();
  for (const candidate of ordered) groups.set(candidate.factClass, [...(groups.get(candidate.factClass) ?? []), candidate]);
  return [...groups];
}

/** The pending candidates "accept all with confidence ≥ x" would accept. */
export function pendingAtOrAbove<T extends Pick<ReviewCandidate, 'decision' | 'confidence' | 'key'>>(candidates: readonly T[], threshold: number): string[] {
  return candidates.filter((candidate) => candidate.decision === 'PENDING' && candidate.confidence >= threshold).map((candidate) => candidate.key);
}

/** The collection a fact of this class is usually recorded in, offered first when adding a missed fact. */
export const DEFAULT_COLLECTION: Record<FactClass, string> = {
  ENTITY: 'localities',
  PARTNERSHIP: 'partnerships',
  AGREEMENT: 'documents',
  POSITION: 'officials',
  EVENT: 'events',
  AID: 'aidProjects',
  MEMBERSHIP: 'associations',
};
