import { Field, ID, ObjectType } from 'type-graphql';
import { enumFrom } from './enum';

export const Confidence = enumFrom('Confidence', ['stated', 'inferred'] as const, 'Whether the source states a fact or only implies it.');

@ObjectType({ description: 'What supports a relationship: its sources, where in them, and how firmly.' })
export class Evidence {
  @Field(() => Confidence)
  confidence: string;

  @Field(() => String, { nullable: true })
  note: string | null;

  @Field(() => [ID], { description: 'The sources the relationship rests on, each once.' })
  sourceIds: string[];

  @Field(() => [String], {
    description: 'Line locators, one per source in `sourceIds`, in the same order; a source cited at several lines has them joined by ", " (`citations` lists them apart).',
  })
  locators: string[];
}
