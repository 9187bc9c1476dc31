import { ChunkedOutput } from './chunked-output';
import { EDGE_FIELDS, ExportField, ExportRow, fieldText, nodeFields } from './export.fields';
import { ExportGraph } from './export.graph';

/** XML 1.0 cannot carry these characters at all, not even as character references. */
const FORBIDDEN_IN_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;', '\t': '&#9;', '\n': '&#10;', '\r': '&#13;' };

/** Safe in text and in attribute values; whitespace is escaped so that attribute normalization keeps it. */
export function escapeXml(text: string): string {
  return text.replace(FORBIDDEN_IN_XML, '\uFFFD').replace(/[&<>"'\t\n\r]/g, (character) => ESCAPES[character]);
}

const EDGE_DATA = EDGE_FIELDS.filter((field) => !['id', 'source', 'target'].includes(field.name));

const keyId = (domain: 'node' | 'edge', field: ExportField) => `${domain === 'node' ? 'n' : 'e'}_${field.name}`;

function keyDeclaration(domain: 'node' | 'edge', field: ExportField): string {
  return (
    `  <key id="${keyId(domain, field)}" for="${domain}" attr.name="${field.name}" attr.type="string">` +
    `<desc>${escapeXml(field.description)}</desc></key>\n`
  );
}

function dataElements(domain: 'node' | 'edge', fields: readonly ExportField[], row: ExportRow): string {
  let elements = '';
  for (const field of fields) {
    const text = fieldText(row[field.name]);
    if (text !== null) elements += `    <data key="${keyId(domain, field)}">${escapeXml(text)}</data>\n`;
  }
  return elements;
}

const GRAPH_KEYS =
  '  <key id="g_around" for="graph" attr.name="around" attr.type="string"><desc>The entity the export is centred on.</desc></key>\n' +
  '  <key id="g_depth" for="graph" attr.name="depth" attr.type="int"><desc>How many hops around it the export reaches.</desc></key>\n';

function graphData(graph: ExportGraph): string {
  if (!graph.scope) return '';
  return `    <data key="g_around">${escapeXml(graph.scope.around)}</data>\n    <data key="g_depth">${graph.scope.depth}</data>\n`;
}

export async function writeGraphml(output: ChunkedOutput, graph: ExportGraph): Promise<void> {
  const nodeData = nodeFields(graph.labelLanguages).filter((field) => field.name !== 'id');
  await output.write(
    '<?xml version="1.0" encoding="UTF-8"?>\n' +
      '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"\n' +
      '    xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">\n' +
      GRAPH_KEYS +
      nodeData.map((field) => keyDeclaration('node', field)).join('') +
      EDGE_DATA.map((field) => keyDeclaration('edge', field)).join('') +
      '  <graph id="partnership-graph" edgedefault="directed">\n' +
      graphData(graph),
  );
  for await (const node of graph.nodes) {
    await output.write(`  <node id="${escapeXml(String(node.id))}">\n${dataElements('node', nodeData, node)}  </node>\n`);
  }
  for await (const edge of graph.edges) {
    await output.write(
      `  <edge id="${escapeXml(String(edge.id))}" source="${escapeXml(String(edge.source))}" target="${escapeXml(String(edge.target))}">\n` +
        `${dataElements('edge', EDGE_DATA, edge)}  </edge>\n`,
    );
  }
  await output.write('  </graph>\n</graphml>\n');
}
