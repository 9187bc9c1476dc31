import { parseId } from './entity-id';
import { EntityKind } from './entity-kind';
import { Citation } from './records';
import { CATEGORY_VOCABULARIES, DATE_FIELDS, DATED_FIELDS, FORMATS, FORMATTED_FIELDS, MIN_COUNT, MIN_ITEMS, NESTED_VOCABULARIES, REQUIRED_FIELDS, SOURCE_REQUIRED_FIELDS } from './fields';
import { LabelMap, lettersOutsideScript } from './labels';
import { isCalendarDate } from './partial-date';
import { ModelRecord, Position, RecordData, Reference } from './records';
import { KIND_BY_COLLECTION, POSITION_RELATION, RELATIONS_BY_COLLECTION } from './relationships';

/**
 * What the model's rules find wrong with a record. `path` names the field (`partOf.id`, `cite[0].source`);
 * `data` holds what a message needs. Each door (seed files, curation) words the codes in its own terms.
 */
export type ProblemCode =
  | 'MISSING_FIELD'
  | 'NOT_IN_VOCABULARY'
  | 'MALFORMED_VALUE'
  | 'TOO_FEW_ITEMS'
  | 'BELOW_MINIMUM'
  | 'MALFORMED_ID'
  | 'WRONG_ID_PREFIX'
  | 'DUPLICATE_ID'
  | 'NOT_A_CALENDAR_DATE'
  | 'FIRMNESS_WITHOUT_DATE'
  | 'DISPUTED_DATE_WITHOUT_NOTE'
  | 'DISPUTED_FACT_WITHOUT_NOTE'
  | 'UNKNOWN_SOURCE'
  | 'UNKNOWN_REFERENCE'
  | 'WRONG_REFERENCE_KIND'
  | 'LABEL_OUTSIDE_SCRIPT'
  | 'LABEL_UNTRIMMED'
  | 'NAME_OUTSIDE_SCRIPT'
  | 'ARCHIVED_FILE_REQUIRED'
  | 'ARCHIVED_FILE_NOT_TAKEN'
  | 'LINE_LOCATOR_EXPECTED'
  | 'OFFSET_LOCATOR_EXPECTED'
  | 'ONE_ARCHIVE_ONLY'
  | 'KEY_LOCATOR_EXPECTED'
  | 'ENDS_BEFORE_IT_BEGINS';

export interface Problem<R extends ModelRecord = ModelRecord> {
  code: ProblemCode;
  record: R;
  recordId: string | null;
  path: string | null;
  data: Record<string, unknown>;
}

export type KnownKind = EntityKind | 'SOURCE';

export interface ValidationOptions {
  /** IDs defined outside the records checked: what the graph already holds, when curation checks one new record. */
  known?: ReadonlyMap<string, KnownKind>;
  /** Whether to check required fields, vocabularies and formats; off when the door has checked the shape itself (the seed files' JSON Schemas). */
  shape?: boolean;
}

