import { createHash } from 'node:crypto';
import { QueryResult, RecordShape } from 'neo4j-driver';
import { Executor } from '../db/executor';
import { buildGraphRows, GraphRows } from '../model/rows';
import { loadSeedFiles, SeedValidationError } from './seed.loader';
import { ensureSchema } from '../db/schema';
import {
  fingerprintRemoval,
  fingerprintWrite,
  graphCounts,
  holdsSeededFacts,
  importedFingerprint,
  seedRowWrites,
  seedWriteQueries,
  stalePruneWrites,
} from './seed.repository';
import { validateSeedRecords } from './seed.validator';
import { isArticleFile } from './article.merge';
import { loadReferenceRecords } from './reference.loader';
import { mergeReferenceRecords } from './reference.merge';

/** Above this many rows (sources, entities, relationships and citations), an `auto` import commits in batches. */
export const SINGLE_TRANSACTION_MAX_ROWS = 20_000;
const DEFAULT_BATCH_ROWS = 5_000;
const PROGRESS_INTERVAL_MS = 2_000;

export type ImportMode = 'auto' | 'single' | 'batched';

export interface ImportOptions {
  /**
   * `single` writes everything in one transaction, so the graph never holds half an import. `batched` commits
   * `batchRows` rows at a time, for seed folders too large for one transaction: a run that fails part-way leaves
   * no fingerprint, and running it again converges. `auto` (the default) picks by size.
   */
  mode?: ImportMode;
  batchRows?: number;
  /**
   * Told of each batch once it has committed; in `single` mode, of each statement inside the still-open
   * transaction, then once more after the commit. The import waits for a returned promise.
   */
  onProgress?: (progress: ImportProgress) => unknown;
}

export interface ImportProgress {
  rowsWritten: number;
  rowsTotal: number;
  seconds: number;
  /** Whether the rows written so far are committed; false while they wait in the single transaction. */
  committed: boolean;
}

export interface ImportReport {
  files: number;
  records: number;
  mode: 'single' | 'batched';
  changes: { nodesCreated: number; nodesDeleted: number; relationshipsCreated: number; relationshipsDeleted: number };
  labels: Record<string, number>;
  relationships: Record<string, number>;
  /** Wall-clock seconds per phase: reading the YAML, validating it, building the rows, writing them. */
  seconds: { parse: number; validate: number; build: number; write: number };
}

type Changes = ImportReport['changes'];

/**
 * Loads and validates the whole seed folder, with the reference places of its `reference/` folder merged in, or
 * throws SeedValidationError without writing anything.
 */
export function loadValidSeeds(dir: string) {
  return readValidSeeds(dir).records;
}

/**
 * The valid seed records without the reviewed facts of ingested articles (`articles/`): the graph as it was before
 * those articles entered it, which is what their extraction must be measured against, or their own facts would tell
 * the pipeline its answers.
 */
export function loadValidSeedsBeforeArticles(dir: string) {
  return loadValidSeeds(dir).filter((record) => !isArticleFile(record.file));
}

function readValidSeeds(dir: string) {
  const parsing = stopwatch();
  const seeds = loadSeedFiles(dir);
  const reference = loadReferenceRecords(dir);
  const records = mergeReferenceRecords(seeds.records, reference.records);
  const problems = [...seeds.problems, ...reference.problems];
  const parse = parsing();
  const validating = stopwatch();
  problems.push(...validateSeedRecords(records));
  if (problems.length > 0) throw new SeedValidationError(problems);
  return { records, seconds: { parse, validate: validating() } };
}

/**
 * What the import would write, as a hash: it changes when the seed files change and when the code that
 * turns them into a graph does (a new property, say), so a start-up can tell a stale graph from a current one.
 */
export function seedFingerprint(graph: GraphRows): string {
  return createHash('sha256').update(JSON.stringify(graph)).digest('hex');
}

/** The seed folder read, validated and turned into the rows to write, with their fingerprint. */
function prepareImport(dir: string) {
  const { records, seconds } = readValidSeeds(dir);
  const building = stopwatch();
  const graph = buildGraphRows(records);
  const fingerprint = seedFingerprint(graph);
  return { records, graph, fingerprint, seconds: { ...seconds, build: building() } };
}

/** Whether the graph already holds exactly what the seed folder would import. */
export async function seedsAlreadyImported(executor: Executor, dir: string): Promise<boolean> {
  return (await importedFingerprint(executor)) === prepareImport(dir).fingerprint;
}

/** Imports unless the graph already holds exactly this import (null then), reading the folder once. */
export async function importSeedsIfChanged(
  executor: Executor,
  dir: string,
  log: (line: string) => void = () => {},
  options: ImportOptions = {},
): Promise<ImportReport | null> {
  const prepared = prepareImport(dir);
  if ((await importedFingerprint(executor)) === prepared.fingerprint) return null;
  return writeImport(executor, prepared, log, options);
}

export async function importSeeds(
  executor: Executor,
  dir: string,
  log: (line: string) => void = () => {},
  options: ImportOptions = {},
): Promise<ImportReport> {
  return writeImport(executor, prepareImport(dir), log, options);
}

