import { Driver } from 'neo4j-driver';
import { Role } from '../../src/access/role';
import { Executor } from '../../src/db/executor';
import { importSeeds } from '../../src/seed/seed.importer';
import { errorCodes, graphSnapshot, issueTestKey, SEEDS_DIR, seedTestGraph, testDriver, TestApi } from './support';

let driver: Driver;
let api: TestApi;
let executor: Executor;
const keys = {} as Record<'reader' | 'editor' | 'admin', { id: string; token: string }>;

const SOURCE = 'source:vietnamvn-2023-11-25-ha-tinh-plan';
const CITE = [{ sourceId: SOURCE, locators: ['L5'] }];

beforeAll(async () => {
  driver = testDriver();
  executor = new Executor(driver, undefined);
  await seedTestGraph(driver);
  keys.reader = await issueTestKey(driver, Role.READER, 'Reader Ruth');
  keys.editor = await issueTestKey(driver, Role.EDITOR, 'Editor Ed');
  keys.admin = await issueTestKey(driver, Role.ADMIN, 'Admin Ada');
  api = await TestApi.start(driver);
});

afterAll(async () => {
  await api?.stop();
  await driver?.close();
});

const CREATE_LOCALITY = `mutation ($input: NewEntityInput!) {
  createEntity(input: $input) {
    entity { id name ... on Locality { level country { id } } sources { id } }
    auditEntry { action actor { name role } targetIds sourceIds requestId }
  }
}`;

const sanxay = (extra: Record<string, unknown> = {}) => ({
  kind: 'LOCALITY',
  name: 'Sanxay',
  nativeName: 'Sanxay',
  category: 'DISTRICT',
  parentId: 'country:laos',
  citations: CITE,
  ...extra,
});

async function unchangedBy(work: () => Promise<unknown>): Promise<void> {
  const before = await graphSnapshot(executor);
  await work();
  expect(await graphSnapshot(executor)).toBe(before);
}

describe('who may write', () => {
  it('refuses a write without a key (UNAUTHENTICATED) or with a reader key (FORBIDDEN), writing nothing', async () => {
    await unchangedBy(async () => {
      const anonymous = await api.query(CREATE_LOCALITY, { input: sanxay() });
      expect(errorCodes(anonymous)).toEqual(['UNAUTHENTICATED']);
      const reader = await api.query(CREATE_LOCALITY, { input: sanxay() }, keys.reader.token);
      expect(errorCodes(reader)).toEqual(['FORBIDDEN']);
      const forged = await api.query(CREATE_LOCALITY, { input: sanxay() }, `pgk_${keys.editor.id}_${'x'.repeat(43)}`);
      expect(forged.status).toBe(401);
      expect(errorCodes(forged)).toEqual(['UNAUTHENTICATED']);
    });
  });

  it('refuses a write that cites no source, or an unknown one, writing nothing', async () => {
    await unchangedBy(async () => {
      const uncited = await api.query(CREATE_LOCALITY, { input: sanxay({ citations: [] }) }, keys.editor.token);
      expect(errorCodes(uncited)).toEqual(['CITATION_REQUIRED']);
      const unknown = await api.query(CREATE_LOCALITY, { input: sanxay({ citations: [{ sourceId: 'source:made-up', locators: ['L1'] }] }) }, keys.editor.token);
      expect(errorCodes(unknown)).toEqual(['BAD_USER_INPUT']);
      expect(unknown.errors![0].message).toContain('source:made-up');
      const badParent = await api.query(CREATE_LOCALITY, { input: sanxay({ parentId: 'official:nguyen-ngoc-ky' }) }, keys.editor.token);
      expect(errorCodes(badParent)).toEqual(['BAD_USER_INPUT']);
      expect(badParent.errors![0].extensions!.problems).toEqual([
        { field: 'parentId.id', reason: 'refers to "official:nguyen-ngoc-ky", a official; expected locality or country' },
      ]);
      const taken = await api.query(CREATE_LOCALITY, { input: sanxay({ id: 'province:ha-tinh' }) }, keys.editor.token);
      expect(errorCodes(taken)).toEqual(['CONFLICT']);
    });
  });
});

