import { GraphQLResolveInfo } from 'graphql';
import { Arg, Ctx, FieldResolver, ID, Info, Int, Query, Resolver, Root } from 'type-graphql';
import { Context } from '../context';
import { AS_OF_DESCRIPTION } from '../dates/as-of';
import { dateArgument } from '../dates/partial-date';
import { requireWellFormedIdIfGiven } from '../entity/id-argument';
import { EntityKind } from '../model/entity-kind';
import { EntityRecord } from '../entity/entity.record';
import { Entity, EntityLink } from '../entity/entity.type';
import { Event, EventLink } from '../event/event.type';
import { Institution, InstitutionLink } from '../organization/organization.type';
import { DEFAULT_PAGE_SIZE, Page, pageOf } from '../pagination/connection';
import { pageReading } from '../prefetch/prefetch';
import { listOrder, NameOrder } from '../pagination/order';
import { partnershipLinksOf, partnershipsOf } from '../partnership/partnership.service';
import { Partnership, PartnershipLink } from '../partnership/partnership.type';
import { relatedLink, relatedLinks, relatedNode, relatedNodes } from '../relation/relation.fields';
import { Document } from '../document/document.type';
import { Succession } from './succession.type';
import { localityListing } from './locality.repository';
import { countryOf, predecessionsOf, successionsOf } from './locality.service';
import { Country, Locality, LocalityConnection, LocalityGroup, LocalityLevel, LocalityLink } from './locality.type';

@Resolver(() => Country)
export class CountryResolver {
  @FieldResolver(() => [Locality], { description: 'Localities directly under this country.' })
  localities(@Root() country: EntityRecord, @Ctx() ctx: Context) {
    return relatedNodes(ctx.loaders.subdivisionsByPlaceId, country.id);
  }

  @FieldResolver(() => [LocalityLink], { description: '`localities`, each with the evidence for its relationship.' })
  localitiesLinks(@Root() country: EntityRecord, @Ctx() ctx: Context) {
    return relatedLinks(ctx.loaders.subdivisionsByPlaceId, country.id);
  }
}

@Resolver(() => Locality)
export class LocalityResolver {
  @Query(() => LocalityConnection, { description: 'Localities, optionally in a country, at a level, or under another locality.' })
  localities(
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
    @Arg('country', () => ID, { nullable: true }) country?: string,
    @Arg('level', () => LocalityLevel, { nullable: true }) level?: string,
    @Arg('within', () => ID, { nullable: true, description: 'Localities under this one, at any depth.' }) within?: string,
    @Arg('orderBy', () => NameOrder, { defaultValue: NameOrder.NAME_ASC }) orderBy: NameOrder = NameOrder.NAME_ASC,
    @Arg('first', () => Int, { nullable: true, defaultValue: DEFAULT_PAGE_SIZE }) first?: number,
    @Arg('after', () => String, { nullable: true }) after?: string,
  ): Promise<Page<EntityRecord>> {
    requireWellFormedIdIfGiven(country, 'country', EntityKind.COUNTRY);
    requireWellFormedIdIfGiven(within, 'within');
    const filter = { country: country ?? null, level: level ?? null, within: within ?? null };
    return pageOf(ctx.executor, localityListing(filter, listOrder(orderBy)), { first, after }, pageReading(ctx, info));
  }

  @FieldResolver(() => Country, { nullable: true })
  country(@Root() locality: EntityRecord, @Ctx() ctx: Context) {
    return countryOf(ctx, locality);
  }

  @FieldResolver(() => Entity, { nullable: true, description: 'The next level up: a locality or the country.' })
  parent(@Root() locality: EntityRecord, @Ctx() ctx: Context) {
    return relatedNode(ctx.loaders.parentByPlaceId, locality.id);
  }

  @FieldResolver(() => EntityLink, { nullable: true, description: '`parent`, with the evidence for the relationship.' })
  parentLink(@Root() locality: EntityRecord, @Ctx() ctx: Context) {
    return relatedLink(ctx.loaders.parentByPlaceId, locality.id);
  }

  @FieldResolver(() => [Locality])
  subdivisions(@Root() locality: EntityRecord, @Ctx() ctx: Context) {
    return relatedNodes(ctx.loaders.subdivisionsByPlaceId, locality.id);
  }

  @FieldResolver(() => [LocalityLink], { description: '`subdivisions`, each with the evidence for its relationship.' })
  subdivisionsLinks(@Root() locality: EntityRecord, @Ctx() ctx: Context) {
    return relatedLinks(ctx.loaders.subdivisionsByPlaceId, locality.id);
  }

  @FieldResolver(() => [Partnership], { description: 'Partnerships this locality is a party to.' })
  partnerships(
    @Root() locality: EntityRecord,
    @Ctx() ctx: Context,
    @Arg('asOf', () => String, { nullable: true, description: AS_OF_DESCRIPTION }) asOf?: string,
  ) {
    return partnershipsOf(ctx, locality.id, dateArgument(asOf, 'asOf'));
  }

