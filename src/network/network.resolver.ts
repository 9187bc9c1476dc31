import { Arg, Ctx, FieldResolver, Int, Query, Resolver, Root } from 'type-graphql';
import { DEFAULT_LIMITS } from '../config';
import { Context } from '../context';
import { requireWellFormedIdIfGiven } from '../entity/id-argument';
import { EntityKind } from '../model/entity-kind';
import { EntityRecord } from '../entity/entity.record';
import { Entity } from '../entity/entity.type';
import { NotFoundError, requireWithin, ScopeTooLargeError } from '../errors/errors';
import { requirePageSize } from '../pagination/page-size';
import { NetworkGraph } from './network-graph';
import { MAX_SCOPE_DEPTH, networkProjectionQuery } from './network.repository';
import { NetworkComponent, NetworkScope, NetworkStatistics, RankedEntity } from './network.type';

const RANKING_KINDS_DESCRIPTION = 'Rank only entities of these kinds (the measure is still computed over the whole scope).';

async function ranked(ctx: Context, ranking: { id: string; score: number }[], graph: NetworkGraph, first: number, kinds?: EntityKind[]): Promise<RankedEntity[]> {
  const kept = kinds?.length ? ranking.filter(({ id }) => kinds.includes(graph.kindOf(id) as EntityKind)) : ranking;
  const top = kept.slice(0, requirePageSize(first));
  const entities = await Promise.all(top.map(({ id }) => ctx.loaders.entityById.load(id)));
  return top.map(({ score }, index) => ({ rank: index + 1, score, entity: entities[index] as EntityRecord }));
}

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
    const [row] = await executor.read(networkProjectionQuery(filter, limits.networkNodes));
    if (!row.scopeFound) throw new NotFoundError(`No entity has the ID "${filter.around}" (scope.around).`);
    if ((row.nodeCount as number) > limits.networkNodes) {
      throw new ScopeTooLargeError(
        `The scope holds ${row.nodeCount} entities; statistics are computed on at most ${limits.networkNodes}. Narrow it with kinds, country or around.`,
        'scope',
      );
    }
    const graph = new NetworkGraph(row.nodes as [string, string][], row.edges as [string, string][]);
    return { graph, nodeCount: graph.nodeCount, edgeCount: graph.edgeCount, density: graph.density, componentCount: graph.connectedComponents().length };
  }

  @FieldResolver(() => [RankedEntity], { description: 'Entities by number of distinct neighbours in scope, most connected first.' })
  degree(
    @Root() statistics: NetworkStatistics,
    @Ctx() ctx: Context,
    @Arg('first', () => Int, { defaultValue: 10 }) first: number,
    @Arg('kinds', () => [EntityKind], { nullable: true, description: RANKING_KINDS_DESCRIPTION }) kinds?: EntityKind[],
  ): Promise<RankedEntity[]> {
    return ranked(ctx, statistics.graph.degreeRanking(), statistics.graph, first, kinds);
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
    requirePageSize(first);
    return ranked(ctx, await statistics.graph.betweennessRanking(ctx.networkWorkers), statistics.graph, first, kinds);
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
