import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { Driver, Neo4jError } from 'neo4j-driver';
import { Role } from '../../src/access/role';
import { repositoryRoot } from '../../src/config';
import { contextOver } from '../../src/context';
import { CypherQuery, Executor, WriteTransaction } from '../../src/db/executor';
import { NetworkWorkers } from '../../src/network/network-workers';
import { ReviewService } from '../../src/review/review.service';
import { DecisionAction } from '../../src/review/review.type';
import { errorCodes, graphSnapshot, issueTestKey, seedTestGraph, testDriver, TestApi } from './support';

const ARTICLE = fs.readFileSync(path.join(repositoryRoot(), 'test', 'fixtures', 'articles', 'review-ninh-binh-bokeo-2025.en.txt'), 'utf8');
const META = { publishedOn: '2025-03-14', publisher: 'Example News', url: 'https://example.org/ninh-binh-bokeo' };

let driver: Driver;
let api: TestApi;
let executor: Executor;
const keys = {} as Record<'reader' | 'editor', { id: string; token: string }>;

beforeAll(async () => {
  driver = testDriver();
  executor = new Executor(driver, undefined);
  await seedTestGraph(driver);
  keys.reader = await issueTestKey(driver, Role.READER, 'Reader Ruth');
  keys.editor = await issueTestKey(driver, Role.EDITOR, 'Editor Ed');
  api = await TestApi.start(driver, { maxRequestBytes: 1_000_000 });
}, 300_000);

afterAll(async () => {
  await api?.stop();
  await driver?.close();
});

const CANDIDATE = `key factClass collection record proposedRecord isNew decision decidedBy decidedAt writtenIds confidence
  evidence { start end text } links { mention entityId certain entity { id } }`;
const REVIEW = `id textHash title url publisher publishedOn language text status submittedBy submittedAt
  counts { pending accepted edited rejected added }
  source { id sourceKind textHash url publisher publishedOn language title }
  candidates { ${CANDIDATE} }`;
const SUBMIT = `mutation ($input: ArticleInput!) { submitArticle(input: $input) { created review { ${REVIEW} } } }`;
const DECIDE = `mutation ($reviewId: ID!, $decisions: [CandidateDecisionInput!]!) {
  decideCandidates(reviewId: $reviewId, decisions: $decisions) {
    review { ${REVIEW} } decided { ${CANDIDATE} } auditEntries { action targetIds sourceIds summary changes actor { name } }
  }
}`;
const ADD = `mutation ($reviewId: ID!, $input: NewCandidateInput!) {
  addCandidate(reviewId: $reviewId, input: $input) {
    review { ${REVIEW} } decided { ${CANDIDATE} } auditEntries { action targetIds sourceIds }
  }
}`;

interface Candidate {
  key: string;
  factClass: string;
  collection: string;
  record: string;
  isNew: boolean;
  decision: string;
  evidence: { start: number; end: number; text: string }[];
}

const AGREEMENT = 'agreement:ninh-binh--bokeo-cooperation-agreement';
const PARTNERSHIP = 'partnership:ninh-binh--bokeo';

let reviewId: string;
let candidates: Candidate[];

function candidate(factClass: string, id: string): Candidate {
  const found = candidates.find((c) => c.factClass === factClass && JSON.parse(c.record).id === id);
  if (!found) throw new Error(`no ${factClass} candidate ${id} among ${candidates.map((c) => `${c.factClass} ${JSON.parse(c.record).id}`).join(', ')}`);
  return found;
}

async function decide(decisions: { key: string; action: string; record?: string }[], token = keys.editor.token) {
  return api.query(DECIDE, { reviewId, decisions }, token);
}

async function counts(): Promise<{ nodes: number; relationships: number }> {
  const [row] = await executor.read({ cypher: 'MATCH (n) RETURN count(n) AS nodes, COUNT { ()-[]->() } AS relationships' });
  return row as { nodes: number; relationships: number };
}

async function decisionsOf(keysToRead: string[]): Promise<string[]> {
  const rows = await executor.read({
    cypher: 'UNWIND $keys AS key MATCH (:ArticleReview {id: $reviewId})-[:PROPOSES]->(c:ReviewCandidate {key: key}) RETURN c.decision AS decision',
    params: { keys: keysToRead, reviewId },
  });
  return rows.map((row) => row.decision as string);
}

