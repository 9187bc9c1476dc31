import { TypedDocumentString } from '../../client/generated/graphql';

/**
 * The review operations (issue 12's contract), as typed documents that `request` sends like the generated ones.
 * They are written here rather than in src/client/operations/ because every one of them needs an editor's key:
 * the playground offers each query there as an example that must answer without one.
 */

export type FactClass = 'ENTITY' | 'PARTNERSHIP' | 'AGREEMENT' | 'POSITION' | 'EVENT' | 'AID' | 'MEMBERSHIP';
export type ReviewStatus = 'OPEN' | 'CLOSED';
export type CandidateDecision = 'PENDING' | 'ACCEPTED' | 'EDITED' | 'REJECTED' | 'ADDED';
export type DecisionAction = 'ACCEPT' | 'EDIT' | 'REJECT';

export const FACT_CLASSES: readonly FactClass[] = ['ENTITY', 'PARTNERSHIP', 'AGREEMENT', 'POSITION', 'EVENT', 'AID', 'MEMBERSHIP'];

/** The seed files' collections a record may belong to, as the contract lists them. */
export const COLLECTIONS = ['localities', 'organizations', 'associations', 'officials', 'documents', 'events', 'partnerships', 'aidProjects'] as const;

export interface TextSpan {
  start: number;
  end: number;
  text: string;
}

export interface CandidateLink {
  mention: string;
  entityId: string;
  reason: string;
  certain: boolean;
  entity: { id: string; name?: string; kind?: string } | null;
}

export interface ReviewCandidate {
  key: string;
  factClass: FactClass;
  collection: string;
  record: string;
  proposedRecord: string;
  confidence: number;
  evidence: TextSpan[];
  links: CandidateLink[];
  isNew: boolean;
  decision: CandidateDecision;
  decidedBy: string | null;
  decidedAt: string | null;
  writtenIds: string[];
}

export interface ReviewCounts {
  pending: number;
  accepted: number;
  edited: number;
  rejected: number;
  added: number;
}

export interface ReviewSummary {
  id: string;
  title: string | null;
  url: string | null;
  publisher: string | null;
  publishedOn: string | null;
  language: string;
  status: ReviewStatus;
  submittedBy: string;
  submittedAt: string;
  counts: ReviewCounts;
}

export interface ArticleReview extends ReviewSummary {
  textHash: string;
  text: string;
  source: { id: string; title: string } | null;
  candidates: ReviewCandidate[];
}

export interface ArticleInput {
  content: string;
  url?: string | null;
  publisher?: string | null;
  publishedOn?: string | null;
  lang?: string | null;
  title?: string | null;
}

export interface CandidateDecisionInput {
  key: string;
  action: DecisionAction;
  record?: string | null;
}

export interface NewCandidateInput {
  factClass: FactClass;
  collection: string;
  record: string;
  evidence: { start: number; end: number }[];
}

export interface ReviewDecisionResult {
  review: ArticleReview;
  decided: Pick<ReviewCandidate, 'key' | 'decision' | 'writtenIds'>[];
}

const SUMMARY_FIELDS = `
  id
  title
  url
  publisher
  publishedOn
  language
  status
  submittedBy
  submittedAt
  counts { pending accepted edited rejected added }
`;

const REVIEW_FIELDS = `
  ${SUMMARY_FIELDS}
  textHash
  text
  source { id title }
  candidates {
    key factClass collection record proposedRecord confidence isNew decision decidedBy decidedAt writtenIds
    evidence { start end text }
    links { mention entityId reason certain entity { id ... on Entity { name kind } } }
  }
`;

export const ArticleReviewsDocument = new TypedDocumentString<
  { articleReviews: { totalCount: number; edges: { node: ReviewSummary }[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } } },
  { status?: ReviewStatus | null; first?: number; after?: string | null }
>(`
query ArticleReviews($status: ReviewStatus, $first: Int, $after: String) {
  articleReviews(status: $status, first: $first, after: $after) {
    totalCount
    edges { node { ${SUMMARY_FIELDS} } }
    pageInfo { hasNextPage endCursor }
  }
}`);

export const ArticleReviewDocument = new TypedDocumentString<{ articleReview: ArticleReview | null }, { id: string }>(`
query ArticleReview($id: ID!) {
  articleReview(id: $id) { ${REVIEW_FIELDS} }
}`);

export const SubmitArticleDocument = new TypedDocumentString<{ submitArticle: { created: boolean; review: ReviewSummary } }, { input: ArticleInput }>(`
mutation SubmitArticle($input: ArticleInput!) {
  submitArticle(input: $input) {
    created
    review { ${SUMMARY_FIELDS} }
  }
}`);

export const DecideCandidatesDocument = new TypedDocumentString<{ decideCandidates: ReviewDecisionResult }, { reviewId: string; decisions: CandidateDecisionInput[] }>(`
mutation DecideCandidates($reviewId: ID!, $decisions: [CandidateDecisionInput!]!) {
  decideCandidates(reviewId: $reviewId, decisions: $decisions) {
    review { ${REVIEW_FIELDS} }
    decided { key decision writtenIds }
  }
}`);

export const AddCandidateDocument = new TypedDocumentString<{ addCandidate: ReviewDecisionResult }, { reviewId: string; input: NewCandidateInput }>(`
mutation AddCandidate($reviewId: ID!, $input: NewCandidateInput!) {
  addCandidate(reviewId: $reviewId, input: $input) {
    review { ${REVIEW_FIELDS} }
    decided { key decision writtenIds }
  }
}`);
