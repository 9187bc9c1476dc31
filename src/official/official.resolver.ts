import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { Context } from '../context';
import { EntityRecord } from '../entity/entity.record';
import { Participation, participationsOf } from '../event/event.type';
import { related } from '../relation/relation.fields';
import { Direction } from '../relation/relation.repository';
import { Official, Position, PositionRecord } from './official.type';

/** Posts seen from the official (`out`) or from the organization (`in`). */
export async function positionsOf(ctx: Context, owner: EntityRecord, direction: Direction): Promise<PositionRecord[]> {
  return (await related(ctx, owner.id, 'HOLDS_POSITION', direction)).map(({ edge, node }) => ({
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
  @FieldResolver(() => [Position])
  positions(@Root() official: EntityRecord, @Ctx() ctx: Context) {
    return positionsOf(ctx, official, 'out');
  }

  @FieldResolver(() => [Participation], { description: 'Events this official took part in, with the role.' })
  participations(@Root() official: EntityRecord, @Ctx() ctx: Context) {
    return participationsOf(ctx, official, 'out');
  }
}
