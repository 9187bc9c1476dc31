import { getIntrospectionQuery } from 'graphql';
import { Driver } from 'neo4j-driver';
import { createDriver } from '../../src/db/driver';
import { errorCodes, seedTestGraph, testDriver, TestApi } from './support';

/** A mistyped field, an argument name and an enum value, each of which GraphQL would correct with a suggestion. */
const MISTYPED = '{ node(id: "province:ha-tinh") { idd } search(query: "ha tinh", frist: 2) { score } kinds: search(query: "x", kinds: [LOCALTY]) { score } }';

let driver: Driver;
let production: TestApi;
let development: TestApi;

beforeAll(async () => {
  driver = testDriver();
  await seedTestGraph(driver);
  production = await TestApi.start(driver, { production: true, introspection: false, playground: false });
  development = await TestApi.start(driver);
});

afterAll(async () => {
  await production.stop();
  await development.stop();
  await driver.close();
});

describe('production mode', () => {
  it('answers queries as in development', async () => {
    const response = await production.query('{ node(id: "province:savannakhet") { id __typename } }');
    expect(response.data!.node).toEqual({ id: 'province:savannakhet', __typename: 'Locality' });
  });

  it('refuses introspection with GRAPHQL_VALIDATION_FAILED', async () => {
    const response = await production.query(getIntrospectionQuery());
    expect(errorCodes(response)).toEqual(['GRAPHQL_VALIDATION_FAILED']);
    expect(response.data).toBeUndefined();
  });

  it('hides the "Did you mean" suggestions that would spell the schema out, and keeps the codes', async () => {
    const response = await production.query(MISTYPED);
    expect(errorCodes(response)).toEqual(['GRAPHQL_VALIDATION_FAILED', 'GRAPHQL_VALIDATION_FAILED', 'BAD_USER_INPUT']);
    for (const error of response.errors!) {
      expect(error.message).not.toMatch(/Did you mean|"id"|"first"|"LOCALITY"/);
      expect(error.message).toMatch(/"idd"|"frist"|"LOCALTY"/);
    }
  });

  it('answers a browser at /graphql with 404 instead of the playground, and serves none of its files', async () => {
    const page = await fetch(`${production.baseUrl}/graphql`, { headers: { accept: 'text/html' } });
    expect(page.status).toBe(404);
    expect(await page.text()).not.toContain('<script');
    expect((await fetch(`${production.baseUrl}/playground/playground.js`)).status).toBe(404);
  });

  it('keeps why Neo4j is unreachable out of /ready', async () => {
    const nowhere = createDriver({ uri: 'bolt://127.0.0.1:1', user: 'neo4j', password: '' });
    const [hidden, shown] = [await TestApi.start(nowhere, { production: true }), await TestApi.start(nowhere)];
    try {
      const ready = await fetch(`${hidden.baseUrl}/ready`);
      expect(ready.status).toBe(503);
      expect(await ready.json()).toEqual({ status: 'unavailable', database: 'unreachable' });
      expect(await (await fetch(`${shown.baseUrl}/ready`)).json()).toHaveProperty('reason');
    } finally {
      await hidden.stop();
      await shown.stop();
      await nowhere.close();
    }
  });
});

describe('development mode', () => {
  it('offers introspection and suggestions', async () => {
    expect((await development.query(getIntrospectionQuery())).errors).toBeUndefined();
    const messages = (await development.query(MISTYPED)).errors!.map((error) => error.message);
    expect(messages).toEqual([
      expect.stringContaining('Did you mean "id"?'),
      expect.stringContaining('Did you mean "first"?'),
      expect.stringContaining('Did you mean the enum value "LOCALITY"?'),
    ]);
  });
});

describe('cross-site request forgery', () => {
  const query = encodeURIComponent('{ node(id: "province:ha-tinh") { id } }');

  it.each([
    ['production', () => production],
    ['development', () => development],
  ])('refuses in %s mode a GET or a form-like POST that a browser would send without asking first', async (_mode, api) => {
    const get = await fetch(`${api().baseUrl}/graphql?query=${query}`);
    const post = await fetch(`${api().baseUrl}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'text/plain' },
      body: JSON.stringify({ query: '{ node(id: "province:ha-tinh") { id } }' }),
    });
    for (const refused of [get, post]) {
      expect(refused.status).toBe(400);
      const body = (await refused.json()) as any;
      expect(body.data).toBeUndefined();
      expect(body.errors[0].message).toMatch(/Cross-Site Request Forgery/);
    }
    const preflighted = await fetch(`${api().baseUrl}/graphql?query=${query}`, { headers: { 'apollo-require-preflight': 'true' } });
    expect(((await preflighted.json()) as any).data.node).toEqual({ id: 'province:ha-tinh' });
  });
});
