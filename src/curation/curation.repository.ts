import { CypherQuery } from '../db/executor';
import { LABEL_BY_KIND, EntityKind } from '../model/entity-kind';
import { CitationRow, EdgeRow, NodeRow } from '../model/rows';
import { COUNTRY_PATH_TYPES } from '../model/relationships';

/**
 * The Cypher of curation writes. Relationship types reach Cypher only from the model's fixed list (checked by the
 * service) and labels only from LABEL_BY_KIND; everything a caller typed travels as a parameter.
 */

/** What each ID names in the graph: an entity's kind, SOURCE, RETIRED (retired or merged away), or nothing. */
export function idKindsQuery(ids: string[]): CypherQuery {
  return {
    cypher: `UNWIND $ids AS id
             OPTIONAL MATCH (n:Entity {id: id})
             OPTIONAL MATCH (s:Source {id: id})
             OPTIONAL MATCH (r:Retired {id: id})
             RETURN id, CASE WHEN n IS NOT NULL THEN n.kind WHEN s IS NOT NULL THEN 'SOURCE' WHEN r IS NOT NULL THEN 'RETIRED' END AS kind`,
    params: { ids: [...new Set(ids)] },
  };
}

export function entityQuery(id: string): CypherQuery {
  return { cypher: 'MATCH (n:Entity {id: $id}) RETURN properties(n) AS node', params: { id } };
}

/** How each source is cited: an article with an archived copy by line, one known by its text hash by offsets. */
export function sourceArchivesQuery(ids: string[]): CypherQuery {
  return {
    cypher: `UNWIND $ids AS id
             MATCH (s:Source {id: id})
             RETURN s.id AS id, coalesce(s.sourceKind, 'ARTICLE') AS kind, s.file IS NOT NULL AS archived, s.textHash IS NOT NULL AS hashed`,
    params: { ids: [...new Set(ids)] },
  };
}

/** The language a source is written in: a curated name's language when the editor gives none, as for seed records. */
export function sourceLanguageQuery(id: string): CypherQuery {
  return { cypher: 'MATCH (s:Source {id: $id}) RETURN s.language AS language', params: { id } };
}

export function createSourceWrite(properties: Record<string, unknown>): CypherQuery {
  return { cypher: `CREATE (s:Source) SET s = $properties, s.origin = 'curation' RETURN properties(s) AS source`, params: { properties } };
}

export function createEntityWrite(node: NodeRow): CypherQuery {
  return {
    cypher: `CREATE (n:Entity:${node.label}) SET n = $properties, n.origin = 'curation' RETURN n.id AS id`,
    params: { properties: node.properties },
  };
}

/** Adds relationships; one that already exists (same ends, type and key) gains the new citations instead. */
export function relationshipWrites(edges: EdgeRow[]): CypherQuery {
  return {
    cypher: `UNWIND $rows AS row
             MATCH (a:Entity {id: row.from}), (b:Entity {id: row.to})
             MERGE (a)-[r:$(row.type) {key: row.key}]->(b)
             ON CREATE SET r += row.properties
             ON MATCH SET r += row.update, r.sourceIds = r.sourceIds + row.properties.sourceIds, r.locators = r.locators + row.properties.locators
             SET r.origin = 'curation'
             RETURN count(r) AS written`,
    params: { rows: edges.map((edge) => ({ ...edge, update: updatableEdgeProperties(edge.properties) })) },
  };
}

/** On an existing relationship, what a new statement of it may change: a post's status and date, a note. */
function updatableEdgeProperties(properties: Record<string, unknown>): Record<string, unknown> {
  const names = ['status', 'asOf', 'asOfStart', 'asOfEnd', 'asOfPrecision', 'title'];
  const update = Object.fromEntries(names.filter((name) => name in properties).map((name) => [name, properties[name]]));
  if (properties.note !== null && properties.note !== undefined) update.note = properties.note;
  return update;
}

/** Cites sources for entities, adding locators to a citation that exists. Marks the entities curated. */
export function citationWrites(citations: CitationRow[]): CypherQuery {
  return {
    cypher: `UNWIND $rows AS row
             MATCH (e:Entity {id: row.entityId}), (s:Source {id: row.sourceId})
             MERGE (e)-[c:CITED_IN]->(s)
             ON CREATE SET c.locators = row.locators
             ON MATCH SET c.locators = c.locators + [l IN row.locators WHERE NOT l IN c.locators]
             SET c.origin = 'curation', e.origin = 'curation',
                 e.sourceIds = e.sourceIds + [id IN [row.sourceId] WHERE NOT id IN e.sourceIds]`,
    params: { rows: citations },
  };
}

/** The countries an entity lies in, from the places and bodies it is part of or based in, as the importer computes them. */
export function countryRefresh(id: string): CypherQuery {
  return {
    cypher: `MATCH (n:Entity {id: $id})
             OPTIONAL MATCH (n)-[:${COUNTRY_PATH_TYPES.join('|')}]->(p:Entity)
             WITH n, collect(CASE WHEN p.kind = 'COUNTRY' THEN [p.id] ELSE coalesce(p.countryIds, []) END) AS lists
             SET n.countryIds = CASE WHEN n.kind = 'COUNTRY' THEN [n.id]
                                     ELSE reduce(acc = [], list IN lists | acc + [c IN list WHERE NOT c IN acc]) END`,
    params: { id },
  };
}

