import Ajv, { ErrorObject, ValidateFunction } from 'ajv';
import { Problem, validateRecords } from '../model/validation';
import { SeedProblem, SeedRecord } from './seed.loader';
import { RECORD_SCHEMAS } from './seed.schema';

const ajv = new Ajv({ allErrors: true, strict: true });
const validators: Record<string, ValidateFunction> = Object.fromEntries(
  Object.entries(RECORD_SCHEMAS).map(([collection, schema]) => [collection, ajv.compile(schema)]),
);

/**
 * Every problem in the seed records: first what the JSON Schemas of the file format find, then what the
 * model's rules find (IDs, references, citations, dates). An empty list means the import may write.
 */
export function validateSeedRecords(records: SeedRecord[]): SeedProblem[] {
  const problems: SeedProblem[] = [];
  for (const record of records) {
    const recordId = typeof record.data?.id === 'string' ? record.data.id : null;
    const validate = validators[record.collection];
    if (validate(record.data)) continue;
    for (const error of validate.errors ?? []) problems.push({ file: record.file, recordId, field: fieldOf(error), reason: messageOf(error) });
  }
  for (const problem of validateRecords(records, { shape: false })) {
    problems.push({ file: problem.record.file, recordId: problem.recordId, field: problem.path, reason: seedReason(problem) });
  }
  return problems;
}

/** A problem the model's rules found, worded for someone editing the seed files. */
export function seedReason({ code, data }: Problem): string {
  switch (code) {
    case 'MISSING_FIELD':
      return 'is required';
    case 'NOT_IN_VOCABULARY':
      return `must be one of ${(data.allowed as string[]).join(', ')}`;
    case 'MALFORMED_VALUE':
      return `must match pattern "${data.pattern}"`;
    case 'TOO_FEW_ITEMS':
      return `must NOT have fewer than ${data.min} items`;
    case 'BELOW_MINIMUM':
      return `must be >= ${data.min}`;
    case 'MALFORMED_ID':
      return 'not a well-formed ID: expected "<kind>:<slug>", slug in lower-case ASCII with hyphens';
    case 'WRONG_ID_PREFIX':
      return `prefix "${data.prefix}" does not name a ${String(data.expected).toLowerCase()}`;
    case 'DUPLICATE_ID':
      return 'duplicate ID; it is already defined';
    case 'NOT_A_CALENDAR_DATE':
      return `"${data.value}" is not a calendar date`;
    case 'FIRMNESS_WITHOUT_DATE':
      return `says how firm "${data.dateField}" is, but there is no ${data.dateField}`;
    case 'DISPUTED_DATE_WITHOUT_NOTE':
      return `is required when ${data.confidenceField} is disputed: say what casts the date in doubt`;
    case 'DISPUTED_FACT_WITHOUT_NOTE':
      return 'is required when confidence is disputed: say what casts the fact in doubt';
    case 'UNKNOWN_SOURCE':
      return `cites "${data.id}", which is not a source defined in the seeds`;
    case 'UNKNOWN_REFERENCE':
      return `refers to "${data.id}", which no seed record defines`;
    case 'LABEL_OUTSIDE_SCRIPT':
      return `"${data.value}" has letters (${(data.letters as string[]).join(' ')}) outside the script of "${data.lang}"`;
    case 'LABEL_UNTRIMMED':
      return 'has spaces at its start or end';
    case 'NAME_OUTSIDE_SCRIPT':
      return `says the name "${data.value}" is in "${data.lang}", but it has letters (${(data.letters as string[]).join(' ')}) outside that language's script`;
    case 'ARCHIVED_FILE_REQUIRED':
      return 'is required: an article is cited by the lines of its archived copy';
    case 'ARCHIVED_FILE_NOT_TAKEN':
      return 'is not taken: a dataset or legal text is cited by key, not by the lines of an archived copy';
    case 'LINE_LOCATOR_EXPECTED':
      return `"${data.at}" is not a line locator such as "L7", as an article is cited`;
    case 'KEY_LOCATOR_EXPECTED':
      return `"${data.at}" is not a key such as "VN-23" or "Art. 1", as a ${String(data.kind).toLowerCase().replace('_', ' ')} is cited`;
    case 'ENDS_BEFORE_IT_BEGINS':
      return `ends before it begins (${data.start})`;
    case 'WRONG_REFERENCE_KIND':
      return `refers to "${data.id}", a ${String(data.kind).toLowerCase()}; expected ${(data.expected as string[]).map((kind) => kind.toLowerCase()).join(' or ')}`;
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