describe('curating with an editor key', () => {
  it('creates a locality that queries, country filters and search then find, with its audit entry', async () => {
    const created = await api.query(CREATE_LOCALITY, { input: sanxay() }, keys.editor.token);
    expect(created.errors).toBeUndefined();
    const { entity, auditEntry } = created.data!.createEntity;
    expect(entity).toEqual({ id: 'district:sanxay', name: 'Sanxay', level: 'DISTRICT', country: { id: 'country:laos' }, sources: [{ id: SOURCE }] });
    expect(auditEntry).toEqual({
      action: 'CREATE_ENTITY',
      actor: { name: 'Editor Ed', role: 'EDITOR' },
      // The country gained a part, so its history shows the change too.
      targetIds: ['district:sanxay', 'country:laos'],
      sourceIds: [SOURCE],
      requestId: created.extensions!.requestId,
    });

    const read = await api.query(`{
      localities(country: "country:laos", first: 100) { edges { node { id } } }
      search(query: "sanxay") { entity { id } }
    }`);
    expect(read.data!.localities.edges.map((e: { node: { id: string } }) => e.node.id)).toContain('district:sanxay');
    expect(read.data!.search[0].entity.id).toBe('district:sanxay');
  });

  it('creates a partnership that Ha Tinh then lists, with both parties and the cited source', async () => {
    const created = await api.query(
      `mutation ($input: NewPartnershipInput!) { createPartnership(input: $input) { entity { id } } }`,
      {
        input: {
          name: 'Ha Tinh – Sanxay cooperation',
          kind: 'COOPERATION',
          since: '2024-05',
          parties: [{ id: 'province:ha-tinh' }, { id: 'district:sanxay' }],
          citations: CITE,
        },
      },
      keys.editor.token,
    );
    expect(created.errors).toBeUndefined();
    expect(created.data!.createPartnership.entity.id).toBe('partnership:ha-tinh-sanxay-cooperation');

    const listed = await api.query(`{
      partnerships(of: "province:ha-tinh") { id since parties { role entity { id } evidence { sources { id } } } }
    }`);
    const partnership = listed.data!.partnerships.find((p: { id: string }) => p.id === 'partnership:ha-tinh-sanxay-cooperation');
    expect(partnership.since).toBe('2024-05');
    expect(partnership.parties.map((p: { entity: { id: string } }) => p.entity.id).sort()).toEqual(['district:sanxay', 'province:ha-tinh']);
    expect(partnership.parties[0].evidence.sources).toEqual([{ id: SOURCE }]);
  });

  it('updates an entity: the new name is searchable, the old one kept as asked, and the audit entry holds before and after', async () => {
    const updated = await api.query(
      `mutation { updateEntity(id: "district:sanxay", changes: { name: "Xanxay", aliases: ["Sanxay"] }, citations: [{ sourceId: "${SOURCE}", locators: ["L6"] }]) {
        entity { name aliases citations { sourceId locators } } auditEntry { id action changes }
      } }`,
      undefined,
      keys.editor.token,
    );
    expect(updated.errors).toBeUndefined();
    const { entity, auditEntry } = updated.data!.updateEntity;
    expect(entity).toEqual({ name: 'Xanxay', aliases: ['Sanxay'], citations: [{ sourceId: SOURCE, locators: ['L5', 'L6'] }] });
    expect(JSON.parse(auditEntry.changes)).toEqual({ before: { name: 'Sanxay', aliases: [] }, after: { name: 'Xanxay', aliases: ['Sanxay'] } });
    const found = await api.query(`{ byNew: search(query: "xanxay") { entity { id } } byOld: search(query: "sanxay") { entity { id } } }`);
    expect(found.data!.byNew[0].entity.id).toBe('district:sanxay');
    expect(found.data!.byOld[0].entity.id).toBe('district:sanxay');

    const trail = await api.query(`{ auditTrail(entityId: "district:sanxay") { totalCount edges { node { id action actor { name } } } } }`, undefined, keys.reader.token);
    expect(trail.data!.auditTrail.totalCount).toBe(3);
    // Newest first: the update, the partnership naming it as a party, its creation.
    expect(trail.data!.auditTrail.edges.map((e: { node: { action: string } }) => e.node.action)).toEqual(['UPDATE_ENTITY', 'CREATE_ENTITY', 'CREATE_ENTITY']);
    expect(trail.data!.auditTrail.edges[0].node.id).toBe(auditEntry.id);
    const anonymousTrail = await api.query(`{ auditTrail { totalCount } }`);
    expect(errorCodes(anonymousTrail)).toEqual(['UNAUTHENTICATED']);
  });

  it('records a post for an official, and updates it when the same title is set again', async () => {
    const set = (status: string) =>
      api.query(
        `mutation ($input: PositionInput!) { setPosition(input: $input) { entity { id } } }`,
        { input: { officialId: 'official:nguyen-ngoc-ky', organizationId: 'organization:hanoi-peoples-foreign-affairs-advisory-council', title: 'Adviser', status, asOf: '2025', citations: CITE } },
        keys.editor.token,
      );
    expect((await set('current')).errors).toBeUndefined();
    expect((await set('former')).errors).toBeUndefined();
    const rows = await executor.read({
      cypher: `MATCH (:Official {id: 'official:nguyen-ngoc-ky'})-[r:HOLDS_POSITION {key: 'Adviser'}]->(o) RETURN o.id AS org, r.status AS status, r.asOfStart AS start`,
    });
    expect(rows).toEqual([{ org: 'organization:hanoi-peoples-foreign-affairs-advisory-council', status: 'former', start: '2025-01-01' }]);
  });

  it('refuses an award added as a bare relationship, since it would lack the award and its count', async () => {
    const award = `mutation { addRelationship(input: { fromId: "official:vo-trong-hai", type: GAVE_AWARD, toId: "event:people-diplomacy-review-conference-2024-01",
      citations: [{ sourceId: "${SOURCE}", locators: ["L13"] }] }) { entity { id } } }`;
    await unchangedBy(async () => {
      const refused = await api.query(award, undefined, keys.editor.token);
      expect(errorCodes(refused)).toEqual(['BAD_USER_INPUT']);
      expect(refused.errors![0].message).toMatch(/GAVE_AWARD relationships carry details \(award, count, recipients\)/);
    });
  });
});

