import { createHash } from 'node:crypto';
import { Neo4jError } from 'neo4j-driver';
import { AuditRecord } from '../audit/audit.type';
import { Context } from '../context';
import { CurationService } from '../curation/curation.service';
import { compact, requireBoundedText } from '../curation/curation.records';
import { Executor, WriteTransaction } from '../db/executor';
import { BadUserInputError, ConflictError, NotFoundError } from '../errors/errors';
import { canonicalJson, extract } from '../ingestion/candidates';
import { loadGazetteer } from '../ingestion/gazetteer.repository';
import { FactClass as PipelineClass } from '../ingestion/candidate';
import { FORMATS } from '../model/fields';
import { slugify } from '../model/fold';
import { isCalendarDate } from '../model/partial-date';
import { Citation, ModelRecord } from '../model/records';
import { KIND_BY_COLLECTION, EntityCollection } from '../model/relationships';
import { Page, PageArguments, pageOf } from '../pagination/connection';
import { ArticleInput, CandidateDecisionInput, NewCandidateInput, SpanInput } from './review.inputs';
import {
  addedCandidateWrite,
  createReviewWrite,
  decisionWrite,
  nextCandidateOrderQuery,
  reviewByTextHashQuery,
  reviewForDecisionQuery,
  reviewListing,
  reviewQuery,
  reviewSourceWrite,
  sourceByTextHashQuery,
  StoredCandidate,
  toCandidateRecord,
  toReviewRecord,
} from './review.repository';
import { CandidateDecision, CandidateRecord, DecisionAction, FactClass, ReviewCounts, ReviewRecord, ReviewStatus } from './review.type';

/** The longest article a review takes, in characters (UTF-16 units) of its page or text as sent. */
export const MAX_ARTICLE_CHARS = 200_000;
/** The most decisions one call may make: a long article's candidates, in one transaction. */
export const MAX_DECISIONS = 500;

const REVIEW_ID = /^review:[0-9a-f]{16}$/;
const UNIQUE_VIOLATION = 'Neo.ClientError.Schema.ConstraintValidationFailed';

export interface SubmitOutcome {
  review: ReviewRecord;
  created: boolean;
}

export interface DecisionOutcome {
  review: ReviewRecord;
  decided: CandidateRecord[];
  auditEntries: AuditRecord[];
}

/** "review:" and the first 16 hex digits of the cleaned text's sha256: the same text always has the same review. */
export function reviewIdOf(textHash: string): string {
  return `review:${textHash.slice(0, 16)}`;
}

/**
 * The ID of the source an article's facts cite: `source:<publisher>-<published on>-<first 8 hex digits of the text
 * hash>`, stable for one text whoever accepts its first fact.
 */
export function articleSourceId(review: Pick<ReviewRecord, 'publisher' | 'url' | 'publishedOn' | 'textHash'>): string {
  const publisher = slugify(review.publisher ?? hostOf(review.url) ?? 'article').slice(0, 60).replace(/-+$/, '') || 'article';
  return `source:${publisher}-${review.publishedOn ?? 'undated'}-${review.textHash.slice(0, 8)}`;
}

function hostOf(url: string | null): string | null {
  if (!url) return null;
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return null;
  }
}

/**
 * Reads an article and stores its review: the gazetteer is read in a read transaction, the candidates extracted,
 * and the review with its candidates written in one write transaction. The same cleaned text submitted again, even
 * at the same moment, returns the review it has: the unique textHash lets only one be written.
 */