async function citationOf(entityId: string): Promise<string[]> {
  const [row] = await executor.read({
    cypher: 'MATCH (:Entity {id: $entityId})-[c:CITED_IN]->(s:Source {textHash: $hash}) RETURN c.locators AS locators',
    params: { entityId, hash: createHash('sha256').update(reviewText).digest('hex') },
  });
  return (row?.locators as string[] | undefined) ?? [];
}

let reviewText: string;

describe('submitting an article', () => {
  it('refuses a caller without a key (UNAUTHENTICATED) or with a reader key (FORBIDDEN), writing nothing', async () => {
    const before = await graphSnapshot(executor);
    expect(errorCodes(await api.query(SUBMIT, { input: { content: ARTICLE, ...META } }))).toEqual(['UNAUTHENTICATED']);
    expect(errorCodes(await api.query(SUBMIT, { input: { content: ARTICLE, ...META } }, keys.reader.token))).toEqual(['FORBIDDEN']);
    expect(errorCodes(await api.query(`{ articleReviews { totalCount } }`, {}, keys.reader.token))).toEqual(['FORBIDDEN']);
    expect(await graphSnapshot(executor)).toBe(before);
  });

  it('stores the review with its cleaned text, its hash, who submitted it and the candidates, all pending', async () => {
    const response = await api.query(SUBMIT, { input: { content: ARTICLE, ...META } }, keys.editor.token);
    expect(response.errors).toBeUndefined();
    const { created, review } = response.data!.submitArticle;
    expect(created).toBe(true);
    reviewText = review.text;
    const hash = createHash('sha256').update(review.text).digest('hex');
    expect(review).toMatchObject({ id: `review:${hash.slice(0, 16)}`, textHash: hash, language: 'en', status: 'OPEN', submittedBy: 'Editor Ed', source: null, ...META });
    reviewId = review.id;
    candidates = review.candidates;
    expect(candidates.every((c) => c.decision === 'PENDING')).toBe(true);
    expect(review.counts).toEqual({ pending: candidates.length, accepted: 0, edited: 0, rejected: 0, added: 0 });
    const linked = candidate('ENTITY', 'province:ninh-binh');
    expect(linked.isNew).toBe(false);
    expect(linked.evidence[0].text).toBe('Ninh Binh');
    expect(candidate('PARTNERSHIP', PARTNERSHIP).isNew).toBe(true);
    candidate('AGREEMENT', AGREEMENT);
    candidate('EVENT', 'event:bokeo-visit-ninh-binh');
    candidate('POSITION', 'official:khamphanh-sitthivong');
  });

  it('returns the existing review for the same cleaned text, with created: false, and writes nothing', async () => {
    const before = await graphSnapshot(executor);
    const again = await api.query(SUBMIT, { input: { content: `${ARTICLE}\n\n`, ...META, url: 'https://example.org/elsewhere' } }, keys.editor.token);
    expect(again.data!.submitArticle).toMatchObject({ created: false, review: { id: reviewId, url: META.url } });
    expect(await graphSnapshot(executor)).toBe(before);
    const [row] = await executor.read({ cypher: 'MATCH (r:ArticleReview) RETURN count(r) AS reviews, COUNT { (:ReviewCandidate) } AS candidates' });
    expect(row).toEqual({ reviews: 1, candidates: candidates.length });
  });

  it('writes one review when the same text is submitted twice at once', async () => {
    const content = `${ARTICLE}\nBoth provinces will meet again next year.`;
    const [first, second] = await Promise.all([0, 1].map(() => api.query(SUBMIT, { input: { content, ...META } }, keys.editor.token)));
    expect([first.errors, second.errors]).toEqual([undefined, undefined]);
    expect([first.data!.submitArticle.created, second.data!.submitArticle.created].sort()).toEqual([false, true]);
    expect(first.data!.submitArticle.review.id).toBe(second.data!.submitArticle.review.id);
    const [row] = await executor.read({ cypher: 'MATCH (r:ArticleReview {id: $id}) RETURN count(r) AS reviews', params: { id: first.data!.submitArticle.review.id } });
    expect(row.reviews).toBe(1);
  });

  it('refuses an article longer than the limit, saying the limit, and one that cleans to nothing', async () => {
    const long = await api.query(SUBMIT, { input: { content: 'word '.repeat(40_001) } }, keys.editor.token);
    expect(errorCodes(long)).toEqual(['BAD_USER_INPUT']);
    expect(long.errors![0].message).toContain('200000');
    const malformed = await api.query(SUBMIT, { input: { content: ARTICLE, publishedOn: '14 March' } }, keys.editor.token);
    expect(errorCodes(malformed)).toEqual(['BAD_USER_INPUT']);
  });

  it('keeps reviews out of search, node lookups and the entities', async () => {
    const search = await api.query(`{ search(query: "renew their cooperation") { entity { id } } }`);
    expect(search.data!.search).toEqual([]);
    const node = await api.query(`query ($id: ID!) { node(id: $id) { id } }`, { id: reviewId });
    expect(node.data?.node ?? null).toBeNull();
    const [row] = await executor.read({
      cypher: `MATCH (n:Entity) WHERE n.id STARTS WITH 'review:' OR n:ArticleReview OR n:ReviewCandidate RETURN count(n) AS count`,
    });
    expect(row.count).toBe(0);
  });
});