  @FieldResolver(() => [PartnershipLink], { description: "`partnerships`, each with the evidence for this party's part in it." })
  partnershipsLinks(
    @Root() locality: EntityRecord,
    @Ctx() ctx: Context,
    @Arg('asOf', () => String, { nullable: true, description: AS_OF_DESCRIPTION }) asOf?: string,
  ) {
    return partnershipLinksOf(ctx, locality.id, dateArgument(asOf, 'asOf'));
  }

  @FieldResolver(() => [Succession], {
    description: 'The place this one became part of, when and by what act (e.g. Quảng Bình → Quảng Trị on 2025-07-01); empty while it exists.',
  })
  async succeededBy(@Root() locality: EntityRecord, @Ctx() ctx: Context): Promise<Succession[]> {
    return successionsOf(ctx, locality);
  }

  @FieldResolver(() => [Succession], { description: 'The places that became part of this one, when and by what act.' })
  async predecessors(@Root() locality: EntityRecord, @Ctx() ctx: Context): Promise<Succession[]> {
    return predecessionsOf(ctx, locality);
  }

  @FieldResolver(() => [Institution], { description: 'Organizations and associations based here.' })
  institutions(@Root() locality: EntityRecord, @Ctx() ctx: Context) {
    return relatedNodes(ctx.loaders.institutionsByPlaceId, locality.id);
  }

  @FieldResolver(() => [InstitutionLink], { description: '`institutions`, each with the evidence for its relationship.' })
  institutionsLinks(@Root() locality: EntityRecord, @Ctx() ctx: Context) {
    return relatedLinks(ctx.loaders.institutionsByPlaceId, locality.id);
  }

  @FieldResolver(() => [Institution], { description: 'Associations this locality belongs to.' })
  memberOf(@Root() locality: EntityRecord, @Ctx() ctx: Context) {
    return relatedNodes(ctx.loaders.bodiesByMemberId, locality.id);
  }

  @FieldResolver(() => [InstitutionLink], { description: '`memberOf`, each with the evidence for its relationship.' })
  memberOfLinks(@Root() locality: EntityRecord, @Ctx() ctx: Context) {
    return relatedLinks(ctx.loaders.bodiesByMemberId, locality.id);
  }

  @FieldResolver(() => [Event], { description: 'Events held here.' })
  events(@Root() locality: EntityRecord, @Ctx() ctx: Context) {
    return relatedNodes(ctx.loaders.eventsByPlaceId, locality.id);
  }

  @FieldResolver(() => [EventLink], { description: '`events`, each with the evidence for its relationship.' })
  eventsLinks(@Root() locality: EntityRecord, @Ctx() ctx: Context) {
    return relatedLinks(ctx.loaders.eventsByPlaceId, locality.id);
  }
}

@Resolver(() => Succession)
export class SuccessionResolver {
  @FieldResolver(() => Document, { nullable: true, description: 'The act that made the change, e.g. a National Assembly resolution.' })
  document(@Root() change: Succession, @Ctx() ctx: Context) {
    return change.documentId ? ctx.loaders.entityById.load(change.documentId) : null;
  }
}

@Resolver(() => LocalityGroup)
export class LocalityGroupResolver {
  @FieldResolver(() => Country, { nullable: true })
  country(@Root() group: EntityRecord, @Ctx() ctx: Context) {
    return countryOf(ctx, group);
  }

  @FieldResolver(() => Entity, { nullable: true })
  parent(@Root() group: EntityRecord, @Ctx() ctx: Context) {
    return relatedNode(ctx.loaders.parentByPlaceId, group.id);
  }

  @FieldResolver(() => EntityLink, { nullable: true, description: '`parent`, with the evidence for the relationship.' })
  parentLink(@Root() group: EntityRecord, @Ctx() ctx: Context) {
    return relatedLink(ctx.loaders.parentByPlaceId, group.id);
  }

  @FieldResolver(() => [Partnership])
  partnerships(
    @Root() group: EntityRecord,
    @Ctx() ctx: Context,
    @Arg('asOf', () => String, { nullable: true, description: AS_OF_DESCRIPTION }) asOf?: string,
  ) {
    return partnershipsOf(ctx, group.id, dateArgument(asOf, 'asOf'));
  }

  @FieldResolver(() => [PartnershipLink], { description: "`partnerships`, each with the evidence for this party's part in it." })
  partnershipsLinks(
    @Root() group: EntityRecord,
    @Ctx() ctx: Context,
    @Arg('asOf', () => String, { nullable: true, description: AS_OF_DESCRIPTION }) asOf?: string,
  ) {
    return partnershipLinksOf(ctx, group.id, dateArgument(asOf, 'asOf'));
  }
}
