import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Driver } from 'neo4j-driver';
import { threadId } from 'node:worker_threads';
import { Executor } from '../../src/db/executor';
import { NetworkWorkers } from '../../src/network/network-workers';
import { importSeeds } from '../../src/seed/seed.importer';
import { ENTITY_RELATIONSHIP_TYPES } from '../../src/model/relationships';
import { errorCodes, SEEDS_DIR, seedTestGraph, testDriver, TestApi } from './support';

let driver: Driver;
let api: TestApi;
let cypher: Executor;

beforeAll(async () => {
  driver = testDriver();
  await seedTestGraph(driver);
  api = await TestApi.start(driver);
  cypher = new Executor(driver, undefined);
});

afterAll(async () => {
  await api.stop();
  await driver.close();
});

const ENTITY_LINKS = ENTITY_RELATIONSHIP_TYPES.join('|');

async function allPages(field: string, args: string, selection = 'id'): Promise<{ ids: string[]; totalCount: number; pages: number }> {
  const ids: string[] = [];
  let after: string | null = null;
  let totalCount = -1;
  let pages = 0;
  do {
    const response: any = await api.query(
      `query Page($after: String) { ${field}(${args} first: 2, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { cursor node { ${selection} } } } }`,
      { after },
    );
    expect(response.errors).toBeUndefined();
    const connection = response.data[field];
    totalCount = connection.totalCount;
    ids.push(...connection.edges.map((edge: any) => edge.node.id));
    after = connection.pageInfo.hasNextPage ? connection.pageInfo.endCursor : null;
    pages += 1;
  } while (after && pages < 50);
  return { ids, totalCount, pages };
}

describe('paths', () => {
  it('finds how Hanoi reaches Savannakhet, shortest first, with the evidence for every step', async () => {
    const response = await api.query(`{
      paths(from: "city:hanoi", to: "province:savannakhet", maxHops: 5, first: 4) {
        length
        nodes { id }
        edges { source target type evidence { confidence locators sources { publisher } } }
      }
    }`);
    expect(response.errors).toBeUndefined();
    const paths = response.data!.paths;
    expect(paths.length).toBeGreaterThan(1);
    const [shortest] = await cypher.read({
      cypher: `MATCH p = shortestPath((:Entity {id: 'city:hanoi'})-[:${ENTITY_LINKS}*..6]-(:Entity {id: 'province:savannakhet'})) RETURN length(p) AS hops`,
    });
    expect(paths[0].length).toBe(shortest.hops);
    // The Hanoi branch of the Vietnam–Laos friendship association is the short way to Laos.
    expect(paths[0].nodes.map((n: any) => n.id)).toContain('association:vietnam-laos-friendship-association-hanoi');
    for (let i = 1; i < paths.length; i++) expect(paths[i].length).toBeGreaterThanOrEqual(paths[i - 1].length);
    for (const path of paths) {
      expect(path.nodes[0].id).toBe('city:hanoi');
      expect(path.nodes.at(-1).id).toBe('province:savannakhet');
      expect(path.edges).toHaveLength(path.length);
      path.edges.forEach((edge: any, i: number) => {
        expect([edge.source, edge.target].sort()).toEqual([path.nodes[i].id, path.nodes[i + 1].id].sort());
        expect(edge.evidence.sources.length).toBeGreaterThan(0);
        expect(edge.evidence.locators).toHaveLength(edge.evidence.sources.length);
      });
    }
    const distinct = new Set(paths.map((p: any) => JSON.stringify(p.edges)));
    expect(distinct.size).toBe(paths.length);
  });

  it('links Ha Tinh to Bolikhamxay through their partnership, cited to the Ha Tinh plan article', async () => {
    // The two provinces share more two-hop links than one request returns (agreements, aid projects, conferences, the
    // partnership), and which of those ties come back is not defined; so the path through the partnership is asked in
    // its two halves, which together are as short as the shortest path.
    const halfSelection = 'length nodes { id } edges { type evidence { sources { id publisher publishedOn } } }';
    const response = await api.query(`{
      shortest: paths(from: "province:ha-tinh", to: "province:bolikhamxay", first: 10) { length }
      fromHaTinh: paths(from: "province:ha-tinh", to: "partnership:ha-tinh--bolikhamxay", first: 1) { ${halfSelection} }
      toBolikhamxay: paths(from: "partnership:ha-tinh--bolikhamxay", to: "province:bolikhamxay", first: 1) { ${halfSelection} }
    }`);
    expect(response.errors).toBeUndefined();
    const { shortest, fromHaTinh, toBolikhamxay } = response.data!;
    expect(shortest).toHaveLength(10);
    expect(shortest.every((path: any) => path.length === 2)).toBe(true);

    expect(fromHaTinh[0].nodes.map((n: any) => n.id)).toEqual(['province:ha-tinh', 'partnership:ha-tinh--bolikhamxay']);
    expect(toBolikhamxay[0].nodes.map((n: any) => n.id)).toEqual(['partnership:ha-tinh--bolikhamxay', 'province:bolikhamxay']);
    for (const [half] of [fromHaTinh, toBolikhamxay]) {
      expect(half.length).toBe(1);
      expect(half.edges.map((e: any) => e.type)).toEqual(['HAS_PARTY']);
      const sources = half.edges[0].evidence.sources;
      expect(sources).toContainEqual({ id: 'source:vietnamvn-2023-11-25-ha-tinh-plan', publisher: 'Việt Nam', publishedOn: '2023-11-25' });
      expect(sources.map((source: any) => source.id).sort()).toEqual([
        'source:talkvietnam-2021-12-19-ha-tinh-lao-localities-covid',
        'source:vietnamplus-2016-12-ha-tinh-bolikhamxay-annual-conference',
        'source:vietnamplus-undated-ha-tinh-lao-provinces-cooperation',
        'source:vietnamvn-2023-11-25-ha-tinh-plan',
      ]);
    }
  });

  it('returns nothing when no path fits in maxHops, and rejects bounds out of range', async () => {
    const tooShort = await api.query(`{ paths(from: "city:hanoi", to: "province:savannakhet", maxHops: 1) { length } }`);
    expect(tooShort.data!.paths).toEqual([]);
    const bad = await api.query(`{ paths(from: "city:hanoi", to: "province:savannakhet", first: 11) { length } }`);
    expect(errorCodes(bad)).toEqual(['BAD_USER_INPUT']);
  });
});