describe('reading reviews', () => {
  it('lists reviews newest first with their candidates, in a fixed number of round trips, and filters by status', async () => {
    const list = await api.query(`{ articleReviews(first: 10) { totalCount edges { node { id status counts { pending } candidates { key } } } } }`, {}, keys.editor.token);
    expect(list.errors).toBeUndefined();
    const nodes = list.data!.articleReviews.edges.map((edge: { node: { id: string } }) => edge.node);
    expect(nodes).toHaveLength(2);
    expect(nodes[1].id).toBe(reviewId);
    expect(nodes[1].candidates).toHaveLength(candidates.length);
    expect(list.extensions!.roundTrips).toBeLessThanOrEqual(3);
    const closed = await api.query(`{ articleReviews(status: CLOSED) { totalCount } }`, {}, keys.editor.token);
    expect(closed.data!.articleReviews.totalCount).toBe(0);
    const open = await api.query(`{ articleReviews(status: OPEN) { totalCount } }`, {}, keys.editor.token);
    expect(open.data!.articleReviews.totalCount).toBe(2);
  });

  it('answers null for an unknown review, and filters candidates by class and decision', async () => {
    const unknown = await api.query(`{ articleReview(id: "review:0000000000000000") { id } }`, {}, keys.editor.token);
    expect(unknown.data!.articleReview).toBeNull();
    const one = await api.query(`query ($id: ID!) { articleReview(id: $id) { candidates(factClass: ENTITY, decision: PENDING) { factClass } } }`, { id: reviewId }, keys.editor.token);
    const entities = one.data!.articleReview.candidates as { factClass: string }[];
    expect(entities.length).toBe(candidates.filter((c) => c.factClass === 'ENTITY').length);
    expect(entities.every((c) => c.factClass === 'ENTITY')).toBe(true);
  });
});

