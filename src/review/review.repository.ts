import { CypherQuery } from '../db/executor';
import { Listing } from '../pagination/listing.repository';
import { CandidateDecision, CandidateRecord, ReviewRecord, ReviewStatus } from './review.type';

/**
 * The Cypher of article reviews. A review is an `ArticleReview` node with its `ReviewCandidate` nodes, neither of
 * them an `Entity`, so no search, traversal, export or count of entities ever meets them.
 */

/** A candidate as stored: its record, evidence and links as JSON text, since Neo4j properties cannot hold maps. */
export interface StoredCandidate {
  reviewId: string;
  key: string;
  order: number;
  factClass: string;
  collection: string;
  record: string;
  proposedRecord: string;
  confidence: number;
  evidence: string;
  links: string;
  isNew: boolean;
  decision: CandidateDecision;
  decidedBy: string | null;
  decidedAt: string | null;
  writtenIds: string[];
}

export function reviewByTextHashQuery(textHash: string): CypherQuery {
  return { cypher: 'MATCH (r:ArticleReview {textHash: $textHash}) RETURN properties(r) AS review', params: { textHash } };
}

export function reviewQuery(id: string): CypherQuery {
  return { cypher: 'MATCH (r:ArticleReview {id: $id}) RETURN properties(r) AS review', params: { id } };
}

/** The review and its candidates, created together; the unique textHash refuses a second review of the same text. */
export function createReviewWrite(review: Omit<ReviewRecord, 'sourceId'>, candidates: StoredCandidate[]): CypherQuery {
  return {
    cypher: `CREATE (r:ArticleReview) SET r = $review
             WITH r
             CALL (r) {
               UNWIND $candidates AS candidate
               CREATE (r)-[:PROPOSES]->(c:ReviewCandidate)
               SET c = candidate
             }
             RETURN properties(r) AS review`,
    params: { review, candidates },
  };
}

/** Each review's candidates in the order the pipeline gave them, with the review's text, which their evidence points into. */
export function candidatesByReviewIdsQuery(ids: readonly string[]): CypherQuery {
  return {
    cypher: `UNWIND $ids AS id
             MATCH (r:ArticleReview {id: id})
             OPTIONAL MATCH (r)-[:PROPOSES]->(c:ReviewCandidate)
             WITH r, c ORDER BY c.order
             RETURN r.id AS reviewId, r.text AS text, collect(properties(c)) AS candidates`,
    params: { ids: [...ids] },
  };
}

/**
 * The review and the candidates a call decides, read in the deciding transaction. Setting `lastDecidedAt` first takes
 * the review's write lock, so that two calls deciding the same candidates run one after the other, and the second
 * sees the first's decisions.
 */
export function reviewForDecisionQuery(reviewId: string, keys: string[], at: string): CypherQuery {
  return {
    cypher: `MATCH (r:ArticleReview {id: $reviewId})
             SET r.lastDecidedAt = $at
             WITH r
             OPTIONAL MATCH (r)-[:PROPOSES]->(c:ReviewCandidate) WHERE c.key IN $keys
             RETURN properties(r) AS review, r.text AS text, collect(properties(c)) AS candidates`,
    params: { reviewId, keys, at },
  };
}

export interface DecisionRow {
  decision: CandidateDecision;
  decidedBy: string;
  decidedAt: string;
  record: string;
  writtenIds: string[];
}

export function decisionWrite(reviewId: string, key: string, decision: DecisionRow): CypherQuery {
  return {
    cypher: `MATCH (:ArticleReview {id: $reviewId})-[:PROPOSES]->(c:ReviewCandidate {key: $key})
             SET c += $decision
             RETURN properties(c) AS candidate`,
    params: { reviewId, key, decision },
  };
}

/** A candidate a reviewer adds; the unique (reviewId, key) refuses the same fact added twice. */
export function addedCandidateWrite(candidate: StoredCandidate): CypherQuery {
  return {
    cypher: `MATCH (r:ArticleReview {id: $reviewId})
             CREATE (r)-[:PROPOSES]->(c:ReviewCandidate)
             SET c = $candidate
             RETURN properties(c) AS candidate`,
    params: { reviewId: candidate.reviewId, candidate },
  };
}

export function nextCandidateOrderQuery(reviewId: string): CypherQuery {
  return {
    cypher: `MATCH (:ArticleReview {id: $reviewId})-[:PROPOSES]->(c:ReviewCandidate)
             RETURN coalesce(max(c.order), -1) + 1 AS next`,
    params: { reviewId },
  };
}

/** The article's source in the graph: one registered by an earlier review, or by a seed file, of the same cleaned text. */
export function sourceByTextHashQuery(textHash: string): CypherQuery {
  return { cypher: 'MATCH (s:Source {textHash: $textHash}) RETURN s.id AS id ORDER BY s.id LIMIT 1', params: { textHash } };
}

export function reviewSourceWrite(reviewId: string, sourceId: string): CypherQuery {
  return { cypher: 'MATCH (r:ArticleReview {id: $reviewId}) SET r.sourceId = $sourceId', params: { reviewId, sourceId } };
}

const PENDING = `EXISTS { (n)-[:PROPOSES]->(:ReviewCandidate {decision: 'PENDING'}) }`;

/** Reviews newest first; OPEN ones have a pending candidate, CLOSED ones none. */
export function reviewListing(status: ReviewStatus | null): Listing {
  const conditions = status === ReviewStatus.OPEN ? [PENDING] : status === ReviewStatus.CLOSED ? [`NOT ${PENDING}`] : [];
  return { label: 'ArticleReview', conditions, params: {}, order: { name: 'submittedAt', sortKey: 'n.submittedAt', descending: true } };
}

/** A stored candidate as the layers above see it: JSON parsed, and each span of evidence with the words it covers. */
export function toCandidateRecord(stored: StoredCandidate, text: string): CandidateRecord {
  const evidence = JSON.parse(stored.evidence) as { start: number; end: number }[];
  return {
    reviewId: stored.reviewId,
    key: stored.key,
    factClass: stored.factClass as CandidateRecord['factClass'],
    collection: stored.collection,
    record: stored.record,
    proposedRecord: stored.proposedRecord,
    confidence: stored.confidence,
    evidence: evidence.map(({ start, end }) => ({ start, end, text: text.slice(start, end) })),
    links: JSON.parse(stored.links) as CandidateRecord['links'],
    isNew: stored.isNew,
    decision: stored.decision,
    decidedBy: stored.decidedBy ?? null,
    decidedAt: stored.decidedAt ?? null,
    writtenIds: stored.writtenIds ?? [],
  };
}

export function toReviewRecord(row: Record<string, unknown>): ReviewRecord {
  const review = row as unknown as ReviewRecord;
  return {
    id: review.id,
    textHash: review.textHash,
    title: review.title ?? null,
    url: review.url ?? null,
    publisher: review.publisher ?? null,
    publishedOn: review.publishedOn ?? null,
    language: review.language,
    text: review.text,
    submittedBy: review.submittedBy,
    submittedAt: review.submittedAt,
    sourceId: review.sourceId ?? null,
  };
}