describe('connections', () => {
  it('pages through Lao localities by name, counting them without fetching them', async () => {
    const { ids, totalCount, pages } = await allPages('localities', 'country: "country:laos",');
    const [expected] = await cypher.read({
      cypher: `MATCH (n:Locality) WHERE 'country:laos' IN n.countryIds RETURN collect(n.id) AS ids`,
    });
    expect(totalCount).toBe((expected.ids as string[]).length);
    expect([...ids].sort()).toEqual([...(expected.ids as string[])].sort());
    expect(new Set(ids).size).toBe(ids.length);
    expect(pages).toBe(Math.ceil(totalCount / 2));
    expect(ids).toEqual(expect.arrayContaining(['province:bolikhamxay', 'province:khammouane', 'province:savannakhet', 'city:vientiane-capital']));

    const descending = await allPages('localities', 'country: "country:laos", orderBy: NAME_DESC,');
    expect(descending.ids).toEqual([...ids].reverse());
  });

  it('filters localities by level and by the locality they lie under', async () => {
    const provinces = await allPages('localities', 'country: "country:vietnam", level: PROVINCE,');
    expect(provinces.ids).toContain('province:ha-tinh');
    expect(provinces.ids.every((id) => id.startsWith('province:'))).toBe(true);
    const underHaTinh = await allPages('localities', 'within: "province:ha-tinh",');
    expect(underHaTinh.ids).toEqual(['district:huong-khe']);
  });

  it('costs one round trip for a page, with its totalCount or without', async () => {
    const withoutCount = await api.query(`{ documents(first: 3) { edges { node { id } } } }`);
    const withCount = await api.query(`{ documents(first: 3) { totalCount edges { node { id } } } }`);
    expect(withoutCount.extensions!.roundTrips).toBe(1);
    // The count is read in the page's own statement.
    expect(withCount.extensions!.roundTrips).toBe(1);
  });

  it('lists documents by kind, issuer and issue date, newest first by default', async () => {
    const directives = await api.query(`{ documents(kind: DIRECTIVE) { totalCount edges { node { id issuedOn } } } }`);
    const ids = directives.data!.documents.edges.map((e: any) => e.node.id);
    expect(ids).toEqual(['directive:secretariat-12-ct-tw', 'directive:hanoi-45-ct-tu']);

    const since2022 = await api.query(`{ documents(issuedFrom: "2022") { edges { node { id issuedOn } } } }`);
    const [expected] = await cypher.read({ cypher: `MATCH (d:Document) WHERE d.issuedOnStart >= '2022-01-01' RETURN collect(d.id) AS ids` });
    expect(since2022.data!.documents.edges.map((e: any) => e.node.id).sort()).toEqual([...(expected.ids as string[])].sort());
    const dates = since2022.data!.documents.edges.map((e: any) => e.node.issuedOn);
    expect(dates).toEqual([...dates].sort().reverse());

    const byHanoi = await api.query(`{ documents(issuer: "organization:hanoi-party-standing-committee") { edges { node { id issuer { id } } } } }`);
    for (const edge of byHanoi.data!.documents.edges) expect(edge.node.issuer.id).toBe('organization:hanoi-party-standing-committee');

    const reversed = await api.query(`{ documents(issuedFrom: "2024", issuedTo: "2023") { totalCount } }`);
    expect(errorCodes(reversed)).toEqual(['BAD_USER_INPUT']);
  });

  it('lists organizations by kind and associations by the country they befriend', async () => {
    const partyBodies = await allPages('organizations', 'kind: PARTY_BODY,', 'id organizationKind');
    expect(partyBodies.ids).toEqual(expect.arrayContaining(['organization:politburo', 'organization:hanoi-party-committee']));
    const [count] = await cypher.read({ cypher: `MATCH (o:Organization {category: 'PARTY_BODY'}) RETURN count(o) AS n` });
    expect(partyBodies.totalCount).toBe(count.n);

    const laosFriends = await allPages('associations', 'friendshipWith: "country:laos",');
    expect(laosFriends.ids.sort()).toEqual(['association:ha-tinh-vietnam-laos-friendship-association', 'association:vietnam-laos-friendship-association-hanoi']);
  });

  it('rejects a cursor it did not issue and a page larger than 100', async () => {
    const forged = await api.query(`{ localities(after: "not-a-cursor") { totalCount } }`);
    expect(errorCodes(forged)).toEqual(['BAD_USER_INPUT']);
    const huge = await api.query(`{ officials(first: 1000) { totalCount } }`);
    expect(errorCodes(huge)).toEqual(['BAD_USER_INPUT']);
  });
});