describe('deciding candidates', () => {
  it('refuses a fact that names an entity the graph lacks, naming it, and writes nothing', async () => {
    const before = await graphSnapshot(executor);
    const response = await decide([{ key: candidate('PARTNERSHIP', PARTNERSHIP).key, action: 'ACCEPT' }]);
    expect(errorCodes(response)).toEqual(['BAD_USER_INPUT']);
    expect(response.errors![0].message).toContain(AGREEMENT);
    expect(await graphSnapshot(executor)).toBe(before);
  });

  it('writes nothing of a batch whose last decision is invalid, and leaves its candidates pending', async () => {
    const before = await graphSnapshot(executor);
    const event = candidate('EVENT', 'event:bokeo-visit-ninh-binh');
    const batch = [
      { key: candidate('ENTITY', 'province:ninh-binh').key, action: 'ACCEPT' },
      { key: candidate('AGREEMENT', AGREEMENT).key, action: 'ACCEPT' },
      { key: event.key, action: 'EDIT', record: JSON.stringify({ ...JSON.parse(event.record), kind: 'PICNIC' }) },
    ];
    const response = await decide(batch);
    expect(errorCodes(response)).toEqual(['BAD_USER_INPUT']);
    expect(response.errors![0].message).toContain(event.key);
    expect(await graphSnapshot(executor)).toBe(before);
    expect(await decisionsOf(batch.map((d) => d.key))).toEqual(['PENDING', 'PENDING', 'PENDING']);
  });

  it('refuses EDIT without a record, and a record that is not JSON, as BAD_USER_INPUT', async () => {
    const key = candidate('EVENT', 'event:bokeo-visit-ninh-binh').key;
    expect(errorCodes(await decide([{ key, action: 'EDIT' }]))).toEqual(['BAD_USER_INPUT']);
    expect(errorCodes(await decide([{ key, action: 'EDIT', record: '{"id": ' }]))).toEqual(['BAD_USER_INPUT']);
    expect(errorCodes(await decide([{ key: 'ffffffffffffffff', action: 'ACCEPT' }]))).toEqual(['NOT_FOUND']);
    expect(errorCodes(await api.query(DECIDE, { reviewId: 'review:0000000000000000', decisions: [{ key, action: 'ACCEPT' }] }, keys.editor.token))).toEqual(['NOT_FOUND']);
    expect(errorCodes(await decide([{ key, action: 'REJECT' }], keys.reader.token))).toEqual(['FORBIDDEN']);
  });

  it('leaves nothing half-written when the database fails in the middle of the decisions', async () => {
    const before = await graphSnapshot(executor);
    let audits = 0;
    // The second audit entry (after the new source's) fails as a database error would.
    const failing = new (class extends Executor {
      override inWriteTransaction<T>(work: (tx: WriteTransaction) => Promise<T>): Promise<T> {
        return super.inWriteTransaction((tx) =>
          work({
            runRaw: (query: CypherQuery) => tx.runRaw(query),
            run: async (query: CypherQuery) => {
              if (query.cypher.includes('CREATE (a:AuditEntry') && ++audits === 2) throw new Neo4jError('injected failure', 'Neo.DatabaseError.General.UnknownError', '', '');
              return tx.run(query);
            },
          }),
        );
      }
    })(driver, undefined);
    const context = contextOver(failing, {} as NetworkWorkers, 'injected', undefined, { kind: 'key', keyId: keys.editor.id, name: 'Editor Ed', role: Role.EDITOR });
    const decisions = [
      { key: candidate('ENTITY', 'province:ninh-binh').key, action: DecisionAction.ACCEPT },
      { key: candidate('AGREEMENT', AGREEMENT).key, action: DecisionAction.ACCEPT },
    ];
    await expect(ReviewService.of(context).decide(reviewId, decisions)).rejects.toThrow('injected failure');
    expect(audits).toBe(2);
    expect(await graphSnapshot(executor)).toBe(before);
    expect(await decisionsOf(decisions.map((d) => d.key))).toEqual(['PENDING', 'PENDING']);
  });

  it('accepts several candidates in one call, entities before the facts naming them: the article becomes a source, cited by offsets', async () => {
    const partnership = candidate('PARTNERSHIP', PARTNERSHIP);
    const agreement = candidate('AGREEMENT', AGREEMENT);
    const province = candidate('ENTITY', 'province:ninh-binh');
    const response = await decide([
      { key: partnership.key, action: 'ACCEPT' },
      { key: agreement.key, action: 'ACCEPT' },
      { key: province.key, action: 'ACCEPT' },
    ]);
    expect(response.errors).toBeUndefined();
    const result = response.data!.decideCandidates;
    const hash = createHash('sha256').update(reviewText).digest('hex');
    expect(result.review.source).toEqual({
      id: `source:example-news-2025-03-14-${hash.slice(0, 8)}`,
      sourceKind: 'ARTICLE',
      textHash: hash,
      url: META.url,
      publisher: 'Example News',
      publishedOn: '2025-03-14',
      language: 'en',
      title: 'Ninh Binh and Bokeo renew their cooperation',
    });
    expect(result.decided.map((c: Candidate) => c.key)).toEqual([partnership.key, agreement.key, province.key]);
    expect(result.decided.map((c: { decision: string; decidedBy: string; writtenIds: string[] }) => [c.decision, c.decidedBy, c.writtenIds])).toEqual([
      ['ACCEPTED', 'Editor Ed', [PARTNERSHIP]],
      ['ACCEPTED', 'Editor Ed', [AGREEMENT]],
      ['ACCEPTED', 'Editor Ed', ['province:ninh-binh']],
    ]);
    expect(result.auditEntries.map((entry: { action: string }) => entry.action)).toEqual(['CREATE_SOURCE', 'ADD_FACTS', 'CREATE_ENTITY', 'CREATE_ENTITY']);
    expect(result.auditEntries.every((entry: { actor: { name: string } }) => entry.actor.name === 'Editor Ed')).toBe(true);
    expect(JSON.parse(result.auditEntries[3].changes).review).toEqual({ id: reviewId, candidate: partnership.key });
    expect(result.review.counts).toMatchObject({ accepted: 3 });

    expect(await citationOf(PARTNERSHIP)).toEqual(partnership.evidence.map((e) => `C${e.start}-${e.end}`));
    expect(await citationOf('province:ninh-binh')).toEqual(province.evidence.map((e) => `C${e.start}-${e.end}`));
    const [written] = await executor.read({
      cypher: `MATCH (p:Partnership {id: $partnership})
               RETURN COUNT { (p)-[:HAS_PARTY]->(:Entity) } AS parties, COUNT { (p)-[:FORMALIZED_BY]->(:Document {id: $agreement}) } AS agreements,
                      COUNT { (:Document {id: $agreement})-[:SIGNED_BY]->(:Entity) } AS signatories,
                      COUNT { (a:AuditEntry) WHERE a.targetIds[0] = $agreement AND a.action = 'CREATE_ENTITY' } AS audits`,
      params: { partnership: PARTNERSHIP, agreement: AGREEMENT },
    });
    expect(written).toEqual({ parties: 2, agreements: 1, signatories: 2, audits: 1 });
    const served = await api.query(`{ node(id: "${PARTNERSHIP}") { ... on Entity { sources { id } } } }`);
    expect(served.data!.node.sources).toEqual([{ id: result.review.source.id }]);
  });

  it('refuses to decide a candidate again (CONFLICT), writing nothing', async () => {
    const before = await graphSnapshot(executor);
    const again = await decide([{ key: candidate('AGREEMENT', AGREEMENT).key, action: 'REJECT' }]);
    expect(errorCodes(again)).toEqual(['CONFLICT']);
    expect(await graphSnapshot(executor)).toBe(before);
  });

  it('writes the edited record, not the proposed one', async () => {
    const event = candidate('EVENT', 'event:bokeo-visit-ninh-binh');
    const edited = {
      ...JSON.parse(event.record),
      name: 'Bokeo delegation in Ninh Binh',
      date: '2025-03-11',
      participants: [{ id: 'province:bokeo', role: 'DELEGATION' }],
    };
    const response = await decide([{ key: event.key, action: 'EDIT', record: JSON.stringify(edited) }]);
    expect(response.errors).toBeUndefined();
    expect(response.data!.decideCandidates.decided[0]).toMatchObject({ decision: 'EDITED', record: JSON.stringify(edited), proposedRecord: event.record });
    const [row] = await executor.read({
      cypher: `MATCH (e:Event {id: 'event:bokeo-visit-ninh-binh'}) RETURN e.name AS name, e.date AS date, e.sortKey AS sortKey,
               [(p)-[:PARTICIPATED_IN]->(e) | p.id] AS participants`,
    });
    expect(row).toEqual({ name: 'Bokeo delegation in Ninh Binh', date: '2025-03-11', sortKey: '2025-03-11', participants: ['province:bokeo'] });
    expect(response.data!.decideCandidates.auditEntries.map((entry: { action: string }) => entry.action)).toEqual(['CREATE_ENTITY']);
  });

  it('writes nothing but the decision for a rejected candidate', async () => {
    const before = await counts();
    const position = candidate('POSITION', 'official:khamphanh-sitthivong');
    const response = await decide([{ key: position.key, action: 'REJECT' }]);
    expect(response.errors).toBeUndefined();
    expect(response.data!.decideCandidates).toMatchObject({ decided: [{ decision: 'REJECTED', writtenIds: [] }], auditEntries: [] });
    expect(await counts()).toEqual(before);
    const [row] = await executor.read({ cypher: `MATCH (n {id: 'official:khamphanh-sitthivong'}) RETURN count(n) AS count` });
    expect(row.count).toBe(0);
  });

  it('adds a fact the pipeline missed, with its evidence, and writes it at once', async () => {
    const sentence = 'Both sides agreed to expand trade and tourism links between Ninh Binh and Luang Prabang.';
    const start = reviewText.indexOf(sentence);
    expect(start).toBeGreaterThan(0);
    const record = {
      id: 'partnership:ninh-binh--luang-prabang',
      name: 'Ninh Binh – Luang Prabang',
      kind: 'COOPERATION',
      parties: [{ id: 'province:ninh-binh' }, { id: 'province:luang-prabang' }],
    };
    const input = { factClass: 'PARTNERSHIP', collection: 'partnerships', record: JSON.stringify(record), evidence: [{ start, end: start + sentence.length }] };
    const outside = await api.query(ADD, { reviewId, input: { ...input, evidence: [{ start, end: reviewText.length + 1 }] } }, keys.editor.token);
    expect(errorCodes(outside)).toEqual(['BAD_USER_INPUT']);

    const response = await api.query(ADD, { reviewId, input }, keys.editor.token);
    expect(response.errors).toBeUndefined();
    const added = response.data!.addCandidate;
    expect(added.decided[0]).toMatchObject({ decision: 'ADDED', factClass: 'PARTNERSHIP', isNew: true, writtenIds: [record.id], evidence: [{ start, end: start + sentence.length, text: sentence }] });
    expect(added.auditEntries.map((entry: { action: string }) => entry.action)).toEqual(['CREATE_ENTITY']);
    expect(added.review.counts.added).toBe(1);
    expect(await citationOf(record.id)).toEqual([`C${start}-${start + sentence.length}`]);
    expect(errorCodes(await api.query(ADD, { reviewId, input }, keys.editor.token))).toEqual(['CONFLICT']);
  });

  it('adds what a known entity lacks instead of refusing it as existing, and closes the review once nothing is pending', async () => {
    const pending = candidates.filter((c) => !['PARTNERSHIP', 'AGREEMENT', 'EVENT', 'POSITION'].includes(c.factClass) && JSON.parse(c.record).id !== 'province:ninh-binh');
    const known = pending.filter((c) => !c.isNew);
    const response = await decide(pending.map((c) => ({ key: c.key, action: c.isNew ? 'REJECT' : 'ACCEPT' })));
    expect(response.errors).toBeUndefined();
    const result = response.data!.decideCandidates;
    expect(result.auditEntries.map((entry: { action: string }) => entry.action)).toEqual(known.map(() => 'ADD_FACTS'));
    expect(result.review.status).toBe('CLOSED');
    expect(await citationOf('province:luang-prabang')).toEqual(candidate('ENTITY', 'province:luang-prabang').evidence.map((e) => `C${e.start}-${e.end}`));
  });
});

