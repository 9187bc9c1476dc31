import path from 'node:path';
import { Driver } from 'neo4j-driver';
import { repositoryRoot } from '../../src/config';
import { createDriver } from '../../src/db/driver';
import { Executor } from '../../src/db/executor';
import { importSeeds } from '../../src/seed/seed.importer';
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
    const server = await startServer({ driver, database: undefined, maxRequestBytes: 100_000, port: 0, host: '127.0.0.1', log: () => {}, ...options });
    return new TestApi(server, server.url.replace(/\/graphql$/, ''));
  }

  async query<T = Record<string, any>>(query: string, variables?: Record<string, unknown>): Promise<GraphQLResponse<T>> {
    const response = await fetch(`${this.baseUrl}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query, variables }),
    });
    return { status: response.status, ...((await response.json()) as object) };
  }

  async stop(): Promise<void> {
    await this.server.stop();
  }
}

export function errorCodes(response: GraphQLResponse): (string | undefined)[] {
  return (response.errors ?? []).map((error) => error.extensions?.code);
}
