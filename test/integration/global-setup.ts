import fs from 'node:fs';
import path from 'node:path';
import { startEmbeddedNeo4j } from '../../src/db/embedded-neo4j';
import { repositoryRoot } from '../../src/config';

/**
 * One real Neo4j for the whole integration run: TEST_NEO4J_URI when given (it will be wiped!),
 * otherwise the embedded server on a fresh data folder of its own, never the development one.
 */
export default async function globalSetup(): Promise<void> {
  if (process.env.TEST_NEO4J_URI) return;
  const dataDir = path.join(repositoryRoot(), 'data', 'neo4j-test');
  fs.rmSync(dataDir, { recursive: true, force: true });
  const port = Number(process.env.TEST_NEO4J_BOLT_PORT ?? 7697);
  const neo4j = await startEmbeddedNeo4j({ dataDir, boltPort: port, log: (line) => process.stderr.write(`[neo4j] ${line}\n`) });
  process.env.TEST_NEO4J_URI = neo4j.uri;
  (globalThis as { testNeo4j?: typeof neo4j }).testNeo4j = neo4j;
}