describe('asOf', () => {
  it('keeps the posts a source saw held at that date, at its precision', async () => {
    const query = `query Held($asOf: String) {
      officials(organization: "association:vietnam-union-of-friendship-organizations", asOf: $asOf) { totalCount edges { node { id } } }
      node(id: "official:nguyen-viet-thao") { ... on Official { positions(asOf: $asOf) { title status organization { id } } } }
    }`;
    const inOctober = await api.query(query, { asOf: '2025-10' });
    expect(inOctober.errors).toBeUndefined();
    expect(inOctober.data!.officials.edges.map((e: any) => e.node.id)).toEqual(['official:nguyen-viet-thao']);
    // His former post at the Academy of Politics ended before the source; it is not claimed for any date.
    expect(inOctober.data!.node.positions).toEqual([
      { title: 'Membre du Comité permanent du Présidium', status: 'current', organization: { id: 'association:vietnam-union-of-friendship-organizations' } },
    ]);

    const yearBefore = await api.query(query, { asOf: '2024' });
    expect(yearBefore.data!.officials.totalCount).toBe(0);
    expect(yearBefore.data!.node.positions).toEqual([]);

    const always = await api.query(`{ node(id: "official:nguyen-viet-thao") { ... on Official { positions { status } } } }`);
    expect(always.data!.node.positions.map((p: any) => p.status).sort()).toEqual(['current', 'former']);

    const malformed = await api.query(query, { asOf: '2025-13' });
    expect(errorCodes(malformed)).toContain('BAD_USER_INPUT');
  });

  it('claims no partnership at a date when the sources give no start, and keeps dated ones from their start on', async () => {
    const atDate = `query At($asOf: String) { partnerships(of: "province:ha-tinh", asOf: $asOf) { id since } allPartnerships(asOf: $asOf) { totalCount edges { node { id since } } } }`;
    // No source dates a partnership of Ha Tinh; four articles give the start of another one.
    const in2025 = await api.query(atDate, { asOf: '2025' });
    expect(in2025.data!.partnerships).toEqual([]);
    expect(in2025.data!.allPartnerships.edges.map((e: any) => e.node)).toEqual([
      { id: 'partnership:thanh-hoa--houaphanh', since: '1967' },
      { id: 'partnership:binh-dinh--champasak', since: '2002' },
      { id: 'partnership:ca-mau--khammouane', since: '2014' },
      { id: 'partnership:dong-thap--champasak', since: '2017' },
    ]);
    expect(in2025.data!.allPartnerships.totalCount).toBe(4);
    const in2016 = await api.query(atDate, { asOf: '2016' });
    expect(in2016.data!.allPartnerships.edges.map((e: any) => e.node.id)).toEqual([
      'partnership:thanh-hoa--houaphanh',
      'partnership:binh-dinh--champasak',
      'partnership:ca-mau--khammouane',
    ]);

    // A later article dating one partnership: the same seeds, with a start month for Ha Tinh–Bolikhamxay.
    const seeds = fs.mkdtempSync(path.join(os.tmpdir(), 'dated-seeds-'));
    try {
      fs.cpSync(SEEDS_DIR, seeds, { recursive: true });
      const file = path.join(seeds, 'partnerships.yaml');
      const text = fs.readFileSync(file, 'utf8').replace('    name: Ha Tinh – Bolikhamxay\n', '    name: Ha Tinh – Bolikhamxay\n    since: "2019-03"\n');
      fs.writeFileSync(file, text);
      await importSeeds(cypher, seeds);
      const dated = { id: 'partnership:ha-tinh--bolikhamxay', since: '2019-03' };
      expect((await api.query(atDate, { asOf: '2019' })).data!.partnerships).toEqual([dated]);
      expect((await api.query(atDate, { asOf: '2019-03-31' })).data!.partnerships).toEqual([dated]);
      expect((await api.query(atDate, { asOf: '2019-02' })).data!.partnerships).toEqual([]);
      expect((await api.query(atDate, { asOf: '2026-11-23' })).data!.allPartnerships.totalCount).toBe(5);
      const begun = await api.query(`{ allPartnerships(sinceFrom: "2019", sinceTo: "2019-06") { edges { node { id } } } }`);
      expect(begun.data!.allPartnerships.edges).toEqual([{ node: { id: dated.id } }]);
    } finally {
      fs.rmSync(seeds, { recursive: true, force: true });
      await importSeeds(cypher, SEEDS_DIR);
    }
  });
});

