import 'reflect-metadata';
import { Config, loadConfig } from './config';
import { openDatabase } from './db/database';
import { Executor } from './db/executor';
import { formatImportReport, importSeeds, importSeedsIfChanged } from './seed/seed.importer';
import { countEntities } from './seed/seed.repository';
import { startServer } from './server';

const log = (line: string) => console.error(line);

/** Imports the seeds at start-up as SEED_ON_START asks; an unchanged graph is served as it is. */
async function seedOnStart(executor: Executor, mode: Config['seedOnStart'], seedsDir: string): Promise<void> {
  if (mode === 'never') return;
  const empty = (await countEntities(executor)) === 0;
  if (mode === 'always' || empty) {
    log(`${empty ? 'The graph is empty' : 'SEED_ON_START=always'}: importing the seed files.`);
    log(formatImportReport(await importSeeds(executor, seedsDir, log)));
  } else if (mode === 'if-changed') {
    const report = await importSeedsIfChanged(executor, seedsDir, log);
    if (report) log(`The seed files or the import had changed since the last import:\n${formatImportReport(report)}`);
  }
}

async function main() {
  const config = loadConfig();
  const database = await openDatabase(config, log);

  const executor = new Executor(database.driver, database.name);
  try {
    await seedOnStart(executor, config.seedOnStart, config.seedsDir);
  } catch (error) {
    log(`Seeding skipped: ${(error as Error).message}`);
  }

  const server = await startServer({
    driver: database.driver,
    database: database.name,
    maxRequestBytes: config.maxRequestBytes,
    limits: { networkNodes: config.maxNetworkNodes },
    shutdownGraceMs: config.shutdownGraceMs,
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
    // The database closes even when draining failed, and a failure of either shows in the exit code.
    const failed = (step: string) => (error: unknown) => {
      log(`${signal}: ${step} failed: ${(error as Error).message}`);
      process.exitCode = 1;
    };
    await server.stop().catch(failed('stopping the server'));
    await database.close().catch(failed('closing the database'));
    process.exit();
  };
  process.on('SIGINT', () => void shutdown('SIGINT'));
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
