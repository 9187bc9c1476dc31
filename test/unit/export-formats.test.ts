import { Writable } from 'node:stream';
import { parse as parseCsv } from 'csv-parse/sync';
import { XMLParser } from 'fast-xml-parser';
import { ChunkedOutput, OutputClosedError } from '../../src/export/chunked-output';
import { csvField, writeEdgesCsv, writeNodesCsv } from '../../src/export/csv.writer';
import { ExportRow } from '../../src/export/export.fields';
import { ExportGraph } from '../../src/export/export.graph';
import { parseExportScope } from '../../src/export/export.request';
import { escapeXml, writeGraphml } from '../../src/export/graphml.writer';
import { writeNodeLinkJson } from '../../src/export/node-link.writer';

const TRICKY = 'Hà Tĩnh, "Laos" & <Thailand>\tline 1\r\nline 2; \u0001bell\uFFFF \uD800lone';
/** What a reader gets back: the characters XML cannot carry become U+FFFD, everything else survives. */
const TRICKY_IN_XML = 'Hà Tĩnh, "Laos" & <Thailand>\tline 1\r\nline 2; \uFFFDbell\uFFFD \uFFFDlone';

/** UTF-8 cannot encode a lone surrogate either; CSV keeps the control characters. */
const TRICKY_IN_UTF8 = TRICKY.replace('\uD800', '\uFFFD');

const NODES: ExportRow[] = [
  { id: 'province:ha-tinh', label: TRICKY, kind: 'LOCALITY', aliases: ['province de Ha Tinh', 'HT'], sourceIds: ['source:a'], sourceUrls: [null], note: null },
  { id: 'province:savannakhet', label: 'Savannakhet', kind: 'LOCALITY', aliases: [], sourceIds: ['source:a', 'source:b'], sourceUrls: ['https://x.example/a?b=1,2', null] },
];
const EDGES: ExportRow[] = [
  { id: 'a|HAS_PARTY|b|PARTNER', source: 'province:ha-tinh', target: 'province:savannakhet', relationship: 'HAS_PARTY', role: 'PARTNER', sourceIds: ['source:a', 'source:a'], locators: ['L15', 'L16'], note: TRICKY },
  { id: 'a|HAS_PARTY|b|HOST', source: 'province:ha-tinh', target: 'province:savannakhet', relationship: 'HAS_PARTY', role: 'HOST', sourceIds: ['source:b'], locators: ['L2'] },
];

async function* rows(items: ExportRow[]): AsyncGenerator<ExportRow> {
  yield* items;
}

async function render(write: (output: ChunkedOutput, graph: ExportGraph) => Promise<void>): Promise<string> {
  const chunks: string[] = [];
  const destination = new Writable({
    write(chunk, _encoding, done) {
      chunks.push(chunk.toString());
      done();
    },
  });
  const output = new ChunkedOutput(destination);
  await write(output, { scope: { around: 'province:ha-tinh', depth: 2 }, nodes: rows(NODES), edges: rows(EDGES) });
  await output.flush();
  return chunks.join('');
}

const xml = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@',
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: false,
  htmlEntities: true,
  isArray: (name, _path, _leaf, isAttribute) => !isAttribute && ['key', 'node', 'edge', 'data'].includes(name),
});

