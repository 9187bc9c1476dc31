import { ChunkedOutput } from './chunked-output';
import { EDGE_FIELDS, ExportField, ExportRow, nodeFields } from './export.fields';
import { ExportGraph } from './export.graph';

/**
 * NetworkX's node-link layout: `nodes` with `id`, and `edges` with `source`, `target` and `key` (the edge ID, which
 * tells parallel edges apart in a multigraph). NetworkX 3.6 reads it as it is; 3.4 and 3.5 need `edges="edges"`.
 * Lists stay JSON arrays; absent values are left out.
 */
function attributes(fields: readonly ExportField[], row: ExportRow, into: Record<string, unknown>): Record<string, unknown> {
  for (const field of fields) {
    const value = row[field.name];
    if (value !== null && value !== undefined) into[field.name] = value;
  }
  return into;
}

const EDGE_ATTRIBUTES = EDGE_FIELDS.filter((field) => !['id', 'source', 'target'].includes(field.name));

export async function writeNodeLinkJson(output: ChunkedOutput, graph: ExportGraph): Promise<void> {
  const header = {
    directed: true,
    multigraph: true,
    graph: { name: 'partnership-graph', around: graph.scope?.around ?? null, depth: graph.scope?.depth ?? null },
  };
  await output.write(`${JSON.stringify(header).slice(0, -1)},\n"nodes": [`);
  const fields = nodeFields(graph.labelLanguages);
  let separator = '\n';
  for await (const node of graph.nodes) {
    await output.write(separator + JSON.stringify(attributes(fields, node, {})));
    separator = ',\n';
  }
  await output.write('\n],\n"edges": [');
  separator = '\n';
  for await (const edge of graph.edges) {
    const link = attributes(EDGE_ATTRIBUTES, edge, { source: edge.source, target: edge.target, key: edge.id });
    await output.write(separator + JSON.stringify(link));
    separator = ',\n';
  }
  await output.write('\n]}\n');
}
