import { Executor } from '../db/executor';
import { EntityRecord } from '../entity/entity.record';
import { EntityKind } from '../model/entity-kind';
import { searchForm } from '../model/fold';
import { searchQuery } from './search.repository';
import { SearchHit } from './search.type';

/**
 * The entities whose names or aliases match a folded query (`form`), best first: ranked by the search query (an
 * exact name or alias above every other hit), each with the name it matched.
 */
export async function searchEntities(executor: Executor, form: string, kinds: EntityKind[] | null, limit: number): Promise<SearchHit[]> {
  const rows = await executor.read(searchQuery(form, kinds, limit));
  return rows.map((row) => {
    const entity = row.node as EntityRecord;
    return { entity, score: row.score as number, matched: matchedName(entity, form) };
  });
}

/** The name or alias the folded query matched best: exact first, then one whose words start with all tokens. */
export function matchedName(entity: EntityRecord, form: string): string {
  const names = [entity.name, entity.nativeName, ...entity.aliases].filter((n): n is string => Boolean(n));
  const tokens = form.split(' ');
  const exact = names.find((name) => searchForm(name) === form);
  if (exact) return exact;
  const partial = names.find((name) => {
    const words = searchForm(name).split(' ');
    return tokens.every((token) => words.some((word) => word.startsWith(token)));
  });
  return partial ?? entity.name;
}
