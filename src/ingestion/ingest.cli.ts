import 'reflect-metadata';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Writable } from 'node:stream';
import { parseArgs } from 'node:util';
import { Config, loadConfig } from '../config';
import { Database, openDatabase } from '../db/database';
import { Executor } from '../db/executor';
import { ensureSchema } from '../db/schema';
import { BadUserInputError } from '../errors/errors';
import { isCalendarDate } from '../model/partial-date';
import { createReviewLoaders } from '../review/review.loaders';
import { submitArticle, SubmitOutcome } from '../review/review.service';
import { CandidateRecord } from '../review/review.type';
import { ExtractionResult } from './candidate';
import { extract } from './candidates';
import { loadGazetteer } from './gazetteer.repository';

const USAGE = `Usage: npm run ingest -- <file or folder> [--json] [--url <url>] [--published YYYY[-MM[-DD]]] [--publisher <name>] [--lang fr|en|vi] [--title <title>]
Reads an article (HTML or plain text), links what it names to the graph and proposes candidate facts with their evidence.
Without --json, submits it for review: the review and its candidates are stored in the graph (not as facts: those are
written only when an editor accepts them), submitted by "cli:<your user name>", and a summary is printed. An article
whose cleaned text was submitted before is not stored again; its existing review is named. --json writes nothing: it
prints the extraction (cleaned text, its hash, candidates) as JSON on standard output. A folder is read file by file,
with progress on standard error (--json then prints a JSON array).
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
    const executor = new Executor(database.driver, database.name);
    const gazetteer = await loadGazetteer(executor);
    io.log(`Linking against ${gazetteer.entries.length} entities of the graph.`);
    if (!options.json) await ensureSchema(executor);
    const results: ExtractionResult[] = [];
    let refused = 0;
    for (const [index, file] of files.entries()) {
      const article = {
        content: fs.readFileSync(file, 'utf8'),
        url: options.url,
        publisher: options.publisher,
        publishedOn: options.published,
        lang: options.lang,
        title: options.title,
      };
      if (options.json) {
        const result = extract(article, gazetteer);
        if (folder) io.log(`[${index + 1}/${files.length}] ${path.basename(file)}: ${result.candidates.length} candidates`);
        results.push(result);
        continue;
      }
      try {
        const submitted = await submitArticle(executor, article, submitter());
        const candidates = await candidatesOf(executor, submitted.review.id);
        if (folder) io.log(`[${index + 1}/${files.length}] ${path.basename(file)}: ${submitted.created ? 'review written' : 'reviewed before'}, ${candidates.length} candidates`);
        io.stdout.write(reviewSummary(path.basename(file), submitted, candidates));
      } catch (error) {
        if (!(error instanceof BadUserInputError)) throw error;
        refused += 1;
        io.log(`${folder ? `[${index + 1}/${files.length}] ` : ''}${path.basename(file)}: not submitted: ${error.message}`);
      }
    }
    if (options.json) io.stdout.write(`${JSON.stringify(folder ? results : results[0], null, 2)}\n`);
    return refused ? 2 : 0;
  } catch (error) {
    io.log(`Ingest failed: ${(error as Error).message ?? error}`);
    return 1;
  } finally {
    await database?.close();
  }
}

/** Who submits from the command line, as the review records it: no API key is involved, so the operating system's user. */
function submitter(): string {
  return `cli:${os.userInfo().username}`;
}

/** The review's candidates as stored, read as the API reads them. */
async function candidatesOf(executor: Executor, reviewId: string): Promise<CandidateRecord[]> {
  const { candidatesByReviewId } = createReviewLoaders(executor);
  return candidatesByReviewId.load(reviewId);
}

function reviewSummary(file: string, submitted: SubmitOutcome, candidates: CandidateRecord[]): string {
  const { review, created } = submitted;
  const lines = [
    `${file}: ${review.title ?? '(no title)'}`,
    `  ${review.id} ${created ? 'written' : `existing (submitted by ${review.submittedBy} at ${review.submittedAt}; not written again)`}`,
    `  language ${review.language}, published ${review.publishedOn ?? 'unknown'}, ${review.text.length} characters kept, text sha256 ${review.textHash.slice(0, 12)}…`,
  ];
  const classes = [...new Set(candidates.map((c) => c.factClass))];
  lines.push(`  ${candidates.length} candidates: ${classes.map((c) => `${candidates.filter((x) => x.factClass === c).length} ${c.toLowerCase()}`).join(', ') || 'none'}`);
  for (const candidate of candidates) {
    const record = JSON.parse(candidate.record) as Record<string, unknown>;
    const status = candidate.factClass === 'ENTITY' ? (candidate.isNew ? 'new' : 'linked') : candidate.isNew ? 'new' : 'known';
    const uncertain = candidate.links.some((link) => !link.certain) ? ', uncertain link' : '';
    lines.push(
      `  ${candidate.factClass.toLowerCase().padEnd(11)} ${candidate.confidence.toFixed(2)}  ${String(record.id)}  ${String(record.name ?? '')} (${status}${uncertain}) ${candidate.decision.toLowerCase()}`,
    );
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
