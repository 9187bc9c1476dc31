import { EntityKind, LABEL_BY_KIND } from './entity-kind';
import { LabelMap, nativeLabel } from './labels';
import { labelProperties, nameProperties } from './names';
import { dateRange, precisionOf } from './partial-date';
import { Citation, ModelRecord, Position, RecordData, Reference } from './records';
import { COUNTRY_PATH_TYPES, KIND_BY_COLLECTION, POSITION_RELATION, RELATIONS_BY_COLLECTION, RelationshipType, RelationSpec } from './relationships';

/** A node of the graph: its kind's label and the properties written on it. */
export interface NodeRow {
  label: string;
  properties: Record<string, unknown>;
}

/** A relationship between two entities; `key` tells apart two of one type between the same pair. */
export interface EdgeRow {
  type: RelationshipType;
  from: string;
  to: string;
  key: string;
  properties: Record<string, unknown>;
}

/** An entity's CITED_IN relationship to one source, with the lines cited. */
export interface CitationRow {
  entityId: string;
  sourceId: string;
  locators: string[];
}

/** Everything a set of records writes to the graph. */
export interface GraphRows {
  sources: Record<string, unknown>[];
  nodes: NodeRow[];
  edges: EdgeRow[];
  citations: CitationRow[];
}

/** Turns validated records into the rows the importer and curation write. Pure: no database here. */
export function buildGraphRows(records: ModelRecord[]): GraphRows {
  const sources = records.filter((r) => r.collection === 'sources').map((r) => sourceProperties(r.data));
  const languageBySource = new Map(sources.map((source) => [source.id as string, source.language as string]));
  const entities = records.filter((r) => r.collection !== 'sources');
  const edges = entities.flatMap(edgesOf);
  const countryIds = countriesByEntity(entities, edges);
  const nodes = entities.map((record) => nodeOf(record, countryIds.get(record.data.id as string) ?? [], languageBySource));
  const citations = entities.flatMap((record) => citationRows(record.data.id as string, record.data.cite as Citation[]));
  return { sources, nodes, edges, citations };
}

function sourceProperties(data: RecordData): Record<string, unknown> {
  return {
    id: data.id,
    title: data.title,
    publisher: data.publisher,
    sourceKind: data.kind ?? 'ARTICLE',
    version: data.version ?? null,
    via: data.via ?? null,
    url: data.url ?? null,
    publishedOn: data.publishedOn ?? null,
    language: data.language,
    author: data.author ?? null,
    file: data.file ?? null,
    textHash: data.textHash ?? null,
    note: data.note ?? null,
  };
}

function nodeOf(record: ModelRecord, countryIds: string[], languageBySource: ReadonlyMap<string, string>): NodeRow {
  const data = record.data;
  const kind = kindOf(record);
  const labels = (data.labels as LabelMap | undefined) ?? {};
  const nameLang = (data.nameLang as string | undefined) ?? languageBySource.get((data.cite as Citation[])[0]?.source) ?? null;
  const nativeName = (data.native as string | undefined) ?? nativeLabel(labels, countryIds, kind === EntityKind.OFFICIAL);
  const properties: Record<string, unknown> = {
    id: data.id,
    kind,
    ...nameProperties(data.name as string, nativeName, (data.aliases as string[] | undefined) ?? [], labels),
    ...labelProperties(data.name as string, nameLang, labels),
    note: data.note ?? null,
    sourceIds: [...new Set((data.cite as Citation[]).map((c) => c.source))],
    countryIds,
    category: (data.level ?? data.kind ?? null) as string | null,
  };
  switch (kind) {
    case EntityKind.COUNTRY:
      properties.iso = data.iso;
      break;
    case EntityKind.LOCALITY:
      properties.iso = data.iso ?? null;
      Object.assign(properties, dateProperties('validFrom', data.validFrom as string | undefined), dateProperties('validUntil', data.validUntil as string | undefined));
      break;
    case EntityKind.LOCALITY_GROUP:
    case EntityKind.PARTNERSHIP:
    case EntityKind.AID_PROJECT:
      properties.description = data.description ?? null;
      if (kind === EntityKind.AID_PROJECT) properties.amount = data.amount ?? null;
      if (kind === EntityKind.PARTNERSHIP) Object.assign(properties, datedFieldProperties('since', data.since as string | undefined, data.sinceConfidence as string | undefined, data.sinceNote as string | undefined));
      break;
    case EntityKind.ASSOCIATION:
      properties.memberCount = data.memberCount ?? null;
      break;
    case EntityKind.OFFICIAL:
      properties.honorific = data.honorific ?? null;
      break;
    case EntityKind.DOCUMENT:
      properties.code = data.code ?? null;
      properties.subject = data.subject ?? null;
      properties.named = data.named ?? true;
      Object.assign(properties, dateProperties('validFrom', data.validFrom as string | undefined), dateProperties('validUntil', data.validUntil as string | undefined));
      Object.assign(properties, datedFieldProperties('issuedOn', data.issuedOn as string | undefined, data.issuedOnConfidence as string | undefined, data.issuedOnNote as string | undefined));
      break;
    case EntityKind.EVENT: {
      const attendance = data.attendance as { count: number; qualifier: string } | undefined;
      Object.assign(properties, datedFieldProperties('date', data.date as string | undefined, data.dateConfidence as string | undefined, data.dateNote as string | undefined));
      properties.sortKey = (properties.dateStart as string | null) ?? UNDATED_SORT_KEY;
      properties.attendanceCount = attendance?.count ?? null;
      properties.attendanceQualifier = attendance?.qualifier ?? null;
      break;
    }
    default:
      break;
  }
  return { label: LABEL_BY_KIND[kind], properties };
}

