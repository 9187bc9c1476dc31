import { CypherQuery } from '../db/executor';

export interface EventFilter {
  involving: string | null;
  fromDay: string | null;
  toDay: string | null;
}

/** An event overlaps the range when it ends on or after `fromDay` and starts on or before `toDay`. */
const FILTER = `
  ($involving IS NULL OR EXISTS { MATCH (e)--(x:Entity {id: $involving}) })
  AND ($fromDay IS NULL OR e.dateEnd >= $fromDay)
  AND ($toDay IS NULL OR e.dateStart <= $toDay)`;

export function countEventsQuery(filter: EventFilter): CypherQuery {
  return {
    cypher: `MATCH (e:Event) WHERE ${FILTER}
             RETURN count(e) AS total`,
    params: { ...filter },
  };
}

/** Events in time order (undated last), after the cursor position, one more than asked to tell if a next page exists. */
export function eventPageQuery(filter: EventFilter, after: { sortKey: string; id: string } | null, limit: number): CypherQuery {
  return {
    cypher: `MATCH (e:Event) WHERE ${FILTER}
               AND ($afterKey IS NULL OR e.sortKey > $afterKey OR (e.sortKey = $afterKey AND e.id > $afterId))
             RETURN properties(e) AS node
             ORDER BY e.sortKey, e.id
             LIMIT $limit`,
    params: { ...filter, afterKey: after?.sortKey ?? null, afterId: after?.id ?? null, limit },
  };
}
