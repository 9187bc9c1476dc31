import { GraphQLResolveInfo } from 'graphql';
import { Arg, Ctx, FieldResolver, ID, Info, Int, Query, Resolver, Root } from 'type-graphql';
import { Context } from '../context';
import { AS_OF_DESCRIPTION } from '../dates/as-of';
import { dateArgument } from '../dates/partial-date';
import { Document, DocumentLink } from '../document/document.type';
import { requireWellFormedIdIfGiven } from '../entity/id-argument';
import { EntityKind } from '../model/entity-kind';
import { EntityRecord } from '../entity/entity.record';
import { Entity, EntityLink } from '../entity/entity.type';
import { Event, EventLink } from '../event/event.type';
import { Country, CountryLink } from '../locality/locality.type';
import { positionsInOrganization } from '../official/official.service';
import { Position } from '../official/official.type';
import { DEFAULT_PAGE_SIZE, Page, pageOf } from '../pagination/connection';
import { pageReading } from '../prefetch/prefetch';
import { listOrder, NameOrder } from '../pagination/order';
import { partnershipLinksOf, partnershipsOf } from '../partnership/partnership.service';
import { Partnership, PartnershipLink } from '../partnership/partnership.type';
import { relatedLink, relatedLinks, relatedNode, relatedNodes } from '../relation/relation.fields';
import { associationListing, organizationListing } from './organization.repository';
import { Association, AssociationConnection, AssociationKind, Institution, InstitutionLink, Organization, OrganizationConnection, OrganizationKind } from './organization.type';

/** Fields every organization and association has; implementations inherit them. */
@Resolver(() => Institution)
export class InstitutionResolver {
  @FieldResolver(() => Entity, { nullable: true, description: 'The locality or country it is based in.' })
  basedIn(@Root() body: EntityRecord, @Ctx() ctx: Context) {
    return relatedNode(ctx.loaders.baseByBodyId, body.id);
  }

  @FieldResolver(() => EntityLink, { nullable: true, description: '`basedIn`, with the evidence for the relationship.' })
  basedInLink(@Root() body: EntityRecord, @Ctx() ctx: Context) {
    return relatedLink(ctx.loaders.baseByBodyId, body.id);
  }

  @FieldResolver(() => Institution, { nullable: true, description: 'The body it is a unit of.' })
  parentInstitution(@Root() body: EntityRecord, @Ctx() ctx: Context) {
    return relatedNode(ctx.loaders.parentInstitutionByBodyId, body.id);
  }

  @FieldResolver(() => InstitutionLink, { nullable: true, description: '`parentInstitution`, with the evidence for the relationship.' })
  parentInstitutionLink(@Root() body: EntityRecord, @Ctx() ctx: Context) {
    return relatedLink(ctx.loaders.parentInstitutionByBodyId, body.id);
  }

  @FieldResolver(() => [Institution])
  subunits(@Root() body: EntityRecord, @Ctx() ctx: Context) {
    return relatedNodes(ctx.loaders.subunitsByBodyId, body.id);
  }

  @FieldResolver(() => [InstitutionLink], { description: '`subunits`, each with the evidence for its relationship.' })
  subunitsLinks(@Root() body: EntityRecord, @Ctx() ctx: Context) {
    return relatedLinks(ctx.loaders.subunitsByBodyId, body.id);
  }

  @FieldResolver(() => [Institution], { description: 'Bodies it is a member of.' })
  memberOf(@Root() body: EntityRecord, @Ctx() ctx: Context) {
    return relatedNodes(ctx.loaders.bodiesByMemberId, body.id);
  }

  @FieldResolver(() => [InstitutionLink], { description: '`memberOf`, each with the evidence for its relationship.' })
  memberOfLinks(@Root() body: EntityRecord, @Ctx() ctx: Context) {
    return relatedLinks(ctx.loaders.bodiesByMemberId, body.id);
  }

  @FieldResolver(() => [Entity], { description: 'Its members: associations, organizations or localities.' })
  members(@Root() body: EntityRecord, @Ctx() ctx: Context) {
    return relatedNodes(ctx.loaders.membersByBodyId, body.id);
  }

  @FieldResolver(() => [EntityLink], { description: '`members`, each with the evidence for its relationship.' })
  membersLinks(@Root() body: EntityRecord, @Ctx() ctx: Context) {
    return relatedLinks(ctx.loaders.membersByBodyId, body.id);
  }

  @FieldResolver(() => [Position], { description: 'Posts held in it, with their holders.' })
  positions(
    @Root() body: EntityRecord,
    @Ctx() ctx: Context,
    @Arg('asOf', () => String, { nullable: true, description: AS_OF_DESCRIPTION }) asOf?: string,
  ) {
    return positionsInOrganization(ctx, body, dateArgument(asOf, 'asOf'));
  }

  @FieldResolver(() => [Document], { description: 'Documents it issued.' })
  issued(@Root() body: EntityRecord, @Ctx() ctx: Context) {
    return relatedNodes(ctx.loaders.documentsByIssuerId, body.id);
  }

  @FieldResolver(() => [DocumentLink], { description: '`issued`, each with the evidence for its relationship.' })
  issuedLinks(@Root() body: EntityRecord, @Ctx() ctx: Context) {
    return relatedLinks(ctx.loaders.documentsByIssuerId, body.id);
  }

  @FieldResolver(() => [Event], { description: 'Events it organized.' })
  organizedEvents(@Root() body: EntityRecord, @Ctx() ctx: Context) {
    return relatedNodes(ctx.loaders.eventsByOrganizerId, body.id);
  }

