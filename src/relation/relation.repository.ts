import { CypherQuery } from '../db/executor';
import { isRelationshipType, RelationshipType } from '../model/relationships';

export type Direction = 'out' | 'in';

/** What one field asks of an entity's surroundings: the entities one relationship type leads to, or the sources citing it. */
export type Neighbourhood = { kind: 'related'; type: RelationshipType; direction: Direction } | { kind: 'citations' };

export function neighbourhoodKey(neighbourhood: Neighbourhood): string {
  return neighbourhood.kind === 'citations' ? 'citations' : `${neighbourhood.direction}:${neighbourhood.type}`;
}

function branch(neighbourhood: Neighbourhood, parameter: string): string {
  const key = neighbourhoodKey(neighbourhood);
  if (neighbourhood.kind === 'citations') {
    return `MATCH (n:Entity)-[c:CITED_IN]->(s:Source) WHERE n.id IN $${parameter}
            RETURN '${key}' AS neighbourhood, n.id AS ownerId, {locators: c.locators} AS edge, properties(s) AS node`;
  }
  const { type, direction } = neighbourhood;
  if (!isRelationshipType(type)) throw new Error(`unknown relationship type ${type}`);
  const pattern = direction === 'out' ? `(n)-[r:${type}]->(m:Entity)` : `(n)<-[r:${type}]-(m:Entity)`;
  return `MATCH (n:Entity) WHERE n.id IN $${parameter}
          MATCH ${pattern}
          RETURN '${key}' AS neighbourhood, n.id AS ownerId, properties(r) AS edge, properties(m) AS node`;
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
