import { GraphQLResolveInfo } from 'graphql';
import { Arg, Ctx, FieldResolver, ID, Info, Int, Query, Resolver, Root } from 'type-graphql';
import { Context } from '../context';
import { AS_OF_DESCRIPTION } from '../dates/as-of';
import { dateArgument, dateInterval } from '../dates/partial-date';
import { Document, DocumentLink } from '../document/document.type';
import { requireWellFormedId, requireWellFormedIdIfGiven } from '../entity/id-argument';
import { EntityKind } from '../model/entity-kind';
import { EntityRecord } from '../entity/entity.record';
import { Entity, EntityLink } from '../entity/entity.type';
import { DEFAULT_PAGE_SIZE, Page, pageOf } from '../pagination/connection';
import { DatedOrder, listOrder } from '../pagination/order';
import { MAX_PAGE_SIZE, requirePageSize } from '../pagination/page-size';
import { compileSelection, pageReading } from '../prefetch/prefetch';
import { relatedLinks, relatedNodes } from '../relation/relation.fields';
import { partnershipListing } from './partnership.repository';
import { partiesOf, partnerLinkOf, partnerOf, PartnershipRecord, partnershipsSeenFrom, throughLinkOf, throughOf } from './partnership.service';
import { Locality } from '../locality/locality.type';
import { Partnership, PartnershipConnection, PartnershipKind, PartnershipParty } from './partnership.type';

/** `partnerships(of:)` without `first`: a hub's whole list grows with the graph, so it comes in pages too. */
const PARTNERSHIPS_PAGE_SIZE = MAX_PAGE_SIZE;

@Resolver(() => Partnership)
export class PartnershipResolver {
  @Query(() => [Partnership], { description: 'Partnerships an entity is a party to, each seen from that entity.' })
  async partnerships(
    @Arg('of', () => ID, { description: 'The entity whose partnerships to list.' }) of: string,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
    @Arg('country', () => ID, { nullable: true, description: 'Keep partnerships with a partner in this country.' }) country?: string,
    @Arg('kind', () => PartnershipKind, { nullable: true }) kind?: string,
    @Arg('includeSubdivisions', { defaultValue: false, description: 'Also partnerships of the localities under `of`.' })
    includeSubdivisions: boolean = false,
    @Arg('asOf', () => String, { nullable: true, description: AS_OF_DESCRIPTION }) asOf?: string,
    @Arg('includePredecessors', {
      defaultValue: false,
      description: 'Also partnerships of the places that became part of `of` (e.g. Quảng Bình\'s for Quảng Trị), each marked with that place in `through`.',
    })
    includePredecessors: boolean = false,
    @Arg('first', () => Int, {
      nullable: true,
      defaultValue: PARTNERSHIPS_PAGE_SIZE,
      description: `At most this many partnerships (${PARTNERSHIPS_PAGE_SIZE} unless given, at most ${MAX_PAGE_SIZE}), in order of name then ID.`,
    })
    first?: number,
    @Arg('after', () => ID, { nullable: true, description: 'The ID of the last partnership of the previous page: the list goes on after it.' })
    after?: string,
  ): Promise<PartnershipRecord[]> {
    requireWellFormedId(of, 'of');
    requireWellFormedIdIfGiven(country, 'country', EntityKind.COUNTRY);
    requireWellFormedIdIfGiven(after, 'after', EntityKind.PARTNERSHIP);
    const filter = { of, country: country ?? null, kind: kind ?? null, includeSubdivisions, includePredecessors, asOf: dateArgument(asOf, 'asOf') };
    const page = { first: requirePageSize(first ?? PARTNERSHIPS_PAGE_SIZE), after: after ?? null };
    return partnershipsSeenFrom(ctx, filter, page, compileSelection(ctx, info, 'p'));
  }

  @FieldResolver(() => Locality, {
    nullable: true,
    description:
      'With `partnerships(of:, includePredecessors: true)`, the predecessor of `of` whose partnership this is (it stays with the place that signed it); null otherwise.',
  })
  through(@Root() partnership: PartnershipRecord, @Ctx() ctx: Context) {
    return throughOf(ctx, partnership);
  }

