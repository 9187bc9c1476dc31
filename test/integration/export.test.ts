import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Writable } from 'node:stream';
import { parse as parseCsv } from 'csv-parse/sync';
import { XMLParser } from 'fast-xml-parser';
import { Driver } from 'neo4j-driver';
import { createDriver } from '../../src/db/driver';
import { Executor, Row } from '../../src/db/executor';
import { OutputClosedError } from '../../src/export/chunked-output';
import { exportCli } from '../../src/export/export.cli';
import { formatNamed } from '../../src/export/export.formats';
import { ExportSummary, runExport } from '../../src/export/export.service';
import { cliConfig, cliOutput, seedTestGraph, testDriver, TestApi } from './support';

let driver: Driver;
let api: TestApi;

const HA_TINH = 'province:ha-tinh';
/** A real fact: Ha Tinh's plan commits to its partnership with Savannakhet (Việt Nam, 2023-11-25, line 15). */
const SAVANNAKHET_PARTY = { source: 'partnership:ha-tinh--savannakhet', target: 'province:savannakhet' };

beforeAll(async () => {
  driver = testDriver();
  await seedTestGraph(driver);
  api = await TestApi.start(driver);
});

afterAll(async () => {
  await api.stop();
  await driver.close();
});

interface TruthNode {
  id: string;
  sourceIds: string[];
}
interface TruthEdge {
  source: string;
  target: string;
  relationship: string;
  role: string | null;
  sourceIds: string[];
  locators: string[];
}
interface Truth {
  nodes: TruthNode[];
  edges: TruthEdge[];
}

/**
 * What Neo4j holds, asked independently of the export's own queries: every relationship between entities (CITED_IN
 * leads to a source, not an entity), and for a neighbourhood every entity reachable without passing through a source.
 */
const VIENTIANE = 'city:vientiane-capital';
/** One column per language: the Lao-script name, the Vietnamese, English and French labels, and the source's form. */
const VIENTIANE_LABELS = {
  label: 'la capitale Vientiane',
  nameLang: 'fr',
  label_lo: 'ນະຄອນຫຼວງວຽງຈັນ',
  label_vi: 'Thủ đô Viêng Chăn',
  label_en: 'Vientiane Capital',
  label_fr: 'Vientiane',
};

async function truth(around?: string, depth?: number): Promise<Truth> {
  const executor = new Executor(driver, undefined);
  const members = around
    ? `MATCH (start:Entity {id: $around})-[path*0..${depth}]-(n:Entity)
       WHERE none(r IN path WHERE type(r) = 'CITED_IN')
       WITH collect(DISTINCT n) AS members`
    : 'MATCH (n:Entity) WITH collect(n) AS members';
  const nodes = await executor.read({
    cypher: `${members} UNWIND members AS n RETURN n.id AS id, n.sourceIds AS sourceIds`,
    params: { around },
  });
  const edges = await executor.read({
    cypher: `${members}
             UNWIND members AS a
             MATCH (a)-[r]->(b:Entity) WHERE b IN members
             RETURN a.id AS source, b.id AS target, type(r) AS relationship, r.role AS role, r.sourceIds AS sourceIds, r.locators AS locators`,
    params: { around },
  });
  return { nodes: nodes as unknown as TruthNode[], edges: edges as unknown as TruthEdge[] };
}

const edgeKey = (edge: { source?: unknown; target?: unknown; relationship?: unknown; role?: unknown }) =>
  `${edge.source} -${edge.relationship}${edge.role ? `/${edge.role}` : ''}-> ${edge.target}`;
const sorted = (values: string[]) => [...values].sort();
const joined = (values: string[] | null | undefined) => (values ?? []).join(';');

