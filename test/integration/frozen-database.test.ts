import fs from 'node:fs';
import path from 'node:path';
import { Writable } from 'node:stream';
import { Driver } from 'neo4j-driver';
import { repositoryRoot } from '../../src/config';
import { DEADLINE_MARGIN_MS } from '../../src/db/executor';
import { EmbeddedNeo4j, startEmbeddedNeo4j } from '../../src/db/embedded-neo4j';
import { createLogger } from '../../src/logging/logger';
import { READY_DEADLINE_MS } from '../../src/server';
import { errorCodes, GraphQLResponse, seedTestGraph, testDriver, TestApi } from './support';

/**
 * A Neo4j of this test's own, frozen with SIGSTOP the way a stalled JVM (a long GC pause, a host swapping) freezes:
 * its sockets stay open and say nothing, so Neo4j cannot enforce its own time limit. Every stop is followed by a
 * SIGCONT, in `finally`, whatever the test's outcome.
 */
const dataDir = path.join(repositoryRoot(), 'data', 'neo4j-test-frozen');
const port = Number(process.env.TEST_NEO4J_FREEZE_BOLT_PORT ?? 7688);
const QUERY = '{ node(id: "province:ha-tinh") { id } }';

let neo4j: EmbeddedNeo4j;
let driver: Driver;

beforeAll(async () => {
  fs.rmSync(dataDir, { recursive: true, force: true });
  neo4j = await startEmbeddedNeo4j({ dataDir, boltPort: port, log: () => {} });
  driver = testDriver(neo4j.uri);
  await seedTestGraph(driver);
}, 300_000);

afterAll(async () => {
  process.kill(neo4j.pid, 'SIGCONT');
  await driver?.close();
  await neo4j?.stop();
  fs.rmSync(dataDir, { recursive: true, force: true });
});

/** JSON log lines, kept to be read by the test. */
function capturedLogger() {
  const lines: Record<string, any>[] = [];
  const stream = new Writable({
    write(chunk, _encoding, done) {
      for (const line of String(chunk).split('\n').filter(Boolean)) lines.push(JSON.parse(line));
      done();
    },
  });
  return { logger: createLogger('info', stream), lines };
}

/**
 * Runs `work` while Neo4j is stopped for `frozenMs`, and records for each of its answers whether it came while
 * Neo4j was still stopped: the order of events, not a stopwatch, is what the tests check.
 */
async function whileFrozen<T>(frozenMs: number, work: (duringFreeze: <A>(request: Promise<A>) => Promise<{ answer: A; beforeThaw: boolean }>) => Promise<T>): Promise<T> {
  let thawed = false;
  const duringFreeze = async <A>(request: Promise<A>) => {
    const answer = await request;
    return { answer, beforeThaw: !thawed };
  };
  process.kill(neo4j.pid, 'SIGSTOP');
  const thaw = new Promise<void>((resolve) =>
    setTimeout(() => {
      thawed = true;
      process.kill(neo4j.pid, 'SIGCONT');
      resolve();
    }, frozenMs),
  );
  try {
    return await work(duringFreeze);
  } finally {
    await thaw;
  }
}