/** A partial date plus the day range it covers, so that range filters compare plain strings. */
export function dateProperties(name: string, value: string | undefined): Record<string, unknown> {
  if (!value) return { [name]: null, [`${name}Start`]: null, [`${name}End`]: null, [`${name}Precision`]: null };
  const { start, end } = dateRange(value);
  return { [name]: value, [`${name}Start`]: start, [`${name}End`]: end, [`${name}Precision`]: precisionOf(value) };
}

/** Where undated events sort: after every dated one. */
export const UNDATED_SORT_KEY = '9999-12-31';

/**
 * A date a source gives, with how firmly (`stated`, `inferred` or `disputed`) and why. A disputed date is kept as
 * printed but gets no day range, so range filters, time order and `asOf` rules treat it as undated.
 */
export function datedFieldProperties(name: string, value: string | undefined, confidence: string | undefined, note: string | undefined): Record<string, unknown> {
  const firmness = value ? (confidence ?? 'stated') : null;
  const properties = { ...dateProperties(name, value), [`${name}Confidence`]: firmness, [`${name}Note`]: value ? (note ?? null) : null };
  if (firmness === 'disputed') Object.assign(properties, { [`${name}Start`]: null, [`${name}End`]: null });
  return properties;
}

export function edgesOf(record: ModelRecord): EdgeRow[] {
  const data = record.data;
  const id = data.id as string;
  const inherited = data.cite as Citation[];
  const edges: EdgeRow[] = [];
  for (const spec of record.collection === 'sources' ? [] : RELATIONS_BY_COLLECTION[record.collection]) {
    const value = data[spec.field] as Reference | Reference[] | undefined;
    if (value === undefined) continue;
    for (const reference of Array.isArray(value) ? value : [value]) edges.push(edgeOf(spec, id, reference, inherited));
  }
  if (record.collection === 'officials') {
    const positions = data.positions as Position[];
    for (const position of positions) {
      const edge = edgeOf(POSITION_RELATION, id, { ...position, id: position.organization }, inherited);
      edge.key = position.title;
      Object.assign(edge.properties, { title: position.title, status: position.status, ...dateProperties('asOf', position.asOf) });
      edges.push(edge);
    }
  }
  return edges;
}

export function edgeOf(spec: RelationSpec, ownerId: string, reference: Reference, inherited: Citation[]): EdgeRow {
  const cite = reference.cite ?? inherited;
  const role = spec.keyedBy === 'role' ? (reference.role ?? spec.defaultRole ?? null) : null;
  const [from, to] = spec.inbound ? [reference.id, ownerId] : [ownerId, reference.id];
  const details = Object.fromEntries((spec.details ?? []).map((field) => [field, reference[field as keyof Reference] ?? null]));
  return {
    type: spec.type,
    from,
    to,
    key: spec.keyedBy === 'award' ? (reference.award ?? '') : (role ?? ''),
    properties: {
      ...details,
      role,
      confidence: reference.confidence ?? 'stated',
      note: reference.note ?? null,
      sourceIds: cite.map((c) => c.source),
      locators: cite.map((c) => c.at),
    },
  };
}

export function citationRows(entityId: string, cite: Citation[]): CitationRow[] {
  const bySource = new Map<string, string[]>();
  for (const citation of cite) bySource.set(citation.source, [...(bySource.get(citation.source) ?? []), citation.at]);
  return [...bySource].map(([sourceId, locators]) => ({ entityId, sourceId, locators }));
}

/** The countries each place or body lies in, following PART_OF / BASED_IN / IN_COUNTRY / ACTIVE_IN upwards. */
function countriesByEntity(entities: ModelRecord[], edges: EdgeRow[]): Map<string, string[]> {
  const kindById = new Map(entities.map((r) => [r.data.id as string, kindOf(r)]));
  const upward = new Map<string, string[]>();
  for (const edge of edges) {
    if (COUNTRY_PATH_TYPES.includes(edge.type)) {
      upward.set(edge.from, [...(upward.get(edge.from) ?? []), edge.to]);
    }
  }
  const resolve = (id: string, seen: Set<string>): string[] => {
    if (kindById.get(id) === EntityKind.COUNTRY) return [id];
    if (seen.has(id)) return [];
    seen.add(id);
    return [...new Set((upward.get(id) ?? []).flatMap((next) => resolve(next, seen)))];
  };
  return new Map(entities.map((r) => [r.data.id as string, resolve(r.data.id as string, new Set())]));
}

function kindOf(record: ModelRecord): EntityKind {
  if (record.collection === 'sources') throw new Error(`${String(record.data.id)} is a source, not an entity`);
  return KIND_BY_COLLECTION[record.collection];
}
