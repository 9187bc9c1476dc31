import { Field, Int, ObjectType } from 'type-graphql';
import { EntityRecord } from '../entity/entity.record';
import { Event } from './event.type';

@ObjectType()
export class PageInfo {
  @Field()
  hasNextPage: boolean;

  @Field(() => String, { nullable: true })
  endCursor: string | null;
}

@ObjectType()
export class EventEdge {
  @Field()
  cursor: string;

  @Field(() => Event)
  node: EntityRecord;
}

@ObjectType({ description: 'A page of events in time order.' })
export class EventConnection {
  @Field(() => [EventEdge])
  edges: EventEdge[];

  @Field(() => PageInfo)
  pageInfo: PageInfo;

  @Field(() => Int, { description: 'How many events match the filters, over all pages.' })
  totalCount: number;
}