export async function submitArticle(executor: Executor, input: ArticleInput, submittedBy: string): Promise<SubmitOutcome> {
  requireArticle(input);
  const gazetteer = await loadGazetteer(executor);
  const result = extract(
    { content: input.content, url: input.url ?? undefined, publisher: input.publisher ?? undefined, publishedOn: input.publishedOn ?? undefined, lang: input.lang ?? undefined, title: input.title ?? undefined },
    gazetteer,
  );
  if (result.text.trim() === '') throw new BadUserInputError('Argument "input.content" holds no article text once cleaned.', 'input.content');
  const id = reviewIdOf(result.textHash);
  const review = {
    id,
    textHash: result.textHash,
    title: result.article.title ?? null,
    url: result.article.url ?? null,
    publisher: result.article.publisher ?? null,
    publishedOn: result.article.publishedOn ?? null,
    language: result.article.lang,
    text: result.text,
    submittedBy,
    submittedAt: new Date().toISOString(),
  };
  const candidates: StoredCandidate[] = result.candidates.map((candidate, order) => ({
    reviewId: id,
    key: candidate.key,
    order,
    factClass: factClassOf(candidate.class),
    collection: candidate.collection,
    record: JSON.stringify(candidate.record),
    proposedRecord: JSON.stringify(candidate.record),
    confidence: candidate.confidence,
    evidence: JSON.stringify(candidate.evidence),
    links: JSON.stringify(candidate.links),
    isNew: candidate.isNew,
    decision: CandidateDecision.PENDING,
    decidedBy: null,
    decidedAt: null,
    writtenIds: [],
  }));
  try {
    return await executor.inWriteTransaction(async (tx) => {
      const [existing] = await tx.run(reviewByTextHashQuery(result.textHash));
      if (existing) return { review: toReviewRecord(existing.review as Record<string, unknown>), created: false };
      const [row] = await tx.run(createReviewWrite(review, candidates));
      return { review: toReviewRecord(row.review as Record<string, unknown>), created: true };
    });
  } catch (error) {
    if (!(error instanceof Neo4jError && error.code === UNIQUE_VIOLATION)) throw error;
    const [existing] = await executor.read(reviewByTextHashQuery(result.textHash));
    if (!existing) throw error;
    return { review: toReviewRecord(existing.review as Record<string, unknown>), created: false };
  }
}

function requireArticle(input: ArticleInput): void {
  if (input.content.length > MAX_ARTICLE_CHARS) {
    throw new BadUserInputError(`Argument "input.content" is ${input.content.length} characters long; an article may have at most ${MAX_ARTICLE_CHARS}.`, 'input.content');
  }
  if (input.content.trim() === '') throw new BadUserInputError('Argument "input.content" is empty.', 'input.content');
  const { url, publisher, publishedOn, lang, title } = input;
  requireBoundedText({ url, publisher, title }, 'input');
  if (url && !new RegExp(FORMATS.url).test(url)) throw new BadUserInputError('Argument "input.url" must be an http(s) address.', 'input.url');
  if (publishedOn && !isCalendarDate(publishedOn)) throw new BadUserInputError('Argument "input.publishedOn" must be a date written YYYY, YYYY-MM or YYYY-MM-DD.', 'input.publishedOn');
  if (lang && !new RegExp(FORMATS.language).test(lang)) throw new BadUserInputError('Argument "input.lang" must be a two-letter language code such as "fr".', 'input.lang');
}

function factClassOf(pipelineClass: PipelineClass): FactClass {
  return pipelineClass.toUpperCase() as FactClass;
}

/** One review, or null when no review has that ID. */
export async function reviewById(context: Context, id: string): Promise<ReviewRecord | null> {
  if (!REVIEW_ID.test(id)) return null;
  const [row] = await context.executor.read(reviewQuery(id));
  return row ? toReviewRecord(row.review as Record<string, unknown>) : null;
}

export async function reviewPage(context: Context, status: ReviewStatus | null, page: PageArguments): Promise<Page<ReviewRecord>> {
  const found = await pageOf<ReviewRecord>(context.executor, reviewListing(status), page);
  return {
    edges: found.edges.map((edge) => ({ cursor: edge.cursor, node: toReviewRecord(edge.node as unknown as Record<string, unknown>) })),
    pageInfo: found.pageInfo,
    // Counted only when asked for, as every connection does.
    get totalCount() {
      return found.totalCount;
    },
  };
}

export function statusOf(candidates: CandidateRecord[]): ReviewStatus {
  return candidates.some((c) => c.decision === CandidateDecision.PENDING) ? ReviewStatus.OPEN : ReviewStatus.CLOSED;
}

export function countsOf(candidates: CandidateRecord[]): ReviewCounts {
  const count = (decision: CandidateDecision) => candidates.filter((c) => c.decision === decision).length;
  return {
    pending: count(CandidateDecision.PENDING),
    accepted: count(CandidateDecision.ACCEPTED),
    edited: count(CandidateDecision.EDITED),
    rejected: count(CandidateDecision.REJECTED),
    added: count(CandidateDecision.ADDED),
  };
}

/** Entities first, then agreements, then what refers to them, so that one call may accept a new entity and the facts naming it. */
const WRITE_ORDER: FactClass[] = [FactClass.ENTITY, FactClass.AGREEMENT, FactClass.PARTNERSHIP, FactClass.POSITION, FactClass.MEMBERSHIP, FactClass.AID, FactClass.EVENT];

