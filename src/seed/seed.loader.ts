import fs from 'node:fs';
import path from 'node:path';
import { parseDocument } from 'yaml';
import { RECORD_SCHEMAS } from './seed.schema';

export type SeedData = Record<string, unknown>;

export interface SeedRecord {
  collection: string;
  file: string;
  data: SeedData;
}

export interface SeedProblem {
  file: string;
  recordId: string | null;
  field: string | null;
  reason: string;
}

export class SeedValidationError extends Error {
  constructor(readonly problems: SeedProblem[]) {
    super(`${problems.length} problem(s) in the seed files:\n${problems.map(formatProblem).join('\n')}`);
  }
}

export function formatProblem(problem: SeedProblem): string {
  const where = [problem.file, problem.recordId ?? '(file)', problem.field ?? ''].filter(Boolean).join(' › ');
  return `  ${where}: ${problem.reason}`;
}

/** Reads every `*.yaml` file of the folder; each file maps collection names to lists of records. */
export function loadSeedFiles(dir: string): { records: SeedRecord[]; problems: SeedProblem[] } {
  const records: SeedRecord[] = [];
  const problems: SeedProblem[] = [];
  if (!fs.existsSync(dir)) {
    return { records, problems: [{ file: dir, recordId: null, field: null, reason: 'seed folder does not exist' }] };
  }
  const files = fs
    .readdirSync(dir)
    .filter((name) => name.endsWith('.yaml') || name.endsWith('.yml'))
    .sort();
  if (files.length === 0) problems.push({ file: dir, recordId: null, field: null, reason: 'no .yaml seed files found' });

  for (const file of files) {
    const document = parseDocument(fs.readFileSync(path.join(dir, file), 'utf8'), { uniqueKeys: true });
    if (document.errors.length > 0) {
      for (const error of document.errors) problems.push({ file, recordId: null, field: null, reason: `YAML: ${error.message}` });
      continue;
    }
    const content: unknown = document.toJS();
    if (content === null || typeof content !== 'object' || Array.isArray(content)) {
      problems.push({ file, recordId: null, field: null, reason: 'expected a mapping of collection names to lists' });
      continue;
    }
    for (const [collection, list] of Object.entries(content)) {
      if (!(collection in RECORD_SCHEMAS)) {
        problems.push({
          file,
          recordId: null,
          field: collection,
          reason: `unknown collection; expected one of ${Object.keys(RECORD_SCHEMAS).join(', ')}`,
        });
        continue;
      }
      if (!Array.isArray(list)) {
        problems.push({ file, recordId: null, field: collection, reason: 'expected a list of records' });
        continue;
      }
      for (const data of list) records.push({ collection, file, data: data as SeedData });
    }
  }
  return { records, problems };
}
