import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Driver } from 'neo4j-driver';
import { emptyGraph } from '../../bench/synthetic/synthetic.repository';
import { generateSyntheticSeeds, SyntheticCounts } from '../../bench/synthetic/synthetic.seeds';
import { Executor } from '../../src/db/executor';
import { ImportProgress, importSeeds, seedsAlreadyImported } from '../../src/seed/seed.importer';
import { importedFingerprint } from '../../src/seed/seed.repository';
import { graphSnapshot, SEEDS_DIR, seedTestGraph, testDriver } from './support';

let driver: Driver;
let executor: Executor;
let dir: string;
let counts: SyntheticCounts;

beforeAll(async () => {
  driver = testDriver();
  executor = new Executor(driver, undefined);
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'synthetic-import-'));
  ({ counts } = generateSyntheticSeeds({ entities: 500, seed: 3, dir }));
});

afterAll(async () => {
  fs.rmSync(dir, { recursive: true, force: true });
  await seedTestGraph(driver);
  await driver.close();
});

it('imports a synthetic graph in batches, with progress, and Neo4j holds every entity and relationship the generator wrote', async () => {
  await emptyGraph(executor);
  const progress: ImportProgress[] = [];
  const report = await importSeeds(executor, dir, () => {}, { mode: 'batched', batchRows: 500, onProgress: (p) => progress.push(p) });

  expect(report.mode).toBe('batched');
  expect(report.labels.Entity).toBe(counts.entities);
  expect(report.labels.Source).toBe(counts.sources);
  expect(report.relationships).toEqual(counts.relationships);
  expect(progress.length).toBeGreaterThan(10);
  expect(progress[progress.length - 1].rowsWritten).toBe(progress[0].rowsTotal);
  expect(await seedsAlreadyImported(executor, dir)).toBe(true);
});

it('converges when a batched import runs again after a record was removed from the files: only that record goes', async () => {
  const events = path.join(dir, 'events.yaml');
  const lines = fs.readFileSync(events, 'utf8').split('\n');
  const removed = lines.findIndex((line) => line.startsWith('  - {"id":"event:'));
  const event = JSON.parse(lines[removed].slice(4)) as { id: string; participants: unknown[] };
  fs.writeFileSync(events, lines.filter((_, index) => index !== removed).join('\n'));
  const [{ relationships }] = await executor.read({ cypher: 'MATCH (:Entity {id: $id})-[r]-() RETURN count(r) AS relationships', params: { id: event.id } });

  const rerun = await importSeeds(executor, dir, () => {}, { mode: 'batched', batchRows: 1000 });
  expect(rerun.changes).toEqual({ nodesCreated: 0, nodesDeleted: 1, relationshipsCreated: 0, relationshipsDeleted: relationships });
  expect(relationships).toBeGreaterThan(event.participants.length);
  expect(rerun.labels.Entity).toBe(counts.entities - 1);
  expect(await seedsAlreadyImported(executor, dir)).toBe(true);
});

it('gives the same graph from the real seeds in batches, over a synthetic graph, as in one transaction on an empty database', async () => {
  const batched = await importSeeds(executor, SEEDS_DIR, () => {}, { mode: 'batched', batchRows: 500 });
  expect(batched.mode).toBe('batched');
  const afterBatches = await graphSnapshot(executor);

  await emptyGraph(executor);
  const single = await importSeeds(executor, SEEDS_DIR);
  expect(single.mode).toBe('single');
  expect(await graphSnapshot(executor)).toBe(afterBatches);
});

it('never takes a batched import that failed part-way for a complete one, and a re-run completes it', async () => {
  await emptyGraph(executor);
  const failure = await importSeeds(executor, SEEDS_DIR, () => {}, {
    mode: 'batched',
    batchRows: 20,
    onProgress: ({ rowsWritten }) => {
      if (rowsWritten >= 30) throw new Error('interrupted');
    },
  }).catch((error: unknown) => error);
  expect(failure).toEqual(new Error('interrupted'));
  expect(await importedFingerprint(executor)).toBeNull();
  expect(await seedsAlreadyImported(executor, SEEDS_DIR)).toBe(false);

  await importSeeds(executor, SEEDS_DIR, () => {}, { mode: 'batched', batchRows: 500 });
  expect(await seedsAlreadyImported(executor, SEEDS_DIR)).toBe(true);
});
