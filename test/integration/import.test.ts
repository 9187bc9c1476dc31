import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Driver } from 'neo4j-driver';
import { Executor } from '../../src/db/executor';
import { importSeeds, importSeedsIfChanged, seedsAlreadyImported } from '../../src/seed/seed.importer';
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
  // Five articles, and the reference places' five sources: two datasets read from npm, ISO 3166-2, the reviewed table, the resolution.
  expect(report.labels).toMatchObject({ Partnership: 16, Event: 14, Source: 10, Official: 10, Country: 250 });
  expect(report.relationships.HAS_PARTY).toBe(32);
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
  const report = await importSeeds(executor, dir);
  expect(report.changes.relationshipsDeleted).toBe(1);
  expect(report.relationships.LOCATED_IN ?? 0).toBe(0);
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