async function answeredAgain(api: TestApi): Promise<unknown> {
  for (let attempt = 0; attempt < 60; attempt += 1) {
    const node = (await api.query(QUERY)).data?.node;
    if (node) return node;
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  return null;
}

describe('a frozen Neo4j', () => {
  const queryTimeoutMs = 1_500;
  let api: TestApi;
  const log = capturedLogger();

  beforeAll(async () => {
    api = await TestApi.start(driver, { limits: { queryTimeoutMs }, logger: log.logger });
  });

  afterAll(async () => {
    await api?.stop();
  });

  it('gets a request QUERY_TIMEOUT or DATABASE_UNAVAILABLE and /ready a 503 while it is still frozen, and both recover when it thaws', async () => {
    expect((await api.query(QUERY)).data!.node).toEqual({ id: 'province:ha-tinh' });
    // The request's deadline is the time limit plus the margin; Neo4j stays frozen well past both.
    const frozenMs = 3 * (queryTimeoutMs + DEADLINE_MARGIN_MS);
    const [request, ready] = await whileFrozen(frozenMs, (duringFreeze) =>
      Promise.all([duringFreeze(api.query(QUERY)), duringFreeze(fetch(`${api.baseUrl}/ready`).then(async (res) => ({ status: res.status, body: await res.json() })))]),
    );

    // Past its deadline if it holds a connection; DATABASE_UNAVAILABLE if it waited for one, since a frozen Neo4j
    // does not finish the handshake of a new connection either.
    expect(errorCodes(request.answer)).toHaveLength(1);
    expect(request.answer.errors![0]).toEqual(
      expect.objectContaining(
        errorCodes(request.answer)[0] === 'QUERY_TIMEOUT'
          ? { message: expect.stringMatching(/did not answer within the time this API allows/), extensions: { code: 'QUERY_TIMEOUT' } }
          : { message: expect.stringMatching(/every connection to it is in use/), extensions: { code: 'DATABASE_UNAVAILABLE' } },
      ),
    );
    expect(request.beforeThaw).toBe(true);
    expect(ready.answer.status).toBe(503);
    expect(ready.answer.body).toEqual({ status: 'unavailable', database: 'unreachable', reason: `Neo4j did not answer within ${READY_DEADLINE_MS} ms.` });
    expect(ready.beforeThaw).toBe(true);
    expect(log.lines).toContainEqual(expect.objectContaining({ level: 40, code: errorCodes(request.answer)[0], cause: expect.stringMatching(/did not answer within|Connection acquisition timed out/) }));

    expect(await answeredAgain(api)).toEqual({ id: 'province:ha-tinh' });
    expect((await fetch(`${api.baseUrl}/ready`)).status).toBe(200);
  }, 120_000);
});

describe('a full connection pool', () => {
  // Past the driver's 5 s wait for a free connection, so that requests beyond the pool's 50 meet a full pool first.
  const queryTimeoutMs = 4_000;
  const requests = 60;
  let api: TestApi;
  const log = capturedLogger();

  beforeAll(async () => {
    api = await TestApi.start(driver, { limits: { queryTimeoutMs }, logger: log.logger });
  });

  afterAll(async () => {
    await api?.stop();
  });

  it('answers DATABASE_UNAVAILABLE to requests that find no free connection, logs the cause, keeps driver internals out of /ready, and recovers', async () => {
    const frozenMs = 2 * (queryTimeoutMs + DEADLINE_MARGIN_MS);
    const { answers, ready } = await whileFrozen(frozenMs, async (duringFreeze) => {
      const all = Promise.all(Array.from({ length: requests }, () => duringFreeze(api.query(QUERY))));
      const readiness = duringFreeze(fetch(`${api.baseUrl}/ready`).then((res) => res.json()));
      return { answers: await all, ready: await readiness };
    });

    // Those that got a connection reach their deadline (QUERY_TIMEOUT); the others find the pool full first.
    const codes = answers.map(({ answer }) => errorCodes(answer).join());
    expect(codes.filter((code) => code !== 'DATABASE_UNAVAILABLE' && code !== 'QUERY_TIMEOUT')).toEqual([]);
    expect(answers.every(({ beforeThaw, answer }) => beforeThaw && answer.status === 200)).toBe(true);
    const busy = answers.filter(({ answer }) => /every connection to it is in use/.test((answer as GraphQLResponse).errors![0].message));
    expect(busy.length).toBeGreaterThanOrEqual(requests - 50);
    expect(busy.every(({ answer }) => errorCodes(answer)[0] === 'DATABASE_UNAVAILABLE')).toBe(true);
    expect(log.lines).toContainEqual(expect.objectContaining({ level: 40, code: 'DATABASE_UNAVAILABLE', cause: expect.stringMatching(/^Connection acquisition timed out/) }));
    expect(log.lines.filter((line) => line.level >= 50)).toEqual([]);
    expect(JSON.stringify(ready.answer)).not.toMatch(/Pool status|conn count|acquisition/i);

    expect(await answeredAgain(api)).toEqual({ id: 'province:ha-tinh' });
  }, 120_000);
});
