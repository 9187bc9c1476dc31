import type { GraphEdgeFieldsFragment, GraphNodeFieldsFragment } from '../../client/generated/graphql';

/** Escapes text for XML and drops the control characters XML 1.0 cannot hold. */
export function escapeXml(text: string): string {
  return text
    .replace(/[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

function data(key: string, value: string): string {
  return `<data key="${key}">${escapeXml(value)}</data>`;
}

/** The graph on screen as GraphML, which Gephi, yEd, Cytoscape desktop and networkx read. */
export function toGraphML(nodes: GraphNodeFieldsFragment[], edges: GraphEdgeFieldsFragment[]): string {
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">',
    '  <key id="kind" for="node" attr.name="kind" attr.type="string"/>',
    '  <key id="name" for="node" attr.name="name" attr.type="string"/>',
    '  <key id="type" for="edge" attr.name="type" attr.type="string"/>',
    '  <key id="role" for="edge" attr.name="role" attr.type="string"/>',
    '  <key id="sourceIds" for="edge" attr.name="sourceIds" attr.type="string"/>',
    '  <graph id="partnership-graph" edgedefault="directed">',
  ];
  for (const node of nodes) {
    lines.push(`    <node id="${escapeXml(node.id)}">${data('kind', node.kind)}${data('name', node.name)}</node>`);
  }
  edges.forEach((edge, index) => {
    const role = edge.role ? data('role', edge.role) : '';
    lines.push(
      `    <edge id="e${index}" source="${escapeXml(edge.source)}" target="${escapeXml(edge.target)}">${data('type', edge.type)}${role}${data('sourceIds', edge.sourceIds.join(' '))}</edge>`,
    );
  });
  lines.push('  </graph>', '</graphml>', '');
  return lines.join('\n');
}