describe('concurrent writes', () => {
  it('lets one of two simultaneous creates of the same ID through; the other gets CONFLICT', async () => {
    const create = `mutation { createSource(input: { id: "source:twice-registered", title: "Twice", publisher: "Báo Quốc tế", language: "fr", file: "twice.html" }) { source { id } } }`;
    const answers = await Promise.all([api.query(create, undefined, keys.editor.token), api.query(create, undefined, keys.admin.token)]);
    expect(answers.map((answer) => answer.data?.createSource?.source?.id ?? errorCodes(answer)[0]).sort()).toEqual(['CONFLICT', 'source:twice-registered']);
    const [row] = await executor.read({ cypher: `MATCH (s:Source {id: 'source:twice-registered'}) RETURN count(s) AS sources, COUNT { (a:AuditEntry {action: 'CREATE_SOURCE'}) WHERE 'source:twice-registered' IN a.targetIds } AS audits` });
    expect(row).toEqual({ sources: 1, audits: 1 });
  });
});

describe('retiring and merging', () => {
  it('retires a relationship: kept with its reason, no longer served', async () => {
    const retired = await api.query(
      `mutation { retireRelationship(relationship: { fromId: "partnership:ha-tinh-sanxay-cooperation", type: HAS_PARTY, toId: "district:sanxay" },
         reason: "Misread: the article names Sanxay as an observer", citations: [{ sourceId: "${SOURCE}", locators: ["L5"] }]) {
         auditEntry { action reason } } }`,
      undefined,
      keys.editor.token,
    );
    expect(retired.errors).toBeUndefined();
    expect(retired.data!.retireRelationship.auditEntry).toEqual({ action: 'RETIRE_RELATIONSHIP', reason: 'Misread: the article names Sanxay as an observer' });
    const parties = await api.query(`{ node(id: "partnership:ha-tinh-sanxay-cooperation") { ... on Partnership { parties { entity { id } } } } }`);
    expect(parties.data!.node.parties.map((p: { entity: { id: string } }) => p.entity.id)).toEqual(['province:ha-tinh']);
    const kept = await executor.read({
      cypher: `MATCH (:Partnership {id: 'partnership:ha-tinh-sanxay-cooperation'})-[x:RETIRED_FACT]->(:Entity {id: 'district:sanxay'}) RETURN x.type AS type, x.retiredReason AS reason, x.sourceIds AS sources`,
    });
    expect(kept).toEqual([{ type: 'HAS_PARTY', reason: 'Misread: the article names Sanxay as an observer', sources: [SOURCE] }]);
  });

  it('merges a duplicate only with an admin key; afterwards the old ID resolves to the survivor, which holds its facts and names', async () => {
    const duplicate = await api.query(CREATE_LOCALITY, { input: sanxay({ id: 'district:xanxay-duplicate', name: 'Sanxay District', nativeName: undefined }) }, keys.editor.token);
    expect(duplicate.errors).toBeUndefined();
    const linked = await api.query(
      `mutation { addRelationship(input: { fromId: "partnership:ha-tinh--savannakhet", type: HAS_PARTY, toId: "district:xanxay-duplicate", role: "SUPPORTER", citations: [{ sourceId: "${SOURCE}", locators: ["L9"] }] }) { entity { id } } }`,
      undefined,
      keys.editor.token,
    );
    expect(linked.errors).toBeUndefined();

    const merge = `mutation { mergeEntities(survivorId: "district:sanxay", duplicateId: "district:xanxay-duplicate", reason: "Same province", citations: [{ sourceId: "${SOURCE}", locators: ["L5"] }]) {
      entity { id aliases } auditEntry { action targetIds } } }`;
    await unchangedBy(async () => expect(errorCodes(await api.query(merge, undefined, keys.editor.token))).toEqual(['FORBIDDEN']));
    const merged = await api.query(merge, undefined, keys.admin.token);
    expect(merged.errors).toBeUndefined();
    expect(merged.data!.mergeEntities.entity).toEqual({ id: 'district:sanxay', aliases: ['Sanxay', 'Sanxay District'] });

    const resolved = await api.query(`{ node(id: "district:xanxay-duplicate") { id ... on Entity { name } } }`);
    expect(resolved.data!.node).toEqual({ id: 'district:sanxay', name: 'Xanxay' });
    const savannakhet = await api.query(`{ node(id: "partnership:ha-tinh--savannakhet") { ... on Partnership { parties { role entity { id } } } } }`);
    expect(savannakhet.data!.node.parties).toContainEqual({ role: 'SUPPORTER', entity: { id: 'district:sanxay' } });
    const left = await executor.read({ cypher: `MATCH (n {id: 'district:xanxay-duplicate'}) RETURN labels(n) AS labels, n.mergedInto AS into` });
    expect(left).toEqual([{ labels: ['Retired'], into: 'district:sanxay' }]);
  });

  it('retires an entity: gone from queries and traversals, kept in the graph with the reason', async () => {
    const retired = await api.query(
      `mutation { retireEntity(id: "district:sanxay", reason: "Out of scope", citations: [{ sourceId: "${SOURCE}", locators: ["L5"] }]) { entity { id } auditEntry { action } } }`,
      undefined,
      keys.editor.token,
    );
    expect(retired.data!.retireEntity).toEqual({ entity: null, auditEntry: { action: 'RETIRE_ENTITY' } });
    const read = await api.query(`{ node(id: "district:sanxay") { id } old: node(id: "district:xanxay-duplicate") { id } search(query: "sanxay") { entity { id } } }`);
    expect(read.data!.node).toBeNull();
    expect(read.data!.old).toBeNull();
    // The partnership named after it is still found; the province is not.
    expect(read.data!.search.map((hit: { entity: { id: string } }) => hit.entity.id)).toEqual(['partnership:ha-tinh-sanxay-cooperation']);
    const kept = await executor.read({ cypher: `MATCH (n:Retired {id: 'district:sanxay'}) RETURN n.retiredReason AS reason, EXISTS { (n)-[:HAS_PARTY|PART_OF]-() } AS live` });
    expect(kept).toEqual([{ reason: 'Out of scope', live: false }]);
  });
});

