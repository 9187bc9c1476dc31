import fs from 'node:fs';
import path from 'node:path';
import { Document, isMap, isScalar, isSeq, parseDocument, Scalar } from 'yaml';
import { ModelRecord, RecordData } from '../model/records';
import { Collection } from '../model/relationships';
import { RECORD_SCHEMAS } from './seed.schema';
import { mergeArticleRecords } from './article.merge';

/** A model record as a seed file holds it, with the file it came from. */
export interface SeedRecord extends ModelRecord {
  file: string;
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

/** The reviewed facts of ingested articles, one file per article, beside the collection files. */
export const ARTICLES_FOLDER = 'articles';

function yamlFiles(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir)
    .filter((name) => name.endsWith('.yaml') || name.endsWith('.yml'))
    .sort();
}

/**
 * Reads every `*.yaml` file of the folder and of its `articles/` folder; each file maps collection names to lists of
 * records. An ID is defined once across the collection files; the article files may each state the same entity,
 * and their records of it are merged into one.
 */
export function loadSeedFiles(dir: string): { records: SeedRecord[]; problems: SeedProblem[] } {
  const records: SeedRecord[] = [];
  const problems: SeedProblem[] = [];
  if (!fs.existsSync(dir)) {
    return { records, problems: [{ file: dir, recordId: null, field: null, reason: 'seed folder does not exist' }] };
  }
  const files = [...yamlFiles(dir), ...yamlFiles(path.join(dir, ARTICLES_FOLDER)).map((name) => `${ARTICLES_FOLDER}/${name}`)];
  if (files.length === 0) problems.push({ file: dir, recordId: null, field: null, reason: 'no .yaml seed files found' });

  for (const file of files) {
    const document = parseDocument(fs.readFileSync(path.join(dir, file), 'utf8'), { uniqueKeys: true });
    if (document.errors.length > 0) {
      for (const error of document.errors) problems.push({ file, recordId: null, field: null, reason: `YAML: ${error.message}` });
      continue;
    }
    problems.push(...unquotedNamesInFlowLists(document, file));
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
      for (const data of list) records.push({ collection: collection as Collection, file, data: data as RecordData });
    }
  }
  const articles = mergeArticleRecords(records);
  return { records: articles.records, problems: [...problems, ...articles.problems] };
}

/** Record fields that list names, where one name may itself contain a comma. */
const NAME_LIST_FIELDS = ['aliases'];

/**
 * In a one-line list (`[a, b]`), an unquoted comma ends an item, so `[United Nations Educational, Scientific and
 * Cultural Organization]` is silently two names. Only quoting tells an intended list from a split name, so a name in
 * a one-line list of several must be quoted; one-item lists and one-name-per-line lists cannot split.
 */
export function unquotedNamesInFlowLists(document: Document, file: string): SeedProblem[] {
  const problems: SeedProblem[] = [];
  if (!isMap(document.contents)) return problems;
  for (const collection of document.contents.items) {
    if (!isSeq(collection.value)) continue;
    for (const record of collection.value.items) {
      if (!isMap(record)) continue;
      const id = record.get('id');
      for (const field of NAME_LIST_FIELDS) {
        const list = record.get(field, true);
        if (!isSeq(list) || !list.flow || list.items.length < 2) continue;
        const unquoted = list.items.filter((item): item is Scalar => isScalar(item) && item.type === Scalar.PLAIN);
        if (unquoted.length === 0) continue;
        problems.push({
          file,
          recordId: typeof id === 'string' ? id : null,
          field,
          reason: `unquoted names in a one-line list (${unquoted.map((item) => JSON.stringify(String(item.value))).join(', ')}): a comma inside a name splits it in two; quote each name or put one per line`,
        });
      }
    }
  }
  return problems;
}
