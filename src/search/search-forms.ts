import { Executor } from '../db/executor';
import { nameProperties } from '../model/names';
import { curatedNamesQuery, searchFormsWrite } from './search.repository';

const DERIVED = ['asciiName', 'sortName', 'searchNames', 'searchText'] as const;

/**
 * Folds the names of curated entities again and stores the forms that changed, so that names written before a
 * change of folding still meet queries folded the new way. A seed import does the same for the seeded entities.
 * Returns how many entities changed.
 */
export async function refoldCuratedNames(executor: Executor): Promise<number> {
  const rows = await executor.read(curatedNamesQuery());
  const stale = rows.flatMap((row) => {
    const folded = nameProperties(row.name as string, (row.nativeName as string | null) ?? null, row.aliases as string[]);
    const forms = Object.fromEntries(DERIVED.map((key) => [key, folded[key]]));
    const changed = DERIVED.some((key) => JSON.stringify(row[key] ?? null) !== JSON.stringify(forms[key]));
    return changed ? [{ id: row.id as string, forms }] : [];
  });
  if (stale.length) await executor.write(searchFormsWrite(stale));
  return stale.length;
}
