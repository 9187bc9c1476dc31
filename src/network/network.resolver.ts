import { Arg, Ctx, FieldResolver, Int, Query, Resolver, Root } from 'type-graphql';
import { DEFAULT_LIMITS } from '../config';
import { Context } from '../context';
import { requireWellFormedIdIfGiven } from '../entity/id-argument';
import { EntityKind } from '../model/entity-kind';
import { Entity } from '../entity/entity.type';
import { requireWithin } from '../errors/errors';
import { requirePageSize } from '../pagination/page-size';
import { MAX_SCOPE_DEPTH } from './network.repository';
import { networkOf, topRanked } from './network.service';
import { NetworkComponent, NetworkScope, NetworkStatistics, RankedEntity } from './network.type';

const RANKING_KINDS_DESCRIPTION = 'Rank only entities of these kinds (the measure is still computed over the whole scope).';

@Resolver(() => NetworkStatistics)
export class NetworkResolver {
  @Query(() => NetworkStatistics, {
    description: `Degree ranking, connected components and bridging entities (betweenness) over part of the graph, of at most ${DEFAULT_LIMITS.networkNodes} entities unless the server sets MAX_NETWORK_NODES; a larger scope gives SCOPE_TOO_LARGE.`,
  })
  async networkStatistics(
    @Ctx() { executor, limits }: Context,
    @Arg('scope', () => NetworkScope, { nullable: true, description: 'Defaults to the whole graph.' }) scope?: NetworkScope,
  ): Promise<NetworkStatistics> {
    requireWellFormedIdIfGiven(scope?.around, 'scope.around');
    requireWellFormedIdIfGiven(scope?.country, 'scope.country', EntityKind.COUNTRY);
    const depth = requireWithin(scope?.depth ?? 2, 1, MAX_SCOPE_DEPTH, 'scope.depth');
    const filter = { kinds: scope?.kinds?.length ? scope.kinds : null, country: scope?.country ?? null, around: scope?.around ?? null, depth };
    return networkOf(executor, filter, limits.networkNodes);
  }

  @FieldResolver(() => [RankedEntity], { description: 'Entities by number of distinct neighbours in scope, most connected first.' })
  degree(
    @Root() statistics: NetworkStatistics,
    @Ctx() ctx: Context,
    @Arg('first', () => Int, { defaultValue: 10 }) first: number,
    @Arg('kinds', () => [EntityKind], { nullable: true, description: RANKING_KINDS_DESCRIPTION }) kinds?: EntityKind[],
  ): Promise<RankedEntity[]> {
    return topRanked(ctx, statistics.graph.degreeRanking(), statistics.graph, requirePageSize(first), kinds);
  }

  @FieldResolver(() => [RankedEntity], {
    description: 'Bridging entities: normalized betweenness centrality, the share of shortest paths between other entities that pass through each.',
  })
  async betweenness(
    @Root() statistics: NetworkStatistics,
    @Ctx() ctx: Context,
    @Arg('first', () => Int, { defaultValue: 10 }) first: number,
    @Arg('kinds', () => [EntityKind], { nullable: true, description: RANKING_KINDS_DESCRIPTION }) kinds?: EntityKind[],
  ): Promise<RankedEntity[]> {
    const limit = requirePageSize(first);
    return topRanked(ctx, await statistics.graph.betweennessRanking(ctx.networkWorkers), statistics.graph, limit, kinds);
  }

  @FieldResolver(() => [NetworkComponent], { description: 'Connected components, largest first.' })
  components(@Root() statistics: NetworkStatistics, @Arg('first', () => Int, { defaultValue: 10 }) first: number): NetworkComponent[] {
    return statistics.graph
      .connectedComponents()
      .slice(0, requirePageSize(first))
      .map((memberIds) => ({ size: memberIds.length, memberIds }));
  }
}

@Resolver(() => NetworkComponent)
export class NetworkComponentResolver {
  @FieldResolver(() => [Entity], { description: 'Its entities in ID order.' })
  async entities(@Root() component: NetworkComponent, @Ctx() ctx: Context, @Arg('first', () => Int, { defaultValue: 20 }) first: number) {
    return ctx.loaders.entityById.loadMany(component.memberIds.slice(0, requirePageSize(first)));
  }
}
