import path from 'node:path';
import { PassThrough } from 'node:stream';
import { Driver } from 'neo4j-driver';
import { hashSecret, issueToken } from '../../src/access/api-key';
import { createKeyQuery } from '../../src/access/api-key.repository';
import { Role } from '../../src/access/role';
import { loadConfig, repositoryRoot } from '../../src/config';
import { createDriver } from '../../src/db/driver';
import { Executor } from '../../src/db/executor';
import { importSeeds } from '../../src/seed/seed.importer';
import { createLogger } from '../../src/logging/logger';
import { RunningServer, ServerOptions, startServer } from '../../src/server';

export const SEEDS_DIR = path.join(repositoryRoot(), 'seeds');

export function testDriver(uri = process.env.TEST_NEO4J_URI): Driver {
  if (!uri) throw new Error('TEST_NEO4J_URI is not set: run integration tests through jest (globalSetup starts Neo4j).');
  return createDriver({ uri, user: process.env.TEST_NEO4J_USER ?? 'neo4j', password: process.env.TEST_NEO4J_PASSWORD ?? '' });
}

/** Empties the test database and imports the real seed files. */
export async function seedTestGraph(driver: Driver): Promise<void> {
  const executor = new Executor(driver, undefined);
  await executor.write({ cypher: 'MATCH (n) DETACH DELETE n' });
  await importSeeds(executor, SEEDS_DIR);
}

/**
 * Every node and relationship with all its properties, in a stable order. Property maps are sorted by key,
 * since Neo4j returns them in storage order, which depends on what the entity held before.
 */
export async function graphSnapshot(executor: Executor): Promise<string> {
  const nodes = await executor.read({ cypher: 'MATCH (n) RETURN labels(n) AS labels, properties(n) AS p ORDER BY coalesce(n.id, "")' });
  const edges = await executor.read({
    cypher: `MATCH (a)-[r]->(b) RETURN a.id AS a, type(r) AS t, b.id AS b, properties(r) AS p ORDER BY a, t, b, coalesce(r.key, '')`,
  });
  const sorted = (row: Record<string, unknown>) => ({ ...row, p: Object.fromEntries(Object.entries(row.p as object).sort(([a], [b]) => a.localeCompare(b))) });
  return JSON.stringify({ nodes: nodes.map(sorted), edges: edges.map(sorted) });
}

/** How long seeding and starting may take: minutes when the machine is busy. */
const SEEDING_TIMEOUT_MS = 300_000;

/**
 * The seeded graph and an API over it, for the tests of one file: seeded and started before them, stopped after.
 * Read `driver` and `api` inside tests and hooks, once they exist.
 */
export function seededApi(options: Partial<ServerOptions> = {}): { readonly driver: Driver; readonly api: TestApi } {
  const started: { driver?: Driver; api?: TestApi } = {};
  beforeAll(async () => {
    started.driver = testDriver();
    await seedTestGraph(started.driver);
    started.api = await TestApi.start(started.driver, options);
  }, SEEDING_TIMEOUT_MS);
  afterAll(async () => {
    await started.api?.stop();
    await started.driver?.close();
  });
  return {
    get driver() {
      if (!started.driver) throw new Error('The seeded API is not started yet: read it inside a test or hook.');
      return started.driver;
    },
    get api() {
      if (!started.api) throw new Error('The seeded API is not started yet: read it inside a test or hook.');
      return started.api;
    },
  };
}

export interface GraphQLResponse<T = Record<string, any>> {
  status: number;
  data?: T;
  errors?: { message: string; extensions?: { code?: string; [key: string]: unknown } }[];
  extensions?: { roundTrips?: number; requestId?: string };
}

export class TestApi {
  private constructor(
    readonly server: RunningServer,
    readonly baseUrl: string,
  ) {}

  static async start(driver: Driver, options: Partial<ServerOptions> = {}): Promise<TestApi> {
    const server = await startServer({ driver, database: undefined, maxRequestBytes: 100_000, port: 0, host: '127.0.0.1', logger: createLogger('silent'), ...options });
    return new TestApi(server, server.url.replace(/\/graphql$/, ''));
  }

  async query<T = Record<string, any>>(query: string, variables?: Record<string, unknown>, apiKey?: string, headers: Record<string, string> = {}): Promise<GraphQLResponse<T>> {
    const response = await fetch(`${this.baseUrl}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(apiKey ? { authorization: `Bearer ${apiKey}` } : {}), ...headers },
      body: JSON.stringify({ query, variables }),
    });
    return { status: response.status, ...((await response.json()) as object) };
  }

  async stop(): Promise<void> {
    await this.server.stop();
  }
}

/** Stores a new API key of this role, as `npm run keys -- create` does, and returns its token. */
export async function issueTestKey(driver: Driver, role: Role, name = `${role.toLowerCase()} in tests`): Promise<{ id: string; token: string }> {
  const issued = issueToken();
  await new Executor(driver, undefined).write(createKeyQuery({ id: issued.id, name, role, hash: hashSecret(issued.secret) }));
  return { id: issued.id, token: issued.token };
}

export function errorCodes(response: GraphQLResponse): (string | undefined)[] {
  return (response.errors ?? []).map((error) => error.extensions?.code);
}

/** Whether a process of ours is alive; refuses pids ≤ 0, which would signal a whole process group. */
export function isRunning(pid: number): boolean {
  if (!(pid > 0)) throw new Error(`Not a process id: ${pid}`);
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** The configuration a command-line tool gets in the tests: the test database's. */
export const cliConfig = () => ({ ...loadConfig(), neo4jUri: process.env.TEST_NEO4J_URI });

/** What a command-line tool writes, caught: standard output as text, and each log line. */
export function cliOutput() {
  const stdout = new PassThrough();
  const chunks: Buffer[] = [];
  stdout.on('data', (chunk) => chunks.push(chunk));
  const lines: string[] = [];
  return { stdout, log: (line: string) => lines.push(line), lines, text: () => Buffer.concat(chunks).toString('utf8') };
}
