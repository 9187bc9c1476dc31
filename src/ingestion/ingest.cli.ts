import fs from 'node:fs';
import path from 'node:path';
import { Writable } from 'node:stream';
import { parseArgs } from 'node:util';
import { Config, loadConfig } from '../config';
import { Database, openDatabase } from '../db/database';
import { Executor } from '../db/executor';
import { isCalendarDate } from '../model/partial-date';
import { ExtractionResult } from './candidate';
import { extract } from './candidates';
import { loadGazetteer } from './gazetteer.repository';

const USAGE = `Usage: npm run ingest -- <file or folder> [--json] [--url <url>] [--published YYYY[-MM[-DD]]] [--publisher <name>] [--lang fr|en|vi] [--title <title>]
Reads an article (HTML or plain text), links what it names to the graph and proposes candidate facts with their evidence.
Writes nothing. --json prints the extraction (cleaned text, its hash, candidates) as JSON on standard output; without it,
a summary. A folder is read file by file, with progress on standard error (--json then prints a JSON array).
Without --published, a date written without its year is left out rather than guessed.`;

export interface IngestCliIo {
  stdout: Writable;
  log: (line: string) => void;
}

interface Options {
  json?: boolean;
  url?: string;
  published?: string;
  publisher?: string;
  lang?: string;
  title?: string;
  help?: boolean;
}

/** Exit statuses: 0 done, 2 the caller's mistake (usage, a missing file, a malformed date), 1 anything else. */
export async function ingestCli(argv: string[], config: Config, io: IngestCliIo, cwd = process.env.INIT_CWD ?? process.cwd()): Promise<number> {
  let options: Options;
  let positionals: string[];
  try {
    const parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        json: { type: 'boolean' },
        url: { type: 'string' },
        published: { type: 'string' },
        publisher: { type: 'string' },
        lang: { type: 'string' },
        title: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    });
    options = parsed.values;
    positionals = parsed.positionals;
  } catch (error) {
    io.log(`Ingest failed: ${(error as Error).message} (see --help).`);
    return 2;
  }
  if (options.help) {
    io.log(USAGE);
    return 0;
  }
  if (positionals.length !== 1) {
    io.log(`Ingest failed: give one file or folder (see --help).`);
    return 2;
  }
  if (options.published !== undefined && !isCalendarDate(options.published)) {
    io.log(`Ingest failed: --published must be a date written YYYY, YYYY-MM or YYYY-MM-DD, not "${options.published}".`);
    return 2;
  }
  if (options.lang !== undefined && !/^[a-z]{2,3}$/.test(options.lang)) {
    io.log(`Ingest failed: --lang must be a language code such as fr, en or vi, not "${options.lang}".`);
    return 2;
  }
  const target = path.resolve(cwd, positionals[0]);
  let files: string[];
  try {
    files = fs.statSync(target).isDirectory()
      ? fs
          .readdirSync(target, { withFileTypes: true })
          .filter((entry) => entry.isFile() && !entry.name.startsWith('.'))
          .map((entry) => path.join(target, entry.name))
          .sort()
      : [target];
  } catch {
    io.log(`Ingest failed: no such file or folder: ${positionals[0]}`);
    return 2;
  }
  const folder = files.length !== 1 || files[0] !== target;

  let database: Database | null = null;
  try {
    database = await openDatabase(config, io.log, { joinRunningEmbedded: true });
    const gazetteer = await loadGazetteer(new Executor(database.driver, database.name));
    io.log(`Linking against ${gazetteer.entries.length} entities of the graph.`);
    const results: ExtractionResult[] = [];
    for (const [index, file] of files.entries()) {
      const result = extract(
        {
          content: fs.readFileSync(file, 'utf8'),
          url: options.url,
          publisher: options.publisher,
          publishedOn: options.published,
          lang: options.lang,
          title: options.title,
        },
        gazetteer,
      );
      if (folder) io.log(`[${index + 1}/${files.length}] ${path.basename(file)}: ${result.candidates.length} candidates`);
      if (options.json) results.push(result);
      else io.stdout.write(summary(path.basename(file), result));
    }
    if (options.json) io.stdout.write(`${JSON.stringify(folder ? results : results[0], null, 2)}\n`);
    else io.stdout.write('No review was written: reviews are not stored yet. Use --json for the candidates with their records and evidence.\n');
    return 0;
  } catch (error) {
    io.log(`Ingest failed: ${(error as Error).message ?? error}`);
    return 1;
  } finally {
    await database?.close();
  }
}

function summary(file: string, result: ExtractionResult): string {
  const { article, candidates } = result;
  const lines = [
    `${file}: ${article.title ?? '(no title)'}`,
    `  language ${article.lang}, published ${article.publishedOn ?? 'unknown'}, ${result.text.length} characters kept, text sha256 ${result.textHash.slice(0, 12)}…`,
  ];
  const classes = [...new Set(candidates.map((c) => c.class))];
  lines.push(`  ${candidates.length} candidates: ${classes.map((c) => `${candidates.filter((x) => x.class === c).length} ${c}`).join(', ') || 'none'}`);
  for (const candidate of candidates) {
    const status = candidate.class === 'entity' ? (candidate.isNew ? 'new' : 'linked') : candidate.isNew ? 'new' : 'known';
    const uncertain = candidate.links.some((link) => !link.certain) ? ', uncertain link' : '';
    lines.push(`  ${candidate.class.padEnd(11)} ${candidate.confidence.toFixed(2)}  ${String(candidate.record.id)}  ${String(candidate.record.name ?? '')} (${status}${uncertain})`);
  }
  return `${lines.join('\n')}\n\n`;
}

if (require.main === module) {
  const log = (line: string) => console.error(line);
  process.stdout.on('error', () => undefined);
  Promise.resolve()
    .then(() => ingestCli(process.argv.slice(2), loadConfig(), { stdout: process.stdout, log }))
    .then(
      (code) => process.exit(code),
      (error) => {
        log(error instanceof Error ? error.message : String(error));
        process.exit(1);
      },
    );
}