export function updateEntityWrite(id: string, properties: Record<string, unknown>): CypherQuery {
  return {
    cypher: `MATCH (n:Entity {id: $id}) SET n += $properties, n.origin = 'curation' RETURN properties(n) AS node`,
    params: { id, properties },
  };
}

export interface RelationshipRef {
  from: string;
  type: string;
  to: string;
  key: string | null;
}

/** The relationships a reference names (several when no key is given for a type whose key tells them apart). */
export function relationshipsQuery(ref: RelationshipRef): CypherQuery {
  return {
    cypher: `MATCH (a:Entity {id: $from})-[r]->(b:Entity {id: $to})
             WHERE type(r) = $type AND ($key IS NULL OR r.key = $key)
             RETURN r.key AS key, properties(r) AS properties`,
    params: { ...ref },
  };
}

const RETIREMENT = `x.type = type(r), x.retiredAt = $at, x.retiredReason = $reason`;

/** A retired relationship is kept, with its evidence, as RETIRED_FACT, which no traversal follows. */
export function retireRelationshipWrite(ref: RelationshipRef & { key: string }, reason: string, at: string): CypherQuery {
  return {
    cypher: `MATCH (a:Entity {id: $from})-[r]->(b:Entity {id: $to})
             WHERE type(r) = $type AND r.key = $key
             CREATE (a)-[x:RETIRED_FACT]->(b)
             SET x = properties(r), ${RETIREMENT}
             DELETE r`,
    params: { ...ref, reason, at },
  };
}

/** Retires every relationship `pattern` (binding `n`, `r`, `m`) finds, in the direction it was. */
function retireEach(pattern: string): string {
  const [start, end] = pattern.startsWith('(n)') ? ['n', 'm'] : ['m', 'n'];
  return `CALL (n) {
               MATCH ${pattern} WHERE type(r) <> 'RETIRED_FACT'
               CREATE (${start})-[x:RETIRED_FACT]->(${end})
               SET x = properties(r), ${RETIREMENT}, x.retiredWith = n.id
               DELETE r
             }`;
}

/**
 * A retired entity keeps its properties and citations but loses its `Entity` label, so no query finds it, and its
 * relationships are retired with it. `mergedInto` makes it a forwarding address: its ID then resolves to the survivor.
 */
export function retireEntityWrite(id: string, kind: EntityKind, reason: string, at: string, mergedInto: string | null = null): CypherQuery {
  return {
    cypher: `MATCH (n:Entity {id: $id})
             ${['(n)-[r]->(m:Entity)', '(m:Entity)-[r]->(n)'].map((pattern) => retireEach(pattern)).join('\n')}
             REMOVE n:Entity:${LABEL_BY_KIND[kind]}
             SET n:Retired, n.retiredAt = $at, n.retiredReason = $reason, n.mergedInto = $mergedInto
             WITH n
             OPTIONAL MATCH (earlier:Retired {mergedInto: n.id})
             SET earlier.mergedInto = $mergedInto`,
    params: { id, reason, at, mergedInto },
  };
}

/** Re-creates each relationship `found` matches (binding `d`, `r`, `m`) as `moved` on the survivor `s`, then deletes it. */
function moveEach(found: string, moved: string): string {
  return `CALL (d, s) {
               MATCH ${found} WHERE type(r) <> 'RETIRED_FACT'
               MERGE ${moved}
               ON CREATE SET x = properties(r)
               ON MATCH SET x.sourceIds = x.sourceIds + r.sourceIds, x.locators = x.locators + r.locators
               SET x.origin = 'curation'
               DELETE r
             }`;
}

/**
 * Moves a duplicate's relationships and citations to the survivor. One that the survivor already has (same other
 * end, type and key) gains the duplicate's citations instead; relationships between the two are dropped.
 */
export function moveFactsWrite(duplicateId: string, survivorId: string): CypherQuery {
  return {
    cypher: `MATCH (d:Entity {id: $duplicateId}), (s:Entity {id: $survivorId})
             CALL (d, s) {
               MATCH (d)-[r]-(s)
               DELETE r
             }
             ${moveEach('(d)-[r]->(m:Entity)', '(s)-[x:$(type(r)) {key: r.key}]->(m)')}
             ${moveEach('(m:Entity)-[r]->(d)', '(m)-[x:$(type(r)) {key: r.key}]->(s)')}
             CALL (d, s) {
               MATCH (d)-[c:CITED_IN]->(source:Source)
               MERGE (s)-[y:CITED_IN]->(source)
               ON CREATE SET y.locators = c.locators
               ON MATCH SET y.locators = y.locators + [l IN c.locators WHERE NOT l IN y.locators]
               SET y.origin = 'curation'
             }
             SET s.sourceIds = s.sourceIds + [id IN d.sourceIds WHERE NOT id IN s.sourceIds], s.origin = 'curation'`,
    params: { duplicateId, survivorId },
  };
}
