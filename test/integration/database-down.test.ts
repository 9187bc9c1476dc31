import fs from 'node:fs';
import path from 'node:path';
import { Driver } from 'neo4j-driver';
import { repositoryRoot } from '../../src/config';
import { EmbeddedNeo4j, startEmbeddedNeo4j } from '../../src/db/embedded-neo4j';
import { errorCodes, seedTestGraph, testDriver, TestApi } from './support';

/** A Neo4j of this test's own, so stopping it does not disturb the other test files. */
const dataDir = path.join(repositoryRoot(), 'data', 'neo4j-test-outage');
const port = Number(process.env.TEST_NEO4J_OUTAGE_BOLT_PORT ?? 7698);

let neo4j: EmbeddedNeo4j;
let driver: Driver;
let api: TestApi;

const QUERY = '{ node(id: "province:ha-tinh") { id } }';

beforeAll(async () => {
  fs.rmSync(dataDir, { recursive: true, force: true });
  neo4j = await startEmbeddedNeo4j({ dataDir, boltPort: port, log: () => {} });
  driver = testDriver(neo4j.uri);
  await seedTestGraph(driver);
  api = await TestApi.start(driver);
}, 120_000);

afterAll(async () => {
  await api?.stop();
  await driver?.close();
  await neo4j?.stop();
  fs.rmSync(dataDir, { recursive: true, force: true });
});

it('fails fast with DATABASE_UNAVAILABLE while Neo4j is down, stays up, and recovers when it returns', async () => {
  expect((await api.query(QUERY)).data!.node).toEqual({ id: 'province:ha-tinh' });

  await neo4j.stop();
  const started = Date.now();
  const down = await api.query(QUERY);
  const elapsed = Date.now() - started;
  expect(errorCodes(down)).toEqual(['DATABASE_UNAVAILABLE']);
  expect(elapsed).toBeLessThan(15_000);
  expect((await fetch(`${api.baseUrl}/health`)).status).toBe(200);
  expect((await fetch(`${api.baseUrl}/ready`)).status).toBe(503);

  neo4j = await startEmbeddedNeo4j({ dataDir, boltPort: port, log: () => {} });
  let recovered: unknown = null;
  for (let attempt = 0; attempt < 20 && !recovered; attempt += 1) {
    recovered = (await api.query(QUERY)).data?.node ?? null;
    if (!recovered) await new Promise((resolve) => setTimeout(resolve, 500));
  }
  expect(recovered).toEqual({ id: 'province:ha-tinh' });
  expect((await fetch(`${api.baseUrl}/ready`)).status).toBe(200);
}, 120_000);
