import { ChunkedOutput } from './chunked-output';
import { writeEdgesCsv, writeNodesCsv } from './csv.writer';
import { ExportGraph } from './export.graph';
import { ExportScope } from './export.repository';
import { writeGraphml } from './graphml.writer';
import { writeNodeLinkJson } from './node-link.writer';

export interface ExportFormat {
  /** As the CLI's --format names it. */
  name: string;
  /** As the HTTP path names it: /export/<fileName>. */
  fileName: string;
  contentType: string;
  contains: readonly ('nodes' | 'edges')[];
  write(output: ChunkedOutput, graph: ExportGraph): Promise<void>;
}

export const EXPORT_FORMATS: readonly ExportFormat[] = [
  { name: 'graphml', fileName: 'graph.graphml', contentType: 'application/graphml+xml; charset=utf-8', contains: ['nodes', 'edges'], write: writeGraphml },
  { name: 'nodes-csv', fileName: 'nodes.csv', contentType: 'text/csv; charset=utf-8; header=present', contains: ['nodes'], write: writeNodesCsv },
  { name: 'edges-csv', fileName: 'edges.csv', contentType: 'text/csv; charset=utf-8; header=present', contains: ['edges'], write: writeEdgesCsv },
  { name: 'json', fileName: 'graph.json', contentType: 'application/json; charset=utf-8', contains: ['nodes', 'edges'], write: writeNodeLinkJson },
];

export const formatNamed = (name: string) => EXPORT_FORMATS.find((format) => format.name === name);
export const formatOfFile = (fileName: string) => EXPORT_FORMATS.find((format) => format.fileName === fileName);

/** `partnership-graph.graphml`, or `partnership-province-ha-tinh-depth-2-nodes.csv` for a neighbourhood. */
export function downloadName(format: ExportFormat, scope: ExportScope): string {
  const prefix = scope ? `partnership-${scope.around.replace(/:/g, '-')}-depth-${scope.depth}-` : 'partnership-';
  return prefix + format.fileName;
}
