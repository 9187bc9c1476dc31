import { ApiError, request } from './api';
import { apiKeyStore } from './api-key-store';
import {
  AddCandidateDocument,
  ArticleReviewDocument,
  ArticleReviewsDocument,
  DecideCandidatesDocument,
  SubmitArticleDocument,
  type ArticleInput,
  type ArticleReview,
  type CandidateDecisionInput,
  type NewCandidateInput,
  type ReviewDecisionResult,
  type ReviewStatus,
  type ReviewSummary,
} from './review-operations';

const REVIEWS_PER_PAGE = 25;

/** The review operations, each sent with the key the reviewer entered. */
export const reviewApi = {
  /** One page of reviews, newest first; `next` is the cursor of the following page, null on the last. */
  async list(status: ReviewStatus | null, after: string | null = null): Promise<{ reviews: ReviewSummary[]; totalCount: number; next: string | null }> {
    const { articleReviews } = await request(ArticleReviewsDocument, { status, first: REVIEWS_PER_PAGE, after }, { apiKey: apiKeyStore.get() });
    const { hasNextPage, endCursor } = articleReviews.pageInfo;
    return { reviews: articleReviews.edges.map((edge) => edge.node), totalCount: articleReviews.totalCount, next: hasNextPage ? endCursor : null };
  },

  async get(id: string): Promise<ArticleReview | null> {
    return (await request(ArticleReviewDocument, { id }, { apiKey: apiKeyStore.get() })).articleReview;
  },

  async submit(input: ArticleInput): Promise<{ created: boolean; review: ReviewSummary }> {
    return (await request(SubmitArticleDocument, { input }, { apiKey: apiKeyStore.get() })).submitArticle;
  },

  async decide(reviewId: string, decisions: CandidateDecisionInput[]): Promise<ReviewDecisionResult> {
    return (await request(DecideCandidatesDocument, { reviewId, decisions }, { apiKey: apiKeyStore.get() })).decideCandidates;
  },

  async add(reviewId: string, input: NewCandidateInput): Promise<ReviewDecisionResult> {
    return (await request(AddCandidateDocument, { reviewId, input }, { apiKey: apiKeyStore.get() })).addCandidate;
  },
};

/** What to tell the reviewer when a review operation fails: a missing or too weak key is said in plain words. */
export function reviewErrorMessage(error: unknown): string {
  if (!(error instanceof ApiError)) return error instanceof Error ? error.message : String(error);
  if (error.codes.includes('UNAUTHENTICATED')) {
    return apiKeyStore.get() ? `The server does not accept this API key (${error.message}). Enter an editor's key.` : 'Reviewing needs an API key: enter an editor’s key above.';
  }
  if (error.codes.includes('FORBIDDEN')) return `This API key may only read: reviewing needs an EDITOR (or ADMIN) key. (${error.message})`;
  return error.message;
}

export function isAccessError(error: unknown): boolean {
  return error instanceof ApiError && (error.codes.includes('UNAUTHENTICATED') || error.codes.includes('FORBIDDEN'));
}
