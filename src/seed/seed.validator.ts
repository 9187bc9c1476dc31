import Ajv, { ErrorObject, ValidateFunction } from 'ajv';
import { parseId } from '../entity/entity-id';
import { EntityKind } from '../entity/entity-kind';
import { isCalendarDate } from '../dates/partial-date';
import { SeedData, SeedProblem, SeedRecord } from './seed.loader';
import { KIND_BY_COLLECTION, POSITION_RELATION, RELATIONS_BY_COLLECTION } from './seed.relations';
import { KEY_LOCATOR, LINE_LOCATOR, RECORD_SCHEMAS } from './seed.schema';

const ajv = new Ajv({ allErrors: true, strict: true });
const validators: Record<string, ValidateFunction> = Object.fromEntries(
  Object.entries(RECORD_SCHEMAS).map(([collection, schema]) => [collection, ajv.compile(schema)]),
);

type CitationData = { source: string; at?: string };
type Reference = { id: string; confidence?: string; note?: string; on?: string; by?: string; cite?: CitationData[] };
/** The kind of each source the records define: what a citation's locator must look like. */
type SourceKinds = Map<string, string>;

/** Dates with a firmness of their own: [date, its confidence, the note a disputed one needs]. */
const DATED_FIELDS = [
  ['date', 'dateConfidence', 'dateNote'],
  ['issuedOn', 'issuedOnConfidence', 'issuedOnNote'],
  ['since', 'sinceConfidence', 'sinceNote'],
] as const;

/**
 * Every problem in the seed records, in file order; an empty list means the import may write. References may
 * also point at `known` IDs: what the graph already holds, when curation checks a single new record.
 */
export function validateSeedRecords(records: SeedRecord[], known: ReadonlyMap<string, EntityKind | 'SOURCE'> = new Map()): SeedProblem[] {
  const problems: SeedProblem[] = [];
  const kindById = new Map<string, EntityKind | 'SOURCE'>(known);
  const sourceKinds: SourceKinds = new Map(
    records.filter((r) => r.collection === 'sources' && typeof r.data?.id === 'string').map((r) => [r.data.id as string, (r.data.kind as string | undefined) ?? 'ARTICLE']),
  );

  for (const record of records) {
    const id = typeof record.data?.id === 'string' ? record.data.id : null;
    const report = (field: string | null, reason: string) => problems.push({ file: record.file, recordId: id, field, reason });

    const validate = validators[record.collection];
    if (!validate(record.data)) {
      for (const error of validate.errors ?? []) report(fieldOf(error), messageOf(error));
      if (!id) continue;
    }
    if (!id) continue;
    const parsed = parseId(id);
    const expected = record.collection === 'sources' ? 'SOURCE' : KIND_BY_COLLECTION[record.collection];
    if (!parsed) report('id', 'not a well-formed ID: expected "<kind>:<slug>", slug in lower-case ASCII with hyphens');
    else if (parsed.kind !== expected) report('id', `prefix "${parsed.prefix}" does not name a ${expected.toLowerCase()}`);
    if (kindById.has(id)) report('id', 'duplicate ID; it is already defined');
    else if (parsed) kindById.set(id, parsed.kind);
  }

  for (const record of records) {
    const data = record.data as SeedData;
    if (typeof data?.id !== 'string') continue;
    const report = (field: string, reason: string) => problems.push({ file: record.file, recordId: data.id as string, field, reason });

    if (record.collection === 'sources') {
      const archived = (data.kind ?? 'ARTICLE') === 'ARTICLE';
      if (archived && data.file === undefined) report('file', 'is required: an article is cited by the lines of its archived copy');
      if (!archived && data.file !== undefined) report('file', 'is not taken: a dataset or legal text is cited by key, not by the lines of an archived copy');
    }
    for (const field of ['date', 'issuedOn', 'since', 'publishedOn', 'validFrom', 'validUntil']) {
      if (typeof data[field] === 'string' && !isCalendarDate(data[field] as string)) report(field, `"${data[field]}" is not a calendar date`);
    }
    for (const [date, confidence, note] of DATED_FIELDS) {
      if (data[date] === undefined && (data[confidence] !== undefined || data[note] !== undefined)) report(data[confidence] !== undefined ? confidence : note, `says how firm "${date}" is, but there is no ${date}`);
      if (data[confidence] === 'disputed' && data[note] === undefined) report(note, `is required when ${confidence} is disputed: say what casts the date in doubt`);
    }
    if (typeof data.validFrom === 'string' && typeof data.validUntil === 'string' && data.validUntil < data.validFrom) report('validUntil', 'ends before validFrom');
    for (const [index, citation] of ((data.cite as CitationData[] | undefined) ?? []).entries()) {
      checkSource(citation, `cite[${index}]`, report, kindById, sourceKinds);
    }

    const specs = record.collection === 'officials' ? [] : (RELATIONS_BY_COLLECTION[record.collection] ?? []);
    for (const spec of specs) {
      const value = data[spec.field];
      if (value === undefined) continue;
      const list = (Array.isArray(value) ? value : [value]) as Reference[];
      list.forEach((reference, index) => {
        const field = Array.isArray(value) ? `${spec.field}[${index}]` : spec.field;
        checkReference(reference?.id, spec.targets, `${field}.id`, report, kindById);
        checkDisputeNoted(reference, field, report);
        if (typeof reference?.on === 'string' && !isCalendarDate(reference.on)) report(`${field}.on`, `"${reference.on}" is not a calendar date`);
        if (reference?.by !== undefined) checkReference(reference.by, [EntityKind.DOCUMENT], `${field}.by`, report, kindById);
        for (const [c, citation] of (reference?.cite ?? []).entries()) checkSource(citation, `${field}.cite[${c}]`, report, kindById, sourceKinds);
      });
    }
    if (record.collection === 'officials') {
      ((data.positions as { organization: string; cite?: CitationData[]; asOf?: string; confidence?: string; note?: string }[] | undefined) ?? []).forEach((position, index) => {
        checkReference(position?.organization, POSITION_RELATION.targets, `positions[${index}].organization`, report, kindById);
        for (const [c, citation] of (position?.cite ?? []).entries()) checkSource(citation, `positions[${index}].cite[${c}]`, report, kindById, sourceKinds);
        checkDisputeNoted(position, `positions[${index}]`, report);
        if (typeof position?.asOf === 'string' && !isCalendarDate(position.asOf)) report(`positions[${index}].asOf`, `"${position.asOf}" is not a calendar date`);
      });
    }
  }
  return problems;
}

