import { Field, ID, ObjectType } from 'type-graphql';
import { CONFIDENCES } from '../model/vocabularies';
import { enumFrom } from './enum';

export const Confidence = enumFrom(
  'Confidence',
  CONFIDENCES,
  'Whether the source states a fact, only implies it, or gives it while contradicting it or casting it in doubt (`disputed`, explained by a note).',
);

@ObjectType({ description: 'What supports a relationship: its sources, where in them, and how firmly.' })
export class Evidence {
  @Field(() => Confidence)
  confidence: string;

  @Field(() => String, { nullable: true, description: 'A reviewer\'s note on the evidence; always given when it is `disputed`.' })
  note: string | null;

  @Field(() => [ID], { description: 'The sources the relationship rests on, each once.' })
  sourceIds: string[];

  @Field(() => [String], {
    description: 'Locators ("L7", "C120-245" or a key, as `Citation.locators` says), one per source in `sourceIds`, in the same order; a source cited at several places has them joined by ", " (`citations` lists them apart).',
  })
  locators: string[];
}
