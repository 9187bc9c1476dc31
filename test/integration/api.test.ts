import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { getIntrospectionQuery } from 'graphql';
import { QUERY_LIMITS } from '../../src/limits/query-limits';
import { repositoryRoot } from '../../src/config';
import { searchForm } from '../../src/model/fold';
import { playgroundTabs } from '../../src/playground/examples';
import { loadValidSeeds } from '../../src/seed/seed.importer';
import { errorCodes, SEEDS_DIR, seededApi } from './support';

const seeded = seededApi();

let seedRecords: ReturnType<typeof loadValidSeeds> | undefined;
/** The records of a collection in the seed files, read once. */
function seededRecords(collection: string) {
  seedRecords ??= loadValidSeeds(SEEDS_DIR);
  return seedRecords.filter((record) => record.collection === collection);
}

function seededCount(collection: string): number {
  return seededRecords(collection).length;
}

describe('partnerships', () => {
  const HA_TINH_PLAN = 'source:vietnamvn-2023-11-25-ha-tinh-plan';
  const HA_TINH_LAOS_COVID = 'source:talkvietnam-2021-12-19-ha-tinh-lao-localities-covid';
  const HA_TINH_LAOS_UNDATED = 'source:vietnamplus-undated-ha-tinh-lao-provinces-cooperation';
  const BOLIKHAMXAY_CONFERENCE_2016 = 'source:vietnamplus-2016-12-ha-tinh-bolikhamxay-annual-conference';

  it('answers which Laotian provinces partner with Ha Tinh, through what, and on whose word', async () => {
    const response = await seeded.api.query(`{
      partnerships(of: "province:ha-tinh", country: "country:laos") {
        id
        partnershipKind
        partner { id ... on Locality { level country { id } } }
        agreements { id }
        basis { id issuer { id } }
        sources { id publisher publishedOn }
      }
    }`);
    expect(response.errors).toBeUndefined();
    const partnerships = response.data!.partnerships;
    const localities = partnerships.filter((p: any) => p.partner.level).map((p: any) => p.partner.id).sort();
    expect(localities).toEqual(['city:vientiane-capital', 'province:bolikhamxay', 'province:khammouane', 'province:savannakhet']);
    expect(partnerships.map((p: any) => p.partner.id)).toContain('locality-group:northern-laos-provinces');
    for (const partnership of partnerships) {
      expect(partnership.sources).toContainEqual({ id: HA_TINH_PLAN, publisher: 'Việt Nam', publishedOn: '2023-11-25' });
      expect(partnership.basis[0].issuer.id).toBe('organization:ha-tinh-peoples-committee');
    }
    // Sources have no defined order.
    const sourceIds = Object.fromEntries(partnerships.map((p: any) => [p.id, p.sources.map((s: any) => s.id).sort()]));
    expect(sourceIds).toEqual({
      'partnership:ha-tinh--bolikhamxay': [HA_TINH_PLAN, HA_TINH_LAOS_COVID, BOLIKHAMXAY_CONFERENCE_2016, HA_TINH_LAOS_UNDATED].sort(),
      'partnership:ha-tinh--khammouane': [HA_TINH_PLAN, HA_TINH_LAOS_COVID, HA_TINH_LAOS_UNDATED].sort(),
      'partnership:ha-tinh--savannakhet': [HA_TINH_PLAN],
      'partnership:ha-tinh--vientiane-capital': [HA_TINH_PLAN],
      'partnership:ha-tinh--northern-laos-provinces': [HA_TINH_PLAN],
      'partnership:ha-tinh--nine-provinces-association': ['source:einpresswire-2024-02-29-nine-provinces-conference', HA_TINH_PLAN].sort(),
    });
    const withLaosProvince = partnerships.filter((p: any) => p.partner.level);
    expect(withLaosProvince.every((p: any) => p.partnershipKind === 'COMPREHENSIVE_COOPERATION')).toBe(true);
    // Only the Bolikhamxay partnership is formalized by agreements in the sources: the memorandum of December 2015 and
    // the COVID-19 cooperation agreement of 2021.
    const agreementIds = Object.fromEntries(withLaosProvince.map((p: any) => [p.partner.id, p.agreements.map((a: any) => a.id).sort()]));
    expect(agreementIds).toEqual({
      'province:bolikhamxay': ['agreement:ha-tinh--bolikhamxay-covid-19-cooperation-2021', 'agreement:ha-tinh--bolikhamxay-memorandum-2015'],
      'province:khammouane': [],
      'province:savannakhet': [],
      'city:vientiane-capital': [],
    });
  });

  it('gives each partnership its parties and the agreement that formalizes it where the source names one', async () => {
    const response = await seeded.api.query(`{
      partnerships(of: "province:ha-tinh", kind: COOPERATION) {
        id partner { id } parties { role entity { id } } agreements { id named }
      }
    }`);
    const byId = Object.fromEntries(response.data!.partnerships.map((p: any) => [p.id, p]));
    expect(Object.keys(byId).sort()).toEqual([
      'partnership:ha-tinh--foreign-embassies-in-vietnam',
      'partnership:ha-tinh--foreign-local-partners',
      'partnership:ha-tinh--international-organizations',
      'partnership:ha-tinh--nine-provinces-association',
    ]);
    expect(byId['partnership:ha-tinh--foreign-local-partners'].agreements).toEqual([
      { id: 'agreement:ha-tinh-foreign-local-cooperation-agreements', named: false },
    ]);
    expect(byId['partnership:ha-tinh--nine-provinces-association'].partner.id).toBe('association:nine-provinces-route-8-route-12');
  });

  it('includes the partnerships of districts when asked, seen from the district', async () => {
    const response = await seeded.api.query(`{
      partnerships(of: "province:ha-tinh", kind: DEVELOPMENT_SUPPORT, includeSubdivisions: true) {
        id partner { id } parties { role entity { id } }
      }
    }`);
    expect(response.data!.partnerships).toEqual([
      {
        id: 'partnership:huong-khe--na-kai',
        partner: { id: 'district:na-kai' },
        parties: expect.arrayContaining([
          { role: 'SUPPORTER', entity: { id: 'district:huong-khe' } },
          { role: 'BENEFICIARY', entity: { id: 'district:na-kai' } },
        ]),
      },
    ]);
  });

  it('returns an empty list for a well-formed ID that does not exist', async () => {
    const response = await seeded.api.query('{ partnerships(of: "province:atlantis") { id } }');
    expect(response.errors).toBeUndefined();
    expect(response.data!.partnerships).toEqual([]);
  });
});