describe('facts the graph holds already', () => {
  it('accepting a known partnership cites the article and adds the start year it lacked, keeping what the graph says', async () => {
    const content = fs.readFileSync(path.join(repositoryRoot(), 'test', 'fixtures', 'articles', 'ha-tinh-bolikhamxay-anniversary-2024.fr.txt'), 'utf8');
    const submitted = await api.query(SUBMIT, { input: { content, publishedOn: '2024-06-14', publisher: 'Exemple' } }, keys.editor.token);
    expect(submitted.errors).toBeUndefined();
    const review = submitted.data!.submitArticle.review;
    const known = (review.candidates as Candidate[]).find((c) => c.factClass === 'PARTNERSHIP')!;
    expect(known).toMatchObject({ isNew: false, record: expect.stringContaining('"partnership:ha-tinh--bolikhamxay"') });
    const before = (await executor.read({ cypher: `MATCH (p:Partnership {id: 'partnership:ha-tinh--bolikhamxay'}) RETURN p.since AS since, p.category AS kind` }))[0];
    expect(before).toEqual({ since: null, kind: 'COMPREHENSIVE_COOPERATION' });

    const response = await api.query(DECIDE, { reviewId: review.id, decisions: [{ key: known.key, action: 'ACCEPT' }] }, keys.editor.token);
    expect(response.errors).toBeUndefined();
    const result = response.data!.decideCandidates;
    expect(result.auditEntries.map((entry: { action: string }) => entry.action).at(-1)).toBe('ADD_FACTS');
    const sourceId = result.review.source.id;
    const [row] = await executor.read({
      cypher: `MATCH (p:Partnership {id: 'partnership:ha-tinh--bolikhamxay'})
               RETURN p.since AS since, p.sinceConfidence AS confidence, p.category AS kind,
                      [(p)-[r:HAS_PARTY]->() | $sourceId IN r.sourceIds] AS partiesCite,
                      [(p)-[c:CITED_IN]->(:Source {id: $sourceId}) | c.locators] AS locators`,
      params: { sourceId },
    });
    expect(row).toEqual({ since: '1969', confidence: 'inferred', kind: 'COMPREHENSIVE_COOPERATION', partiesCite: [true, true], locators: [known.evidence.map((e) => `C${e.start}-${e.end}`)] });
  });
});

