import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Driver } from 'neo4j-driver';
import { Executor } from '../../src/db/executor';
import { importSeeds, importSeedsIfChanged, loadValidSeeds, seedsAlreadyImported } from '../../src/seed/seed.importer';
import { SeedValidationError } from '../../src/seed/seed.loader';
import { graphSnapshot, SEEDS_DIR, seedTestGraph, testDriver } from './support';

let driver: Driver;
let executor: Executor;

const snapshot = () => graphSnapshot(executor);

beforeAll(async () => {
  driver = testDriver();
  executor = new Executor(driver, undefined);
  await seedTestGraph(driver);
});

afterAll(() => driver.close());

it('imports the seeds a second time without changing anything', async () => {
  const before = await snapshot();
  const report = await importSeeds(executor, SEEDS_DIR);
  expect(report.changes).toEqual({ nodesCreated: 0, nodesDeleted: 0, relationshipsCreated: 0, relationshipsDeleted: 0 });
  expect(await snapshot()).toBe(before);
  // Each record one node, each party of a partnership one HAS_PARTY: the sources count the seed articles, the ingested
  // ones and the reference places' own (the npm datasets, ISO 3166-2, the reviewed table, the resolution).
  const records = loadValidSeeds(SEEDS_DIR);
  const inCollection = (collection: string) => records.filter((record) => record.collection === collection);
  expect(report.labels).toMatchObject({
    Partnership: inCollection('partnerships').length,
    Event: inCollection('events').length,
    Source: inCollection('sources').length,
    Official: inCollection('officials').length,
    Country: 250,
  });
  expect(report.relationships.HAS_PARTY).toBe(inCollection('partnerships').reduce((sum, record) => sum + (record.data.parties as unknown[]).length, 0));
});

it('gives every entity and every relationship between entities at least one source', async () => {
  const [row] = await executor.read({
    cypher: `MATCH (n:Entity) WHERE NOT EXISTS { (n)-[:CITED_IN]->(:Source) } RETURN count(n) AS uncited`,
  });
  expect(row.uncited).toBe(0);
  const [edges] = await executor.read({
    cypher: `MATCH (:Entity)-[r]->(:Entity) WHERE size(coalesce(r.sourceIds, [])) = 0 RETURN count(r) AS uncited`,
  });
  expect(edges.uncited).toBe(0);
});

it('writes nothing when a seed file is invalid, and reports file, record, field and reason', async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'seeds-'));
  fs.cpSync(SEEDS_DIR, dir, { recursive: true });
  const events = fs.readFileSync(path.join(dir, 'events.yaml'), 'utf8');
  fs.writeFileSync(
    path.join(dir, 'events.yaml'),
    events.replace('date: "2025-10-09"', 'date: "2025-10-09"\n    name_typo: x').replace('id: official:nguyen-viet-thao', 'id: official:nobody'),
  );
  const before = await snapshot();
  const failure = await importSeeds(executor, dir).catch((error: unknown) => error);
  expect(failure).toBeInstanceOf(SeedValidationError);
  expect((failure as SeedValidationError).problems).toEqual(
    expect.arrayContaining([
      { file: 'events.yaml', recordId: 'event:hanoi-directive-45-conference-2025-10', field: 'name_typo', reason: 'is not a known field' },
      {
        file: 'events.yaml',
        recordId: 'event:hanoi-directive-45-conference-2025-10',
        field: 'participants[0].id',
        reason: 'refers to "official:nobody", which no seed record defines',
      },
    ]),
  );
  expect(await snapshot()).toBe(before);
  fs.rmSync(dir, { recursive: true, force: true });
});

it('converges when a fact is removed from the seeds and the import runs again', async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'seeds-'));
  fs.cpSync(SEEDS_DIR, dir, { recursive: true });
  const aid = fs.readFileSync(path.join(dir, 'aid-projects.yaml'), 'utf8');
  fs.writeFileSync(path.join(dir, 'aid-projects.yaml'), aid.replace('    location: {id: district:nong-bok}\n', ''));
  const before = (await importSeeds(executor, SEEDS_DIR)).relationships.LOCATED_IN;
  const report = await importSeeds(executor, dir);
  expect(report.changes.relationshipsDeleted).toBe(1);
  expect(report.relationships.LOCATED_IN).toBe(before - 1);
  const [row] = await executor.read({ cypher: `MATCH (:AidProject {id: 'aid-project:nong-bok-irrigation'})-[r:LOCATED_IN]->() RETURN count(r) AS count` });
  expect(row.count).toBe(0);
  fs.rmSync(dir, { recursive: true, force: true });
  await importSeeds(executor, SEEDS_DIR);
});

it('tells a graph that holds the current seeds from one that is stale, so start-up re-imports only when needed', async () => {
  await importSeeds(executor, SEEDS_DIR);
  expect(await seedsAlreadyImported(executor, SEEDS_DIR)).toBe(true);
  expect(await importSeedsIfChanged(executor, SEEDS_DIR)).toBeNull();

  const edited = fs.mkdtempSync(path.join(os.tmpdir(), 'seeds-'));
  try {
    fs.cpSync(SEEDS_DIR, edited, { recursive: true });
    const officials = path.join(edited, 'officials.yaml');
    fs.writeFileSync(officials, fs.readFileSync(officials, 'utf8').replace('title: Secrétaire général', 'title: Secrétaire général adjoint'));
    expect(await seedsAlreadyImported(executor, edited)).toBe(false);
  } finally {
    fs.rmSync(edited, { recursive: true, force: true });
  }

  // A graph imported before fingerprints existed (or by another tool) counts as stale.
  await executor.write({ cypher: 'MATCH (m:SeedImport) DELETE m' });
  expect(await seedsAlreadyImported(executor, SEEDS_DIR)).toBe(false);
  expect(await importSeedsIfChanged(executor, SEEDS_DIR)).not.toBeNull();
  expect(await seedsAlreadyImported(executor, SEEDS_DIR)).toBe(true);
});
