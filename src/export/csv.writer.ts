import { ChunkedOutput } from './chunked-output';
import { EDGE_FIELDS, ExportField, ExportRow, fieldText, nodeFields } from './export.fields';
import { ExportGraph } from './export.graph';

const NEEDS_QUOTES = /[",\r\n]/;
const LINE_END = '\r\n';

/** RFC 4180: a field with a comma, a quote or a line break is quoted, and its quotes are doubled. */
export function csvField(text: string | null): string {
  if (text === null) return '';
  return NEEDS_QUOTES.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

function csvLine(fields: readonly ExportField[], row: ExportRow): string {
  return fields.map((field) => csvField(fieldText(row[field.name]))).join(',') + LINE_END;
}

async function writeTable(output: ChunkedOutput, fields: readonly ExportField[], rows: AsyncIterable<ExportRow>): Promise<void> {
  await output.write(fields.map((field) => csvField(field.name)).join(',') + LINE_END);
  for await (const row of rows) await output.write(csvLine(fields, row));
}

export function writeNodesCsv(output: ChunkedOutput, graph: ExportGraph): Promise<void> {
  return writeTable(output, nodeFields(graph.labelLanguages), graph.nodes);
}

export function writeEdgesCsv(output: ChunkedOutput, graph: ExportGraph): Promise<void> {
  return writeTable(output, EDGE_FIELDS, graph.edges);
}
