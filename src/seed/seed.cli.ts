import 'reflect-metadata';
import { loadConfig } from '../config';
import { openDatabase } from '../db/database';
import { Executor } from '../db/executor';
import { formatImportReport, importSeeds, loadValidSeeds } from './seed.importer';
import { SeedValidationError } from './seed.loader';

const log = (line: string) => console.error(line);

async function main(): Promise<number> {
  const config = loadConfig();
  const dir = process.argv[2] ?? config.seedsDir;
  try {
    loadValidSeeds(dir);
  } catch (error) {
    if (!(error instanceof SeedValidationError)) throw error;
    log(error.message);
    log('Nothing was written.');
    return 2;
  }
  const database = await openDatabase(config, log);
  try {
    console.log(formatImportReport(await importSeeds(new Executor(database.driver, database.name), dir, log)));
    return 0;
  } finally {
    await database.close();
  }
}

main().then(
  (code) => process.exit(code),
  (error) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
