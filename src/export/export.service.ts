import { Writable } from 'node:stream';
import { Executor, Row } from '../db/executor';
import { NotFoundError } from '../errors/errors';
import { ChunkedOutput } from './chunked-output';
import { exportLanguages, ExportRow, labelColumn } from './export.fields';
import { nameIn } from '../model/labels';
import { ExportFormat } from './export.formats';
import { entityExistsQuery, exportEdgesQuery, exportNodesQuery, ExportScope, labelLanguagesQuery } from './export.repository';

export interface ExportSummary {
  nodes: number;
  edges: number;
}

/**
 * Writes one export from a single read transaction, so nodes and edges come from the same state of the graph.
 * `open` is called once the export is known to be possible (the `around` entity exists) and gives the destination;
 * the caller ends it. Rows pass through one at a time and are never gathered.
 */
export async function runExport(
  executor: Executor,
  format: ExportFormat,
  scope: ExportScope,
  open: () => Writable,
  onProgress: (summary: ExportSummary) => void = () => undefined,
): Promise<ExportSummary> {
  return executor.readStreaming(async (rows) => {
    if (scope) {
      let found = false;
      for await (const row of rows(entityExistsQuery(scope.around))) found = row.found === true;
      if (!found) throw new NotFoundError(`No entity has the ID "${scope.around}".`);
    }
    const summary: ExportSummary = { nodes: 0, edges: 0 };
    const countOne = (part: keyof ExportSummary) => () => {
      summary[part] += 1;
      onProgress(summary);
    };
    const labelLanguages: string[] = [];
    if (format.contains.includes('nodes')) for await (const row of rows(labelLanguagesQuery())) labelLanguages.push(row.lang as string);
    const output = new ChunkedOutput(open());
    await format.write(output, {
      scope,
      labelLanguages,
      nodes: withLabelColumns(counted(rows(exportNodesQuery(scope)), countOne('nodes')), labelLanguages),
      edges: counted(rows(exportEdgesQuery(scope)), countOne('edges')),
    });
    await output.flush();
    return summary;
  });
}

async function* counted(rows: AsyncIterable<Row>, count: () => void): AsyncGenerator<ExportRow> {
  for await (const row of rows) {
    count();
    yield row as ExportRow;
  }
}

/** Each node's name in every language of the export, as `label_<lang>`, from its stored labels and source form. */
async function* withLabelColumns(nodes: AsyncIterable<ExportRow>, languages: readonly string[]): AsyncGenerator<ExportRow> {
  for await (const { labelLangs, labelValues, ...node } of nodes) {
    const named = { name: node.label as string, nameLang: node.nameLang as string | null, labelLangs: labelLangs as string[] | null, labelValues: labelValues as string[] | null };
    for (const lang of exportLanguages(languages)) node[labelColumn(lang)] = nameIn(named, lang);
    yield node;
  }
}
