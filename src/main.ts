import 'reflect-metadata';
import { Config, loadConfig } from './config';
import { openDatabase } from './db/database';
import { Executor } from './db/executor';
import { ensureSchema } from './db/schema';
import { createLogger, Logger } from './logging/logger';
import { ImportReport, importSeeds, importSeedsIfChanged } from './seed/seed.importer';
import { refoldCuratedNames } from './search/search-forms';
import { countEntities } from './seed/seed.repository';
import { startServer } from './server';

function logImport(logger: Logger, reason: string, report: ImportReport): void {
  logger.info({ reason, import: report }, `Imported ${report.records} seed records from ${report.files} files.`);
}

/** Imports the seeds at start-up as SEED_ON_START asks; an unchanged graph is served as it is. */
async function seedOnStart(executor: Executor, mode: Config['seedOnStart'], seedsDir: string, logger: Logger): Promise<void> {
  if (mode === 'never') return;
  const progress = (line: string) => logger.info(line);
  const empty = (await countEntities(executor)) === 0;
  if (mode === 'always' || empty) {
    const reason = empty ? 'The graph is empty' : 'SEED_ON_START=always';
    logger.info(`${reason}: importing the seed files.`);
    logImport(logger, reason, await importSeeds(executor, seedsDir, progress));
  } else if (mode === 'if-changed') {
    const report = await importSeedsIfChanged(executor, seedsDir, progress);
    if (report) logImport(logger, 'The seed files or the import had changed since the last import', report);
  }
}

async function main() {
  const config = loadConfig();
  const logger = createLogger(config.logLevel, undefined, config.logFormat);
  let server: Awaited<ReturnType<typeof startServer>> | undefined;
  // An embedded Neo4j that keeps dying is beyond this process: it stops, non-zero, for its own supervisor to act.
  const onEmbeddedGiveUp = async (error: Error) => {
    logger.fatal({ err: error }, error.message);
    await server?.stop().catch(() => undefined);
    process.exit(1);
  };
  const database = await openDatabase(config, (line) => logger.info(line), { onEmbeddedGiveUp: (error) => void onEmbeddedGiveUp(error) });

  // The import runs without the per-request time limit: a large seed folder takes minutes to write.
  const executor = new Executor(database.driver, database.name);
  try {
    // Constraints the curation and API keys rely on exist even when the seeds are not re-imported.
    await ensureSchema(executor);
    await seedOnStart(executor, config.seedOnStart, config.seedsDir, logger);
  } catch (error) {
    logger.error({ err: error }, `Seeding skipped: ${(error as Error).message}`);
  }
  try {
    const refolded = await refoldCuratedNames(executor);
    if (refolded) logger.info(`Search forms of ${refolded} curated entities folded again.`);
  } catch (error) {
    logger.error({ err: error }, `Curated names not folded again: ${(error as Error).message}`);
  }

  if (config.playground && !config.introspection) logger.warn('The playground is on but introspection is off: it will have no schema documentation or completion.');
  server = await startServer({
    driver: database.driver,
    database: database.name,
    maxRequestBytes: config.maxRequestBytes,
    limits: { networkNodes: config.maxNetworkNodes, queryTimeoutMs: config.queryTimeoutMs, exportTimeoutMs: config.exportTimeoutMs },
    access: config.access,
    trustProxy: config.trustProxy,
    shutdownGraceMs: config.shutdownGraceMs,
    cacheMaxAgeSeconds: config.cacheMaxAgeSeconds,
    httpTimeouts: { headersMs: config.httpHeadersTimeoutMs, requestMs: config.httpRequestTimeoutMs },
    databaseOutage: () => database.outage(),
    port: config.port,
    host: config.host,
    logger,
    production: config.production,
    introspection: config.introspection,
    playground: config.playground,
  });
  const explorer = server.url.replace(/\/graphql$/, '/explore');
  const mode = { production: config.production, introspection: config.introspection, playground: config.playground, queryTimeoutMs: config.queryTimeoutMs };
  logger.info(mode, `Partnership graph API ready at ${server.url} (explorer: ${explorer}).`);

  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info(`${signal}: finishing in-flight requests, then stopping.`);
    // The database closes even when draining failed, and a failure of either shows in the exit code.
    const failed = (step: string) => (error: unknown) => {
      logger.error({ err: error }, `${signal}: ${step} failed`);
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
  createLogger('fatal').fatal({ err: error }, error instanceof Error ? error.message : String(error));
  process.exit(1);
});