  @FieldResolver(() => [EventLink], { description: '`organizedEvents`, each with the evidence for its relationship.' })
  organizedEventsLinks(@Root() body: EntityRecord, @Ctx() ctx: Context) {
    return relatedLinks(ctx.loaders.eventsByOrganizerId, body.id);
  }

  @FieldResolver(() => [Partnership])
  partnerships(
    @Root() body: EntityRecord,
    @Ctx() ctx: Context,
    @Arg('asOf', () => String, { nullable: true, description: AS_OF_DESCRIPTION }) asOf?: string,
  ) {
    return partnershipsOf(ctx, body.id, dateArgument(asOf, 'asOf'));
  }

  @FieldResolver(() => [PartnershipLink], { description: "`partnerships`, each with the evidence for this party's part in it." })
  partnershipsLinks(
    @Root() body: EntityRecord,
    @Ctx() ctx: Context,
    @Arg('asOf', () => String, { nullable: true, description: AS_OF_DESCRIPTION }) asOf?: string,
  ) {
    return partnershipLinksOf(ctx, body.id, dateArgument(asOf, 'asOf'));
  }

  @FieldResolver(() => Institution, { nullable: true, description: 'The body that took over its functions.' })
  functionsTransferredTo(@Root() body: EntityRecord, @Ctx() ctx: Context) {
    return relatedNode(ctx.loaders.successorByBodyId, body.id);
  }

  @FieldResolver(() => InstitutionLink, { nullable: true, description: '`functionsTransferredTo`, with the evidence for the relationship.' })
  functionsTransferredToLink(@Root() body: EntityRecord, @Ctx() ctx: Context) {
    return relatedLink(ctx.loaders.successorByBodyId, body.id);
  }
}

@Resolver(() => Organization)
export class OrganizationResolver {
  @Query(() => OrganizationConnection, { description: 'Organizations (associations aside), optionally of a kind or in a country.' })
  organizations(
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
    @Arg('kind', () => OrganizationKind, { nullable: true }) kind?: string,
    @Arg('country', () => ID, { nullable: true, description: 'Organizations based in this country.' }) country?: string,
    @Arg('orderBy', () => NameOrder, { defaultValue: NameOrder.NAME_ASC }) orderBy: NameOrder = NameOrder.NAME_ASC,
    @Arg('first', () => Int, { nullable: true, defaultValue: DEFAULT_PAGE_SIZE }) first?: number,
    @Arg('after', () => String, { nullable: true }) after?: string,
  ): Promise<Page<EntityRecord>> {
    requireWellFormedIdIfGiven(country, 'country', EntityKind.COUNTRY);
    return pageOf(ctx.executor, organizationListing({ kind: kind ?? null, country: country ?? null }, listOrder(orderBy)), { first, after }, pageReading(ctx, info));
  }
}

@Resolver(() => Association)
export class AssociationResolver {
  @Query(() => AssociationConnection, { description: 'Friendship and other associations, optionally of a kind, in a country, or promoting friendship with one.' })
  associations(
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
    @Arg('kind', () => AssociationKind, { nullable: true }) kind?: string,
    @Arg('country', () => ID, { nullable: true, description: 'Associations based in this country.' }) country?: string,
    @Arg('friendshipWith', () => ID, { nullable: true, description: 'Associations promoting friendship with this country.' }) friendshipWith?: string,
    @Arg('orderBy', () => NameOrder, { defaultValue: NameOrder.NAME_ASC }) orderBy: NameOrder = NameOrder.NAME_ASC,
    @Arg('first', () => Int, { nullable: true, defaultValue: DEFAULT_PAGE_SIZE }) first?: number,
    @Arg('after', () => String, { nullable: true }) after?: string,
  ): Promise<Page<EntityRecord>> {
    requireWellFormedIdIfGiven(country, 'country', EntityKind.COUNTRY);
    requireWellFormedIdIfGiven(friendshipWith, 'friendshipWith', EntityKind.COUNTRY);
    const filter = { kind: kind ?? null, country: country ?? null, friendshipWith: friendshipWith ?? null };
    return pageOf(ctx.executor, associationListing(filter, listOrder(orderBy)), { first, after }, pageReading(ctx, info));
  }

  @FieldResolver(() => [Country], { description: 'The countries whose friendship it promotes.' })
  friendshipWith(@Root() association: EntityRecord, @Ctx() ctx: Context) {
    return relatedNodes(ctx.loaders.friendshipCountriesByAssociationId, association.id);
  }

  @FieldResolver(() => [CountryLink], { description: '`friendshipWith`, each with the evidence for its relationship.' })
  friendshipWithLinks(@Root() association: EntityRecord, @Ctx() ctx: Context) {
    return relatedLinks(ctx.loaders.friendshipCountriesByAssociationId, association.id);
  }

  @FieldResolver(() => [Country], { description: 'The countries a multi-country association spans.' })
  activeIn(@Root() association: EntityRecord, @Ctx() ctx: Context) {
    return relatedNodes(ctx.loaders.activeInCountriesByAssociationId, association.id);
  }

  @FieldResolver(() => [CountryLink], { description: '`activeIn`, each with the evidence for its relationship.' })
  activeInLinks(@Root() association: EntityRecord, @Ctx() ctx: Context) {
    return relatedLinks(ctx.loaders.activeInCountriesByAssociationId, association.id);
  }
}
