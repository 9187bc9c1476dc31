import { Arg, Ctx, FieldResolver, ID, Int, Query, Resolver, Root } from 'type-graphql';
import { Context } from '../context';
import { AS_OF_DESCRIPTION, postHeldAt } from '../dates/as-of';
import { dateArgument } from '../dates/partial-date';
import { requireWellFormedIdIfGiven } from '../entity/id-argument';
import { EntityRecord } from '../entity/entity.record';
import { Participation, participationsOf } from '../event/event.type';
import { DEFAULT_PAGE_SIZE, Page, pageOf } from '../pagination/connection';
import { listOrder, NameOrder } from '../pagination/order';
import { related } from '../relation/relation.fields';
import { Direction } from '../relation/relation.repository';
import { officialListing } from './official.repository';
import { Official, OfficialConnection, Position, PositionRecord, PositionStatus } from './official.type';

/** Posts seen from the official (`out`) or from the organization (`in`), those held at `asOf` when given. */
export async function positionsOf(ctx: Context, owner: EntityRecord, direction: Direction, asOf?: string | null): Promise<PositionRecord[]> {
  const day = dateArgument(asOf, 'asOf');
  const posts = await related(ctx, owner.id, 'HOLDS_POSITION', direction);
  return posts.filter(({ edge }) => !day || postHeldAt(edge, day)).map(({ edge, node }) => ({
    title: edge.title as string,
    status: edge.status as string,
    asOf: (edge.asOf as string | null) ?? null,
    holder: direction === 'out' ? owner : node,
    organization: direction === 'out' ? node : owner,
    evidence: edge,
  }));
}

@Resolver(() => Official)
export class OfficialResolver {
  @Query(() => OfficialConnection, { description: 'Officials, optionally those with a post in an organization, of a status, or held at a date.' })
  officials(
    @Ctx() { executor }: Context,
    @Arg('organization', () => ID, { nullable: true, description: 'Officials with a post in this organization or association.' }) organization?: string,
    @Arg('status', () => PositionStatus, { nullable: true, description: 'Only posts with this status.' }) status?: string,
    @Arg('asOf', () => String, { nullable: true, description: AS_OF_DESCRIPTION }) asOf?: string,
    @Arg('orderBy', () => NameOrder, { defaultValue: NameOrder.NAME_ASC }) orderBy: NameOrder = NameOrder.NAME_ASC,
    @Arg('first', () => Int, { nullable: true, defaultValue: DEFAULT_PAGE_SIZE }) first?: number,
    @Arg('after', () => String, { nullable: true }) after?: string,
  ): Promise<Page<EntityRecord>> {
    requireWellFormedIdIfGiven(organization, 'organization');
    const filter = { organization: organization ?? null, status: status ?? null, asOf: dateArgument(asOf, 'asOf') };
    return pageOf(executor, officialListing(filter, listOrder(orderBy)), { first, after });
  }

  @FieldResolver(() => [Position])
  positions(
    @Root() official: EntityRecord,
    @Ctx() ctx: Context,
    @Arg('asOf', () => String, { nullable: true, description: AS_OF_DESCRIPTION }) asOf?: string,
  ) {
    return positionsOf(ctx, official, 'out', asOf);
  }

  @FieldResolver(() => [Participation], { description: 'Events this official took part in, with the role.' })
  participations(@Root() official: EntityRecord, @Ctx() ctx: Context) {
    return participationsOf(ctx, official, 'out');
  }
}
