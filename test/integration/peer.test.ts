import { Driver } from 'neo4j-driver';
import { peerLibraryVersion, RunningPeerServer, startPeerServer } from '../../bench/peer/peer-server';
import { PEER_WORKLOADS } from '../../bench/peer/peer-workloads';
import { SEED_GRAPH_ANCHORS, WORKLOADS } from '../../bench/workloads';
import { seedTestGraph, testDriver, TestApi } from './support';

/**
 * The benchmark compares our API with a peer built on the Neo4j GraphQL Library. The comparison is
 * fair only if both answer the same question, so each workload is asked of both over the real seed
 * graph and the answers are reduced to what they say: the same IDs at every level.
 */

const ANCHORS = SEED_GRAPH_ANCHORS;

type Json = any;

let driver: Driver;
let api: TestApi;
let peer: RunningPeerServer;

beforeAll(async () => {
  driver = testDriver();
  await seedTestGraph(driver);
  api = await TestApi.start(driver);
  peer = await startPeerServer({ driver, port: 0 });
});

afterAll(async () => {
  await peer.stop();
  await api.stop();
  await driver.close();
});

async function askOurs(name: string): Promise<Json> {
  const workload = WORKLOADS.find((w) => w.name === name)!;
  const response = await api.query(workload.query, workload.variables(ANCHORS));
  expect(response.errors).toBeUndefined();
  return response.data;
}

async function askPeer(name: string): Promise<Json> {
  const workload = PEER_WORKLOADS[name];
  if ('unsupported' in workload) throw new Error(`${name} is not asked of the peer: ${workload.unsupported}`);
  const response = await fetch(peer.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: workload.query, variables: workload.variables(ANCHORS) }),
  });
  const body = (await response.json()) as { data?: Json; errors?: unknown[] };
  expect(body.errors).toBeUndefined();
  return body.data;
}

/** IDs of a field that our API types as one entity (or null) and the peer as a list. */
function ids(value: Json): string[] {
  if (value === null || value === undefined) return [];
  return (Array.isArray(value) ? value : [value]).map((item: Json) => item.id).sort();
}

const byKey = <T>(key: (item: T) => string) => (a: T, b: T) => key(a).localeCompare(key(b));

it('has a peer query, or the reason there is none, for every workload of the benchmark, and says which run hand-written Cypher', () => {
  expect(Object.keys(PEER_WORKLOADS).sort()).toEqual(WORKLOADS.map((w) => w.name).sort());
  const viaCypher = Object.entries(PEER_WORKLOADS).filter(([, workload]) => 'via' in workload && workload.via === 'cypher-directive');
  expect(viaCypher.map(([name]) => name).sort()).toEqual(['neighborhood', 'path']);
  expect(peerLibraryVersion()).toMatch(/^7\./);
});

it('finds the same partnerships of Ha Tinh with Lao provinces, with the same partners, agreements, basis and sources', async () => {
  const summary = (partnership: Json) => ({
    id: partnership.id,
    partnershipKind: partnership.partnershipKind,
    since: partnership.since,
    partner: ids(partnership.partner),
    agreements: ids(partnership.agreements),
    basis: partnership.basis.map((document: Json) => ({ id: document.id, issuer: ids(document.issuer) })).sort(byKey((d: Json) => d.id)),
    // Neither API defines an order of sources.
    sources: partnership.sources.map((source: Json) => source.id).sort(),
  });
  const ours = (await askOurs('partnerships')).partnerships.map(summary);
  const theirs = (await askPeer('partnerships')).partnerships.map(summary);

  expect(theirs).toEqual(ours);
  expect(ours.flatMap((p: Json) => p.partner)).toEqual(
    expect.arrayContaining(['province:bolikhamxay', 'province:khammouane', 'province:savannakhet', 'city:vientiane-capital']),
  );
});

