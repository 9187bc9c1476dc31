import { Driver } from 'neo4j-driver';
import { Config } from '../config';
import { createDriver } from './driver';
import { startEmbeddedNeo4j, waitForBolt } from './embedded-neo4j';
import { superviseEmbeddedNeo4j } from './embedded-supervisor';

export interface Database {
  driver: Driver;
  name: string | undefined;
  /** The embedded server this process started, if any; stopped by `close()`. */
  embedded: { uri: string; stop(): Promise<void> } | null;
  /** Why the database is known to be down without asking it (the embedded Neo4j being restarted), or undefined. */
  outage(): string | undefined;
  close(): Promise<void>;
}

export interface OpenOptions {
  /** A command-line tool joins the embedded database the service holds (a second process cannot open the same data folder). */
  joinRunningEmbedded?: boolean;
  /** The service restarts an embedded Neo4j that dies, up to EMBEDDED_NEO4J_MAX_RESTARTS times in a row, then calls this. */
  onEmbeddedGiveUp?: (error: Error) => void;
}

/**
 * Connects to NEO4J_URI when set; otherwise starts the embedded Neo4j and connects to it, under supervision when
 * `onEmbeddedGiveUp` is given. A command-line tool passes `joinRunningEmbedded` so that, while the service holds the
 * embedded database, it connects to that one.
 */
export async function openDatabase(config: Config, log: (line: string) => void, options: OpenOptions = {}): Promise<Database> {
  let embedded: Database['embedded'] = null;
  let outage = (): string | undefined => undefined;
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
    const settings = { dataDir: config.embeddedDataDir, boltPort: config.embeddedBoltPort, log };
    if (options.onEmbeddedGiveUp) {
      const supervised = await superviseEmbeddedNeo4j({ ...settings, maxRestarts: config.embeddedMaxRestarts, onGiveUp: options.onEmbeddedGiveUp });
      outage = supervised.outage;
      embedded = supervised;
    } else {
      embedded = await startEmbeddedNeo4j(settings);
    }
    uri = embedded.uri;
  }
  if (embedded) await waitForBolt(uri, 60_000);
  const driver = createDriver({ uri, user: config.neo4jUser, password: config.neo4jPassword });
  return {
    driver,
    name: config.neo4jDatabase,
    embedded,
    outage,
    async close() {
      await driver.close();
      await embedded?.stop();
    },
  };
}
