import 'reflect-metadata';
import { loadConfig } from './config';
import { openDatabase } from './db/database';
import { Executor } from './db/executor';
import { formatImportReport, importSeeds } from './seed/seed.importer';
import { countEntities } from './seed/seed.repository';
import { startServer } from './server';

const log = (line: string) => console.error(line);

async function main() {
  const config = loadConfig();
  const database = await openDatabase(config, log);

  const executor = new Executor(database.driver, database.name);
  try {
    const empty = (await countEntities(executor)) === 0;
    if (config.seedOnStart === 'always' || (config.seedOnStart === 'if-empty' && empty)) {
      log(empty ? 'The graph is empty: importing the seed files.' : 'Importing the seed files (SEED_ON_START=always).');
      log(formatImportReport(await importSeeds(executor, config.seedsDir, log)));
    }
  } catch (error) {
    log(`Seeding skipped: ${(error as Error).message}`);
  }

  const server = await startServer({
    driver: database.driver,
    database: database.name,
    maxRequestBytes: config.maxRequestBytes,
    limits: { networkNodes: config.maxNetworkNodes },
    port: config.port,
    host: config.host,
    log,
  });
  log(`Partnership graph API ready at ${server.url} (playground: open it in a browser; explorer: ${server.url.replace(/\/graphql$/, '/explore')}).`);

  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    log(`${signal}: finishing in-flight requests, then stopping.`);
    try {
      await server.stop();
      await database.close();
    } finally {
      process.exit(0);
    }
  };
  process.on('SIGINT', () => void shutdown('SIGINT'));
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