  @FieldResolver(() => EntityLink, { nullable: true, description: '`through`, with the evidence for its succession (e.g. the resolution that merged it).' })
  throughLink(@Root() partnership: PartnershipRecord, @Ctx() ctx: Context) {
    return throughLinkOf(ctx, partnership);
  }

  @Query(() => PartnershipConnection, {
    description: 'All partnerships, optionally of a kind, with a party, with a partner in a country, begun within a date range, or in force at a date.',
  })
  allPartnerships(
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
    @Arg('kind', () => PartnershipKind, { nullable: true }) kind?: string,
    @Arg('party', () => ID, { nullable: true, description: 'Partnerships this entity is a party to.' }) party?: string,
    @Arg('country', () => ID, { nullable: true, description: 'Partnerships with a party in this country.' }) country?: string,
    @Arg('sinceFrom', () => String, { nullable: true, description: 'Begun on or after this date (YYYY, YYYY-MM or YYYY-MM-DD); undated ones are left out.' }) sinceFrom?: string,
    @Arg('sinceTo', () => String, { nullable: true, description: 'Begun on or before this date; undated ones are left out.' }) sinceTo?: string,
    @Arg('asOf', () => String, { nullable: true, description: AS_OF_DESCRIPTION }) asOf?: string,
    @Arg('orderBy', () => DatedOrder, { defaultValue: DatedOrder.DATE_ASC, description: 'DATE is when the partnership began.' }) orderBy: DatedOrder = DatedOrder.DATE_ASC,
    @Arg('first', () => Int, { nullable: true, defaultValue: DEFAULT_PAGE_SIZE }) first?: number,
    @Arg('after', () => String, { nullable: true }) after?: string,
  ): Promise<Page<EntityRecord>> {
    requireWellFormedIdIfGiven(party, 'party');
    requireWellFormedIdIfGiven(country, 'country', EntityKind.COUNTRY);
    const filter = {
      kind: kind ?? null,
      party: party ?? null,
      country: country ?? null,
      ...dateInterval(sinceFrom, sinceTo, ['sinceFrom', 'sinceTo']),
      asOf: dateArgument(asOf, 'asOf'),
    };
    return pageOf(ctx.executor, partnershipListing(filter, listOrder(orderBy, 'since')), { first, after }, pageReading(ctx, info));
  }

  @FieldResolver(() => [PartnershipParty])
  parties(@Root() partnership: PartnershipRecord, @Ctx() ctx: Context) {
    return partiesOf(ctx, partnership.id);
  }

  @FieldResolver(() => Entity, {
    nullable: true,
    description: 'The other party, as seen from the entity `partnerships(of:)` was asked about; null elsewhere.',
  })
  partner(@Root() partnership: PartnershipRecord, @Ctx() ctx: Context) {
    return partnerOf(ctx, partnership);
  }

  @FieldResolver(() => EntityLink, { nullable: true, description: '`partner`, with the evidence for its part in the partnership.' })
  partnerLink(@Root() partnership: PartnershipRecord, @Ctx() ctx: Context) {
    return partnerLinkOf(ctx, partnership);
  }

  @FieldResolver(() => [Document], { description: 'The agreements that formalize it.' })
  agreements(@Root() partnership: PartnershipRecord, @Ctx() ctx: Context) {
    return relatedNodes(ctx.loaders.agreementsByPartnershipId, partnership.id);
  }

  @FieldResolver(() => [DocumentLink], { description: '`agreements`, each with the evidence for its relationship.' })
  agreementsLinks(@Root() partnership: PartnershipRecord, @Ctx() ctx: Context) {
    return relatedLinks(ctx.loaders.agreementsByPartnershipId, partnership.id);
  }

  @FieldResolver(() => [Document], { description: 'The plans or directives that commit to it.' })
  basis(@Root() partnership: PartnershipRecord, @Ctx() ctx: Context) {
    return relatedNodes(ctx.loaders.basisByPartnershipId, partnership.id);
  }

  @FieldResolver(() => [DocumentLink], { description: '`basis`, each with the evidence for its relationship.' })
  basisLinks(@Root() partnership: PartnershipRecord, @Ctx() ctx: Context) {
    return relatedLinks(ctx.loaders.basisByPartnershipId, partnership.id);
  }
}