async function writeImport(
  executor: Executor,
  { records, graph, fingerprint, seconds }: ReturnType<typeof prepareImport>,
  log: (line: string) => void,
  options: ImportOptions,
): Promise<ImportReport> {
  log(`Seeds valid: ${records.length} records (${graph.nodes.length} entities, ${graph.sources.length} sources, ${graph.edges.length} relationships).`);

  const writing = stopwatch();
  await ensureSchema(executor);
  const rows = graph.sources.length + graph.nodes.length + graph.edges.length + graph.citations.length;
  const mode = options.mode === 'single' || options.mode === 'batched' ? options.mode : rows > SINGLE_TRANSACTION_MAX_ROWS ? 'batched' : 'single';
  const changes =
    mode === 'single'
      ? await writeInOneTransaction(executor, graph, fingerprint, log, options.onProgress)
      : await writeInBatches(executor, graph, fingerprint, options.batchRows ?? DEFAULT_BATCH_ROWS, log, options.onProgress);
  const write = writing();

  const counts = await graphCounts(executor);
  return { files: new Set(records.map((r) => r.file)).size, records: records.length, mode, changes, ...counts, seconds: { ...seconds, write } };
}

async function writeInOneTransaction(
  executor: Executor,
  graph: GraphRows,
  fingerprint: string,
  log: (line: string) => void,
  onProgress: ImportOptions['onProgress'],
): Promise<Changes> {
  const writes = seedWriteQueries(graph, fingerprint);
  log(`Writing in one transaction (${writes.length} batched statements)…`);
  const rowsTotal = writes.reduce((sum, w) => sum + w.rows, 0);
  const started = Date.now();
  const progress = (rowsWritten: number, committed: boolean) => onProgress?.({ rowsWritten, rowsTotal, seconds: (Date.now() - started) / 1000, committed });
  const results = await executor.writeAll(
    writes.map((w) => w.query),
    (statementsRun) => progress(writes.slice(0, statementsRun).reduce((sum, w) => sum + w.rows, 0), false),
  );
  await progress(rowsTotal, true);
  return sumChanges(results);
}

/**
 * One transaction per batch of rows. The stored fingerprint goes first and comes back last, so a graph is
 * taken for a complete import only once every batch and the pruning have committed; MERGE makes a re-run converge.
 */
async function writeInBatches(
  executor: Executor,
  graph: GraphRows,
  fingerprint: string,
  batchRows: number,
  log: (line: string) => void,
  onProgress: ImportOptions['onProgress'],
): Promise<Changes> {
  const mayHoldStaleFacts = await holdsSeededFacts(executor);
  await executor.write(fingerprintRemoval());
  const writes = seedRowWrites(graph, batchRows);
  const rowsTotal = writes.reduce((sum, w) => sum + w.rows, 0);
  log(`Writing ${rowsTotal} rows in ${writes.length} transactions of up to ${batchRows} rows…`);
  const started = Date.now();
  let rowsWritten = 0;
  let lastLog = started;
  const results: QueryResult<RecordShape>[] = [];
  for (const write of writes) {
    results.push(...(await executor.writeAll([write.query])));
    rowsWritten += write.rows;
    const now = Date.now();
    const seconds = (now - started) / 1000;
    await onProgress?.({ rowsWritten, rowsTotal, seconds, committed: true });
    if (now - lastLog >= PROGRESS_INTERVAL_MS || rowsWritten === rowsTotal) {
      lastLog = now;
      log(`  ${rowsWritten} of ${rowsTotal} rows (${((100 * rowsWritten) / rowsTotal).toFixed(0)}%), ${Math.round(rowsWritten / Math.max(seconds, 0.001))} rows/s`);
    }
  }
  if (mayHoldStaleFacts) {
    const prunes = await stalePruneWrites(executor, graph, batchRows);
    log(`Pruning: ${prunes.reduce((sum, w) => sum + w.rows, 0)} seeded facts the files no longer hold.`);
    for (const prune of prunes) results.push(...(await executor.writeAll([prune.query])));
  }
  await executor.write(fingerprintWrite(fingerprint));
  return sumChanges(results);
}

function sumChanges(results: QueryResult<RecordShape>[]): Changes {
  const changes = { nodesCreated: 0, nodesDeleted: 0, relationshipsCreated: 0, relationshipsDeleted: 0 };
  for (const result of results) {
    const updates = result.summary.counters.updates();
    changes.nodesCreated += updates.nodesCreated;
    changes.nodesDeleted += updates.nodesDeleted;
    changes.relationshipsCreated += updates.relationshipsCreated;
    changes.relationshipsDeleted += updates.relationshipsDeleted;
  }
  return changes;
}

/** Starts a clock; calling the result gives the seconds since. */
function stopwatch(): () => number {
  const started = process.hrtime.bigint();
  return () => Number(process.hrtime.bigint() - started) / 1e9;
}

export function formatImportReport(report: ImportReport): string {
  const lines = [
    `Imported ${report.records} records from ${report.files} files.`,
    `Changes: ${report.changes.nodesCreated} nodes created, ${report.changes.nodesDeleted} deleted; ` +
      `${report.changes.relationshipsCreated} relationships created, ${report.changes.relationshipsDeleted} deleted.`,
    'Nodes by label:',
    ...Object.entries(report.labels).map(([label, count]) => `  ${label.padEnd(16)} ${count}`),
    'Relationships by type:',
    ...Object.entries(report.relationships).map(([type, count]) => `  ${type.padEnd(26)} ${count}`),
  ];
  return lines.join('\n');
}
