import { ExportRow } from './export.fields';
import { ExportScope } from './export.repository';

/** What a writer receives: the rows arrive one by one while it writes, and edges are read only once the nodes are done. */
export interface ExportGraph {
  scope: ExportScope;
  nodes: AsyncIterable<ExportRow>;
  edges: AsyncIterable<ExportRow>;
}