/** The collections whose records a fact class proposes; entities and memberships may be of any collection of places and bodies. */
const COLLECTIONS_BY_CLASS: Partial<Record<FactClass, EntityCollection[]>> = {
  PARTNERSHIP: ['partnerships'],
  AGREEMENT: ['documents'],
  POSITION: ['officials'],
  EVENT: ['events'],
  AID: ['aidProjects'],
};

/** A decision ready to write: the candidate as stored, and the record to write (none for a rejection). */
interface Planned {
  candidate: CandidateRecord;
  decision: CandidateDecision;
  record: Record<string, unknown> | null;
}

/**
 * Decisions on a review's candidates. Accepted, edited and added records are written by the curation service,
 * through the model's rules and with an audit entry each, citing the article's source by offsets; every decision of
 * a call, with what it writes, is one transaction.
 */
export class ReviewService {
  private constructor(
    private readonly context: Context,
    private readonly actorName: string,
  ) {}

  static of(context: Context): ReviewService {
    if (context.caller.kind !== 'key') throw new Error('reviews need an authenticated caller');
    return new ReviewService(context, context.caller.name);
  }

  async submit(input: ArticleInput): Promise<SubmitOutcome> {
    return submitArticle(this.context.executor, input, this.actorName);
  }

  async decide(reviewId: string, decisions: CandidateDecisionInput[]): Promise<DecisionOutcome> {
    requireReviewId(reviewId);
    if (decisions.length === 0) throw new BadUserInputError('Argument "decisions" is empty: decide at least one candidate.', 'decisions');
    if (decisions.length > MAX_DECISIONS) throw new BadUserInputError(`Argument "decisions" may hold at most ${MAX_DECISIONS} decisions.`, 'decisions');
    const keys = decisions.map((d) => d.key);
    const repeated = keys.find((key, index) => keys.indexOf(key) !== index);
    if (repeated) throw new BadUserInputError(`Candidate "${repeated}" is decided twice in one call.`, 'decisions');
    const edits = new Map(decisions.map((d, index) => [d.key, editedRecord(d, index)]));
    const curation = new CurationService(this.context);
    try {
      return await curation.inTransaction(async (tx) => {
        const at = new Date().toISOString();
        const [row] = await tx.run(reviewForDecisionQuery(reviewId, keys, at));
        if (!row) throw new NotFoundError(`No review "${reviewId}".`);
        const review = toReviewRecord(row.review as Record<string, unknown>);
        const found = new Map((row.candidates as StoredCandidate[]).map((c) => [c.key, toCandidateRecord(c, review.text)]));
        const planned = decisions.map((d): Planned => {
          const candidate = found.get(d.key);
          if (!candidate) throw new NotFoundError(`Review "${reviewId}" has no candidate "${d.key}".`);
          if (candidate.decision !== CandidateDecision.PENDING) {
            throw new ConflictError(`Candidate "${d.key}" was already decided (${candidate.decision} by ${candidate.decidedBy ?? 'someone'} at ${candidate.decidedAt ?? 'an unknown time'}).`);
          }
          if (d.action === DecisionAction.REJECT) return { candidate, decision: CandidateDecision.REJECTED, record: null };
          if (d.action === DecisionAction.EDIT) return { candidate, decision: CandidateDecision.EDITED, record: edits.get(d.key)! };
          return { candidate, decision: CandidateDecision.ACCEPTED, record: JSON.parse(candidate.record) as Record<string, unknown> };
        });
        planned.sort((a, b) => WRITE_ORDER.indexOf(a.candidate.factClass) - WRITE_ORDER.indexOf(b.candidate.factClass));
        const writer = new ArticleWriter(curation, tx, review);
        const decided: CandidateRecord[] = [];
        for (const plan of planned) {
          const writtenIds = plan.record ? await writer.write(plan.candidate.key, plan.candidate.collection, plan.record, plan.candidate.evidence) : [];
          const decision = { decision: plan.decision, decidedBy: this.actorName, decidedAt: at, record: plan.record ? JSON.stringify(plan.record) : plan.candidate.record, writtenIds };
          const [written] = await tx.run(decisionWrite(reviewId, plan.candidate.key, decision));
          decided.push(toCandidateRecord(written.candidate as StoredCandidate, review.text));
        }
        const order = new Map(keys.map((key, index) => [key, index]));
        decided.sort((a, b) => order.get(a.key)! - order.get(b.key)!);
        return { review: { ...review, sourceId: writer.sourceId }, decided, auditEntries: writer.auditEntries };
      });
    } finally {
      this.context.loaders.candidatesByReviewId.clear(reviewId);
    }
  }

