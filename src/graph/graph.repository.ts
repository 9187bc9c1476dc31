import { CypherQuery } from '../db/executor';
import { ENTITY_RELATIONSHIP_PATTERN as TYPES } from '../db/schema';


export const MAX_NEIGHBORHOOD_DEPTH = 3;
export const MAX_PATH_HOPS = 6;
export const MAX_PATHS = 10;
export const NEIGHBORHOOD_NODE_LIMIT = 500;

const NODE = '{id: n.id, kind: n.kind, name: n.name}';
const EVIDENCE = "{confidence: coalesce(r.confidence, 'stated'), note: r.note, sourceIds: coalesce(r.sourceIds, []), locators: coalesce(r.locators, [])}";
/** A relationship stores one source entry per cited line; an edge lists each source once, in the order first cited. */
const DISTINCT_SOURCE_IDS = 'reduce(distinct = [], s IN coalesce(r.sourceIds, []) | CASE WHEN s IN distinct THEN distinct ELSE distinct + s END)';
const EDGE = `{source: startNode(r).id, target: endNode(r).id, type: type(r), role: r.role, sourceIds: ${DISTINCT_SOURCE_IDS}, evidence: ${EVIDENCE}}`;

/** Cypher needs a literal bound on variable-length patterns, so there is one fixed query per depth. */
const NEIGHBORHOOD_QUERIES = Array.from({ length: MAX_NEIGHBORHOOD_DEPTH }, (_, index) => {
  const depth = index + 1;
  return `MATCH (start:Entity {id: $id})
          OPTIONAL MATCH (start)-[:${TYPES}*1..${depth}]-(reached:Entity)
          WITH start, collect(DISTINCT reached) AS reached
          WITH [start] + [m IN reached WHERE m <> start] AS found
          WITH found[0..$limit] AS nodes, size(found) > $limit AS truncated
          CALL (nodes) {
            UNWIND nodes AS a
            MATCH (a)-[r:${TYPES}]->(b:Entity)
            WHERE b IN nodes
            RETURN collect(${EDGE}) AS edges
          }
          RETURN [n IN nodes | ${NODE}] AS nodes, edges, truncated`;
});

export function neighborhoodQuery(id: string, depth: number): CypherQuery {
  return { cypher: NEIGHBORHOOD_QUERIES[depth - 1], params: { id, limit: NEIGHBORHOOD_NODE_LIMIT } };
}

/**
 * Up to `count` shortest paths, fewest hops first. Cypher wants both the path count and the hop
 * bound as literals, so they are written into the text after being checked as small integers.
 */
export function shortestPathsQuery(from: string, to: string, maxHops: number, count: number): CypherQuery {
  if (!isSmallInteger(maxHops, MAX_PATH_HOPS) || !isSmallInteger(count, MAX_PATHS)) throw new Error('path bounds out of range');
  return {
    cypher: `MATCH (a:Entity {id: $from}), (b:Entity {id: $to})
             MATCH p = SHORTEST ${count} (a)-[:${TYPES}]-{1,${maxHops}}(b)
             WITH p, [n IN nodes(p) | n.id] AS ids
             ORDER BY length(p), ids
             RETURN [n IN nodes(p) | ${NODE}] AS nodes, [r IN relationships(p) | ${EDGE}] AS edges`,
    params: { from, to },
  };
}

function isSmallInteger(value: number, max: number): boolean {
  return Number.isInteger(value) && value >= 1 && value <= max;
}

export function graphNodeQuery(id: string): CypherQuery {
  return { cypher: `MATCH (n:Entity {id: $id}) RETURN ${NODE} AS node`, params: { id } };
}
