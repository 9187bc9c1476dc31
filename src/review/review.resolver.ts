import { Arg, Authorized, Ctx, Directive, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { Role } from '../access/role';
import { toAuditEntry } from '../audit/audit.repository';
import { NEVER_CACHED } from '../caching/cache-control.directive';
import { Context } from '../context';
import { EntityRecord, SourceRecord } from '../entity/entity.record';
import { Node } from '../entity/entity.type';
import { DEFAULT_PAGE_SIZE, Page } from '../pagination/connection';
import { Source } from '../source/source.type';
import { ArticleInput, CandidateDecisionInput, NewCandidateInput } from './review.inputs';
import { countsOf, DecisionOutcome, reviewById, reviewPage, ReviewService, statusOf } from './review.service';
import {
  ArticleReview,
  ArticleReviewConnection,
  CandidateDecision,
  CandidateLink,
  CandidateRecord,
  FactClass,
  ReviewCandidate,
  ReviewCounts,
  ReviewDecisionResult,
  ReviewRecord,
  ReviewStatus,
  SubmitArticleResult,
} from './review.type';

function result(outcome: DecisionOutcome): ReviewDecisionResult {
  return { ...outcome, auditEntries: outcome.auditEntries.map(toAuditEntry) };
}

/** The review of ingested articles: every query and mutation needs an editor key; decisions are written like curation, and audited. */
@Resolver(() => ArticleReview)
export class ReviewResolver {
  @Authorized(Role.EDITOR)
  @Directive(NEVER_CACHED)
  @Query(() => ArticleReviewConnection, { description: 'Submitted articles, newest first.' })
  async articleReviews(
    @Ctx() ctx: Context,
    @Arg('status', () => ReviewStatus, { nullable: true, description: 'Only reviews with (OPEN) or without (CLOSED) pending candidates.' }) status?: ReviewStatus,
    @Arg('first', () => Int, { nullable: true, defaultValue: DEFAULT_PAGE_SIZE }) first?: number,
    @Arg('after', () => String, { nullable: true }) after?: string,
  ): Promise<Page<ReviewRecord>> {
    return reviewPage(ctx, status ?? null, { first, after });
  }

  @Authorized(Role.EDITOR)
  @Directive(NEVER_CACHED)
  @Query(() => ArticleReview, { nullable: true, description: 'One review by ID; null if unknown.' })
  async articleReview(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<ReviewRecord | null> {
    return reviewById(ctx, id);
  }

  @Authorized(Role.EDITOR)
  @Mutation(() => SubmitArticleResult, {
    description: 'Reads an article, proposes candidate facts and stores them for review; the same cleaned text submitted again returns its existing review.',
  })
  async submitArticle(@Arg('input', () => ArticleInput) input: ArticleInput, @Ctx() ctx: Context): Promise<SubmitArticleResult> {
    return ReviewService.of(ctx).submit(input);
  }

  @Authorized(Role.EDITOR)
  @Mutation(() => ReviewDecisionResult, {
    description: 'Decides candidates in one transaction: all decisions land, with the facts they write and their audit entries, or none.',
  })
  async decideCandidates(
    @Arg('reviewId', () => ID) reviewId: string,
    @Arg('decisions', () => [CandidateDecisionInput]) decisions: CandidateDecisionInput[],
    @Ctx() ctx: Context,
  ): Promise<ReviewDecisionResult> {
    return result(await ReviewService.of(ctx).decide(reviewId, decisions));
  }

  @Authorized(Role.EDITOR)
  @Mutation(() => ReviewDecisionResult, { description: 'Adds a fact the pipeline missed, with its evidence, and writes it at once (decision ADDED).' })
  async addCandidate(
    @Arg('reviewId', () => ID) reviewId: string,
    @Arg('input', () => NewCandidateInput) input: NewCandidateInput,
    @Ctx() ctx: Context,
  ): Promise<ReviewDecisionResult> {
    return result(await ReviewService.of(ctx).add(reviewId, input));
  }

  @FieldResolver(() => ReviewStatus)
  async status(@Root() review: ReviewRecord, @Ctx() { loaders }: Context): Promise<ReviewStatus> {
    return statusOf(await loaders.candidatesByReviewId.load(review.id));
  }

  @FieldResolver(() => ReviewCounts)
  async counts(@Root() review: ReviewRecord, @Ctx() { loaders }: Context): Promise<ReviewCounts> {
    return countsOf(await loaders.candidatesByReviewId.load(review.id));
  }

  @FieldResolver(() => Source, { nullable: true, description: "The graph's source for this article, once one of its facts is written." })
  async source(@Root() review: ReviewRecord, @Ctx() { loaders }: Context): Promise<SourceRecord | null> {
    return review.sourceId ? loaders.sourceById.load(review.sourceId) : null;
  }

  @FieldResolver(() => [ReviewCandidate])
  async candidates(
    @Root() review: ReviewRecord,
    @Ctx() { loaders }: Context,
    @Arg('decision', () => CandidateDecision, { nullable: true }) decision?: CandidateDecision,
    @Arg('factClass', () => FactClass, { nullable: true }) factClass?: FactClass,
  ): Promise<CandidateRecord[]> {
    const candidates = await loaders.candidatesByReviewId.load(review.id);
    return candidates.filter((c) => (!decision || c.decision === decision) && (!factClass || c.factClass === factClass));
  }
}

@Resolver(() => CandidateLink)
export class CandidateLinkResolver {
  @FieldResolver(() => Node, { nullable: true, description: 'The entity linked to; null if the graph does not hold it.' })
  async entity(@Root() link: CandidateLink, @Ctx() { loaders }: Context): Promise<EntityRecord | null> {
    return loaders.entityById.load(link.entityId);
  }
}