/** Every problem of the records, record by record; an empty list means they may be written. */
export function validateRecords<R extends ModelRecord>(records: R[], { known = new Map(), shape = true }: ValidationOptions = {}): Problem<R>[] {
  const problems: Problem<R>[] = [];
  const kindById = new Map<string, KnownKind>(known);
  // The kind of each source these records define, which says how a citation of it locates a fact.
  const sourceKinds: SourceKinds = new Map(
    records.filter((r) => r.collection === 'sources' && typeof r.data?.id === 'string').map((r) => [r.data.id as string, citedBy(r.data)]),
  );

  for (const record of records) {
    const id = typeof record.data?.id === 'string' ? record.data.id : null;
    const report = (code: ProblemCode, path: string | null, data: Record<string, unknown> = {}) => problems.push({ code, record, recordId: id, path, data });
    if (shape) shapeProblems(record.collection, record.data ?? {}, report);
    if (!id) continue;
    const parsed = parseId(id);
    const expected = record.collection === 'sources' ? 'SOURCE' : KIND_BY_COLLECTION[record.collection];
    if (!parsed) report('MALFORMED_ID', 'id', { id });
    else if (parsed.kind !== expected) report('WRONG_ID_PREFIX', 'id', { prefix: parsed.prefix, expected });
    if (kindById.has(id)) report('DUPLICATE_ID', 'id', { id });
    else if (parsed) kindById.set(id, parsed.kind);
  }

  for (const record of records) {
    const data = record.data as RecordData;
    if (typeof data?.id !== 'string') continue;
    const report = (code: ProblemCode, path: string, details: Record<string, unknown> = {}) =>
      problems.push({ code, record, recordId: data.id as string, path, data: details });

    if (record.collection === 'sources') {
      const archived = (data.kind ?? 'ARTICLE') === 'ARTICLE';
      if (archived && data.file === undefined && data.textHash === undefined) report('ARCHIVED_FILE_REQUIRED', 'file');
      if (archived && data.file !== undefined && data.textHash !== undefined) report('ONE_ARCHIVE_ONLY', 'textHash');
      if (!archived && data.file !== undefined) report('ARCHIVED_FILE_NOT_TAKEN', 'file', { kind: data.kind });
      if (!archived && data.textHash !== undefined) report('ARCHIVED_FILE_NOT_TAKEN', 'textHash', { kind: data.kind });
    }
    for (const field of DATE_FIELDS) {
      if (typeof data[field] === 'string' && !isCalendarDate(data[field] as string)) report('NOT_A_CALENDAR_DATE', field, { value: data[field] });
    }
    if (typeof data.validFrom === 'string' && typeof data.validUntil === 'string' && data.validUntil < data.validFrom) {
      report('ENDS_BEFORE_IT_BEGINS', 'validUntil', { start: data.validFrom });
    }
    for (const [date, confidence, note] of DATED_FIELDS) {
      if (data[date] === undefined && (data[confidence] !== undefined || data[note] !== undefined)) {
        report('FIRMNESS_WITHOUT_DATE', data[confidence] !== undefined ? confidence : note, { dateField: date });
      }
      if (data[confidence] === 'disputed' && data[note] === undefined) report('DISPUTED_DATE_WITHOUT_NOTE', note, { confidenceField: confidence });
    }
    checkLabels(data, report);
    for (const [index, citation] of ((data.cite as Citation[] | undefined) ?? []).entries()) {
      checkSource(citation, `cite[${index}]`, report, kindById, sourceKinds);
    }

    const specs = record.collection === 'sources' || record.collection === 'officials' ? [] : RELATIONS_BY_COLLECTION[record.collection];
    for (const spec of specs) {
      const value = data[spec.field];
      if (value === undefined) continue;
      const list = (Array.isArray(value) ? value : [value]) as Reference[];
      list.forEach((reference, index) => {
        const field = Array.isArray(value) ? `${spec.field}[${index}]` : spec.field;
        checkReference(reference?.id, spec.targets, `${field}.id`, report, kindById);
        checkDisputeNoted(reference, field, report);
        if (typeof reference?.on === 'string' && !isCalendarDate(reference.on)) report('NOT_A_CALENDAR_DATE', `${field}.on`, { value: reference.on });
        if (reference?.by !== undefined) checkReference(reference.by, [EntityKind.DOCUMENT], `${field}.by`, report, kindById);
        for (const [c, citation] of (reference?.cite ?? []).entries()) checkSource(citation, `${field}.cite[${c}]`, report, kindById, sourceKinds);
      });
    }
    if (record.collection === 'officials') {
      ((data.positions as Position[] | undefined) ?? []).forEach((position, index) => {
        checkReference(position?.organization, POSITION_RELATION.targets, `positions[${index}].organization`, report, kindById);
        for (const [c, citation] of (position?.cite ?? []).entries()) checkSource(citation, `positions[${index}].cite[${c}]`, report, kindById, sourceKinds);
        checkDisputeNoted(position, `positions[${index}]`, report);
        if (typeof position?.asOf === 'string' && !isCalendarDate(position.asOf)) report('NOT_A_CALENDAR_DATE', `positions[${index}].asOf`, { value: position.asOf });
      });
    }
  }
  return problems;
}