describe('node', () => {
  it('resolves an event with its organizer and its participants in their roles', async () => {
    const response = await seeded.api.query(`{
      node(id: "event:hanoi-directive-45-conference-2025-10") {
        __typename
        ... on Event {
          date datePrecision eventKind
          organizer { id name }
          attendance { count qualifier }
          concerns { id }
          participants { role participant { id name } evidence { sources { url } locators } }
        }
      }
    }`);
    const event = response.data!.node;
    expect(event.__typename).toBe('Event');
    expect(event.date).toBe('2025-10-09');
    expect(event.datePrecision).toBe('DAY');
    expect(event.organizer).toEqual({ id: 'association:hanoi-union-of-friendship-organizations', name: "Union des organisations d'amitié de Hanoi" });
    expect(event.attendance).toEqual({ count: 100, qualifier: 'MORE_THAN' });
    expect(event.concerns).toEqual([{ id: 'directive:hanoi-45-ct-tu' }]);
    const presenter = event.participants.find((p: any) => p.role === 'PRESENTER');
    expect(presenter.participant).toEqual({ id: 'official:nguyen-viet-thao', name: 'Nguyen Viet Thao' });
    expect(presenter.evidence.sources[0].url).toContain('baoquocte.vn');
    expect(presenter.evidence.locators).toEqual(['L9']);
  });

  it('types documents by kind, with issuer and what they implement', async () => {
    const response = await seeded.api.query(`{
      node(id: "plan:ha-tinh-210-kh-tu") {
        __typename
        ... on Document { code issuedOn issuer { id } implements { __typename id issuedOn } implementedBy { id } }
      }
    }`);
    expect(response.data!.node).toEqual({
      __typename: 'Plan',
      code: '210-KH/TU',
      issuedOn: '2023-10-16',
      issuer: { id: 'organization:ha-tinh-provincial-party-standing-committee' },
      implements: [{ __typename: 'Directive', id: 'directive:secretariat-12-ct-tw', issuedOn: '2022-01-05' }],
      implementedBy: [{ id: 'plan:ha-tinh-peoples-committee-people-diplomacy-plan' }],
    });
  });

  it("gives an official's positions and a locality's place in the hierarchy", async () => {
    const response = await seeded.api.query(`{
      official: node(id: "official:le-hoai-trung") { ... on Official { positions { title status organization { id } } } }
      district: node(id: "district:nong-bok") { ... on Locality { level parent { id } country { id } } }
      source: node(id: "source:vietnamvn-2023-11-25-ha-tinh-plan") { ... on Source { publisher author language } }
    }`);
    expect(response.data!.official.positions).toEqual(
      expect.arrayContaining([
        { title: 'Chef de la Commission', status: 'current', organization: { id: 'organization:central-external-relations-commission' } },
      ]),
    );
    expect(response.data!.district).toEqual({ level: 'DISTRICT', parent: { id: 'province:khammouane' }, country: { id: 'country:laos' } });
    expect(response.data!.source).toEqual({ publisher: 'Việt Nam', author: 'Duong Chien', language: 'fr' });
  });

  it('returns null for an unknown ID and BAD_USER_INPUT for a malformed one', async () => {
    const unknown = await seeded.api.query('{ node(id: "province:atlantis") { id } }');
    expect(unknown.errors).toBeUndefined();
    expect(unknown.data!.node).toBeNull();
    for (const id of ['garbage', 'spaceship:enterprise', 'Province:Ha-Tinh', 'province:']) {
      expect(errorCodes(await seeded.api.query('query($id: ID!) { node(id: $id) { id } }', { id }))).toEqual(['BAD_USER_INPUT']);
    }
  });
});