describe('GraphML', () => {
  it('escapes markup and drops the characters XML 1.0 cannot carry', () => {
    const escaped = escapeXml(TRICKY);
    expect(escaped).not.toMatch(/[<>"\u0001\uFFFF\t\r\n]/);
    expect(xml.parse(`<a b="${escaped}">${escaped}</a>`).a).toEqual({ '@b': TRICKY_IN_XML, '#text': TRICKY_IN_XML });
  });

  it('declares every attribute as a typed key, is directed, and round-trips values with lists joined by ";"', async () => {
    const document = xml.parse(await render(writeGraphml)).graphml;
    expect(document.graph['@edgedefault']).toBe('directed');
    for (const key of document.key) expect(key['@attr.type']).toMatch(/^(string|int)$/);
    const keyName = Object.fromEntries(document.key.map((key: any) => [key['@id'], key['@attr.name']]));
    const attributes = (element: any) => Object.fromEntries((element.data ?? []).map((data: any) => [keyName[data['@key']], data['#text']]));

    expect(document.graph.data.map((data: any) => [keyName[data['@key']], data['#text']])).toEqual([['around', 'province:ha-tinh'], ['depth', '2']]);
    const [hatinh, savannakhet] = document.graph.node;
    expect(hatinh['@id']).toBe('province:ha-tinh');
    expect(attributes(hatinh)).toEqual({ label: TRICKY_IN_XML, kind: 'LOCALITY', aliases: 'province de Ha Tinh;HT', sourceIds: 'source:a' });
    expect(attributes(savannakhet)).toEqual({ label: 'Savannakhet', kind: 'LOCALITY', sourceIds: 'source:a;source:b', sourceUrls: 'https://x.example/a?b=1,2;' });
    expect(document.graph.edge.map((edge: any) => edge['@id'])).toEqual(['a|HAS_PARTY|b|PARTNER', 'a|HAS_PARTY|b|HOST']);
    expect(attributes(document.graph.edge[0])).toMatchObject({ relationship: 'HAS_PARTY', role: 'PARTNER', locators: 'L15;L16', note: TRICKY_IN_XML });
  });
});

describe('CSV', () => {
  it('quotes by RFC 4180 so that a CSV parser reads back every value', async () => {
    expect(csvField('plain')).toBe('plain');
    expect(csvField('a "b", c')).toBe('"a ""b"", c"');
    const nodes: Record<string, string>[] = parseCsv(await render(writeNodesCsv), { columns: true });
    expect(nodes.map((node: any) => node.id)).toEqual(['province:ha-tinh', 'province:savannakhet']);
    expect(nodes[0].label).toBe(TRICKY_IN_UTF8);
    expect(nodes[1].sourceUrls).toBe('https://x.example/a?b=1,2;');
    const edges: Record<string, string>[] = parseCsv(await render(writeEdgesCsv), { columns: true });
    expect(edges[0]).toMatchObject({ source: 'province:ha-tinh', target: 'province:savannakhet', role: 'PARTNER', locators: 'L15;L16', note: TRICKY_IN_UTF8 });
  });
});

describe('node-link JSON', () => {
  it('writes the layout NetworkX reads: directed multigraph, nodes by id, edges with source, target and key', async () => {
    const graph = JSON.parse(await render(writeNodeLinkJson));
    expect(graph).toMatchObject({ directed: true, multigraph: true, graph: { around: 'province:ha-tinh', depth: 2 } });
    expect(graph.nodes[0]).toEqual({ id: 'province:ha-tinh', label: TRICKY, kind: 'LOCALITY', aliases: ['province de Ha Tinh', 'HT'], sourceIds: ['source:a'], sourceUrls: [null] });
    expect(graph.edges.map((edge: any) => edge.key)).toEqual(['a|HAS_PARTY|b|PARTNER', 'a|HAS_PARTY|b|HOST']);
    expect(graph.edges[1]).toEqual({ source: 'province:ha-tinh', target: 'province:savannakhet', key: 'a|HAS_PARTY|b|HOST', relationship: 'HAS_PARTY', role: 'HOST', sourceIds: ['source:b'], locators: ['L2'] });
  });
});

describe('chunked output', () => {
  it('waits while the destination is full, and fails instead of waiting forever when it closes', async () => {
    const destination = new Writable({ highWaterMark: 1, write() {} });
    const output = new ChunkedOutput(destination);
    let settled = false;
    const writing = output.write('x'.repeat(70_000)).finally(() => (settled = true));
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(settled).toBe(false);
    destination.destroy();
    await expect(writing).rejects.toBeInstanceOf(OutputClosedError);
  });
});

describe('export scope', () => {
  it('is the whole graph without "around", and a neighbourhood of depth 1 to 3 with it', () => {
    expect(parseExportScope(undefined, undefined)).toBeNull();
    expect(parseExportScope('province:ha-tinh', undefined)).toEqual({ around: 'province:ha-tinh', depth: 1 });
    expect(parseExportScope('province:ha-tinh', '3')).toEqual({ around: 'province:ha-tinh', depth: 3 });
  });

  it('rejects a malformed ID, a source ID, a depth out of range or without "around", and repeated parameters', () => {
    const cases: [unknown, unknown][] = [
      ['Ha Tinh', undefined],
      ['source:vna-hanoi-people-diplomacy-2024', undefined],
      ['province:ha-tinh', '0'],
      ['province:ha-tinh', '4'],
      ['province:ha-tinh', '1.5'],
      ['province:ha-tinh', 'two'],
      [undefined, '2'],
      [['province:ha-tinh', 'city:hanoi'], undefined],
    ];
    for (const [around, depth] of cases) {
      expect(() => parseExportScope(around, depth)).toThrow(expect.objectContaining({ extensions: expect.objectContaining({ code: 'BAD_USER_INPUT' }) }));
    }
  });
});
