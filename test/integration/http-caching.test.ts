import { createHash } from 'node:crypto';
import { Driver } from 'neo4j-driver';
import { Role } from '../../src/access/role';
import { partnershipSchema } from '../../src/schema/build-schema';
import { issueTestKey, seedTestGraph, testDriver, TestApi } from './support';

let driver: Driver;
let api: TestApi;
let readerKey: string;
let adminKey: string;

beforeAll(async () => {
  driver = testDriver();
  await seedTestGraph(driver);
  api = await TestApi.start(driver);
  readerKey = (await issueTestKey(driver, Role.READER, 'Reader in caching tests')).token;
  adminKey = (await issueTestKey(driver, Role.ADMIN, 'Admin in caching tests')).token;
}, 300_000);

afterAll(async () => {
  await api.stop();
  await driver.close();
});

const QUERY = '{ node(id: "province:savannakhet") { id ... on Entity { name } } }';
const PREFLIGHT = { 'apollo-require-preflight': 'true' };

async function get(server: TestApi, params: Record<string, unknown>, headers: Record<string, string> = {}) {
  const search = new URLSearchParams(Object.fromEntries(Object.entries(params).map(([name, value]) => [name, typeof value === 'string' ? value : JSON.stringify(value)])));
  const response = await fetch(`${server.baseUrl}/graphql?${search}`, { headers: { ...PREFLIGHT, ...headers } });
  return { response, body: (await response.json()) as any };
}

async function post(body: object, headers: Record<string, string> = {}) {
  const response = await fetch(`${api.baseUrl}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) });
  return { response, body: (await response.json()) as any };
}

describe('HTTP caching of GraphQL answers', () => {
  it('lets shared caches keep an anonymous GET query for the configured time, varying by Accept and Authorization', async () => {
    const { response, body } = await get(api, { query: QUERY });
    expect(body.data.node).toEqual({ id: 'province:savannakhet', name: 'Savannakhet' });
    expect(response.headers.get('cache-control')).toBe('public, max-age=60');
    const vary = (response.headers.get('vary') ?? '').split(',').map((name) => name.trim().toLowerCase());
    expect(vary).toEqual(expect.arrayContaining(['accept', 'authorization']));
  });

  it('caches a persisted query sent by its hash over GET', async () => {
    const query = '{ node(id: "province:ha-tinh") { id } }';
    const persisted = { persistedQuery: { version: 1, sha256Hash: createHash('sha256').update(query).digest('hex') } };
    const registered = await post({ query, extensions: persisted });
    expect(registered.body.data.node).toEqual({ id: 'province:ha-tinh' });
    expect(registered.response.headers.get('cache-control')).toBe('no-store');
    const { response, body } = await get(api, { extensions: persisted });
    expect(body.data.node).toEqual({ id: 'province:ha-tinh' });
    expect(response.headers.get('cache-control')).toBe('public, max-age=60');
  });

  it('takes the max age from the configuration, and caches nothing at 0', async () => {
    for (const [maxAge, expected] of [
      [300, 'public, max-age=300'],
      [0, 'no-store'],
    ] as const) {
      const configured = await TestApi.start(driver, { cacheMaxAgeSeconds: maxAge });
      try {
        const { response, body } = await get(configured, { query: QUERY });
        expect(body.data.node.id).toBe('province:savannakhet');
        expect(response.headers.get('cache-control')).toBe(expected);
      } finally {
        await configured.stop();
      }
    }
  });

  it('caches nothing sent over POST', async () => {
    const { response, body } = await post({ query: QUERY });
    expect(body.data.node.id).toBe('province:savannakhet');
    expect(response.headers.get('cache-control')).toBe('no-store');
  });

  it('caches nothing asked with an API key, even a public query', async () => {
    const { response, body } = await get(api, { query: QUERY }, { authorization: `Bearer ${readerKey}` });
    expect(body.data.node.id).toBe('province:savannakhet');
    expect(response.headers.get('cache-control')).toBe('no-store');
  });

  it('caches no error', async () => {
    for (const query of ['{ node(id: "not an id") { id } }', '{ nope }', '{ auditTrail(first: 1) { totalCount } }']) {
      const { response, body } = await get(api, { query });
      expect(body.errors.length).toBeGreaterThan(0);
      expect(response.headers.get('cache-control')).toBe('no-store');
    }
  });

  it('caches neither the audit trail nor the API keys, and refuses mutations over GET', async () => {
    const audit = await get(api, { query: '{ auditTrail(first: 1) { totalCount } apiKeys { id } }' }, { authorization: `Bearer ${adminKey}` });
    expect(audit.body.errors).toBeUndefined();
    expect(audit.response.headers.get('cache-control')).toBe('no-store');
    const mutation = await get(api, { query: 'mutation { retireEntity(id: "province:savannakhet", reason: "x", citations: []) { entity { id } } }' });
    expect(mutation.response.status).toBeGreaterThanOrEqual(400);
    expect(mutation.response.headers.get('cache-control')).not.toMatch(/public/);
  });

  it('marks what is about one caller as never cacheable, whoever asks', async () => {
    const schema = await partnershipSchema();
    const hints = (node: { astNode?: { directives?: readonly any[] } | null } | undefined) =>
      (node?.astNode?.directives ?? []).filter((d) => d.name.value === 'cacheControl').map((d) => Object.fromEntries(d.arguments.map((a: any) => [a.name.value, a.value.value])));
    const query = schema.getQueryType()!.getFields();
    for (const hinted of [query.auditTrail, query.apiKeys, schema.getType('AuditEntry') as never, schema.getType('ApiKey') as never]) {
      expect(hints(hinted)).toEqual([{ maxAge: '0', scope: 'PRIVATE' }]);
    }
  });
});
