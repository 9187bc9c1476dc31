import { createHash } from 'node:crypto';
import { Executor } from '../db/executor';
import { buildSeedGraph, SeedGraph } from './seed.graph';
import { loadSeedFiles, SeedValidationError } from './seed.loader';
import { ensureSchema, graphCounts, importedFingerprint, seedWriteQueries } from './seed.repository';
import { validateSeedRecords } from './seed.validator';

export interface ImportReport {
  files: number;
  records: number;
  changes: { nodesCreated: number; nodesDeleted: number; relationshipsCreated: number; relationshipsDeleted: number };
  labels: Record<string, number>;
  relationships: Record<string, number>;
}

/** Loads and validates the whole seed folder, or throws SeedValidationError without writing anything. */
export function loadValidSeeds(dir: string) {
  const { records, problems } = loadSeedFiles(dir);
  problems.push(...validateSeedRecords(records));
  if (problems.length > 0) throw new SeedValidationError(problems);
  return records;
}

/**
 * What the import would write, as a hash: it changes when the seed files change and when the code that
 * turns them into a graph does (a new property, say), so a start-up can tell a stale graph from a current one.
 */
export function seedFingerprint(graph: SeedGraph): string {
  return createHash('sha256').update(JSON.stringify(graph)).digest('hex');
}

/** Whether the graph already holds exactly what the seed folder would import. */
export async function seedsAlreadyImported(executor: Executor, dir: string): Promise<boolean> {
  const fingerprint = seedFingerprint(buildSeedGraph(loadValidSeeds(dir)));
  return (await importedFingerprint(executor)) === fingerprint;
}

export async function importSeeds(executor: Executor, dir: string, log: (line: string) => void = () => {}): Promise<ImportReport> {
  const records = loadValidSeeds(dir);
  const graph = buildSeedGraph(records);
  log(`Seeds valid: ${records.length} records (${graph.nodes.length} entities, ${graph.sources.length} sources, ${graph.edges.length} relationships).`);

  await ensureSchema(executor);
  const queries = seedWriteQueries(graph, seedFingerprint(graph));
  log(`Writing in one transaction (${queries.length} batched statements)…`);
  const results = await executor.writeAll(queries);

  const changes = { nodesCreated: 0, nodesDeleted: 0, relationshipsCreated: 0, relationshipsDeleted: 0 };
  for (const result of results) {
    const updates = result.summary.counters.updates();
    changes.nodesCreated += updates.nodesCreated;
    changes.nodesDeleted += updates.nodesDeleted;
    changes.relationshipsCreated += updates.relationshipsCreated;
    changes.relationshipsDeleted += updates.relationshipsDeleted;
  }
  const counts = await graphCounts(executor);
  return { files: new Set(records.map((r) => r.file)).size, records: records.length, changes, ...counts };
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
