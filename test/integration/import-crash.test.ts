import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Driver } from 'neo4j-driver';
import { emptyGraph } from '../../bench/synthetic/synthetic.repository';
import { generateSyntheticSeeds } from '../../bench/synthetic/synthetic.seeds';
import { repositoryRoot } from '../../src/config';
import { EmbeddedNeo4j, startEmbeddedNeo4j } from '../../src/db/embedded-neo4j';
import { Executor } from '../../src/db/executor';
import { ImportProgress, importSeeds, seedsAlreadyImported } from '../../src/seed/seed.importer';
import { graphCounts, importedFingerprint } from '../../src/seed/seed.repository';
import { graphSnapshot, isRunning, SEEDS_DIR, testDriver } from './support';

/** A Neo4j of this test's own, since it is killed mid-write; it restarts on the same data folder and must recover. */
const dataDir = path.join(repositoryRoot(), 'data', 'neo4j-test-crash');
const port = Number(process.env.TEST_NEO4J_CRASH_BOLT_PORT ?? 7699);

let neo4j: EmbeddedNeo4j;
let driver: Driver;
let executor: Executor;
let syntheticDir: string;

async function startNeo4j(): Promise<void> {
  neo4j = await startEmbeddedNeo4j({ dataDir, boltPort: port, log: () => {} });
  driver = testDriver(neo4j.uri);
  executor = new Executor(driver, undefined);
}

/**
 * No shutdown hook and no checkpoint: after a SIGKILL only what the transaction log holds survives. The launcher's
 * stop() must not hang on a process that is already gone; here it only waits for the exit to be seen.
 */
async function killNeo4j(): Promise<void> {
  const { pid } = neo4j;
  process.kill(pid, 'SIGKILL');
  await neo4j.stop();
  expect(isRunning(pid)).toBe(false);
}

async function restartNeo4j(): Promise<void> {
  await driver.close();
  await startNeo4j();
}

/** The transactions Neo4j holds open besides the one asking, as another session sees them. */
async function otherOpenTransactions(): Promise<{ status: string; activeLockCount: number }[]> {
  const rows = await executor.read({
    cypher: `SHOW TRANSACTIONS YIELD currentQuery, status, activeLockCount
             WHERE NOT currentQuery STARTS WITH 'SHOW TRANSACTIONS'
             RETURN status, activeLockCount`,
  });
  return rows as { status: string; activeLockCount: number }[];
}

async function nodesAndRelationships(): Promise<number> {
  const [row] = await executor.read({ cypher: 'MATCH (n) RETURN count(n) + COUNT { ()-[]->() } AS count' });
  return row.count as number;
}

beforeAll(async () => {
  fs.rmSync(dataDir, { recursive: true, force: true });
  syntheticDir = fs.mkdtempSync(path.join(os.tmpdir(), 'crash-import-'));
  generateSyntheticSeeds({ entities: 200, seed: 7, dir: syntheticDir });
  await startNeo4j();
}, 120_000);

afterAll(async () => {
  await driver?.close();
  await neo4j?.stop();
  fs.rmSync(dataDir, { recursive: true, force: true });
  if (syntheticDir) fs.rmSync(syntheticDir, { recursive: true, force: true });
});

it('a single-transaction import killed mid-write leaves, after restart, exactly the graph from before it; a re-run completes it', async () => {
  await emptyGraph(executor);
  await importSeeds(executor, SEEDS_DIR);
  const complete = await graphSnapshot(executor);

  // An earlier import the seed files have since moved on from: one fact changed, one missing, one stale, another fingerprint.
  await executor.write({ cypher: `MATCH (n:Entity {id: 'province:ha-tinh'}) SET n.note = 'as an earlier import left it'` });
  await executor.write({ cypher: `MATCH (e:Event) WITH e ORDER BY e.id LIMIT 1 DETACH DELETE e` });
  await executor.write({ cypher: `CREATE (:Entity:Locality {id: 'province:retired', kind: 'PROVINCE', name: 'Retired', origin: 'seed'})` });
  await executor.write({ cypher: `MATCH (m:SeedImport) SET m.fingerprint = 'an earlier import'` });
  const before = await graphSnapshot(executor);
  expect(before).not.toBe(complete);

  const seen: ImportProgress[] = [];
  let openAtKill: Awaited<ReturnType<typeof otherOpenTransactions>> | undefined;
  const failure = await importSeeds(executor, SEEDS_DIR, () => {}, {
    mode: 'single',
    onProgress: async (progress) => {
      seen.push(progress);
      if (!openAtKill && progress.rowsWritten >= progress.rowsTotal / 3) {
        openAtKill = await otherOpenTransactions();
        await killNeo4j();
      }
    },
  }).catch((error: unknown) => error);

  expect(failure).toBeInstanceOf(Error);
  expect(seen.every((p) => !p.committed)).toBe(true);
  expect(seen[seen.length - 1].rowsWritten).toBeLessThan(seen[0].rowsTotal);
  // Killed with the import's transaction open and holding the locks of what it had written.
  expect(openAtKill).toEqual([{ status: 'Running', activeLockCount: expect.any(Number) }]);
  expect(openAtKill![0].activeLockCount).toBeGreaterThan(0);

  await restartNeo4j();
  // The commit was never sent, so all-or-nothing can only mean nothing.
  expect(await graphSnapshot(executor)).toBe(before);
  expect(await importedFingerprint(executor)).toBe('an earlier import');

  await importSeeds(executor, SEEDS_DIR);
  expect(await graphSnapshot(executor)).toBe(complete);
  expect(await seedsAlreadyImported(executor, SEEDS_DIR)).toBe(true);
}, 180_000);

it('a batched import killed part-way keeps its committed batches, is not taken for complete after restart, and a re-run gives a clean import', async () => {
  await emptyGraph(executor);
  const clean = await importSeeds(executor, syntheticDir, () => {}, { mode: 'batched', batchRows: 250 });
  const cleanGraph = await graphSnapshot(executor);

  await emptyGraph(executor);
  let acknowledged = 0;
  let rowsTotal = 0;
  const failure = await importSeeds(executor, syntheticDir, () => {}, {
    mode: 'batched',
    batchRows: 250,
    onProgress: async (progress) => {
      acknowledged = progress.rowsWritten;
      rowsTotal = progress.rowsTotal;
      if (progress.rowsWritten >= progress.rowsTotal / 2) await killNeo4j();
    },
  }).catch((error: unknown) => error);
  expect(failure).toBeInstanceOf(Error);
  expect(acknowledged).toBeGreaterThan(0);
  expect(acknowledged).toBeLessThan(rowsTotal);

  await restartNeo4j();
  expect(await importedFingerprint(executor)).toBeNull();
  expect(await seedsAlreadyImported(executor, syntheticDir)).toBe(false);
  // On an empty graph every row is one node or one relationship: each committed batch is there, nothing of the next.
  expect(await nodesAndRelationships()).toBe(acknowledged);

  const rerun = await importSeeds(executor, syntheticDir, () => {}, { mode: 'batched', batchRows: 250 });
  expect({ labels: rerun.labels, relationships: rerun.relationships }).toEqual({ labels: clean.labels, relationships: clean.relationships });
  expect(await graphCounts(executor)).toEqual({ labels: clean.labels, relationships: clean.relationships });
  expect(await graphSnapshot(executor)).toBe(cleanGraph);
  expect(await seedsAlreadyImported(executor, syntheticDir)).toBe(true);
}, 180_000);