describe('curation and the seed files', () => {
  it('a re-import keeps curated changes: a curated seeded entity keeps its edit, a retired one stays retired', async () => {
    const rename = await api.query(
      `mutation { updateEntity(id: "district:na-kai", changes: { note: "Checked against the provincial gazette" }, citations: [{ sourceId: "${SOURCE}", locators: ["L3"] }]) { entity { id } } }`,
      undefined,
      keys.editor.token,
    );
    expect(rename.errors).toBeUndefined();
    const retire = await api.query(
      `mutation { retireEntity(id: "district:nong-bok", reason: "Test of retirement", citations: [{ sourceId: "${SOURCE}", locators: ["L3"] }]) { entity { id } } }`,
      undefined,
      keys.editor.token,
    );
    expect(retire.errors).toBeUndefined();

    await importSeeds(executor, SEEDS_DIR);
    const after = await api.query(`{ naKai: node(id: "district:na-kai") { ... on Entity { note } } nongBok: node(id: "district:nong-bok") { id } }`);
    expect(after.data).toEqual({ naKai: { note: 'Checked against the provincial gazette' }, nongBok: null });
    const audit = await executor.read({ cypher: 'MATCH (a:AuditEntry) RETURN count(a) AS count' });
    expect(audit[0].count).toBeGreaterThanOrEqual(9);
  });
});

