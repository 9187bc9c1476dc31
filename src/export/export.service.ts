import { Writable } from 'node:stream';
import { Executor, Row } from '../db/executor';
import { NotFoundError } from '../errors/errors';
import { ChunkedOutput } from './chunked-output';
import { ExportRow } from './export.fields';
import { ExportFormat } from './export.formats';
import { entityExistsQuery, exportEdgesQuery, exportNodesQuery, ExportScope } from './export.repository';

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
    const output = new ChunkedOutput(open());
    await format.write(output, {
      scope,
      nodes: counted(rows(exportNodesQuery(scope)), countOne('nodes')),
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
