import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { Context } from '../context';
import { EntityRecord } from '../entity/entity.record';
import { Entity } from '../entity/entity.type';
import { Event } from '../event/event.type';
import { Institution } from '../organization/organization.type';
import { Partnership } from '../partnership/partnership.type';
import { relatedNode, relatedNodes } from '../relation/relation.fields';
import { Country, Locality, LocalityGroup } from './locality.type';

async function countryOf(entity: EntityRecord, ctx: Context): Promise<EntityRecord | null> {
  const [countryId] = entity.countryIds;
  return countryId ? ctx.loaders.entityById.load(countryId) : null;
}

@Resolver(() => Country)
export class CountryResolver {
  @FieldResolver(() => [Locality], { description: 'Localities directly under this country.' })
  localities(@Root() country: EntityRecord, @Ctx() ctx: Context) {
    return relatedNodes(ctx, country.id, 'PART_OF', 'in');
  }
}

@Resolver(() => Locality)
export class LocalityResolver {
  @FieldResolver(() => Country, { nullable: true })
  country(@Root() locality: EntityRecord, @Ctx() ctx: Context) {
    return countryOf(locality, ctx);
  }

  @FieldResolver(() => Entity, { nullable: true, description: 'The next level up: a locality or the country.' })
  parent(@Root() locality: EntityRecord, @Ctx() ctx: Context) {
    return relatedNode(ctx, locality.id, 'PART_OF');
  }

  @FieldResolver(() => [Locality])
  subdivisions(@Root() locality: EntityRecord, @Ctx() ctx: Context) {
    return relatedNodes(ctx, locality.id, 'PART_OF', 'in');
  }

  @FieldResolver(() => [Partnership], { description: 'Partnerships this locality is a party to.' })
  partnerships(@Root() locality: EntityRecord, @Ctx() ctx: Context) {
    return relatedNodes(ctx, locality.id, 'HAS_PARTY', 'in');
  }

  @FieldResolver(() => [Institution], { description: 'Organizations and associations based here.' })
  institutions(@Root() locality: EntityRecord, @Ctx() ctx: Context) {
    return relatedNodes(ctx, locality.id, 'BASED_IN', 'in');
  }

  @FieldResolver(() => [Institution], { description: 'Associations this locality belongs to.' })
  memberOf(@Root() locality: EntityRecord, @Ctx() ctx: Context) {
    return relatedNodes(ctx, locality.id, 'MEMBER_OF');
  }

  @FieldResolver(() => [Event], { description: 'Events held here.' })
  events(@Root() locality: EntityRecord, @Ctx() ctx: Context) {
    return relatedNodes(ctx, locality.id, 'HELD_IN', 'in');
  }
}

@Resolver(() => LocalityGroup)
export class LocalityGroupResolver {
  @FieldResolver(() => Country, { nullable: true })
  country(@Root() group: EntityRecord, @Ctx() ctx: Context) {
    return countryOf(group, ctx);
  }

  @FieldResolver(() => Entity, { nullable: true })
  parent(@Root() group: EntityRecord, @Ctx() ctx: Context) {
    return relatedNode(ctx, group.id, 'PART_OF');
  }

  @FieldResolver(() => [Partnership])
  partnerships(@Root() group: EntityRecord, @Ctx() ctx: Context) {
    return relatedNodes(ctx, group.id, 'HAS_PARTY', 'in');
  }
}
