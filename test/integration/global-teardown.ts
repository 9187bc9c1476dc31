import { EmbeddedNeo4j } from '../../src/db/embedded-neo4j';

export default async function globalTeardown(): Promise<void> {
  await (globalThis as { testNeo4j?: EmbeddedNeo4j }).testNeo4j?.stop();
}