function checkReference(
  id: unknown,
  targets: EntityKind[],
  field: string,
  report: (field: string, reason: string) => void,
  kindById: Map<string, EntityKind | 'SOURCE'>,
) {
  if (typeof id !== 'string') return;
  const kind = kindById.get(id);
  if (!kind) report(field, `refers to "${id}", which no seed record defines`);
  else if (!targets.includes(kind as EntityKind)) {
    report(field, `refers to "${id}", a ${kind.toLowerCase()}; expected ${targets.map((t) => t.toLowerCase()).join(' or ')}`);
  }
}

/** A fact marked disputed must say, in its note, what casts it in doubt. */
function checkDisputeNoted(fact: { confidence?: string; note?: string } | undefined, field: string, report: (field: string, reason: string) => void) {
  if (fact?.confidence === 'disputed' && fact.note === undefined) report(`${field}.note`, 'is required when confidence is disputed: say what casts the fact in doubt');
}

/** A citation names a defined source, by line for an article and by key for a dataset or legal text. */
function checkSource(
  citation: CitationData | undefined,
  field: string,
  report: (field: string, reason: string) => void,
  kindById: Map<string, EntityKind | 'SOURCE'>,
  sourceKinds: SourceKinds,
) {
  const id = citation?.source;
  if (typeof id !== 'string') return;
  if (kindById.get(id) !== 'SOURCE') {
    report(`${field}.source`, `cites "${id}", which is not a source defined in the seeds`);
    return;
  }
  const kind = sourceKinds.get(id);
  if (typeof citation?.at !== 'string' || kind === undefined) return;
  if (kind === 'ARTICLE' && !LINE_LOCATOR.test(citation.at)) report(`${field}.at`, `"${citation.at}" is not a line locator such as "L7", as an article is cited`);
  if (kind !== 'ARTICLE' && (LINE_LOCATOR.test(citation.at) || !KEY_LOCATOR.test(citation.at))) {
    report(`${field}.at`, `"${citation.at}" is not a key such as "VN-23" or "Art. 1", as a ${kind.toLowerCase().replace('_', ' ')} is cited`);
  }
}

function fieldOf(error: ErrorObject): string | null {
  const path = error.instancePath
    .split('/')
    .filter(Boolean)
    .map((part) => (/^\d+$/.test(part) ? `[${part}]` : `.${part}`))
    .join('')
    .replace(/^\./, '');
  if (error.keyword === 'required') return [path, (error.params as { missingProperty: string }).missingProperty].filter(Boolean).join('.');
  if (error.keyword === 'additionalProperties') {
    return [path, (error.params as { additionalProperty: string }).additionalProperty].filter(Boolean).join('.');
  }
  return path || null;
}

function messageOf(error: ErrorObject): string {
  if (error.keyword === 'required') return 'is required';
  if (error.keyword === 'additionalProperties') return 'is not a known field';
  if (error.keyword === 'enum') return `must be one of ${(error.params as { allowedValues: unknown[] }).allowedValues.join(', ')}`;
  return error.message ?? 'is invalid';
}
