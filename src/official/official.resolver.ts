import { GraphQLResolveInfo } from 'graphql';
import { Arg, Ctx, FieldResolver, ID, Info, Int, Query, Resolver, Root } from 'type-graphql';
import { Context } from '../context';
import { AS_OF_DESCRIPTION } from '../dates/as-of';
import { dateArgument } from '../dates/partial-date';
import { requireWellFormedIdIfGiven } from '../entity/id-argument';
import { EntityRecord } from '../entity/entity.record';
import { participationsOf } from '../event/event.service';
import { Participation } from '../event/event.type';
import { DEFAULT_PAGE_SIZE, Page, pageOf } from '../pagination/connection';
import { pageReading } from '../prefetch/prefetch';
import { listOrder, NameOrder } from '../pagination/order';
import { officialListing } from './official.repository';
import { positionsOfOfficial } from './official.service';
import { Official, OfficialConnection, Position, PositionStatus } from './official.type';

@Resolver(() => Official)
export class OfficialResolver {
  @Query(() => OfficialConnection, { description: 'Officials, optionally those with a post in an organization, of a status, or held at a date.' })
  officials(
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
    @Arg('organization', () => ID, { nullable: true, description: 'Officials with a post in this organization or association.' }) organization?: string,
    @Arg('status', () => PositionStatus, { nullable: true, description: 'Only posts with this status.' }) status?: string,
    @Arg('asOf', () => String, { nullable: true, description: AS_OF_DESCRIPTION }) asOf?: string,
    @Arg('orderBy', () => NameOrder, { defaultValue: NameOrder.NAME_ASC }) orderBy: NameOrder = NameOrder.NAME_ASC,
    @Arg('first', () => Int, { nullable: true, defaultValue: DEFAULT_PAGE_SIZE }) first?: number,
    @Arg('after', () => String, { nullable: true }) after?: string,
  ): Promise<Page<EntityRecord>> {
    requireWellFormedIdIfGiven(organization, 'organization');
    const filter = { organization: organization ?? null, status: status ?? null, asOf: dateArgument(asOf, 'asOf') };
    return pageOf(ctx.executor, officialListing(filter, listOrder(orderBy)), { first, after }, pageReading(ctx, info));
  }

  @FieldResolver(() => [Position])
  positions(
    @Root() official: EntityRecord,
    @Ctx() ctx: Context,
    @Arg('asOf', () => String, { nullable: true, description: AS_OF_DESCRIPTION }) asOf?: string,
  ) {
    return positionsOfOfficial(ctx, official, dateArgument(asOf, 'asOf'));
  }

  @FieldResolver(() => [Participation], { description: 'Events this official took part in, with the role.' })
  participations(@Root() official: EntityRecord, @Ctx() ctx: Context) {
    return participationsOf(ctx, official);
  }
}