describe('officials the graph knows', () => {
  it('gives a known official a new post, and cites one that is only named, without refusing either as existing', async () => {
    const span = [{ start: 0, end: 10 }];
    const post = {
      id: 'official:nguyen-ngoc-ky',
      name: 'Nguyen Ngoc Ky',
      positions: [{ title: 'Invité', organization: 'province:ninh-binh', status: 'current', asOf: '2025-03-14' }],
    };
    const wrongTarget = await api.query(ADD, { reviewId, input: { factClass: 'POSITION', collection: 'officials', record: JSON.stringify(post), evidence: span } }, keys.editor.token);
    expect(errorCodes(wrongTarget)).toEqual(['BAD_USER_INPUT']);
    expect(wrongTarget.errors![0].message).toContain('province:ninh-binh');

    const withPost = { ...post, positions: [{ ...post.positions[0], organization: 'association:hanoi-union-of-friendship-organizations' }] };
    const added = await api.query(ADD, { reviewId, input: { factClass: 'POSITION', collection: 'officials', record: JSON.stringify(withPost), evidence: span } }, keys.editor.token);
    expect(added.errors).toBeUndefined();
    expect(added.data!.addCandidate.auditEntries.map((entry: { action: string }) => entry.action)).toEqual(['ADD_FACTS']);
    const named = await api.query(
      ADD,
      { reviewId, input: { factClass: 'ENTITY', collection: 'officials', record: JSON.stringify({ id: post.id, name: post.name }), evidence: [{ start: 11, end: 20 }] } },
      keys.editor.token,
    );
    expect(named.errors).toBeUndefined();
    const [row] = await executor.read({
      cypher: `MATCH (o:Official {id: $id}) RETURN [(o)-[p:HOLDS_POSITION]->() | p.title] AS titles`,
      params: { id: post.id },
    });
    expect([...(row.titles as string[])].sort()).toEqual(['Invité', 'Président']);
    expect(await citationOf(post.id)).toEqual(['C0-10', 'C11-20']);
  });
});

