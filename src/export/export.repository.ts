import { CypherQuery } from '../db/executor';
import { MAX_NEIGHBORHOOD_DEPTH } from '../graph/graph.repository';
import { ENTITY_RELATIONSHIP_PATTERN as TYPES } from '../db/schema';


/** The whole graph when null; otherwise the entities within `depth` hops of `around` and the relationships among them. */
export type ExportScope = { around: string; depth: number } | null;

export const MAX_EXPORT_DEPTH = MAX_NEIGHBORHOOD_DEPTH;

const SOURCE_URLS = (ids: string) => `[sourceId IN ${ids} | head(COLLECT { MATCH (s:Source {id: sourceId}) RETURN s.url })]`;

const NODE_COLUMNS = `n.id AS id, n.name AS label, n.kind AS kind, n.category AS category,
  n.nativeName AS nativeName, n.asciiName AS asciiName, coalesce(n.aliases, []) AS aliases,
  coalesce(n.countryIds, []) AS countryIds, n.date AS date, n.dateStart AS dateStart, n.dateEnd AS dateEnd,
  n.since AS since, n.issuedOn AS issuedOn, n.code AS code, n.description AS description, n.note AS note,
  coalesce(n.sourceIds, []) AS sourceIds, ${SOURCE_URLS('coalesce(n.sourceIds, [])')} AS sourceUrls,
  COLLECT {
    MATCH (n)-[c:CITED_IN]->(s:Source)
    WITH s, c ORDER BY s.id
    UNWIND c.locators AS locator
    RETURN s.id + '#' + locator
  } AS locators`;

const EDGE_COLUMNS = `CASE WHEN r.key IS NULL THEN elementId(r)
       ELSE a.id + '|' + type(r) + '|' + b.id + CASE r.key WHEN '' THEN '' ELSE '|' + r.key END END AS id,
  a.id AS source, b.id AS target, type(r) AS relationship, r.role AS role,
  r.title AS title, r.status AS status, r.asOf AS asOf, r.confidence AS confidence, r.note AS note,
  coalesce(r.sourceIds, []) AS sourceIds, ${SOURCE_URLS('coalesce(r.sourceIds, [])')} AS sourceUrls,
  coalesce(r.locators, []) AS locators`;

/** Cypher needs a literal bound on variable-length patterns, so there is one reach clause per depth. */
const reached = (depth: number) => `MATCH (start:Entity {id: $around})
  OPTIONAL MATCH (start)-[:${TYPES}*1..${depth}]-(other:Entity)
  WITH start, collect(DISTINCT other) AS others
  WITH [start] + [m IN others WHERE m <> start] AS members`;

const depths = Array.from({ length: MAX_EXPORT_DEPTH }, (_, index) => index + 1);

const NEIGHBORHOOD_NODES = depths.map(
  (depth) => `${reached(depth)}
  UNWIND members AS n
  RETURN ${NODE_COLUMNS}
  ORDER BY id`,
);

const NEIGHBORHOOD_EDGES = depths.map(
  (depth) => `${reached(depth)}
  UNWIND members AS a
  MATCH (a)-[r:${TYPES}]->(b:Entity)
  WHERE b IN members
  RETURN ${EDGE_COLUMNS}`,
);

export function entityExistsQuery(id: string): CypherQuery {
  return { cypher: 'RETURN EXISTS { MATCH (:Entity {id: $id}) } AS found', params: { id } };
}

/** Whole-graph nodes come in ID order straight from the uniqueness index, without a sort. */
export function exportNodesQuery(scope: ExportScope): CypherQuery {
  if (!scope) {
    return {
      cypher: `MATCH (n:Entity) WHERE n.id IS NOT NULL
               RETURN ${NODE_COLUMNS}
               ORDER BY n.id`,
    };
  }
  return { cypher: NEIGHBORHOOD_NODES[scope.depth - 1], params: { around: scope.around } };
}

export function exportEdgesQuery(scope: ExportScope): CypherQuery {
  if (!scope) {
    return {
      cypher: `MATCH (a:Entity)-[r:${TYPES}]->(b:Entity)
               RETURN ${EDGE_COLUMNS}`,
    };
  }
  return { cypher: NEIGHBORHOOD_EDGES[scope.depth - 1], params: { around: scope.around } };
}
