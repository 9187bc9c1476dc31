import fs from 'node:fs';
import path from 'node:path';
import { Driver } from 'neo4j-driver';
import { repositoryRoot } from '../src/config';
import { createDriver } from '../src/db/driver';
import { EmbeddedNeo4j, startEmbeddedNeo4j } from '../src/db/embedded-neo4j';

export interface BenchDatabase {
  uri: string;
  driver: Driver;
  /** The embedded Neo4j started here, if BENCH_NEO4J_URI named no server; its pid lets a run watch its memory. */
  embedded: EmbeddedNeo4j | undefined;
  /** "embedded" or the server's URI, for the results' software line. */
  described: string;
  close(): Promise<void>;
}

/** BENCH_NEO4J_URI (which will be wiped), or an embedded Neo4j on a fresh `data/<folder>/neo4j`. */
export async function openBenchDatabase(folder: string, log: (line: string) => void): Promise<BenchDatabase> {
  let embedded: EmbeddedNeo4j | undefined;
  let uri = process.env.BENCH_NEO4J_URI;
  if (!uri) {
    const dataDir = path.join(repositoryRoot(), 'data', folder, 'neo4j');
    fs.rmSync(dataDir, { recursive: true, force: true });
    embedded = await startEmbeddedNeo4j({ dataDir, boltPort: Number(process.env.BENCH_NEO4J_BOLT_PORT ?? 7790), log });
    uri = embedded.uri;
  }
  const driver = createDriver({ uri, user: process.env.BENCH_NEO4J_USER ?? 'neo4j', password: process.env.BENCH_NEO4J_PASSWORD ?? '' });
  return {
    uri,
    driver,
    embedded,
    described: embedded ? 'embedded' : `at ${uri}`,
    async close() {
      await driver.close();
      await embedded?.stop();
    },
  };
}
