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
