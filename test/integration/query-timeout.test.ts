import { Driver } from 'neo4j-driver';
import { CypherQuery, Executor } from '../../src/db/executor';
import { ErrorCode } from '../../src/errors/errors';
import { errorCodes, seedTestGraph, testDriver, TestApi } from './support';

/** 200 million rows: Neo4j needs tens of seconds for them, far past the limits below. */
const HEAVY: CypherQuery = { cypher: 'UNWIND range(1, 20000) AS a UNWIND range(1, 10000) AS b RETURN count(*) AS pairs' };
const LIMIT_MS = 500;
const API_LIMIT_MS = 3000;

let driver: Driver;

beforeAll(async () => {
  driver = testDriver();
  await seedTestGraph(driver);
});

afterAll(async () => {
  await driver.close();
});

async function codeOf(work: Promise<unknown>): Promise<unknown> {
  try {
    await work;
    return 'no error';
  } catch (error) {
    return (error as { extensions?: { code?: string } }).extensions?.code ?? error;
  }
}

describe('the executor', () => {
  const executor = () => new Executor(driver, undefined, LIMIT_MS);

  it.each([
    ['read', (e: Executor) => e.read(HEAVY)],
    ['write', (e: Executor) => e.write(HEAVY)],
    ['writeAll', (e: Executor) => e.writeAll([{ cypher: 'RETURN 1' }, HEAVY])],
    ['readStreaming', (e: Executor) => e.readStreaming(async (rows) => { for await (const row of rows(HEAVY)) return row; })],
  ])('has Neo4j stop a %s transaction that runs past its limit, as QUERY_TIMEOUT, and then runs the next one', async (_name, run) => {
    const limited = executor();
    expect(await codeOf(run(limited))).toBe(ErrorCode.QueryTimeout);
    expect(await limited.read({ cypher: 'RETURN 1 AS one' })).toEqual([{ one: 1 }]);
  });
});

describe('the API', () => {
  let api: TestApi;

  beforeAll(async () => {
    // Room for a first, unplanned export on a busy machine; a waiting request is stopped all the same.
    api = await TestApi.start(driver, { limits: { queryTimeoutMs: API_LIMIT_MS, exportTimeoutMs: API_LIMIT_MS } });
  });

  afterAll(async () => {
    await api.stop();
  });

  /**
   * An index being created holds the schema lock that every read through the Entity index waits for, so a request
   * made meanwhile waits until Neo4j stops it at its limit. Rolling back lets the requests after it through.
   */
  async function whileAnIndexIsBeingCreated<T>(work: () => Promise<T>): Promise<T> {
    const session = driver.session();
    const transaction = await session.beginTransaction();
    try {
      await transaction.run('CREATE INDEX query_timeout_test FOR (n:Entity) ON (n.queryTimeoutTest)');
      return await work();
    } finally {
      await transaction.rollback();
      await session.close();
    }
  }

  it('answers QUERY_TIMEOUT for a request that waits past the limit, and serves the next one', async () => {
    const stopped = await whileAnIndexIsBeingCreated(() => api.query('{ node(id: "province:ha-tinh") { id } }'));
    expect(errorCodes(stopped)).toEqual([ErrorCode.QueryTimeout]);
    expect(stopped.errors![0].message).toMatch(/ran longer than this API allows/);
    expect((await api.query('{ node(id: "province:ha-tinh") { id } }')).data!.node).toEqual({ id: 'province:ha-tinh' });
  });

  it('answers an export stopped before its first byte with HTTP 504 and QUERY_TIMEOUT, and serves the next one', async () => {
    const stopped = await whileAnIndexIsBeingCreated(() => fetch(`${api.baseUrl}/export/nodes.csv?around=province:ha-tinh`));
    expect(stopped.status).toBe(504);
    expect(stopped.headers.get('content-disposition')).toBeNull();
    expect(((await stopped.json()) as any).error.code).toBe(ErrorCode.QueryTimeout);
    const next = await fetch(`${api.baseUrl}/export/nodes.csv?around=province:ha-tinh`);
    expect(next.status).toBe(200);
    expect(await next.text()).toContain('province:ha-tinh');
  });
});
