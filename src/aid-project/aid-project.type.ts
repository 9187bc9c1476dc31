import { Field, ObjectType } from 'type-graphql';
import { Entity, Node } from '../entity/entity.type';
import { enumFrom } from '../evidence/enum';
import { AID_KINDS } from '../model/vocabularies';

export const AidKind = enumFrom('AidKind', AID_KINDS, 'The form of aid.');

@ObjectType({ implements: [Entity, Node], description: 'A project built or run with foreign aid.' })
export class AidProject extends Entity {
  @Field(() => AidKind, { name: 'aidKind' })
  category: string;

  @Field(() => String, { nullable: true })
  description: string | null;

  @Field(() => String, { nullable: true, description: 'How much, as the source writes it (e.g. "5 milliards de VND", "10 scholarships a year").' })
  amount: string | null;
}
