import { CypherQuery, Executor } from '../db/executor';
import { LABEL_BY_KIND } from '../model/entity-kind';
import { CitationRow, EdgeRow, GraphRows, NodeRow } from '../model/rows';
import { ENTITY_RELATIONSHIP_TYPES } from '../model/relationships';

const BATCH_SIZE = 1000;

export async function countEntities(executor: Executor): Promise<number> {
  const [row] = await executor.read({ cypher: 'MATCH (n:Entity) RETURN count(n) AS count' });
  return row.count as number;
}

export interface RowWrite {
  query: CypherQuery;
  rows: number;
}

/** Every write of one import, to be run in a single transaction so the graph never holds half of it; pruning and the fingerprint count no rows. */
export function seedWriteQueries(graph: GraphRows, fingerprint: string): RowWrite[] {
  return [...seedRowWrites(graph, BATCH_SIZE), ...[...pruneQueries(graph), fingerprintWrite(fingerprint)].map((query) => ({ query, rows: 0 }))];
}

/** The MERGE statements of an import, `batchSize` rows each: sources, then entities, relationships and citations. */
export function seedRowWrites(graph: GraphRows, batchSize: number): RowWrite[] {
  const writes: RowWrite[] = [];
  const add = (cypher: string, rows: unknown[]) => {
    for (const chunk of chunks(rows, batchSize)) writes.push({ query: { cypher, params: { rows: chunk } }, rows: chunk.length });
  };
  add(
    `UNWIND $rows AS row MERGE (s:Source {id: row.id})
     WITH s, row WHERE coalesce(s.origin, 'seed') = 'seed'
     SET s = row`,
    graph.sources,
  );
  const nodesByLabel = groupBy(graph.nodes, (node: NodeRow) => node.label);
  for (const label of Object.values(LABEL_BY_KIND)) {
    add(
      // Curation wins over the seed files: a curated, retired or merged entity is left as curation made it.
      `UNWIND $rows AS row
       WITH row WHERE NOT EXISTS { MATCH (:Retired {id: row.id}) }
       MERGE (n:Entity {id: row.id})
       WITH n, row WHERE coalesce(n.origin, 'seed') = 'seed'
       SET n = row, n:${label}`,
      (nodesByLabel.get(label) ?? []).map((node) => ({ ...node.properties, origin: 'seed' })),
    );
  }
  const edgesByType = groupBy(graph.edges, (edge: EdgeRow) => edge.type);
  for (const type of ENTITY_RELATIONSHIP_TYPES) {
    add(
      `UNWIND $rows AS row
       MATCH (a:Entity {id: row.from}), (b:Entity {id: row.to})
       WHERE NOT EXISTS { (a)-[:RETIRED_FACT {type: '${type}', key: row.key}]->(b) }
       MERGE (a)-[r:${type} {key: row.key}]->(b)
       WITH r, row WHERE coalesce(r.origin, 'seed') = 'seed'
       SET r = row.properties, r.key = row.key, r.origin = 'seed'`,
      edgesByType.get(type) ?? [],
    );
  }
  add(
    `UNWIND $rows AS row
     MATCH (e:Entity {id: row.entityId}), (s:Source {id: row.sourceId})
     MERGE (e)-[c:CITED_IN]->(s)
     WITH c, row WHERE coalesce(c.origin, 'seed') = 'seed'
     SET c.locators = row.locators, c.origin = 'seed'`,
    graph.citations as CitationRow[],
  );
  return writes;
}

/** Marks the graph as holding a complete import of the seeds with this fingerprint. */
export function fingerprintWrite(fingerprint: string): CypherQuery {
  return { cypher: `MERGE (m:SeedImport {key: 'seeds'}) SET m.fingerprint = $fingerprint`, params: { fingerprint } };
}

/** Run before an import that commits in several transactions, so that a half-finished one is never taken for complete. */
export function fingerprintRemoval(): CypherQuery {
  return { cypher: `MATCH (m:SeedImport {key: 'seeds'}) DELETE m` };
}

/** The fingerprint of the last completed import; it is written in the import's own transaction, or after its last batch. */
export async function importedFingerprint(executor: Executor): Promise<string | null> {
  const [row] = await executor.read({ cypher: `OPTIONAL MATCH (m:SeedImport {key: 'seeds'}) RETURN m.fingerprint AS fingerprint` });
  return (row?.fingerprint as string | null) ?? null;
}

/** Seeded facts that the seed files no longer hold are removed, so a re-import converges on the files. */
function pruneQueries(graph: GraphRows): CypherQuery[] {
  const edgeKeys = graph.edges.map(edgeKey);
  const citationKeys = graph.citations.map((c) => `${c.entityId}|${c.sourceId}`);
  return [
    {
      cypher: `MATCH (a:Entity)-[r]->(b:Entity)
               WHERE r.origin = 'seed' AND NOT a.id + '|' + type(r) + '|' + b.id + '|' + r.key IN $edgeKeys
               DELETE r`,
      params: { edgeKeys },
    },
    {
      cypher: `MATCH (e:Entity)-[c:CITED_IN]->(s:Source)
               WHERE c.origin = 'seed' AND NOT e.id + '|' + s.id IN $citationKeys
               DELETE c`,
      params: { citationKeys },
    },
    {
      cypher: `MATCH (n:Entity {origin: 'seed'}) WHERE NOT n.id IN $ids DETACH DELETE n`,
      params: { ids: graph.nodes.map((n) => n.properties.id) },
    },
    {
      cypher: `MATCH (s:Source) WHERE coalesce(s.origin, 'seed') = 'seed' AND NOT s.id IN $ids AND NOT EXISTS { (s)<-[:CITED_IN]-() } DELETE s`,
      params: { ids: graph.sources.map((s) => s.id) },
    },
  ];
}