type Report = (code: ProblemCode, path: string, data?: Record<string, unknown>) => void;

/** Required fields, vocabularies, formats and minimums: what the seed files' JSON Schemas also say, for records built in code. */
function shapeProblems(collection: ModelRecord['collection'], data: RecordData, report: Report): void {
  const required = collection === 'sources' ? SOURCE_REQUIRED_FIELDS : REQUIRED_FIELDS[collection];
  for (const field of required) if (data[field] === undefined) report('MISSING_FIELD', field);
  for (const [field, formatOfField] of Object.entries(FORMATTED_FIELDS)) {
    const format = field === 'iso' && collection === 'localities' ? 'subdivisionIso' : formatOfField;
    if (typeof data[field] === 'string' && !new RegExp(FORMATS[format]).test(data[field] as string)) report('MALFORMED_VALUE', field, { pattern: FORMATS[format] });
  }
  checkLanguageTags(data, report);
  const locator = `${FORMATS.locator}|${FORMATS.offsetLocator}|${FORMATS.keyLocator}`;
  for (const [index, citation] of ((data.cite as { at?: unknown }[] | undefined) ?? []).entries()) {
    if (typeof citation?.at === 'string' && !new RegExp(locator).test(citation.at)) report('MALFORMED_VALUE', `cite[${index}].at`, { pattern: locator });
  }
  if (collection === 'sources') return;
  const category = CATEGORY_VOCABULARIES[collection];
  if (category && data[category.field] !== undefined && !category.values.includes(data[category.field] as string)) {
    report('NOT_IN_VOCABULARY', category.field, { allowed: category.values });
  }
  for (const [field, min] of Object.entries(MIN_ITEMS[collection] ?? {})) {
    if (Array.isArray(data[field]) && (data[field] as unknown[]).length < min) report('TOO_FEW_ITEMS', field, { min });
  }
  for (const spec of RELATIONS_BY_COLLECTION[collection]) {
    const { roles } = spec;
    if (!roles || !Array.isArray(data[spec.field])) continue;
    (data[spec.field] as Reference[]).forEach((reference, index) => {
      if (reference?.role !== undefined && !roles.includes(reference.role)) report('NOT_IN_VOCABULARY', `${spec.field}[${index}].role`, { allowed: roles });
    });
  }
  const attendance = data.attendance as { count?: number; qualifier?: string } | undefined;
  if (attendance?.qualifier !== undefined && !NESTED_VOCABULARIES.attendanceQualifier.includes(attendance.qualifier)) {
    report('NOT_IN_VOCABULARY', 'attendance.qualifier', { allowed: NESTED_VOCABULARIES.attendanceQualifier });
  }
  if (typeof attendance?.count === 'number' && attendance.count < MIN_COUNT) report('BELOW_MINIMUM', 'attendance.count', { min: MIN_COUNT });
  if (typeof data.memberCount === 'number' && data.memberCount < MIN_COUNT) report('BELOW_MINIMUM', 'memberCount', { min: MIN_COUNT });
}

/** The rules on labels alone, tags included: for an update that changes a stored entity's names rather than building a record. */
export function labelProblems<R extends ModelRecord>(record: R): Problem<R>[] {
  const problems: Problem<R>[] = [];
  const id = typeof record.data.id === 'string' ? record.data.id : null;
  const report: Report = (code, path, data = {}) => problems.push({ code, record, recordId: id, path, data });
  checkLanguageTags(record.data, report);
  checkLabels(record.data, report);
  return problems;
}

function checkLanguageTags(data: RecordData, report: Report) {
  for (const lang of Object.keys((data.labels as LabelMap | undefined) ?? {})) {
    if (!new RegExp(FORMATS.languageTag).test(lang)) report('MALFORMED_VALUE', `labels.${lang}`, { pattern: FORMATS.languageTag });
  }
}