describe('search', () => {
  /** The officials of the seed files with the word in their name, an alias or a label. */
  function seededOfficialsNamed(word: string): string[] {
    return seededRecords('officials')
      .filter((record) => {
        const names = [record.data.name, ...((record.data.aliases as string[] | undefined) ?? []), ...Object.values((record.data.labels as Record<string, string> | undefined) ?? {})];
        return names.some((name) => searchForm(String(name)).split(' ').includes(word));
      })
      .map((record) => String(record.data.id))
      .sort();
  }

  it.each(['ha tinh', 'Hà Tĩnh', 'HA TINH', 'ha-tinh'])('finds the province of Ha Tinh first for "%s"', async (query) => {
    const response = await seeded.api.query('query($q: String!) { search(query: $q, first: 3) { score matched entity { id } } }', { q: query });
    const [first] = response.data!.search;
    expect(first.entity.id).toBe('province:ha-tinh');
    expect(first.matched).toBe('Ha Tinh');
  });

  it('matches aliases and filters by kind', async () => {
    const response = await seeded.api.query(`{
      alias: search(query: "khammouane", kinds: [LOCALITY]) { matched entity { id } }
      short: search(query: "union de hanoi") { matched entity { id } }
      officials: search(query: "nguyen", kinds: [OFFICIAL], first: 100) { entity { id __typename } }
      anyKind: search(query: "nguyen", first: 100) { entity { __typename } }
    }`);
    expect(response.data!.alias[0]).toEqual({ matched: 'Khammouane', entity: { id: 'province:khammouane' } });
    expect(response.data!.short[0].entity.id).toBe('association:hanoi-union-of-friendship-organizations');
    const officials = response.data!.officials;
    expect(new Set(officials.map((hit: any) => hit.entity.__typename))).toEqual(new Set(['Official']));
    expect(officials.map((hit: any) => hit.entity.id).sort()).toEqual(seededOfficialsNamed('nguyen'));
    // Unfiltered, the same word also finds a province (Thai Nguyen) and an event: the filter is what keeps them out.
    expect(response.data!.anyKind.map((hit: any) => hit.entity.__typename)).toEqual(expect.arrayContaining(['Locality', 'Event']));
  });

  it('treats Lucene and Cypher syntax in the text as plain words', async () => {
    const search = 'query($q: String!) { search(query: $q) { entity { id } } }';
    const lucene = await seeded.api.query(search, { q: 'savannakhet") *:* ~^' });
    expect(lucene.errors).toBeUndefined();
    expect(lucene.data!.search.map((hit: any) => hit.entity.id)).toContain('province:savannakhet');
    const cypher = await seeded.api.query(search, { q: "'}) MATCH (n) DETACH DELETE n //" });
    expect(cypher.errors).toBeUndefined();
    expect(cypher.data!.search).toEqual([]);
    expect((await seeded.api.query('{ node(id: "province:savannakhet") { id } }')).data!.node).toEqual({ id: 'province:savannakhet' });
  });
});

