import { Field, Float, ObjectType } from 'type-graphql';
import { EntityRecord } from '../entity/entity.record';
import { Entity } from '../entity/entity.type';

@ObjectType({ description: 'An entity found by name, with the name or alias that matched.' })
export class SearchHit {
  @Field(() => Entity)
  entity: EntityRecord;

  @Field(() => Float, { description: 'Relevance: higher is better. A name or alias equal to the query scores above every other hit.' })
  score: number;

  @Field({ description: 'The name or alias that matched, as written in the graph.' })
  matched: string;
}
