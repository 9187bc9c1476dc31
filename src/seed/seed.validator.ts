import Ajv, { ErrorObject, ValidateFunction } from 'ajv';
import { wordProblem } from '../errors/problem-wording';
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
export function seedReason(problem: Problem): string {
  return wordProblem(problem);
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
