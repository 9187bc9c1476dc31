import { Field, ObjectType } from 'type-graphql';
import { EdgeRecord, EntityRecord } from '../entity/entity.record';
import { Entity, Node } from '../entity/entity.type';
import { enumFrom } from '../evidence/enum';
import { Evidence } from '../evidence/evidence.type';
import { Institution } from '../organization/organization.type';
import { connectionOf } from '../pagination/connection';

export const PositionStatus = enumFrom('PositionStatus', ['current', 'former'] as const, 'Whether the post was held when the source was written.');

@ObjectType({ implements: [Entity, Node], description: 'A person who holds or held a post in an organization.' })
export class Official extends Entity {
  @Field(() => String, { nullable: true, description: 'Academic or other title the source gives, e.g. "Professeur associé, Dr."' })
  honorific: string | null;
}

export interface PositionRecord {
  title: string;
  status: string;
  asOf: string | null;
  holder: EntityRecord;
  organization: EntityRecord;
  evidence: EdgeRecord;
}

@ObjectType({ description: 'A post an official holds in an organization, as of the date of the source that reports it.' })
export class Position {
  @Field()
  title: string;

  @Field(() => PositionStatus)
  status: string;

  @Field(() => String, { nullable: true, description: 'The date the source reports the post at (its publication date).' })
  asOf: string | null;

  @Field(() => Official)
  holder: EntityRecord;

  @Field(() => Institution)
  organization: EntityRecord;

  @Field(() => Evidence)
  evidence: EdgeRecord;
}

export const OfficialConnection = connectionOf(Official, 'Official', 'A page of officials.');