/** Whether an earlier import left anything behind; when nothing, a new import has nothing to prune. */
export async function holdsSeededFacts(executor: Executor): Promise<boolean> {
  const [row] = await executor.read({
    cypher: `RETURN EXISTS { MATCH (n:Entity) WHERE n.origin = 'seed' } OR EXISTS { MATCH (:Source) } AS held`,
  });
  return row.held as boolean;
}

/**
 * The same pruning as in a single-transaction import, for graphs too large to send every key as one list:
 * the seeded facts are read back as they stream in, compared with the import in memory, and the stale ones
 * deleted `batchSize` at a time.
 */
export async function stalePruneWrites(executor: Executor, graph: GraphRows, batchSize: number): Promise<RowWrite[]> {
  const edgeKeys = new Set(graph.edges.map(edgeKey));
  const citationKeys = new Set(graph.citations.map((c) => `${c.entityId}|${c.sourceId}`));
  const nodeIds = new Set(graph.nodes.map((n) => n.properties.id as string));
  const sourceIds = new Set(graph.sources.map((s) => s.id as string));
  const stale = await executor.readStreaming(async (stream) => {
    const found = { edges: [] as Record<string, unknown>[], citations: [] as Record<string, unknown>[], nodes: [] as string[], sources: [] as string[] };
    for await (const row of stream({
      cypher: `MATCH (a:Entity)-[r]->(b:Entity) WHERE r.origin = 'seed' RETURN a.id AS from, type(r) AS type, b.id AS to, r.key AS key`,
    })) {
      if (!edgeKeys.has(edgeKey(row as unknown as EdgeRow))) found.edges.push(row);
    }
    for await (const row of stream({
      cypher: `MATCH (e:Entity)-[c:CITED_IN]->(s:Source) WHERE c.origin = 'seed' RETURN e.id AS entityId, s.id AS sourceId`,
    })) {
      if (!citationKeys.has(`${row.entityId}|${row.sourceId}`)) found.citations.push(row);
    }
    for await (const row of stream({ cypher: `MATCH (n:Entity {origin: 'seed'}) RETURN n.id AS id` })) {
      if (!nodeIds.has(row.id as string)) found.nodes.push(row.id as string);
    }
    for await (const row of stream({ cypher: `MATCH (s:Source) WHERE coalesce(s.origin, 'seed') = 'seed' RETURN s.id AS id` })) {
      if (!sourceIds.has(row.id as string)) found.sources.push(row.id as string);
    }
    return found;
  });
  const writes: RowWrite[] = [];
  const add = (cypher: string, rows: unknown[]) => {
    for (const chunk of chunks(rows, batchSize)) writes.push({ query: { cypher, params: { rows: chunk } }, rows: chunk.length });
  };
  add(
    `UNWIND $rows AS row
     MATCH (a:Entity {id: row.from})-[r]->(b:Entity {id: row.to})
     WHERE type(r) = row.type AND r.key = row.key AND r.origin = 'seed'
     DELETE r`,
    stale.edges,
  );
  add(
    `UNWIND $rows AS row
     MATCH (:Entity {id: row.entityId})-[c:CITED_IN]->(:Source {id: row.sourceId})
     WHERE c.origin = 'seed'
     DELETE c`,
    stale.citations,
  );
  add(`UNWIND $rows AS id MATCH (n:Entity {id: id, origin: 'seed'}) DETACH DELETE n`, stale.nodes);
  add(`UNWIND $rows AS id MATCH (s:Source {id: id}) WHERE NOT EXISTS { (s)<-[:CITED_IN]-() } DELETE s`, stale.sources);
  return writes;
}

function edgeKey(edge: Pick<EdgeRow, 'from' | 'type' | 'to' | 'key'>): string {
  return `${edge.from}|${edge.type}|${edge.to}|${edge.key}`;
}

export async function graphCounts(executor: Executor): Promise<{ labels: Record<string, number>; relationships: Record<string, number> }> {
  const labelRows = await executor.read({
    cypher: 'MATCH (n) UNWIND labels(n) AS label RETURN label, count(*) AS count ORDER BY label',
  });
  const typeRows = await executor.read({
    cypher: 'MATCH ()-[r]->() RETURN type(r) AS type, count(*) AS count ORDER BY type',
  });
  return {
    labels: Object.fromEntries(labelRows.map((row) => [row.label as string, row.count as number])),
    relationships: Object.fromEntries(typeRows.map((row) => [row.type as string, row.count as number])),
  };
}

function chunks<T>(rows: T[], size: number): T[][] {
  const result: T[][] = [];
  for (let i = 0; i < rows.length; i += size) result.push(rows.slice(i, i + size));
  return result;
}

function groupBy<T>(items: T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const group = groups.get(key(item));
    if (group) group.push(item);
    else groups.set(key(item), [item]);
  }
  return groups;
}
