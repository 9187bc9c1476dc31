import { Field, ObjectType } from 'type-graphql';
import { EdgeRecord, EntityRecord } from '../entity/entity.record';
import { Evidence } from '../evidence/evidence.type';
import { Locality } from './locality.type';

@ObjectType({ description: 'A place that became part of another: the predecessor, its successor, since when, and by what act.' })
export class Succession {
  @Field(() => Locality)
  predecessor: EntityRecord;

  @Field(() => Locality)
  successor: EntityRecord;

  @Field(() => String, { nullable: true, description: 'The day the successor took over (`YYYY-MM-DD`, or coarser when the source is).' })
  on: string | null;

  /** The ID of the act, resolved by `document`. */
  documentId: string | null;

  @Field(() => Evidence, { description: 'The sources the succession rests on, cited by article for a legal text.' })
  evidence: EdgeRecord;
}