describe('network statistics', () => {
  it('names the bridges of the network around Hanoi, with degrees and components matching the graph', async () => {
    const response = await api.query(`{
      networkStatistics(scope: { around: "city:hanoi", depth: 3 }) {
        nodeCount edgeCount componentCount
        degree(first: 50) { rank score entity { id } }
        betweenness(first: 3, kinds: [ORGANIZATION, ASSOCIATION]) { rank score entity { id kind } }
        components { size entities(first: 100) { id } }
      }
    }`);
    expect(response.errors).toBeUndefined();
    const stats = response.data!.networkStatistics;
    const [scope] = await cypher.read({
      cypher: `MATCH (:Entity {id: 'city:hanoi'})-[:${ENTITY_LINKS}*0..3]-(n:Entity) WITH collect(DISTINCT n) AS nodes
               UNWIND nodes AS a MATCH (a)-[:${ENTITY_LINKS}]-(b) WHERE b IN nodes AND a <> b
               WITH nodes, a, collect(DISTINCT b.id) AS neighbours
               RETURN size(nodes) AS nodeCount, collect([a.id, size(neighbours)]) AS degrees`,
    });
    expect(stats.nodeCount).toBe(scope.nodeCount);
    const degrees = new Map(scope.degrees as [string, number][]);
    const linkEnds = [...degrees.values()].reduce((sum, d) => sum + d, 0);
    expect(stats.edgeCount).toBe(linkEnds / 2);
    for (const ranked of stats.degree) expect(ranked.score).toBe(degrees.get(ranked.entity.id) ?? 0);
    expect(stats.degree[0].score).toBe(Math.max(...degrees.values()));

    // Three hops from Hanoi reach every province of Vietnam and Laos (the reference places, under their countries). Of
    // the organizations, the Hanoi union of friendship organizations, the hub of the city's associations, lies on most
    // shortest paths; the nine-province Route 8/12 association, active in Vietnam, Laos and Thailand, comes next, then
    // the Hanoi branch of the Vietnam–Laos friendship association.
    expect(stats.betweenness.map((b: any) => b.entity.id)).toEqual([
      'association:hanoi-union-of-friendship-organizations',
      'association:nine-provinces-route-8-route-12',
      'association:vietnam-laos-friendship-association-hanoi',
    ]);
    expect(stats.betweenness.map((b: any) => b.rank)).toEqual([1, 2, 3]);
    expect(stats.betweenness.every((b: any) => ['ORGANIZATION', 'ASSOCIATION'].includes(b.entity.kind))).toBe(true);
    expect(stats.betweenness[0].score).toBeGreaterThan(stats.betweenness[1].score);
    expect(stats.betweenness[1].score).toBeGreaterThan(stats.betweenness[2].score);

    expect(stats.componentCount).toBe(1);
    expect(stats.components[0].size).toBe(stats.nodeCount);
  });

  it('splits the Lao localities alone into separate components, since they link only through Laos and partnerships', async () => {
    const response = await api.query(`{
      networkStatistics(scope: { kinds: [LOCALITY], country: "country:laos" }) { nodeCount edgeCount componentCount components(first: 100) { size } }
    }`);
    const stats = response.data!.networkStatistics;
    const [expected] = await cypher.read({ cypher: `MATCH (n:Locality) WHERE 'country:laos' IN n.countryIds RETURN count(n) AS n` });
    expect(stats.nodeCount).toBe(expected.n);
    // Districts lie under provinces; the provinces themselves are linked by nothing but their country.
    expect(stats.componentCount).toBe(stats.nodeCount - stats.edgeCount);
    expect(stats.components.reduce((sum: number, c: any) => sum + c.size, 0)).toBe(stats.nodeCount);
  });

  it('computes betweenness on a worker thread, so the event loop keeps serving, and ends the thread when the server stops', async () => {
    const workers = new NetworkWorkers(1);
    const threadsUsed: number[] = [];
    const betweenness = workers.betweenness.bind(workers);
    workers.betweenness = async (task) => {
      const result = await betweenness(task);
      threadsUsed.push(result.threadId);
      return result;
    };
    const own = await TestApi.start(driver, { networkWorkers: workers });
    try {
      const response = await own.query(`{ networkStatistics(scope: { around: "city:hanoi", depth: 3 }) { betweenness(first: 1, kinds: [ORGANIZATION, ASSOCIATION]) { entity { id } } } }`);
      expect(response.data!.networkStatistics.betweenness[0].entity.id).toBe('association:hanoi-union-of-friendship-organizations');
      expect(threadsUsed).toHaveLength(1);
      expect(threadsUsed[0]).not.toBe(threadId);
      expect(workers.threadCount).toBe(1);
    } finally {
      await own.stop();
    }
    expect(workers.threadCount).toBe(0);
    await expect(workers.betweenness({ nodeIds: ['a'], edges: [] })).rejects.toThrow();
  });

  it('lets the event loop turn while a large betweenness is computed', async () => {
    const workers = new NetworkWorkers(1);
    try {
      // A ring of 1,000 entities with chords: a million shortest paths to follow.
      const nodeIds = Array.from({ length: 1000 }, (_, i) => `n${i}`);
      const edges = nodeIds.flatMap((id, i) => [[id, nodeIds[(i + 1) % 1000]], [id, nodeIds[(i * 7 + 3) % 1000]]] as [string, string][]);
      let turns = 0;
      let turning = true;
      const turn = () => {
        turns += 1;
        if (turning) setTimeout(turn, 1);
      };
      setTimeout(turn, 1);
      const computed = workers.betweenness({ nodeIds, edges });
      const { scores } = await computed;
      turning = false;
      expect(Object.keys(scores)).toHaveLength(1000);
      // Computed on the event loop, no timer could fire before the scores are in.
      expect(turns).toBeGreaterThan(1);
    } finally {
      await workers.close();
    }
  });

  it('refuses a scope larger than the server allows, with a stable code, and an unknown centre', async () => {
    const small = await TestApi.start(driver, { limits: { networkNodes: 10 } });
    try {
      const tooLarge = await small.query(`{ networkStatistics { nodeCount } }`);
      expect(errorCodes(tooLarge)).toEqual(['SCOPE_TOO_LARGE']);
      expect(tooLarge.errors![0].message).toMatch(/at most 10/);
      const fits = await small.query(`{ networkStatistics(scope: { around: "district:huong-khe", depth: 1 }) { nodeCount } }`);
      expect(fits.errors).toBeUndefined();
    } finally {
      await small.stop();
    }
    const unknown = await api.query(`{ networkStatistics(scope: { around: "city:atlantis" }) { nodeCount } }`);
    expect(errorCodes(unknown)).toEqual(['NOT_FOUND']);
  });
});