describe('neighborhood and path', () => {
  it('returns the entities one hop around a province with typed edges', async () => {
    const response = await seeded.api.query(`{ neighborhood(id: "province:savannakhet") { nodes { id kind name } edges { source target type } truncated } }`);
    const { nodes, edges, truncated } = response.data!.neighborhood;
    expect(truncated).toBe(false);
    // Its country, its district of Sepon, its bodies, and the partnerships, agreements, aid and visits of five Vietnamese provinces.
    expect(nodes.map((n: any) => n.id).sort()).toEqual([
      'agreement:da-nang--savannakhet-memorandum-2023-2027',
      'agreement:quang-binh--savannakhet-memorandum-of-understanding',
      'agreement:quang-tri--savannakhet--salavan-cooperation-agreement-2020-2022',
      'aid-project:quang-tri-schools-savannakhet-2020-2022',
      'country:laos',
      'district:sepon',
      'event:quang-binh-savannakhet-talks-2022-06',
      'event:quang-tri-savannakhet-salavan-talks-2019-08',
      'event:savannakhet-delegation-visit-da-nang-2022-08-03',
      'organization:savannakhet-administration',
      'organization:savannakhet-party-committee',
      'partnership:da-nang--savannakhet',
      'partnership:ha-tinh--savannakhet',
      'partnership:quang-binh--savannakhet',
      'partnership:quang-tri--savannakhet',
      'province:savannakhet',
    ]);
    expect(edges).toEqual(
      expect.arrayContaining([
        { source: 'province:savannakhet', target: 'country:laos', type: 'PART_OF' },
        { source: 'district:sepon', target: 'province:savannakhet', type: 'PART_OF' },
        { source: 'partnership:ha-tinh--savannakhet', target: 'province:savannakhet', type: 'HAS_PARTY' },
        { source: 'agreement:da-nang--savannakhet-memorandum-2023-2027', target: 'province:savannakhet', type: 'SIGNED_BY' },
        { source: 'aid-project:quang-tri-schools-savannakhet-2020-2022', target: 'province:savannakhet', type: 'RECEIVED_BY' },
        { source: 'organization:savannakhet-party-committee', target: 'province:savannakhet', type: 'BASED_IN' },
        { source: 'province:savannakhet', target: 'event:quang-binh-savannakhet-talks-2022-06', type: 'PARTICIPATED_IN' },
      ]),
    );
    // Every node is one hop away, and the links among the neighbours come with them.
    const ids = new Set(nodes.map((n: any) => n.id));
    for (const edge of edges) expect(ids.has(edge.source) && ids.has(edge.target)).toBe(true);
    const touchingSavannakhet = new Set(edges.flatMap((e: any) => [e.source, e.target].includes('province:savannakhet') ? [e.source, e.target] : []));
    expect(touchingSavannakhet).toEqual(ids);
    expect(edges).toContainEqual({ source: 'partnership:quang-binh--savannakhet', target: 'agreement:quang-binh--savannakhet-memorandum-of-understanding', type: 'FORMALIZED_BY' });
  });

  it('grows with depth', async () => {
    const one = await seeded.api.query('{ neighborhood(id: "province:savannakhet", depth: 1) { nodes { id } } }');
    const two = await seeded.api.query('{ neighborhood(id: "province:savannakhet", depth: 2) { nodes { id } } }');
    expect(two.data!.neighborhood.nodes.length).toBeGreaterThan(one.data!.neighborhood.nodes.length);
    expect(two.data!.neighborhood.nodes.map((n: any) => n.id)).toContain('province:ha-tinh');
  });

  it('finds a shortest path from Ha Tinh to Savannakhet through their partnership', async () => {
    const response = await seeded.api.query('{ path(from: "province:ha-tinh", to: "province:savannakhet") { nodes { id } edges { type sourceIds } } }');
    expect(response.data!.path.nodes.map((n: any) => n.id)).toEqual(['province:ha-tinh', 'partnership:ha-tinh--savannakhet', 'province:savannakhet']);
    expect(response.data!.path.edges.every((e: any) => e.type === 'HAS_PARTY' && e.sourceIds.length === 1)).toBe(true);
  });

  it('returns null when no path fits in maxHops', async () => {
    const response = await seeded.api.query('{ path(from: "province:ha-tinh", to: "official:le-hoai-trung", maxHops: 1) { nodes { id } } }');
    expect(response.errors).toBeUndefined();
    expect(response.data!.path).toBeNull();
  });

  it('rejects depth and maxHops over their caps', async () => {
    expect(errorCodes(await seeded.api.query('{ neighborhood(id: "province:ha-tinh", depth: 4) { nodes { id } } }'))).toEqual(['BAD_USER_INPUT']);
    expect(errorCodes(await seeded.api.query('{ path(from: "province:ha-tinh", to: "city:hanoi", maxHops: 7) { nodes { id } } }'))).toEqual(['BAD_USER_INPUT']);
  });
});

