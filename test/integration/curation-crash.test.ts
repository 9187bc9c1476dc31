import fs from 'node:fs';
import path from 'node:path';
import { Driver, Session } from 'neo4j-driver';
import { Role } from '../../src/access/role';
import { repositoryRoot } from '../../src/config';
import { Executor } from '../../src/db/executor';
import { EmbeddedNeo4j, startEmbeddedNeo4j } from '../../src/db/embedded-neo4j';
import { errorCodes, graphSnapshot, issueTestKey, seedTestGraph, testDriver, TestApi } from './support';

/** A Neo4j of this test's own, since it is killed. */
const dataDir = path.join(repositoryRoot(), 'data', 'neo4j-test-curation-crash');
const port = Number(process.env.TEST_NEO4J_CURATION_CRASH_BOLT_PORT ?? 7696);

let neo4j: EmbeddedNeo4j;
let driver: Driver;
let api: TestApi;

const CREATE = `mutation {
  createPartnership(input: {
    name: "Ha Tinh – Khammouane border programme", kind: COOPERATION,
    parties: [{ id: "province:ha-tinh" }, { id: "province:khammouane" }],
    citations: [{ sourceId: "source:vietnamvn-2023-11-25-ha-tinh-plan", locators: ["L5"] }]
  }) { entity { id } auditEntry { action } }
}`;

async function connect(): Promise<void> {
  driver = testDriver(neo4j.uri);
  api = await TestApi.start(driver);
}

async function disconnect(): Promise<void> {
  await api?.stop();
  await driver?.close();
}

beforeAll(async () => {
  fs.rmSync(dataDir, { recursive: true, force: true });
  neo4j = await startEmbeddedNeo4j({ dataDir, boltPort: port, log: () => {} });
  await connect();
  await seedTestGraph(driver);
}, 120_000);

afterAll(async () => {
  await disconnect();
  await neo4j?.stop();
  fs.rmSync(dataDir, { recursive: true, force: true });
});

async function waitUntil(condition: () => Promise<boolean>, what: string): Promise<void> {
  for (let attempt = 0; attempt < 100; attempt += 1) {
    if (await condition()) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`timed out waiting until ${what}`);
}

it('a curation write cut by SIGKILL of Neo4j leaves none of itself after restart, and the retried write lands whole', async () => {
  const { token } = await issueTestKey(driver, Role.EDITOR, 'Crash test editor');
  const before = await graphSnapshot(new Executor(driver, undefined));

  // Another transaction holds Ha Tinh's lock, so the curation transaction stops midway: the partnership node
  // is written, its relationships wait. That is the moment Neo4j is killed.
  const blocker: Session = driver.session();
  const held = await blocker.beginTransaction();
  await held.run(`MATCH (n:Entity {id: 'province:ha-tinh'}) SET n.lockedForTest = true`);
  const pending = api.query(CREATE, undefined, token);
  await waitUntil(async () => {
    const rows = await new Executor(driver, undefined).read({ cypher: `SHOW TRANSACTIONS YIELD currentQuery, status WHERE currentQuery CONTAINS 'MERGE (a)-[r:$(row.type)' RETURN status` });
    return rows.some((row) => String(row.status).startsWith('Blocked'));
  }, 'the curation transaction waits for the lock');

  process.kill(neo4j.pid, 'SIGKILL');
  const cut = await pending;
  expect(errorCodes(cut)).toEqual(['DATABASE_UNAVAILABLE']);
  await blocker.close().catch(() => undefined);
  await disconnect();

  neo4j = await startEmbeddedNeo4j({ dataDir, boltPort: port, log: () => {} });
  await connect();
  const executor = new Executor(driver, undefined);
  expect(await graphSnapshot(executor)).toBe(before);

  const retried = await api.query(CREATE, undefined, token);
  expect(retried.data!.createPartnership).toEqual({ entity: { id: 'partnership:ha-tinh-khammouane-border-programme' }, auditEntry: { action: 'CREATE_ENTITY' } });
  const [written] = await executor.read({
    cypher: `MATCH (p:Partnership {id: 'partnership:ha-tinh-khammouane-border-programme'})-[:HAS_PARTY]->(party)
             WITH p, collect(party.id) AS parties
             RETURN parties, COUNT { (a:AuditEntry) WHERE p.id IN a.targetIds } AS audits`,
  });
  expect({ parties: (written.parties as string[]).sort(), audits: written.audits }).toEqual({ parties: ['province:ha-tinh', 'province:khammouane'], audits: 1 });
}, 180_000);
