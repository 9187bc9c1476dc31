import { Field, ObjectType } from 'type-graphql';
import { Entity, Node } from '../entity/entity.type';
import { enumFrom } from '../evidence/enum';
import { connectionOf } from '../pagination/connection';
import { linkOf } from '../relation/relation.type';
import { LOCALITY_LEVELS } from '../model/vocabularies';

export const LocalityLevel = enumFrom('LocalityLevel', LOCALITY_LEVELS, 'Administrative level of a locality.');

@ObjectType({ implements: [Entity, Node], description: 'A sovereign country.' })
export class Country extends Entity {
  @Field({ description: 'ISO 3166-1 alpha-2 code.' })
  iso: string;
}

@ObjectType({ implements: [Entity, Node], description: 'A province, city, district or other place, Vietnamese or foreign.' })
export class Locality extends Entity {
  @Field(() => LocalityLevel, { name: 'level', description: 'The administrative level.' })
  category: string;

  @Field(() => String, { nullable: true, description: 'ISO 3166-2 subdivision code, e.g. "VN-23", for provincial-level places.' })
  iso: string | null;

  @Field(() => String, { nullable: true, description: 'First day the place existed as such, at the precision known; null when it is not recorded.' })
  validFrom: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Last day the place existed as such (e.g. "2025-06-30" for a province merged on 1 July 2025); null while it exists.',
  })
  validUntil: string | null;
}

@ObjectType({
  implements: [Entity, Node],
  description: 'Places a source speaks of together without naming them one by one (e.g. "the northern provinces of Laos").',
})
export class LocalityGroup extends Entity {
  @Field()
  description: string;
}

export const LocalityConnection = connectionOf(Locality, 'Locality', 'A page of localities.');

export const LocalityLink = linkOf(Locality, 'Locality');
export const CountryLink = linkOf(Country, 'Country');