describe('events', () => {
  it('lists events in time order, at the precision of their sources', async () => {
    const response = await seeded.api.query('{ events(first: 100) { totalCount edges { node { id date } } } }');
    const dates = response.data!.events.edges.map((e: any) => e.node.date).filter(Boolean);
    expect(response.data!.events.totalCount).toBe(seededCount('events'));
    expect(response.data!.events.edges).toHaveLength(seededCount('events'));
    expect(dates).toEqual([...dates].sort());
    expect(dates).toEqual(expect.arrayContaining(['2021-08', '2023-10', '2024', '2025-10-09']));
  });

  it('pages with cursors without gaps or repeats', async () => {
    const seen: string[] = [];
    let after: string | null = null;
    let pages = 0;
    let totalCount = -1;
    do {
      const response: any = await seeded.api.query('query($after: String) { events(first: 5, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { cursor node { id } } } }', { after });
      const connection = response.data.events;
      totalCount = connection.totalCount;
      seen.push(...connection.edges.map((e: any) => e.node.id));
      after = connection.pageInfo.hasNextPage ? connection.pageInfo.endCursor : null;
      pages += 1;
    } while (after && pages < 50);
    expect(totalCount).toBe(seededCount('events'));
    expect(pages).toBe(Math.ceil(totalCount / 5));
    expect(seen.length).toBe(totalCount);
    expect(new Set(seen).size).toBe(totalCount);
  });

  it('filters by involvement and date range', async () => {
    const response = await seeded.api.query(`{
      events(involving: "association:hanoi-union-of-friendship-organizations", from: "2025", to: "2025-12") {
        totalCount edges { node { id } }
      }
    }`);
    expect(response.data!.events).toEqual({ totalCount: 1, edges: [{ node: { id: 'event:hanoi-directive-45-conference-2025-10' } }] });
  });

  it('rejects a page size over 100, a malformed date and a forged cursor', async () => {
    expect(errorCodes(await seeded.api.query('{ events(first: 101) { totalCount } }'))).toEqual(['BAD_USER_INPUT']);
    expect(errorCodes(await seeded.api.query('{ events(from: "2024-13") { totalCount } }'))).toEqual(['BAD_USER_INPUT']);
    expect(errorCodes(await seeded.api.query('{ events(after: "not-a-cursor") { totalCount } }'))).toEqual(['BAD_USER_INPUT']);
  });
});