async function download(pathAndQuery: string): Promise<{ status: number; headers: Headers; body: string }> {
  const response = await fetch(`${api.baseUrl}${pathAndQuery}`);
  return { status: response.status, headers: response.headers, body: await response.text() };
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

/** The GraphML read back as plain rows, with each `<data>` under its key's attr.name. */
function readGraphml(text: string) {
  const document = xml.parse(text).graphml;
  const keys: any[] = document.key;
  const nameOf = Object.fromEntries(keys.map((key) => [key['@id'], key['@attr.name']]));
  const attributes = (element: any): Record<string, string> =>
    Object.fromEntries((element.data ?? []).map((data: any) => [nameOf[data['@key']], data['#text']]));
  const graph = document.graph;
  return {
    keys,
    edgedefault: graph['@edgedefault'],
    nodes: (graph.node ?? []).map((node: any) => ({ id: node['@id'], ...attributes(node) })),
    edges: (graph.edge ?? []).map((edge: any) => ({ id: edge['@id'], source: edge['@source'], target: edge['@target'], ...attributes(edge) })),
  };
}

/** Counts, IDs and the provenance of every node and edge against Neo4j; lists are compared in their `;`-joined form. */
function expectMatchesNeo4j(exported: { nodes: Record<string, any>[]; edges: Record<string, any>[] }, expected: Truth, join: (value: any) => string) {
  expect(exported.nodes).toHaveLength(expected.nodes.length);
  expect(exported.edges).toHaveLength(expected.edges.length);
  expect(sorted(exported.nodes.map((node) => node.id))).toEqual(sorted(expected.nodes.map((node) => node.id)));
  expect(sorted(exported.edges.map(edgeKey))).toEqual(sorted(expected.edges.map(edgeKey)));

  const nodeById = new Map(exported.nodes.map((node) => [node.id, node]));
  for (const node of expected.nodes) expect([node.id, join(nodeById.get(node.id)!.sourceIds)]).toEqual([node.id, joined(node.sourceIds)]);
  // Compared as a multiset: parallel edges of one type (an official handing over two awards) share a key.
  const provenance = (edge: Record<string, any>, joinList: (value: any) => string) => `${edgeKey(edge)} | ${joinList(edge.sourceIds)} | ${joinList(edge.locators)}`;
  expect(sorted(exported.edges.map((edge) => provenance(edge, join)))).toEqual(sorted(expected.edges.map((edge) => provenance(edge, joined))));
  expect(new Set(exported.edges.map((edge) => edge.id)).size).toBe(exported.edges.length);
}

const asText = (value: string | undefined) => value ?? '';
const asList = (value: string[] | undefined) => joined(value);

describe('exports of the whole graph', () => {
  let whole: Truth;
  beforeAll(async () => {
    whole = await truth();
    expect(whole.nodes.length).toBeGreaterThan(50);
  });

  it('GraphML: a directed graph with typed keys, every node and edge of Neo4j, and their sources', async () => {
    const response = await download('/export/graph.graphml');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/graphml+xml; charset=utf-8');
    expect(response.headers.get('content-disposition')).toBe('attachment; filename="partnership-graph.graphml"');
    const graph = readGraphml(response.body);
    expect(graph.edgedefault).toBe('directed');
    for (const key of graph.keys) {
      expect(key).toMatchObject({ '@for': expect.stringMatching(/^(graph|node|edge)$/), '@attr.type': expect.stringMatching(/^(string|int)$/) });
    }
    expectMatchesNeo4j(graph, whole, asText);

    const hatinh = graph.nodes.find((node: any) => node.id === HA_TINH);
    expect(hatinh).toMatchObject({ label: 'Ha Tinh', nativeName: 'Hà Tĩnh', kind: 'LOCALITY', countryIds: 'country:vietnam' });
    expect(graph.nodes.find((node: any) => node.id === VIENTIANE)).toMatchObject(VIENTIANE_LABELS);
    expect(graph.keys.map((key: any) => key['@attr.name'])).toEqual(expect.arrayContaining(['label_vi', 'label_en', 'label_fr', 'label_lo', 'label_th']));
    const party = graph.edges.find((edge: any) => edge.source === SAVANNAKHET_PARTY.source && edge.target === SAVANNAKHET_PARTY.target);
    expect(party).toMatchObject({ relationship: 'HAS_PARTY', role: 'PARTNER', confidence: 'stated', sourceIds: 'source:vietnamvn-2023-11-25-ha-tinh-plan', locators: 'L15' });
  });

  it('nodes.csv and edges.csv: one row per node and per edge, with their provenance columns', async () => {
    const nodesResponse = await download('/export/nodes.csv');
    expect(nodesResponse.headers.get('content-type')).toBe('text/csv; charset=utf-8; header=present');
    expect(nodesResponse.headers.get('content-disposition')).toBe('attachment; filename="partnership-nodes.csv"');
    const edgesResponse = await download('/export/edges.csv');
    const nodes: Record<string, string>[] = parseCsv(nodesResponse.body, { columns: true });
    const edges: Record<string, string>[] = parseCsv(edgesResponse.body, { columns: true });
    expectMatchesNeo4j({ nodes, edges }, whole, asText);
    expect(Object.keys(edges[0])).toEqual(expect.arrayContaining(['id', 'source', 'target', 'relationship', 'role', 'confidence', 'sourceIds', 'sourceUrls', 'locators', 'note']));
    const columns = Object.keys(nodes[0]);
    expect(columns.slice(columns.indexOf('nameLang'), columns.indexOf('nameLang') + 4)).toEqual(['nameLang', 'label_vi', 'label_en', 'label_fr']);
    expect(columns).toEqual(expect.arrayContaining(['label_lo', 'label_th', 'label_ru', 'label_km']));
    expect(nodes.find((node) => node.id === VIENTIANE)).toMatchObject(VIENTIANE_LABELS);
    // A name the graph has in no form of that language stays empty rather than falling back.
    expect(nodes.find((node) => node.id === 'official:nguyen-ngoc-ky')).toMatchObject({ label_vi: 'Nguyễn Ngọc Kỳ', label_en: '', label_fr: 'Nguyen Ngoc Ky' });
    const event = nodes.find((node) => node.id === 'event:hanoi-directive-45-conference-2025-10')!;
    expect(event).toMatchObject({ kind: 'EVENT', date: '2025-10-09', sourceIds: 'source:bqt-2025-10-09-hanoi-directive-45' });
    expect(event.sourceUrls).toContain('baoquocte.vn');
    expect(event.locators).toMatch(/^source:bqt-2025-10-09-hanoi-directive-45#L\d+/);
  });

  it('graph.json: node-link JSON with lists as arrays and the edge ID as the multigraph key', async () => {
    const response = await download('/export/graph.json');
    expect(response.headers.get('content-type')).toBe('application/json; charset=utf-8');
    const graph = JSON.parse(response.body);
    expect(graph).toMatchObject({ directed: true, multigraph: true, graph: { around: null, depth: null } });
    expect(graph.nodes.find((node: any) => node.id === VIENTIANE)).toMatchObject(VIENTIANE_LABELS);
    const edges = graph.edges.map((edge: any) => ({ ...edge, id: edge.key }));
    expectMatchesNeo4j({ nodes: graph.nodes, edges }, whole, asList);
    const party = graph.edges.find((edge: any) => edge.source === SAVANNAKHET_PARTY.source && edge.target === SAVANNAKHET_PARTY.target);
    expect(party).toMatchObject({ relationship: 'HAS_PARTY', sourceIds: ['source:vietnamvn-2023-11-25-ha-tinh-plan'], locators: ['L15'] });
  });
});

describe('exports around an entity', () => {
  let neighbourhood: Truth;
  beforeAll(async () => {
    neighbourhood = await truth(HA_TINH, 2);
  });

  it('holds the entities within depth hops and the relationships among them, in every format', async () => {
    const query = `?around=${HA_TINH}&depth=2`;
    const graphml = await download(`/export/graph.graphml${query}`);
    expect(graphml.headers.get('content-disposition')).toBe('attachment; filename="partnership-province-ha-tinh-depth-2-graph.graphml"');
    expectMatchesNeo4j(readGraphml(graphml.body), neighbourhood, asText);

    const nodes: Record<string, string>[] = parseCsv((await download(`/export/nodes.csv${query}`)).body, { columns: true });
    const edges: Record<string, string>[] = parseCsv((await download(`/export/edges.csv${query}`)).body, { columns: true });
    expectMatchesNeo4j({ nodes, edges }, neighbourhood, asText);

    const json = JSON.parse((await download(`/export/graph.json${query}`)).body);
    expect(json.graph).toEqual({ name: 'partnership-graph', around: HA_TINH, depth: 2 });
    expectMatchesNeo4j({ nodes: json.nodes, edges: json.edges.map((edge: any) => ({ ...edge, id: edge.key })) }, neighbourhood, asList);
  });

  it('reaches a partner province through the partnership at depth 2, not at depth 1', async () => {
    const ids = async (depth: number) =>
      JSON.parse((await download(`/export/graph.json?around=${HA_TINH}&depth=${depth}`)).body).nodes.map((node: any) => node.id);
    expect(await ids(1)).toContain('partnership:ha-tinh--savannakhet');
    expect(await ids(1)).not.toContain('province:savannakhet');
    expect(await ids(2)).toContain('province:savannakhet');
  });

  it('agrees with the neighborhood query of the GraphQL API', async () => {
    const response = await api.query(`{ neighborhood(id: "${HA_TINH}", depth: 2) { nodes { id } edges { source target type role } truncated } }`);
    const subgraph = response.data!.neighborhood;
    expect(subgraph.truncated).toBe(false);
    const json = JSON.parse((await download(`/export/graph.json?around=${HA_TINH}&depth=2`)).body);
    expect(sorted(json.nodes.map((node: any) => node.id))).toEqual(sorted(subgraph.nodes.map((node: any) => node.id)));
    expect(sorted(json.edges.map(edgeKey))).toEqual(sorted(subgraph.edges.map((edge: any) => edgeKey({ ...edge, relationship: edge.type }))));
  });
});

describe('bad requests', () => {
  const cases: [string, number, string][] = [
    ['/export/graph.xml', 404, 'NOT_FOUND'],
    ['/export/graph.json?around=Ha%20Tinh', 400, 'BAD_USER_INPUT'],
    ['/export/graph.json?around=province:atlantis', 404, 'NOT_FOUND'],
    ['/export/graph.graphml?around=province:ha-tinh&depth=0', 400, 'BAD_USER_INPUT'],
    ['/export/nodes.csv?around=province:ha-tinh&depth=4', 400, 'BAD_USER_INPUT'],
    ['/export/edges.csv?around=province:ha-tinh&depth=two', 400, 'BAD_USER_INPUT'],
    ['/export/graph.json?depth=2', 400, 'BAD_USER_INPUT'],
  ];

  it.each(cases)('%s answers %i %s as JSON, with no download headers', async (pathAndQuery, status, code) => {
    const response = await download(pathAndQuery);
    expect(response.status).toBe(status);
    expect(response.headers.get('content-type')).toBe('application/json; charset=utf-8');
    expect(response.headers.get('content-disposition')).toBeNull();
    expect(JSON.parse(response.body)).toEqual({ error: { code, message: expect.any(String) } });
  });

  it('answers 503 DATABASE_UNAVAILABLE when Neo4j cannot be reached', async () => {
    const unreachable = createDriver({ uri: 'bolt://127.0.0.1:9', user: 'neo4j', password: '' });
    const offline = await TestApi.start(unreachable);
    try {
      for (const pathAndQuery of ['/export/graph.graphml', `/export/nodes.csv?around=${HA_TINH}`]) {
        const response = await fetch(`${offline.baseUrl}${pathAndQuery}`);
        expect(response.status).toBe(503);
        expect(response.headers.get('content-disposition')).toBeNull();
        expect(await response.json()).toEqual({ error: { code: 'DATABASE_UNAVAILABLE', message: expect.any(String) } });
      }
    } finally {
      await offline.stop();
      await unreachable.close();
    }
  });
});

describe('the export CLI', () => {
  let folder: string;
  beforeEach(() => {
    folder = fs.mkdtempSync(path.join(os.tmpdir(), 'partnership-export-'));
  });
  afterEach(() => fs.rmSync(folder, { recursive: true, force: true }));

  it('writes a neighbourhood to a file, as the HTTP export does, and reports what it wrote', async () => {
    const out = path.join(folder, 'ha-tinh.graphml');
    const streams = cliOutput();
    const status = await exportCli(['--format', 'graphml', '--around', HA_TINH, '--depth', '2', '--out', out], cliConfig(), streams);
    expect(streams.lines.join('\n')).not.toMatch(/failed/i);
    expect(status).toBe(0);
    const expected = await truth(HA_TINH, 2);
    expectMatchesNeo4j(readGraphml(fs.readFileSync(out, 'utf8')), expected, asText);
    expect(fs.readdirSync(folder)).toEqual(['ha-tinh.graphml']);
    expect(streams.lines.at(-1)).toBe(`Wrote ${expected.nodes.length} nodes and ${expected.edges.length} edges to ${out}.`);
  });

  it('writes to standard output without --out', async () => {
    const streams = cliOutput();
    expect(await exportCli(['--format', 'nodes-csv'], cliConfig(), streams)).toBe(0);
    expect(parseCsv(streams.text(), { columns: true })).toHaveLength((await truth()).nodes.length);
  });

  it('exits with status 2 and a one-line reason on bad input, leaving an earlier file as it was', async () => {
    const out = path.join(folder, 'kept.json');
    fs.writeFileSync(out, 'earlier export');
    const attempts: [string[], string][] = [
      [['--format', 'json', '--around', 'province:atlantis', '--out', out], 'NOT_FOUND'],
      [['--format', 'json', '--around', HA_TINH, '--depth', '9', '--out', out], 'BAD_USER_INPUT'],
      [['--format', 'gexf', '--out', out], 'BAD_USER_INPUT'],
    ];
    for (const [argv, code] of attempts) {
      const streams = cliOutput();
      expect(await exportCli(argv, cliConfig(), streams)).toBe(2);
      expect(streams.lines.at(-1)).toMatch(new RegExp(`^Export failed: ${code}: [^\\n]+$`));
      expect(streams.text()).toBe('');
    }
    expect(fs.readFileSync(out, 'utf8')).toBe('earlier export');
    expect(fs.readdirSync(folder)).toEqual(['kept.json']);
  });

  it('exits with status 1 and the reason when the output cannot be written', async () => {
    const streams = cliOutput();
    expect(await exportCli(['--format', 'json', '--out', path.join(folder, 'missing', 'graph.json')], cliConfig(), streams)).toBe(1);
    expect(streams.lines.at(-1)).toMatch(/^Export failed: ENOENT/);
  });
});

describe('streaming', () => {
  const BULK = 3000;
  beforeAll(async () => {
    const rows = Array.from({ length: BULK }, (_, index) => ({ id: `organization:bulk-${String(index).padStart(5, '0')}`, note: 'x'.repeat(200) }));
    await new Executor(driver, undefined).write({
      cypher: "UNWIND $rows AS row CREATE (n:Entity:Organization {id: row.id, kind: 'ORGANIZATION', name: row.id, note: row.note, sourceIds: []})",
      params: { rows },
    });
  });
  afterAll(async () => {
    await new Executor(driver, undefined).write({ cypher: "MATCH (n:Entity) WHERE n.id STARTS WITH 'organization:bulk-' DETACH DELETE n" });
  });

  it('reads from Neo4j only as fast as the reader takes the output, and stops when the reader goes away', async () => {
    const stalled = new Writable({ highWaterMark: 1, write() {} });
    let progress: ExportSummary = { nodes: 0, edges: 0 };
    const exporting = runExport(new Executor(driver, undefined), formatNamed('nodes-csv')!, null, () => stalled, (summary) => (progress = { ...summary }));
    const settled = exporting.then(
      () => 'resolved',
      (error) => error,
    );
    await new Promise((resolve) => setTimeout(resolve, 1500));
    expect(progress.nodes).toBeGreaterThan(0);
    expect(progress.nodes).toBeLessThan(BULK / 2);
    stalled.destroy();
    expect(await settled).toBeInstanceOf(OutputClosedError);
    const [row] = (await new Executor(driver, undefined).read({ cypher: 'MATCH (n:Entity) RETURN count(n) AS count' })) as Row[];
    expect(row.count).toBeGreaterThan(BULK);
  });
});
