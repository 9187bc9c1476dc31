import { Writable } from 'node:stream';
import { parseArgs } from 'node:util';
import { GraphQLError } from 'graphql';
import { Config, loadConfig } from '../config';
import { Database, openDatabase } from '../db/database';
import { Executor } from '../db/executor';
import { ErrorCode } from '../errors/errors';
import { EXPORT_FORMATS, formatNamed } from './export.formats';
import { MAX_EXPORT_DEPTH } from './export.repository';
import { parseExportScope } from './export.request';
import { runExport } from './export.service';
import { AtomicFile } from './export.target';

const FORMAT_NAMES = EXPORT_FORMATS.map((format) => format.name).join('|');
const USAGE = `Usage: npm run export -- --format ${FORMAT_NAMES} [--around <entity ID> [--depth 1..${MAX_EXPORT_DEPTH}]] [--out <file>]
Writes to standard output without --out. Progress and the summary go to standard error.`;
const PROGRESS_EVERY = 10_000;

/** Exit statuses: 0 done, 2 the caller's mistake (usage, bad input, unknown entity), 1 anything else. */
const CALLER_MISTAKES: string[] = [ErrorCode.BadUserInput, ErrorCode.NotFound];

export interface ExportCliIo {
  stdout: Writable;
  log: (line: string) => void;
}

export async function exportCli(argv: string[], config: Config, io: ExportCliIo): Promise<number> {
  let options: { format?: string; around?: string; depth?: string; out?: string; help?: boolean };
  try {
    options = parseArgs({
      args: argv,
      options: {
        format: { type: 'string', short: 'f' },
        around: { type: 'string' },
        depth: { type: 'string' },
        out: { type: 'string', short: 'o' },
        help: { type: 'boolean', short: 'h' },
      },
    }).values;
  } catch (error) {
    io.log(`Export failed: ${ErrorCode.BadUserInput}: ${(error as Error).message} (see --help).`);
    return 2;
  }
  if (options.help) {
    io.log(USAGE);
    return 0;
  }
  const format = formatNamed(options.format ?? '');
  if (!format) {
    io.log(`Export failed: ${ErrorCode.BadUserInput}: --format must be one of ${FORMAT_NAMES} (see --help).`);
    return 2;
  }

  const file = options.out ? new AtomicFile(options.out) : null;
  let database: Database | null = null;
  try {
    const scope = parseExportScope(options.around, options.depth);
    database = await openDatabase(config, io.log);
    const what = scope ? `the entities within ${scope.depth} hop(s) of ${scope.around}` : 'the whole graph';
    io.log(`Exporting ${what} as ${format.name} to ${options.out ?? 'standard output'}.`);
    const summary = await runExport(
      new Executor(database.driver, database.name),
      format,
      scope,
      () => file?.open() ?? io.stdout,
      (progress) => {
        const rows = progress.nodes + progress.edges;
        if (rows % PROGRESS_EVERY === 0) io.log(`… ${progress.nodes} nodes, ${progress.edges} edges`);
      },
    );
    await file?.commit();
    const counts = format.contains.map((part) => `${summary[part]} ${part}`).join(' and ');
    io.log(`Wrote ${counts} to ${options.out ?? 'standard output'}.`);
    return 0;
  } catch (error) {
    await file?.discard();
    const code = error instanceof GraphQLError ? (error.extensions.code as string | undefined) : undefined;
    io.log(`Export failed: ${code ? `${code}: ` : ''}${(error as Error).message ?? error}`);
    return code && CALLER_MISTAKES.includes(code) ? 2 : 1;
  } finally {
    await database?.close();
  }
}

if (require.main === module) {
  const log = (line: string) => console.error(line);
  // A reader that goes away (`| head`) ends the export with a message instead of an unhandled EPIPE.
  process.stdout.on('error', () => undefined);
  Promise.resolve()
    .then(() => exportCli(process.argv.slice(2), loadConfig(), { stdout: process.stdout, log }))
    .then(
      (code) => process.exit(code),
      (error) => {
        log(error instanceof Error ? error.message : String(error));
        process.exit(1);
      },
    );
}
