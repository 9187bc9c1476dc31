import type { SeedProblem, SeedRecord } from './seed.loader';

/** Free-text fields: what each article says of a record is kept, in file order. */
const TEXT_FIELDS = /(^|[a-z])(note|Note|description)$/;

/**
 * One record per ID across the article files. Each reviewed article states what it states, so two articles often
 * speak of the same body, official or partnership: their records are one entity. Values that one file gives and the
 * other lacks are taken, lists are united (relationships by target and role, positions by title and body,
 * citations by source and locator, names as written), free text is joined, and a value the two give differently is a
 * problem to settle in the files, never a silent choice.
 */
export function mergeArticleRecords(records: SeedRecord[]): { records: SeedRecord[]; problems: SeedProblem[] } {
  const problems: SeedProblem[] = [];
  const merged: SeedRecord[] = [];
  const byKey = new Map<string, SeedRecord>();
  for (const record of records) {
    const id = record.data?.id;
    const key = `${record.collection}|${String(id)}`;
    const first = typeof id === 'string' && isArticleFile(record.file) ? byKey.get(key) : undefined;
    if (!first) {
      const copy = { ...record, data: { ...record.data } };
      merged.push(copy);
      if (typeof id === 'string' && isArticleFile(record.file)) byKey.set(key, copy);
      continue;
    }
    const conflict = (field: string, kept: unknown, given: unknown) =>
      problems.push({
        file: record.file,
        recordId: id as string,
        field,
        reason: `is ${JSON.stringify(given)} here and ${JSON.stringify(kept)} in ${first.file}: the articles' records of one entity must agree`,
      });
    first.data = mergeValues(first.data, record.data, '', conflict) as SeedRecord['data'];
  }
  return { records: merged, problems };
}

export function isArticleFile(file: string): boolean {
  return file.startsWith('articles/');
}

type Conflict = (field: string, kept: unknown, given: unknown) => void;

function mergeValues(kept: unknown, given: unknown, field: string, conflict: Conflict): unknown {
  if (given === undefined) return kept;
  if (kept === undefined) return given;
  if (Array.isArray(kept) && Array.isArray(given)) return mergeLists(kept, given, field, conflict);
  if (isObject(kept) && isObject(given)) {
    if (kept.id !== undefined && kept.id !== given.id) {
      conflict(`${field}.id`, kept.id, given.id);
      return kept;
    }
    const result: Record<string, unknown> = { ...kept };
    for (const [key, value] of Object.entries(given)) result[key] = mergeValues(kept[key], value, field ? `${field}.${key}` : key, conflict);
    return result;
  }
  if (kept === given) return kept;
  if (TEXT_FIELDS.test(field) && typeof kept === 'string' && typeof given === 'string') return kept.includes(given) ? kept : `${kept} ${given}`;
  conflict(field, kept, given);
  return kept;
}

function mergeLists(kept: unknown[], given: unknown[], field: string, conflict: Conflict): unknown[] {
  const result = [...kept];
  for (const item of given) {
    const key = itemKey(item);
    const index = result.findIndex((existing) => itemKey(existing) === key);
    if (index === -1) result.push(item);
    else result[index] = mergeValues(result[index], item, `${field}[${index}]`, conflict);
  }
  return result;
}

/** What makes two items of a list the same item. */
function itemKey(item: unknown): string {
  if (!isObject(item)) return JSON.stringify(item);
  if (typeof item.source === 'string') return `cite|${item.source}|${String(item.at)}`;
  if (typeof item.id === 'string') return `ref|${item.id}|${String(item.role ?? '')}`;
  if (typeof item.title === 'string') return `post|${item.title}|${String(item.organization ?? '')}`;
  return JSON.stringify(item);
}

function isObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}