it("shows the same official's page: posts, their organizations' events, participations, places and sources", async () => {
  const sourceIds = (entity: Json) => entity.sources.map((source: Json) => source.id).sort();
  const event = (e: Json) => ({ id: e.id, date: e.date, sources: sourceIds(e) });
  const ours = (await askOurs('entity-page')).node;
  const [theirs] = (await askPeer('entity-page')).officials;

  const ourPage = {
    id: ours.id,
    sources: sourceIds(ours),
    positions: ours.positions
      .map((p: Json) => ({ title: p.title, status: p.status, organization: p.organization.id, events: p.organization.organizedEvents.map(event).sort(byKey((e: Json) => e.id)) }))
      .sort(byKey((p: Json) => p.title)),
    participations: ours.participations
      .map((p: Json) => ({ role: p.role, ...event(p.event), place: ids(p.event.place) }))
      .sort(byKey((p: Json) => p.id + p.role)),
  };
  const theirPage = {
    id: theirs.id,
    sources: sourceIds(theirs),
    positions: theirs.positions.edges
      .map(({ properties, node }: Json) => ({ title: properties.title, status: properties.status, organization: node.id, events: node.organizedEvents.map(event).sort(byKey((e: Json) => e.id)) }))
      .sort(byKey((p: Json) => p.title)),
    participations: theirs.participations.edges
      .map(({ properties, node }: Json) => ({ role: properties.role, ...event(node), place: ids(node.place) }))
      .sort(byKey((p: Json) => p.id + p.role)),
  };

  expect(theirPage).toEqual(ourPage);
  expect(ourPage.positions.length).toBeGreaterThan(1);
  expect(ourPage.participations.length).toBeGreaterThan(0);
});

/**
 * Hits that tie on score at the tenth place may differ: our API asks the index for its top ten, the
 * peer sorts every hit by score in Cypher and keeps ten. Above that tie the lists must agree.
 */
describe.each(['search-ascii', 'search-diacritics'])('%s', (name) => {
  it('finds Ha Tinh first, among the same ten entities up to a tie at the last place', async () => {
    const ours = (await askOurs(name)).search.map((hit: Json) => ({ id: hit.entity.id, score: hit.score }));
    const theirs = (await askPeer(name)).searchEntities.edges.map((edge: Json) => ({ id: edge.node.id, score: edge.score }));
    const lastScore = Math.min(...theirs.map((hit: Json) => hit.score));
    const aboveTheTie = (hits: Json[]) => hits.filter((hit) => hit.score > lastScore + 1e-6).map((hit) => hit.id).sort();

    expect(theirs[0].id).toBe('province:ha-tinh');
    expect(ours[0].id).toBe(theirs[0].id);
    expect(theirs).toHaveLength(ours.length);
    expect(Math.min(...ours.map((hit: Json) => hit.score))).toBeCloseTo(lastScore, 5);
    expect(aboveTheTie(theirs)).toEqual(aboveTheTie(ours));
  });
});

it('returns the same depth-2 neighbourhood of Ha Tinh: the same nodes and relationships', async () => {
  const edgeKey = (e: Json) => `${e.source} ${e.type} ${e.target} ${e.role ?? ''} ${e.sourceIds.join(',')}`;
  const summary = (subgraph: Json) => ({
    truncated: subgraph.truncated,
    nodes: subgraph.nodes.map((n: Json) => `${n.id} ${n.kind}`).sort(),
    edges: subgraph.edges.map(edgeKey).sort(),
  });
  const ours = summary((await askOurs('neighborhood')).neighborhood);
  const theirs = summary((await askPeer('neighborhood')).neighborhood);

  expect(theirs).toEqual(ours);
  expect(ours.nodes.length).toBeGreaterThan(20);
});

it('returns the same shortest path from Hanoi to Savannakhet', async () => {
  const ours = (await askOurs('path')).path;
  const theirs = (await askPeer('path')).path;

  expect(theirs).toEqual(ours);
  expect(ours.nodes.map((n: Json) => n.id)).toEqual(expect.arrayContaining(['city:hanoi', 'province:savannakhet']));
});

it('pages the same events of 2024–2025 in the same order, with the same total, places and organizers', async () => {
  const summary = (connection: Json) => ({
    totalCount: connection.totalCount,
    hasNextPage: connection.pageInfo.hasNextPage,
    events: connection.edges.map(({ node }: Json) => ({ id: node.id, date: node.date, eventKind: node.eventKind, place: ids(node.place), organizer: ids(node.organizer) })),
  });
  const ours = summary((await askOurs('events-page')).events);
  const theirs = summary((await askPeer('events-page')).events);

  expect(theirs).toEqual(ours);
  expect(ours.events.length).toBeGreaterThan(5);
});