describe('curation of a reviewed article', () => {
  it('cites a source known by its text hash by offsets, and refuses line locators for it', async () => {
    const [row] = await executor.read({ cypher: 'MATCH (s:Source {textHash: $hash}) RETURN s.id AS id', params: { hash: createHash('sha256').update(reviewText).digest('hex') } });
    const UPDATE = `mutation ($citations: [CitationInput!]!) {
      updateEntity(id: "province:luang-prabang", changes: { note: "Named in a reviewed article." }, citations: $citations) { entity { id } }
    }`;
    const byLine = await api.query(UPDATE, { citations: [{ sourceId: row.id, locators: ['L3'] }] }, keys.editor.token);
    expect(errorCodes(byLine)).toEqual(['BAD_USER_INPUT']);
    expect(byLine.errors![0].message).toContain('C120-245');
    const reversed = await api.query(UPDATE, { citations: [{ sourceId: row.id, locators: ['C40-12'] }] }, keys.editor.token);
    expect(errorCodes(reversed)).toEqual(['BAD_USER_INPUT']);
    const byOffsets = await api.query(UPDATE, { citations: [{ sourceId: row.id, locators: ['C0-10'] }] }, keys.editor.token);
    expect(byOffsets.errors).toBeUndefined();
    expect(await citationOf('province:luang-prabang')).toContain('C0-10');
    const archived = await api.query(UPDATE, { citations: [{ sourceId: 'source:vietnamvn-2023-11-25-ha-tinh-plan', locators: ['C0-10'] }] }, keys.editor.token);
    expect(errorCodes(archived)).toEqual(['BAD_USER_INPUT']);
  });
});
