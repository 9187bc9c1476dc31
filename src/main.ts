import 'reflect-metadata';
import { Config, loadConfig } from './config';
import { openDatabase } from './db/database';
import { Executor } from './db/executor';
import { formatImportReport, importSeeds, seedsAlreadyImported } from './seed/seed.importer';
import { countEntities } from './seed/seed.repository';
import { startServer } from './server';

const log = (line: string) => console.error(line);

/** Why the seeds should be imported at start-up, or null when the graph can be served as it is. */
async function seedingReason(executor: Executor, mode: Config['seedOnStart'], seedsDir: string): Promise<string | null> {
  if (mode === 'never') return null;
  if (mode === 'always') return 'SEED_ON_START=always';
  if ((await countEntities(executor)) === 0) return 'The graph is empty';
  if (mode === 'if-changed' && !(await seedsAlreadyImported(executor, seedsDir))) return 'The seed files or the import have changed since the last import';
  return null;
}

async function main() {
  const config = loadConfig();
  const database = await openDatabase(config, log);

  const executor = new Executor(database.driver, database.name);
  try {
    const reason = await seedingReason(executor, config.seedOnStart, config.seedsDir);
    if (reason) {
      log(`${reason}: importing the seed files.`);
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
