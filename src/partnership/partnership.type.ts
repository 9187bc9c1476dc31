import { Field, ObjectType } from 'type-graphql';
import { EdgeRecord, EntityRecord } from '../entity/entity.record';
import { Entity, Node } from '../entity/entity.type';
import { enumFrom } from '../evidence/enum';
import { Confidence, Evidence } from '../evidence/evidence.type';
import { connectionOf } from '../pagination/connection';
import { linkOf } from '../relation/relation.type';
import { PARTNERSHIP_KINDS, PARTY_ROLES } from '../model/vocabularies';

export const PartnershipKind = enumFrom('PartnershipKind', PARTNERSHIP_KINDS, 'What sort of partnership it is.');
export const PartyRole = enumFrom('PartyRole', PARTY_ROLES, 'The part a party plays in a partnership.');

@ObjectType({
  implements: [Entity, Node],
  description: 'A partnership between localities or organizations, with its parties, basis, agreements and sources.',
})
export class Partnership extends Entity {
  @Field(() => PartnershipKind, { name: 'partnershipKind' })
  category: string;

  @Field(() => String, { nullable: true })
  description: string | null;

  @Field(() => String, { nullable: true, description: 'Since when, at the precision the source gives; null when it gives none.' })
  since: string | null;

  @Field(() => Confidence, {
    nullable: true,
    description: 'How firm `since` is: `disputed` when the sources contradict it, and then date filters, date order and `asOf` ignore it.',
  })
  sinceConfidence: string | null;

  @Field(() => String, { nullable: true, description: 'Why `since` is inferred or disputed; always given when it is disputed.' })
  sinceNote: string | null;

  /** Set by `partnerships(of:)`: the party the partnership is seen from. */
  viewpointId?: string;
}

@ObjectType({ description: 'A party to a partnership, or a signatory of an agreement, in its role.' })
export class PartnershipParty {
  @Field(() => PartyRole)
  role: string;

  @Field(() => Entity)
  entity: EntityRecord;

  @Field(() => Evidence)
  evidence: EdgeRecord;
}

export const PartnershipConnection = connectionOf(Partnership, 'Partnership', 'A page of partnerships.');

export const PartnershipLink = linkOf(Partnership, 'Partnership');
