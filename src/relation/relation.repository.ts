import { CypherQuery } from '../db/executor';
import { isRelationshipType, RelationshipType } from '../model/relationships';

export type Direction = 'out' | 'in';

/** What one field asks of an entity's surroundings: the entities one relationship type leads to, or the sources citing it. */
export type Neighbourhood = { kind: 'related'; type: RelationshipType; direction: Direction } | { kind: 'citations' };

export function neighbourhoodKey(neighbourhood: Neighbourhood): string {
  return neighbourhood.kind === 'citations' ? 'citations' : `${neighbourhood.direction}:${neighbourhood.type}`;
}

/**
 * The pattern one neighbourhood follows from `owner` (relationship `rel`, entity or source `other`), and what of the
 * relationship its rows carry. Shared with the compiled statements (src/prefetch/), whose rows prime the same caches.
 */
export function neighbourhoodPattern(neighbourhood: Neighbourhood, owner: string, rel: string, other: string): string {
  if (neighbourhood.kind === 'citations') return `(${owner})-[${rel}:CITED_IN]->(${other}:Source)`;
  const { type, direction } = neighbourhood;
  if (!isRelationshipType(type)) throw new Error(`unknown relationship type ${type}`);
  return direction === 'out' ? `(${owner})-[${rel}:${type}]->(${other}:Entity)` : `(${owner})<-[${rel}:${type}]-(${other}:Entity)`;
}

export function neighbourhoodEdge(neighbourhood: Neighbourhood, rel: string): string {
  return neighbourhood.kind === 'citations' ? `{locators: ${rel}.locators}` : `properties(${rel})`;
}

function branch(neighbourhood: Neighbourhood, parameter: string): string {
  return `MATCH (n:Entity) WHERE n.id IN $${parameter}
          MATCH ${neighbourhoodPattern(neighbourhood, 'n', 'r', 'm')}
          RETURN '${neighbourhoodKey(neighbourhood)}' AS neighbourhood, n.id AS ownerId, ${neighbourhoodEdge(neighbourhood, 'r')} AS edge, properties(m) AS node`;
}

/**
 * Everything the fields at one level of a request ask about their entities, in ONE query: a UNION of
 * one branch per relationship type and direction (types come from the model's fixed list, never from
 * a request), so a request costs one round trip per level of nesting however many fields it selects.
 */
export function neighbourhoodsQuery(requests: { neighbourhood: Neighbourhood; ids: readonly string[] }[]): CypherQuery {
  const params: Record<string, unknown> = {};
  const branches = requests.map(({ neighbourhood, ids }, index) => {
    params[`ids${index}`] = ids;
    return branch(neighbourhood, `ids${index}`);
  });
  return { cypher: `CALL () {\n${branches.join('\nUNION ALL\n')}\n}\nRETURN neighbourhood, ownerId, edge, node`, params };
}
