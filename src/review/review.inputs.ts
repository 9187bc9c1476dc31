import { Field, ID, InputType, Int } from 'type-graphql';
import { DecisionAction, FactClass } from './review.type';

@InputType({ description: 'An article to review: its page (HTML) or text, and what the caller knows of it.' })
export class ArticleInput {
  @Field({ description: 'The HTML page or the plain text; cleaned before anything is read from it.' })
  content: string;

  @Field(() => String, { nullable: true })
  url?: string;

  @Field(() => String, { nullable: true })
  publisher?: string;

  @Field(() => String, { nullable: true, description: 'YYYY, YYYY-MM or YYYY-MM-DD: what dates written without their year are read against.' })
  publishedOn?: string;

  @Field(() => String, { nullable: true, description: 'The language, e.g. "fr"; detected when not given.' })
  lang?: string;

  @Field(() => String, { nullable: true })
  title?: string;
}

@InputType({ description: "A reviewer's decision on one candidate." })
export class CandidateDecisionInput {
  @Field(() => ID, { description: "The candidate's key." })
  key: string;

  @Field(() => DecisionAction)
  action: DecisionAction;

  @Field(() => String, { nullable: true, description: 'The edited record as JSON (without cite), for EDIT only.' })
  record?: string;
}

@InputType({ description: 'UTF-16 offsets into the review text, end exclusive.' })
export class SpanInput {
  @Field(() => Int)
  start: number;

  @Field(() => Int)
  end: number;
}

@InputType({ description: 'A fact the pipeline missed, with where the text states it.' })
export class NewCandidateInput {
  @Field(() => FactClass)
  factClass: FactClass;

  @Field({ description: 'The model collection of the record: localities, organizations, associations, officials, documents, events, partnerships, aidProjects.' })
  collection: string;

  @Field({ description: "The record as JSON, in the seed files' format without cite." })
  record: string;

  @Field(() => [SpanInput], { description: 'At least one: the spans of the text that state it; each becomes a citation "C<start>-<end>".' })
  evidence: SpanInput[];
}
