import { Driver } from 'neo4j-driver';
import { Config } from '../config';
import { createDriver } from './driver';
import { EmbeddedNeo4j, startEmbeddedNeo4j, waitForBolt } from './embedded-neo4j';

export interface Database {
  driver: Driver;
  name: string | undefined;
  /** The embedded server this process started, if any; stopped by `close()`. */
  embedded: EmbeddedNeo4j | null;
  close(): Promise<void>;
}

/**
 * Connects to NEO4J_URI when set; otherwise starts the embedded Neo4j and connects to it. A command-line tool
 * passes `joinRunningEmbedded` so that, while the service holds the embedded database, it connects to that one
 * (a second process cannot open the same data folder).
 */
export async function openDatabase(config: Config, log: (line: string) => void, options: { joinRunningEmbedded?: boolean } = {}): Promise<Database> {
  let embedded: EmbeddedNeo4j | null = null;
  let uri = config.neo4jUri;
  if (!uri && options.joinRunningEmbedded) {
    const running = `bolt://127.0.0.1:${config.embeddedBoltPort}`;
    if (await waitForBolt(running, 1_000).then(() => true, () => false)) {
      log(`Using the embedded Neo4j already running at ${running}.`);
      uri = running;
    }
  }
  if (!uri) {
    log(`NEO4J_URI is not set: starting the embedded Neo4j (data in ${config.embeddedDataDir}).`);
    embedded = await startEmbeddedNeo4j({ dataDir: config.embeddedDataDir, boltPort: config.embeddedBoltPort, log });
    uri = embedded.uri;
  }
  if (embedded) await waitForBolt(uri, 60_000);
  const driver = createDriver({ uri, user: config.neo4jUser, password: config.neo4jPassword });
  return {
    driver,
    name: config.neo4jDatabase,
    embedded,
    async close() {
      await driver.close();
      await embedded?.stop();
    },
  };
}