  /** A fact the pipeline missed: stored as a candidate with decision ADDED and written at once, like an accepted one. */
  async add(reviewId: string, input: NewCandidateInput): Promise<DecisionOutcome> {
    requireReviewId(reviewId);
    const record = parseRecord(input.record, 'input.record');
    const collection = requireCollection(input.collection);
    const expected = COLLECTIONS_BY_CLASS[input.factClass];
    if (expected && !expected.includes(collection)) {
      throw new BadUserInputError(`A ${input.factClass.toLowerCase()} is a record of ${expected.join(' or ')}, not of ${collection}.`, 'input.collection');
    }
    if (input.evidence.length === 0) throw new BadUserInputError('Argument "input.evidence" must give at least one span of the text that states the fact.', 'input.evidence');
    if (input.evidence.length > 50) throw new BadUserInputError('Argument "input.evidence" may hold at most 50 spans.', 'input.evidence');
    const spans = input.evidence.map(({ start, end }) => ({ start, end }));
    const key = createHash('sha256').update(`added${input.factClass}${canonicalJson(record)}${canonicalJson(spans)}`).digest('hex').slice(0, 16);
    const curation = new CurationService(this.context);
    try {
      return await curation.inTransaction(async (tx) => {
        const at = new Date().toISOString();
        const [row] = await tx.run(reviewForDecisionQuery(reviewId, [key], at));
        if (!row) throw new NotFoundError(`No review "${reviewId}".`);
        if ((row.candidates as StoredCandidate[]).length) throw new ConflictError(`That fact, with that evidence, was added to review "${reviewId}" already (candidate "${key}").`);
        const review = toReviewRecord(row.review as Record<string, unknown>);
        requireSpansInside(spans, review.text, 'input.evidence');
        const writer = new ArticleWriter(curation, tx, review);
        const writtenIds = await writer.write(key, collection, record, spans);
        const [next] = await tx.run(nextCandidateOrderQuery(reviewId));
        const stored: StoredCandidate = {
          reviewId,
          key,
          order: next.next as number,
          factClass: input.factClass,
          collection,
          record: JSON.stringify(record),
          proposedRecord: JSON.stringify(record),
          confidence: 1,
          evidence: JSON.stringify(spans),
          links: '[]',
          isNew: writer.created.has(String(record.id)),
          decision: CandidateDecision.ADDED,
          decidedBy: this.actorName,
          decidedAt: at,
          writtenIds,
        };
        const [written] = await tx.run(addedCandidateWrite(stored));
        return { review: { ...review, sourceId: writer.sourceId }, decided: [toCandidateRecord(written.candidate as StoredCandidate, review.text)], auditEntries: writer.auditEntries };
      });
    } finally {
      this.context.loaders.candidatesByReviewId.clear(reviewId);
    }
  }
}

/**
 * Writes the records of one review's decisions inside one transaction: the article's source on the first record,
 * then each record with its evidence as offset citations, created when the graph lacks its ID and added to the
 * entity it names otherwise.
 */
class ArticleWriter {
  readonly auditEntries: AuditRecord[] = [];
  readonly created = new Set<string>();
  sourceId: string | null;

  constructor(
    private readonly curation: CurationService,
    private readonly tx: WriteTransaction,
    private readonly review: ReviewRecord,
  ) {
    this.sourceId = review.sourceId;
  }

  async write(key: string, collection: string, data: Record<string, unknown>, evidence: { start: number; end: number }[]): Promise<string[]> {
    const provenance = { review: { id: this.review.id, candidate: key } };
    try {
      // A span that ends before it starts, or past the text, is the pipeline's slip: it is not cited.
      const spans = evidence.filter(({ start, end }) => start >= 0 && start < end && end <= this.review.text.length);
      if (spans.length === 0) {
        throw new BadUserInputError('it has no span of evidence inside the text to cite; add the fact with addCandidate, giving the spans that state it.', 'decisions');
      }
      if ('cite' in data) throw new BadUserInputError('the record must not hold "cite": its citations are its evidence.', 'record');
      const id = data.id;
      if (typeof id !== 'string') throw new BadUserInputError('the record has no "id".', 'record');
      const sourceId = await this.source();
      const cite: Citation[] = spans.map(({ start, end }) => ({ source: sourceId, at: `C${start}-${end}` }));
      const record: ModelRecord = { collection: requireCollection(collection), data: { ...data, cite } };
      const [kind] = [...(await this.curation.kindsIn(this.tx, [id])).values()];
      if (kind === 'RETIRED') throw new ConflictError(`"${id}" was retired or merged; edit the record to name the entity that stands for it.`);
      const outcome = kind ? await this.curation.addFactsIn(this.tx, record, provenance) : await this.curation.createEntityIn(this.tx, record, provenance);
      if (!kind) this.created.add(id);
      this.auditEntries.push(outcome.auditEntry);
      return [id];
    } catch (error) {
      if (error instanceof BadUserInputError) {
        throw new BadUserInputError(`Candidate "${key}": ${error.message}`, String(error.extensions.argument ?? 'decisions'), withoutCode(error.extensions));
      }
      throw error;
    }
  }

