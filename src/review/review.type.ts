import { Directive, Field, Float, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { NEVER_CACHED } from '../caching/cache-control.directive';
import { AuditEntry } from '../audit/audit.type';
import { EntityRecord, SourceRecord } from '../entity/entity.record';
import { connectionOf } from '../pagination/connection';

export enum FactClass {
  ENTITY = 'ENTITY',
  PARTNERSHIP = 'PARTNERSHIP',
  AGREEMENT = 'AGREEMENT',
  POSITION = 'POSITION',
  EVENT = 'EVENT',
  AID = 'AID',
  MEMBERSHIP = 'MEMBERSHIP',
}

export enum ReviewStatus {
  OPEN = 'OPEN',
  CLOSED = 'CLOSED',
}

export enum CandidateDecision {
  PENDING = 'PENDING',
  ACCEPTED = 'ACCEPTED',
  EDITED = 'EDITED',
  REJECTED = 'REJECTED',
  ADDED = 'ADDED',
}

export enum DecisionAction {
  ACCEPT = 'ACCEPT',
  EDIT = 'EDIT',
  REJECT = 'REJECT',
}

registerEnumType(FactClass, { name: 'FactClass', description: 'What a candidate proposes: an entity, or a fact of one of these classes.' });
registerEnumType(ReviewStatus, { name: 'ReviewStatus', description: 'OPEN while any candidate of the review is PENDING, else CLOSED.' });
registerEnumType(CandidateDecision, {
  name: 'CandidateDecision',
  description: 'PENDING until decided; ACCEPTED and EDITED were written to the graph, REJECTED was not; ADDED was written by hand, a fact the pipeline missed.',
});
registerEnumType(DecisionAction, { name: 'DecisionAction', description: 'ACCEPT writes the record as proposed, EDIT writes the edited record, REJECT writes nothing but the decision.' });

/** A candidate as the review repository returns it: its JSON fields parsed, the rest as stored. */
export interface CandidateRecord {
  reviewId: string;
  key: string;
  factClass: FactClass;
  collection: string;
  record: string;
  proposedRecord: string;
  confidence: number;
  /** With the words each span covers. */
  evidence: { start: number; end: number; text: string }[];
  links: { mention: string; entityId: string; reason: string; certain: boolean }[];
  isNew: boolean;
  decision: CandidateDecision;
  decidedBy: string | null;
  decidedAt: string | null;
  writtenIds: string[];
}

/** A review node's properties as the repository returns them. */
export interface ReviewRecord {
  id: string;
  textHash: string;
  title: string | null;
  url: string | null;
  publisher: string | null;
  publishedOn: string | null;
  language: string;
  text: string;
  submittedBy: string;
  submittedAt: string;
  /** The graph's source for the article, once one fact of it is written. */
  sourceId: string | null;
}

@ObjectType({ description: 'A stretch of the cleaned article text: UTF-16 offsets into ArticleReview.text, end exclusive, and the text they cover.' })
export class TextSpan {
  @Field(() => Int)
  start: number;

  @Field(() => Int)
  end: number;

  @Field()
  text: string;
}

@ObjectType({ description: 'A name in the text that the pipeline linked to an entity of the graph.' })
export class CandidateLink {
  @Field({ description: 'The words as the text writes them.' })
  mention: string;

  @Field(() => ID)
  entityId: string;

  @Field({ description: 'Why the words name that entity: "exact label", "alias", "folded match", "context: …".' })
  reason: string;

  @Field({ description: 'False for homonyms and for names written without a capital.' })
  certain: boolean;

  /** Served by ReviewResolver's field resolver: the entity, or null when the graph no longer holds it. */
  entity?: EntityRecord | null;
}

@Directive(NEVER_CACHED)
@ObjectType({ description: 'One fact (or entity) the pipeline proposed for an article, or that a reviewer added, and its decision.' })
export class ReviewCandidate {
  @Field(() => ID, { description: "The pipeline's candidate key; unique within its review." })
  key: string;

  @Field(() => FactClass)
  factClass: FactClass;

  @Field({ description: 'The model collection of the record: localities, organizations, associations, officials, documents, events, partnerships, aidProjects.' })
  collection: string;

  @Field({ description: 'The record as JSON, in the seed files\' format without cite; after EDIT, the edited record.' })
  record: string;

  @Field({ description: 'The record as the pipeline proposed it (JSON).' })
  proposedRecord: string;

  @Field(() => Float)
  confidence: number;

  @Field(() => [TextSpan], { description: 'Where the text states it.' })
  evidence: TextSpan[];

  @Field(() => [CandidateLink])
  links: CandidateLink[];

  @Field({ description: 'True when proposed as new; false when the graph held its record already (a linked entity, a known partnership or official).' })
  isNew: boolean;

  @Field(() => CandidateDecision)
  decision: CandidateDecision;

  @Field(() => String, { nullable: true, description: "The API key's name that decided it." })
  decidedBy: string | null;

  @Field(() => String, { nullable: true, description: 'When it was decided (ISO 8601, UTC).' })
  decidedAt: string | null;

  @Field(() => [ID], { description: 'The graph entities the decision created or cited.' })
  writtenIds: string[];
}

@ObjectType({ description: 'How many candidates of a review stand at each decision.' })
export class ReviewCounts {
  @Field(() => Int)
  pending: number;

  @Field(() => Int)
  accepted: number;

  @Field(() => Int)
  edited: number;

  @Field(() => Int)
  rejected: number;

  @Field(() => Int)
  added: number;
}

@Directive(NEVER_CACHED)
@ObjectType({ description: 'An article submitted for review: its cleaned text, what is known of it, and the candidates proposed from it.' })
export class ArticleReview {
  @Field(() => ID, { description: '"review:" followed by the first 16 hex digits of textHash.' })
  id: string;

  @Field({ description: 'The sha256 (hex) of text.' })
  textHash: string;

  @Field(() => String, { nullable: true })
  title: string | null;

  @Field(() => String, { nullable: true })
  url: string | null;

  @Field(() => String, { nullable: true })
  publisher: string | null;

  @Field(() => String, { nullable: true })
  publishedOn: string | null;

  @Field()
  language: string;

  @Field({ description: 'The cleaned article text the offsets point into.' })
  text: string;

  /** Served by ReviewResolver.status, from the candidates. */
  status?: ReviewStatus;

  @Field({ description: 'The name of the API key (or "cli:<user>" for the command line) that submitted it.' })
  submittedBy: string;

  @Field({ description: 'When it was submitted (ISO 8601, UTC).' })
  submittedAt: string;

  /** Served by ReviewResolver.source. */
  source?: SourceRecord | null;

  /** Served by ReviewResolver.counts. */
  counts?: ReviewCounts;

  /** Served by ReviewResolver.candidates. */
  candidates?: ReviewCandidate[];
}

@ObjectType({ description: 'The review of a submitted article.' })
export class SubmitArticleResult {
  @Field(() => ArticleReview)
  review: ReviewRecord;

  @Field({ description: 'False when the same cleaned text had been submitted before: the existing review, unchanged.' })
  created: boolean;
}

@ObjectType({ description: 'What a set of decisions wrote: the review as it now stands, the decided candidates, and the audit entries of the facts written.' })
export class ReviewDecisionResult {
  @Field(() => ArticleReview)
  review: ReviewRecord;

  @Field(() => [ReviewCandidate])
  decided: CandidateRecord[];

  @Field(() => [AuditEntry])
  auditEntries: AuditEntry[];
}

export const ArticleReviewConnection = connectionOf(ArticleReview, 'ArticleReview', 'Article reviews, newest first.');
