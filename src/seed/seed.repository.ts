import { CypherQuery, Executor } from '../db/executor';
import { LABEL_BY_KIND } from '../entity/entity-kind';
import { CitationRow, EdgeRow, NodeRow, SeedGraph } from './seed.graph';
import { ENTITY_RELATIONSHIP_TYPES } from './seed.relations';

const BATCH_SIZE = 1000;
export const SEARCH_INDEX = 'entity_search';

const SCHEMA_STATEMENTS = [
  'CREATE CONSTRAINT entity_id IF NOT EXISTS FOR (n:Entity) REQUIRE n.id IS UNIQUE',
  'CREATE CONSTRAINT source_id IF NOT EXISTS FOR (s:Source) REQUIRE s.id IS UNIQUE',
  'CREATE INDEX entity_kind IF NOT EXISTS FOR (n:Entity) ON (n.kind)',
  'CREATE INDEX event_sort_key IF NOT EXISTS FOR (e:Event) ON (e.sortKey)',
  'CREATE INDEX entity_sort_name IF NOT EXISTS FOR (n:Entity) ON (n.sortName)',
  `CREATE FULLTEXT INDEX ${SEARCH_INDEX} IF NOT EXISTS FOR (n:Entity) ON EACH [n.searchText]
   OPTIONS { indexConfig: { \`fulltext.analyzer\`: 'standard-no-stop-words' } }`,
];

/** Schema changes cannot share a transaction with data, so they run first, each on its own. */
export async function ensureSchema(executor: Executor): Promise<void> {
  for (const cypher of SCHEMA_STATEMENTS) await executor.write({ cypher });
  await executor.write({ cypher: 'CALL db.awaitIndexes(300)' });
}

export async function countEntities(executor: Executor): Promise<number> {
  const [row] = await executor.read({ cypher: 'MATCH (n:Entity) RETURN count(n) AS count' });
  return row.count as number;
}

/** Every write of one import, to be run in a single transaction so the graph never holds half of it. */
export function seedWriteQueries(graph: SeedGraph, fingerprint: string): CypherQuery[] {
  const queries: CypherQuery[] = [];
  for (const rows of chunks(graph.sources)) {
    queries.push({ cypher: 'UNWIND $rows AS row MERGE (s:Source {id: row.id}) SET s = row', params: { rows } });
  }
  for (const label of Object.values(LABEL_BY_KIND)) {
    const ofLabel = graph.nodes.filter((node) => node.label === label).map((node: NodeRow) => ({ ...node.properties, origin: 'seed' }));
    for (const rows of chunks(ofLabel)) {
      queries.push({
        cypher: `UNWIND $rows AS row
                 MERGE (n:Entity {id: row.id})
                 SET n = row, n:${label}`,
        params: { rows },
      });
    }
  }
  for (const type of ENTITY_RELATIONSHIP_TYPES) {
    const ofType = graph.edges.filter((edge: EdgeRow) => edge.type === type);
    for (const rows of chunks(ofType)) {
      queries.push({
        cypher: `UNWIND $rows AS row
                 MATCH (a:Entity {id: row.from}), (b:Entity {id: row.to})
                 MERGE (a)-[r:${type} {key: row.key}]->(b)
                 SET r = row.properties, r.key = row.key, r.origin = 'seed'`,
        params: { rows },
      });
    }
  }
  for (const rows of chunks(graph.citations)) {
    queries.push({
      cypher: `UNWIND $rows AS row
               MATCH (e:Entity {id: row.entityId}), (s:Source {id: row.sourceId})
               MERGE (e)-[c:CITED_IN]->(s)
               SET c.locators = row.locators, c.origin = 'seed'`,
      params: { rows: rows as CitationRow[] },
    });
  }
  queries.push(...pruneQueries(graph));
  queries.push({ cypher: `MERGE (m:SeedImport {key: 'seeds'}) SET m.fingerprint = $fingerprint`, params: { fingerprint } });
  return queries;
}

/** The fingerprint of the last completed import; it is written in the import's own transaction. */
export async function importedFingerprint(executor: Executor): Promise<string | null> {
  const [row] = await executor.read({ cypher: `OPTIONAL MATCH (m:SeedImport {key: 'seeds'}) RETURN m.fingerprint AS fingerprint` });
  return (row?.fingerprint as string | null) ?? null;
}

/** Seeded facts that the seed files no longer hold are removed, so a re-import converges on the files. */
function pruneQueries(graph: SeedGraph): CypherQuery[] {
  const edgeKeys = graph.edges.map((e) => `${e.from}|${e.type}|${e.to}|${e.key}`);
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
      cypher: `MATCH (s:Source) WHERE NOT s.id IN $ids AND NOT EXISTS { (s)<-[:CITED_IN]-() } DELETE s`,
      params: { ids: graph.sources.map((s) => s.id) },
    },
  ];
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

function chunks<T>(rows: T[]): T[][] {
  const result: T[][] = [];
  for (let i = 0; i < rows.length; i += BATCH_SIZE) result.push(rows.slice(i, i + BATCH_SIZE));
  return result;
}