describe('access policy and rate limits', () => {
  it('limits anonymous requests per address and keyed ones per key, with RATE_LIMITED and Retry-After', async () => {
    const limited = await TestApi.start(driver, { access: { readsRequireKey: false, anonymousPerMinute: 3, keyPerMinute: 5 } });
    try {
      const query = '{ node(id: "province:ha-tinh") { id } }';
      for (let i = 0; i < 3; i += 1) expect((await limited.query(query)).data!.node).toEqual({ id: 'province:ha-tinh' });
      const refused = await fetch(`${limited.baseUrl}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query }) });
      expect(refused.status).toBe(429);
      expect(Number(refused.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
      expect(((await refused.json()) as { errors: { extensions: { code: string } }[] }).errors[0].extensions.code).toBe('RATE_LIMITED');
      for (let i = 0; i < 5; i += 1) expect((await limited.query(query, undefined, keys.reader.token)).data!.node).toEqual({ id: 'province:ha-tinh' });
      expect(errorCodes(await limited.query(query, undefined, keys.reader.token))).toEqual(['RATE_LIMITED']);
    } finally {
      await limited.stop();
    }
  });

  it('can require a key for reads, and stops honouring a revoked key', async () => {
    const closed = await TestApi.start(driver, { access: { readsRequireKey: true, anonymousPerMinute: 0, keyPerMinute: 0 } });
    try {
      const query = '{ node(id: "province:ha-tinh") { id } }';
      const anonymous = await closed.query(query);
      expect(anonymous.status).toBe(401);
      expect(errorCodes(anonymous)).toEqual(['UNAUTHENTICATED']);
      expect((await closed.query(query, undefined, keys.reader.token)).data!.node).toEqual({ id: 'province:ha-tinh' });
      const revoked = await issueTestKey(driver, Role.READER, 'Soon revoked');
      await executor.write({ cypher: 'MATCH (k:ApiKey {id: $id}) SET k.revokedAt = toString(datetime())', params: { id: revoked.id } });
      expect(errorCodes(await closed.query(query, undefined, revoked.token))).toEqual(['UNAUTHENTICATED']);
    } finally {
      await closed.stop();
    }
  });

  it('lists API keys to admins only, never with their hashes', async () => {
    const asAdmin = await api.query('{ apiKeys { id name role revokedAt } }', undefined, keys.admin.token);
    expect(asAdmin.data!.apiKeys).toContainEqual({ id: keys.editor.id, name: 'Editor Ed', role: 'EDITOR', revokedAt: null });
    expect(JSON.stringify(asAdmin)).not.toMatch(/hash/i);
    expect(errorCodes(await api.query('{ apiKeys { id } }', undefined, keys.editor.token))).toEqual(['FORBIDDEN']);
  });
});
