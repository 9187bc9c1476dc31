import { Driver } from 'neo4j-driver';
import { createLogger } from '../../src/logging/logger';
import { errorCodes, seedTestGraph, testDriver, TestApi } from './support';

/** The JSON lines a logger writes, parsed. */
class LogLines {
  readonly lines: Record<string, any>[] = [];

  write(line: string): void {
    this.lines.push(JSON.parse(line));
  }

  about(requestId: string): Record<string, any>[] {
    return this.lines.filter((line) => line.requestId === requestId);
  }

  /** The line of a request is written once its response is over, which may be just after the client has it. */
  async requestLine(requestId: string, message: string): Promise<Record<string, any>> {
    for (let attempt = 0; attempt < 50; attempt += 1) {
      const line = this.about(requestId).find((candidate) => candidate.msg === message);
      if (line) return line;
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    throw new Error(`no "${message}" line for ${requestId}`);
  }
}

let driver: Driver;
let logs: LogLines;
let api: TestApi;

beforeAll(async () => {
  driver = testDriver();
  await seedTestGraph(driver);
  logs = new LogLines();
  api = await TestApi.start(driver, { logger: createLogger('info', logs) });
  // Importing the seeds takes more than a minute on a busy machine.
}, 180_000);

afterAll(async () => {
  await api.stop();
  await driver.close();
});

async function post(body: object, headers: Record<string, string> = {}): Promise<{ status: number; requestId: string; body: any }> {
  const response = await fetch(`${api.baseUrl}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) });
  return { status: response.status, requestId: response.headers.get('x-request-id')!, body: await response.json() };
}

describe('request logs', () => {
  it('writes one line per GraphQL request with its id, operation, duration, round trips and status', async () => {
    const response = await post({ query: 'query PartnersOfHaTinh { partnerships(of: "province:ha-tinh") { id partner { id } } }' });
    expect(response.body.extensions.requestId).toBe(response.requestId);
    const line = await logs.requestLine(response.requestId, 'graphql request');
    expect(line).toMatchObject({ level: 30, operationName: 'PartnersOfHaTinh', status: 200, roundTrips: response.body.extensions.roundTrips, path: '/graphql' });
    expect(line.roundTrips).toBeGreaterThan(0);
    expect(line.durationMs).toBeGreaterThanOrEqual(0);
    expect(line.errorCodes).toBeUndefined();
    expect(logs.about(response.requestId)).toHaveLength(1);
  });

  it('puts the error codes a request was answered with on its line', async () => {
    const response = await post({ query: '{ node(id: "garbage") { id } }' });
    expect(await logs.requestLine(response.requestId, 'graphql request')).toMatchObject({ status: 200, errorCodes: ['BAD_USER_INPUT'] });
    const refused = await post({ query: '{ nodes { id } }' });
    expect(await logs.requestLine(refused.requestId, 'graphql request')).toMatchObject({ status: 400, errorCodes: ['GRAPHQL_VALIDATION_FAILED'] });
  });

  it('logs requests refused before they reach GraphQL, such as a cross-site form post', async () => {
    const response = await fetch(`${api.baseUrl}/graphql`, { method: 'POST', headers: { 'content-type': 'text/plain' }, body: '{}' });
    expect(response.status).toBe(400);
    expect(await logs.requestLine(response.headers.get('x-request-id')!, 'graphql request')).toMatchObject({ status: 400, method: 'POST' });
  });

  it("keeps a client's request id when it is safe, and strips what could forge a log line or a header", async () => {
    expect((await post({ query: '{ __typename }' }, { 'x-request-id': 'trace-42.a:b_C' })).requestId).toBe('trace-42.a:b_C');
    const hostile = await post({ query: '{ __typename }' }, { 'x-request-id': `a"b}{c d\t${'x'.repeat(100)}` });
    expect(hostile.requestId).toBe(`abcd${'x'.repeat(60)}`);
    expect(hostile.body.extensions.requestId).toBe(hostile.requestId);
    const unusable = await post({ query: '{ __typename }' }, { 'x-request-id': '<>' });
    expect(unusable.requestId).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('logs an export with its format, scope, rows and status', async () => {
    const response = await fetch(`${api.baseUrl}/export/nodes.csv?around=province:ha-tinh&depth=1`, { headers: { 'x-request-id': 'export-1' } });
    await response.text();
    const line = await logs.requestLine('export-1', 'export request');
    // Three queries: does the entity exist, which languages are there label columns for, and the nodes.
    expect(line).toMatchObject({ status: 200, path: '/export/nodes.csv', export: { format: 'nodes-csv', around: 'province:ha-tinh', depth: 1 }, roundTrips: 3 });
    expect(line.rows.nodes).toBeGreaterThan(1);
    const missing = await fetch(`${api.baseUrl}/export/nodes.csv?around=province:atlantis`, { headers: { 'x-request-id': 'export-2' } });
    expect(missing.status).toBe(404);
    expect(await logs.requestLine('export-2', 'export request')).toMatchObject({ status: 404, errorCode: 'NOT_FOUND' });
  });
});

describe('unexpected errors', () => {
  it('are masked in the answer and logged with their stack under the request id the answer carries', async () => {
    const systemLogs = new LogLines();
    // The system database refuses ordinary Cypher: an error the API has no code for.
    const misconfigured = await TestApi.start(driver, { database: 'system', logger: createLogger('info', systemLogs) });
    try {
      const response = await misconfigured.query('{ node(id: "province:ha-tinh") { id } }');
      expect(errorCodes(response)).toEqual(['INTERNAL_SERVER_ERROR']);
      expect(response.errors![0].message).toBe('Internal server error');
      const requestId = response.extensions!.requestId!;
      const logged = systemLogs.about(requestId).find((line) => line.msg === 'Unexpected error');
      expect(logged).toMatchObject({ level: 50, err: { code: 'Neo.ClientError.Statement.SemanticError' } });
      expect(logged!.err.stack).toContain('Neo4jError');
      expect(await systemLogs.requestLine(requestId, 'graphql request')).toMatchObject({ errorCodes: ['INTERNAL_SERVER_ERROR'] });
    } finally {
      await misconfigured.stop();
    }
  });
});