/**
 * A name must be written in the script of the language it is given in: Lao letters under `th`, or a Vietnamese
 * name given as the source form of a French record, are mistakes. Languages whose script is not known pass.
 */
function checkLabels(data: RecordData, report: Report) {
  const labels = data.labels as LabelMap | undefined;
  if (labels && typeof labels === 'object') {
    for (const [lang, value] of Object.entries(labels)) {
      if (typeof value !== 'string') continue;
      const letters = lettersOutsideScript(lang, value);
      if (letters.length) report('LABEL_OUTSIDE_SCRIPT', `labels.${lang}`, { lang, value, letters });
      if (value !== value.trim()) report('LABEL_UNTRIMMED', `labels.${lang}`, { lang, value });
    }
  }
  if (typeof data.nameLang === 'string' && typeof data.name === 'string') {
    const letters = lettersOutsideScript(data.nameLang, data.name);
    if (letters.length) report('NAME_OUTSIDE_SCRIPT', 'nameLang', { lang: data.nameLang, value: data.name, letters });
  }
}

function checkReference(id: unknown, targets: EntityKind[], path: string, report: Report, kindById: Map<string, KnownKind>) {
  if (typeof id !== 'string') return;
  const kind = kindById.get(id);
  if (!kind) report('UNKNOWN_REFERENCE', path, { id });
  else if (!targets.includes(kind as EntityKind)) report('WRONG_REFERENCE_KIND', path, { id, kind, expected: targets });
}

/** A fact marked disputed must say, in its note, what casts it in doubt. */
function checkDisputeNoted(fact: { confidence?: string; note?: string } | undefined, path: string, report: Report) {
  if (fact?.confidence === 'disputed' && fact.note === undefined) report('DISPUTED_FACT_WITHOUT_NOTE', `${path}.note`);
}

/** How each source is cited: an archived article by line, an article known by its cleaned text's hash by offsets, others by key. */
type SourceKinds = Map<string, string>;

function citedBy(source: RecordData): string {
  const kind = (source.kind as string | undefined) ?? 'ARTICLE';
  return kind === 'ARTICLE' && source.file === undefined && source.textHash !== undefined ? 'ARTICLE_TEXT' : kind;
}

/** `C<start>-<end>`: UTF-16 offsets into the cleaned text, the end exclusive and after the start. */
export function isOffsetRange(at: string): boolean {
  const match = /^C(\d+)-(\d+)$/.exec(at);
  return match !== null && Number(match[1]) < Number(match[2]);
}

/**
 * A citation names a known source, by line for an article and by key for a dataset or legal text. A source known
 * only from the graph (curation) is checked by the door that knows it.
 */
function checkSource(citation: Partial<Citation> | undefined, path: string, report: Report, kindById: Map<string, KnownKind>, sourceKinds: SourceKinds) {
  const id = citation?.source;
  if (typeof id !== 'string') return;
  if (kindById.get(id) !== 'SOURCE') {
    report('UNKNOWN_SOURCE', `${path}.source`, { id });
    return;
  }
  const kind = sourceKinds.get(id);
  if (typeof citation?.at !== 'string' || kind === undefined) return;
  const line = new RegExp(FORMATS.locator).test(citation.at);
  const offsets = new RegExp(FORMATS.offsetLocator).test(citation.at);
  if (kind === 'ARTICLE' && !line) report('LINE_LOCATOR_EXPECTED', `${path}.at`, { at: citation.at });
  if (kind === 'ARTICLE_TEXT' && (!offsets || !isOffsetRange(citation.at))) report('OFFSET_LOCATOR_EXPECTED', `${path}.at`, { at: citation.at });
  if (kind !== 'ARTICLE' && kind !== 'ARTICLE_TEXT' && (line || offsets || !new RegExp(FORMATS.keyLocator).test(citation.at))) {
    report('KEY_LOCATOR_EXPECTED', `${path}.at`, { at: citation.at, kind });
  }
}
