import { GraphQLResolveInfo } from 'graphql';
import { Arg, Ctx, FieldResolver, ID, Info, Int, Query, Resolver, Root } from 'type-graphql';
import { Context } from '../context';
import { dateInterval } from '../dates/partial-date';
import { requireWellFormedIdIfGiven } from '../entity/id-argument';
import { EntityRecord } from '../entity/entity.record';
import { Entity, EntityLink } from '../entity/entity.type';
import { Institution, InstitutionLink } from '../organization/organization.type';
import { DEFAULT_PAGE_SIZE, Page, pageOf } from '../pagination/connection';
import { pageReading } from '../prefetch/prefetch';
import { DatedOrder, listOrder } from '../pagination/order';
import { relatedLink, relatedLinks, relatedNode, relatedNodes } from '../relation/relation.fields';
import { eventListing } from './event.repository';
import { awardsOf, participantsOf } from './event.service';
import { Attendance, Award, Event, EventConnection, Participation } from './event.type';

@Resolver(() => Event)
export class EventResolver {
  @Query(() => EventConnection, {
    description: 'Events in time order, optionally those involving an entity and overlapping a date range.',
  })
  events(
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
    @Arg('involving', () => ID, { nullable: true }) involving?: string,
    @Arg('from', () => String, { nullable: true, description: 'YYYY, YYYY-MM or YYYY-MM-DD' }) from?: string,
    @Arg('to', () => String, { nullable: true, description: 'YYYY, YYYY-MM or YYYY-MM-DD' }) to?: string,
    @Arg('first', () => Int, { nullable: true, defaultValue: DEFAULT_PAGE_SIZE }) first?: number,
    @Arg('after', () => String, { nullable: true }) after?: string,
    @Arg('orderBy', () => DatedOrder, { defaultValue: DatedOrder.DATE_ASC, description: 'DATE is the day the event began.' })
    orderBy: DatedOrder = DatedOrder.DATE_ASC,
  ): Promise<Page<EntityRecord>> {
    requireWellFormedIdIfGiven(involving, 'involving');
    const filter = { involving: involving ?? null, ...dateInterval(from, to) };
    return pageOf(ctx.executor, eventListing(filter, listOrder(orderBy, 'date')), { first, after }, pageReading(ctx, info));
  }

  @FieldResolver(() => Institution, { nullable: true })
  organizer(@Root() event: EntityRecord, @Ctx() ctx: Context) {
    return relatedNode(ctx.loaders.organizerByEventId, event.id);
  }

  @FieldResolver(() => InstitutionLink, { nullable: true, description: '`organizer`, with the evidence for the relationship.' })
  organizerLink(@Root() event: EntityRecord, @Ctx() ctx: Context) {
    return relatedLink(ctx.loaders.organizerByEventId, event.id);
  }

  @FieldResolver(() => Entity, { nullable: true, description: 'The locality it was held in.' })
  place(@Root() event: EntityRecord, @Ctx() ctx: Context) {
    return relatedNode(ctx.loaders.placeByEventId, event.id);
  }

  @FieldResolver(() => EntityLink, { nullable: true, description: '`place`, with the evidence for the relationship.' })
  placeLink(@Root() event: EntityRecord, @Ctx() ctx: Context) {
    return relatedLink(ctx.loaders.placeByEventId, event.id);
  }

  @FieldResolver(() => Institution, { nullable: true, description: 'The institution whose premises hosted it.' })
  venue(@Root() event: EntityRecord, @Ctx() ctx: Context) {
    return relatedNode(ctx.loaders.venueByEventId, event.id);
  }

  @FieldResolver(() => InstitutionLink, { nullable: true, description: '`venue`, with the evidence for the relationship.' })
  venueLink(@Root() event: EntityRecord, @Ctx() ctx: Context) {
    return relatedLink(ctx.loaders.venueByEventId, event.id);
  }

  @FieldResolver(() => [Participation])
  participants(@Root() event: EntityRecord, @Ctx() ctx: Context) {
    return participantsOf(ctx, event);
  }

  @FieldResolver(() => [Entity], { description: 'What the event was about: documents, places, projects.' })
  concerns(@Root() event: EntityRecord, @Ctx() ctx: Context) {
    return relatedNodes(ctx.loaders.subjectsByEventId, event.id);
  }

  @FieldResolver(() => [Award], { description: 'Awards given at the event, per award and giver.' })
  awards(@Root() event: EntityRecord, @Ctx() ctx: Context) {
    return awardsOf(ctx, event);
  }

  @FieldResolver(() => [EntityLink], { description: '`concerns`, each with the evidence for its relationship.' })
  concernsLinks(@Root() event: EntityRecord, @Ctx() ctx: Context) {
    return relatedLinks(ctx.loaders.subjectsByEventId, event.id);
  }

  @FieldResolver(() => Attendance, { nullable: true })
  attendance(@Root() event: EntityRecord): Attendance | null {
    if (event.attendanceCount === null || event.attendanceCount === undefined) return null;
    return { count: event.attendanceCount as number, qualifier: event.attendanceQualifier as string };
  }
}