describe('bad input', () => {
  it('reports an unknown kind as BAD_USER_INPUT, as a literal or a variable', async () => {
    expect(errorCodes(await seeded.api.query('{ search(query: "ha tinh", kinds: [SPACESHIP]) { score } }'))).toEqual(['BAD_USER_INPUT']);
    expect(errorCodes(await seeded.api.query('query($k: [EntityKind!]) { search(query: "ha tinh", kinds: $k) { score } }', { k: ['SPACESHIP'] }))).toEqual([
      'BAD_USER_INPUT',
    ]);
  });

  it('rejects first over 100 in search and a malformed document', async () => {
    expect(errorCodes(await seeded.api.query('{ search(query: "ha tinh", first: 101) { score } }'))).toEqual(['BAD_USER_INPUT']);
    expect(errorCodes(await seeded.api.query('{ search(query: '))).toEqual(['GRAPHQL_PARSE_FAILED']);
  });

  it('refuses an oversized body with a stable code and keeps serving', async () => {
    const response = await fetch(`${seeded.api.baseUrl}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: `{ search(query: "${'a'.repeat(200_000)}") { score } }` }),
    });
    expect(response.status).toBe(413);
    expect(((await response.json()) as any).errors[0].extensions.code).toBe('PAYLOAD_TOO_LARGE');
    expect((await seeded.api.query('{ node(id: "province:ha-tinh") { id } }')).data!.node).toEqual({ id: 'province:ha-tinh' });
  });
});

describe('round trips', () => {
  it('batches nested fields: round trips follow the nesting depth, not the number of rows', async () => {
    const response = await seeded.api.query(`{
      events(first: 100) {
        edges { node {
          organizer { name basedIn { name } }
          place { name }
          participants { role participant { name } evidence { sources { publisher } } }
          sources { publisher }
        } }
      }
    }`);
    expect(response.errors).toBeUndefined();
    const events = response.data!.events.edges;
    expect(events.length).toBe(seededCount('events'));
    // The page (its count is not asked for); then organizer, place, participants and sources in one query;
    // then basedIn, and the participants' evidence sources by ID unless the citations already brought them:
    // at most 4, whatever the number of events.
    expect(response.extensions!.roundTrips).toBeLessThanOrEqual(4);
  });
});

describe('query limits', () => {
  const nested = (levels: number) => `{ node(id: "district:huong-khe") { ${'... on Locality { parent { '.repeat(levels)}id${' } }'.repeat(levels)} } }`;
  const limitCases: [string, string, string][] = [
    ['a depth bomb', nested(QUERY_LIMITS.maxDepth), 'QUERY_TOO_DEEP'],
    ['an alias bomb', `{ ${Array.from({ length: QUERY_LIMITS.maxAliases + 1 }, (_, i) => `a${i}: node(id: "province:ha-tinh") { id }`).join(' ')} }`, 'TOO_MANY_ALIASES'],
    ['a directive bomb', `{ ${Array.from({ length: QUERY_LIMITS.maxDirectives + 1 }, (_, i) => `d${i}: __typename @skip(if: false)`).join(' ')} }`, 'TOO_MANY_DIRECTIVES'],
    ['a token flood', `{ ${'__typename '.repeat(QUERY_LIMITS.maxTokens)} }`, 'TOO_MANY_TOKENS'],
    [
      'a costly fan-out',
      `{ ${Array.from({ length: 25 }, (_, i) => `e${i}: events(first: 100) { edges { node { participants { participant { id name } evidence { sources { id title } } } } } }`).join(' ')} }`,
      'QUERY_TOO_COSTLY',
    ],
  ];

  it.each(limitCases)('refuses %s with its own code, before touching the database, and keeps serving', async (_name, query, code) => {
    const refused = await seeded.api.query(query);
    // A depth bomb is costly too: every limit it breaks is reported.
    expect(errorCodes(refused)).toContain(code);
    expect(refused.data).toBeUndefined();
    expect(refused.extensions?.roundTrips ?? 0).toBe(0);
    const next = await seeded.api.query(`{ node(id: "province:savannakhet") { id } }`);
    expect(next.data!.node).toEqual({ id: 'province:savannakhet' });
  });

  it('names each limit in its message without calling it a syntax error', async () => {
    for (const [, query] of limitCases) {
      const refused = await seeded.api.query(query);
      for (const error of refused.errors ?? []) expect(error.message).not.toMatch(/^Syntax Error/);
    }
  });

  const times = (n: number, item: (i: number) => string) => Array.from({ length: n }, (_, i) => item(i)).join(' ');
  const pagedCases: [string, string, Record<string, unknown>][] = [
    [
      'twenty-five event pages whose size comes from a variable',
      `query($n: Int) { ${times(25, (i) => `e${i}: events(first: $n) { edges { node { participants { participant { id name } evidence { sources { id title } } } } } }`)} }`,
      { n: 100 },
    ],
    [
      'twenty-five event pages whose size is a variable left to its default',
      `query($n: Int = 100) { ${times(25, (i) => `e${i}: events(first: $n) { edges { node { participants { participant { id name } evidence { sources { id title } } } } } }`)} }`,
      {},
    ],
    [
      'thirty network statistics around Hanoi, three hops deep',
      `query($n: Int) { ${times(30, (i) => `s${i}: networkStatistics(scope: { around: "city:hanoi", depth: 3 }) { betweenness(first: $n) { score } }`)} }`,
      { n: 5 },
    ],
    ['twenty two-hop neighbourhoods of Hanoi', `{ ${times(20, (i) => `n${i}: neighborhood(id: "city:hanoi", depth: 2) { nodes { id } }`)} }`, {}],
  ];

  it.each(pagedCases)('refuses %s as too costly, before touching the database', async (_name, query, variables) => {
    const refused = await seeded.api.query(query, variables);
    expect(refused.status).toBe(400);
    expect(errorCodes(refused)).toEqual(['QUERY_TOO_COSTLY']);
    expect(refused.errors![0].message).toMatch(/^The query would cost \d+; at most 20000 is allowed/);
    expect(refused.data).toBeUndefined();
    expect(refused.extensions?.roundTrips ?? 0).toBe(0);
  });

  it('prices a page by the size it will have, whichever way the size is given', async () => {
    const page = 'query($n: Int) { events(first: $n) { edges { node { id } } } }';
    const small = await seeded.api.query(page, { n: 2 });
    expect(small.errors).toBeUndefined();
    expect(small.data!.events.edges).toHaveLength(2);
    const statistics = await seeded.api.query('query($n: Int) { networkStatistics(scope: { around: "city:hanoi", depth: 3 }) { betweenness(first: $n) { entity { id } } } }', { n: 3 });
    expect(statistics.errors).toBeUndefined();
    expect(statistics.data!.networkStatistics.betweenness).toHaveLength(3);
  });

  it('lets a query just within the depth limit through, and introspection past it', async () => {
    const within = await seeded.api.query(nested(QUERY_LIMITS.maxDepth / 2 - 1));
    expect(within.errors).toBeUndefined();
    const introspection = await seeded.api.query(getIntrospectionQuery());
    expect(introspection.errors).toBeUndefined();
    expect(introspection.data!.__schema.queryType.name).toBe('Query');
  });
});

describe('automatic persisted queries', () => {
  const query = '{ node(id: "province:savannakhet") { id ... on Entity { name } } }';
  const hash = createHash('sha256').update(query).digest('hex');
  const persisted = { persistedQuery: { version: 1, sha256Hash: hash } };

  async function post(body: object): Promise<any> {
    const response = await fetch(`${seeded.api.baseUrl}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
    return response.json();
  }

  it('asks for the text of an unknown hash, then answers from the hash alone, also over GET', async () => {
    const unknown = await post({ extensions: persisted });
    expect(unknown.errors.map((e: any) => e.extensions.code)).toEqual(['PERSISTED_QUERY_NOT_FOUND']);

    const registered = await post({ query, extensions: persisted });
    expect(registered.data.node).toEqual({ id: 'province:savannakhet', name: 'Savannakhet' });

    expect((await post({ extensions: persisted })).data).toEqual(registered.data);
    const url = `${seeded.api.baseUrl}/graphql?extensions=${encodeURIComponent(JSON.stringify(persisted))}`;
    const viaGet = await fetch(url, { headers: { 'apollo-require-preflight': 'true' } });
    expect(((await viaGet.json()) as any).data).toEqual(registered.data);
  });

  it('rejects a text that does not match its hash', async () => {
    const mismatch = await post({ query: '{ node(id: "province:ha-tinh") { id } }', extensions: persisted });
    expect(mismatch.errors.map((e: any) => e.extensions.code)).toEqual(['BAD_REQUEST']);
  });
});

describe('operations', () => {
  it('offers every operation document of the typed client as a playground example that answers from the seed graph', async () => {
    const tabs = playgroundTabs();
    const operationFiles = fs.readdirSync(path.join(repositoryRoot(), 'src/client/operations')).filter((file) => file !== 'fragments.graphql');
    expect(tabs).toHaveLength(operationFiles.length + 1);
    for (const tab of tabs) {
      const response = await seeded.api.query(tab.query, tab.variables ? JSON.parse(tab.variables) : undefined);
      expect(response.errors).toBeUndefined();
      const [answer] = Object.values(response.data!) as any[];
      const rows = Array.isArray(answer) ? answer : (answer.edges ?? answer.betweenness ?? [answer]);
      expect(rows.length).toBeGreaterThan(0);
    }
    const html = await (await fetch(`${seeded.api.baseUrl}/graphql`, { headers: { accept: 'text/html' } })).text();
    for (const name of ['NetworkBridges', 'ShortestPaths', 'OfficialsAsOf']) expect(html).toContain(`query ${name}(`);
  });

  it('answers /health and /ready', async () => {
    const health = await fetch(`${seeded.api.baseUrl}/health`);
    expect(health.status).toBe(200);
    const ready = await fetch(`${seeded.api.baseUrl}/ready`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toMatchObject({ status: 'ready' });
  });

  it('serves the playground from this server, opening on the Ha Tinh–Laos question', async () => {
    const page = await fetch(`${seeded.api.baseUrl}/graphql`, { headers: { accept: 'text/html' } });
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).toContain('partnerships(of: \\"province:ha-tinh\\", country: \\"country:laos\\")');
    expect(html).not.toMatch(/https?:\/\//);
    const scripts = [...html.matchAll(/src="([^"]+)"/g)].map((match) => match[1]);
    expect(scripts.length).toBeGreaterThanOrEqual(3);
    for (const script of scripts) expect((await fetch(`${seeded.api.baseUrl}${script}`)).status).toBe(200);
  });
});