  /** The article's source: the one the graph holds for this text, else registered now from the review's metadata. */
  private async source(): Promise<string> {
    if (this.sourceId) return this.sourceId;
    const [existing] = await this.tx.run(sourceByTextHashQuery(this.review.textHash));
    let id = existing?.id as string | undefined;
    if (!id) {
      id = articleSourceId(this.review);
      const data = compact({
        id,
        kind: 'ARTICLE',
        textHash: this.review.textHash,
        url: this.review.url,
        publisher: this.review.publisher ?? hostOf(this.review.url) ?? 'unknown publisher',
        publishedOn: this.review.publishedOn,
        language: this.review.language,
        title: this.review.title ?? titleFrom(this.review.text),
      });
      const outcome = await this.curation.createSourceIn(this.tx, { collection: 'sources', data }, { review: { id: this.review.id } });
      this.auditEntries.push(outcome.auditEntry);
    }
    await this.tx.run(reviewSourceWrite(this.review.id, id));
    this.sourceId = id;
    return id;
  }
}

/** An article without a title is registered under its first line, cut at a word. */
function titleFrom(text: string): string {
  const line = text.trim().split('\n')[0].trim();
  return line.length <= 120 ? line : `${line.slice(0, 120).replace(/\s+\S*$/, '')}…`;
}

function withoutCode(extensions: Record<string, unknown>): Record<string, unknown> {
  const { code: _code, argument: _argument, ...rest } = extensions;
  return rest;
}

function requireReviewId(id: string): void {
  if (!REVIEW_ID.test(id)) throw new NotFoundError(`No review "${id.slice(0, 80)}": review IDs read "review:" and 16 hex digits.`);
}

function editedRecord(decision: CandidateDecisionInput, index: number): Record<string, unknown> | null {
  const argument = `decisions[${index}].record`;
  if (decision.action !== DecisionAction.EDIT) {
    if (decision.record !== undefined && decision.record !== null) throw new BadUserInputError(`Argument "${argument}" is for EDIT only; ${decision.action} takes no record.`, argument);
    return null;
  }
  if (decision.record === undefined || decision.record === null) throw new BadUserInputError(`Argument "${argument}" is required for EDIT: the edited record as JSON.`, argument);
  return parseRecord(decision.record, argument);
}

function parseRecord(json: string, argument: string): Record<string, unknown> {
  if (json.length > 50_000) throw new BadUserInputError(`Argument "${argument}" is longer than 50000 characters.`, argument);
  let parsed: unknown;
  try {
    parsed = JSON.parse(json);
  } catch (error) {
    throw new BadUserInputError(`Argument "${argument}" is not valid JSON: ${(error as Error).message}.`, argument);
  }
  if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) throw new BadUserInputError(`Argument "${argument}" must be a JSON object: a record of its collection.`, argument);
  return parsed as Record<string, unknown>;
}

function requireCollection(collection: string): EntityCollection {
  if (!Object.hasOwn(KIND_BY_COLLECTION, collection)) {
    throw new BadUserInputError(`"${collection.slice(0, 40)}" is not a collection of entities; one of ${Object.keys(KIND_BY_COLLECTION).join(', ')}.`, 'collection');
  }
  return collection as EntityCollection;
}

function requireSpansInside(spans: SpanInput[], text: string, argument: string): void {
  spans.forEach(({ start, end }, index) => {
    if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end <= start || end > text.length) {
      throw new BadUserInputError(`Argument "${argument}[${index}]" (${start}-${end}) is not a span inside the text, which has ${text.length} characters: 0 ≤ start < end ≤ ${text.length}.`, argument);
    }
  });
}
