import { ExportRow } from './export.fields';
import { ExportScope } from './export.repository';

/** What a writer receives: the rows arrive one by one while it writes, and edges are read only once the nodes are done. */
export interface ExportGraph {
  scope: ExportScope;
  /** The languages the graph has names in: one label column each (see nodeFields). */
  labelLanguages?: readonly string[];
  nodes: AsyncIterable<ExportRow>;
  edges: AsyncIterable<ExportRow>;
}
