import { GraphQLResolveInfo } from 'graphql';
import { Arg, Ctx, FieldResolver, ID, Info, Int, Query, Resolver, Root } from 'type-graphql';
import { Context } from '../context';
import { dateInterval } from '../dates/partial-date';
import { requireWellFormedIdIfGiven } from '../entity/id-argument';
import { EntityRecord } from '../entity/entity.record';
import { Event, EventLink } from '../event/event.type';
import { Institution, InstitutionLink } from '../organization/organization.type';
import { DEFAULT_PAGE_SIZE, Page, pageOf } from '../pagination/connection';
import { pageReading } from '../prefetch/prefetch';
import { DatedOrder, listOrder } from '../pagination/order';
import { Partnership, PartnershipLink, PartnershipParty } from '../partnership/partnership.type';
import { relatedLink, relatedLinks, relatedNode, relatedNodes } from '../relation/relation.fields';
import { documentListing } from './document.repository';
import { Document, DocumentConnection, DocumentKind, DocumentLink } from './document.type';

/** Fields of every document type; Directive, Plan, Resolution and Agreement inherit them. */
@Resolver(() => Document)
export class DocumentResolver {
  @Query(() => DocumentConnection, {
    description: 'Directives, plans, resolutions and agreements, optionally of a kind, by an issuer, or issued within a date range.',
  })
  documents(
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
    @Arg('kind', () => DocumentKind, { nullable: true }) kind?: string,
    @Arg('issuer', () => ID, { nullable: true }) issuer?: string,
    @Arg('issuedFrom', () => String, { nullable: true, description: 'YYYY, YYYY-MM or YYYY-MM-DD; undated documents are left out.' }) issuedFrom?: string,
    @Arg('issuedTo', () => String, { nullable: true, description: 'YYYY, YYYY-MM or YYYY-MM-DD; undated documents are left out.' }) issuedTo?: string,
    @Arg('orderBy', () => DatedOrder, { defaultValue: DatedOrder.DATE_DESC, description: 'DATE is the issue date.' }) orderBy: DatedOrder = DatedOrder.DATE_DESC,
    @Arg('first', () => Int, { nullable: true, defaultValue: DEFAULT_PAGE_SIZE }) first?: number,
    @Arg('after', () => String, { nullable: true }) after?: string,
  ): Promise<Page<EntityRecord>> {
    requireWellFormedIdIfGiven(issuer, 'issuer');
    const filter = { kind: kind ?? null, issuer: issuer ?? null, ...dateInterval(issuedFrom, issuedTo, ['issuedFrom', 'issuedTo']) };
    return pageOf(ctx.executor, documentListing(filter, listOrder(orderBy, 'issuedOn')), { first, after }, pageReading(ctx, info));
  }

  @FieldResolver(() => Institution, { nullable: true })
  issuer(@Root() document: EntityRecord, @Ctx() ctx: Context) {
    return relatedNode(ctx.loaders.issuerByDocumentId, document.id);
  }

  @FieldResolver(() => InstitutionLink, { nullable: true, description: '`issuer`, with the evidence for the relationship.' })
  issuerLink(@Root() document: EntityRecord, @Ctx() ctx: Context) {
    return relatedLink(ctx.loaders.issuerByDocumentId, document.id);
  }

  @FieldResolver(() => [PartnershipParty], { description: 'For an agreement: the places and bodies that signed it, each in its role, with the evidence.' })
  async parties(@Root() document: EntityRecord, @Ctx() ctx: Context) {
    return (await ctx.loaders.signatoriesByDocumentId.load(document.id)).map(({ edge, node }) => ({ role: edge.role, entity: node, evidence: edge }));
  }

  @FieldResolver(() => [Document], { description: 'The documents this one carries out.' })
  implements(@Root() document: EntityRecord, @Ctx() ctx: Context) {
    return relatedNodes(ctx.loaders.implementedDocumentsByDocumentId, document.id);
  }

  @FieldResolver(() => [DocumentLink], { description: '`implements`, each with the evidence for its relationship.' })
  implementsLinks(@Root() document: EntityRecord, @Ctx() ctx: Context) {
    return relatedLinks(ctx.loaders.implementedDocumentsByDocumentId, document.id);
  }

  @FieldResolver(() => [Document], { description: 'The documents that carry this one out.' })
  implementedBy(@Root() document: EntityRecord, @Ctx() ctx: Context) {
    return relatedNodes(ctx.loaders.implementingDocumentsByDocumentId, document.id);
  }

  @FieldResolver(() => [DocumentLink], { description: '`implementedBy`, each with the evidence for its relationship.' })
  implementedByLinks(@Root() document: EntityRecord, @Ctx() ctx: Context) {
    return relatedLinks(ctx.loaders.implementingDocumentsByDocumentId, document.id);
  }

  @FieldResolver(() => Document, { nullable: true, description: 'An earlier document this one was issued in response to.' })
  followsUp(@Root() document: EntityRecord, @Ctx() ctx: Context) {
    return relatedNode(ctx.loaders.earlierDocumentByDocumentId, document.id);
  }

  @FieldResolver(() => DocumentLink, { nullable: true, description: '`followsUp`, with the evidence for the relationship.' })
  followsUpLink(@Root() document: EntityRecord, @Ctx() ctx: Context) {
    return relatedLink(ctx.loaders.earlierDocumentByDocumentId, document.id);
  }

  @FieldResolver(() => [Partnership], { description: 'Partnerships this document formalizes.' })
  formalizes(@Root() document: EntityRecord, @Ctx() ctx: Context) {
    return relatedNodes(ctx.loaders.partnershipsByAgreementId, document.id);
  }

  @FieldResolver(() => [PartnershipLink], { description: '`formalizes`, each with the evidence for its relationship.' })
  formalizesLinks(@Root() document: EntityRecord, @Ctx() ctx: Context) {
    return relatedLinks(ctx.loaders.partnershipsByAgreementId, document.id);
  }

  @FieldResolver(() => [Event], { description: 'Events about this document (e.g. a conference presenting it).' })
  events(@Root() document: EntityRecord, @Ctx() ctx: Context) {
    return relatedNodes(ctx.loaders.eventsBySubjectId, document.id);
  }

  @FieldResolver(() => [EventLink], { description: '`events`, each with the evidence for its relationship.' })
  eventsLinks(@Root() document: EntityRecord, @Ctx() ctx: Context) {
    return relatedLinks(ctx.loaders.eventsBySubjectId, document.id);
  }
}
