import { Context } from '../context';
import { Executor } from '../db/executor';
import { EntityRecord } from '../entity/entity.record';
import { NotFoundError, ScopeTooLargeError } from '../errors/errors';
import { EntityKind } from '../model/entity-kind';
import { NetworkGraph } from './network-graph';
import { networkProjectionQuery, NetworkScopeFilter } from './network.repository';
import { NetworkStatistics, RankedEntity } from './network.type';

/** The graph of a scope, projected for the measures; SCOPE_TOO_LARGE when it holds more than `maxNodes` entities. */
export async function networkOf(executor: Executor, filter: NetworkScopeFilter, maxNodes: number): Promise<NetworkStatistics> {
  const [row] = await executor.read(networkProjectionQuery(filter, maxNodes));
  if (!row.scopeFound) throw new NotFoundError(`No entity has the ID "${filter.around}" (scope.around).`);
  if ((row.nodeCount as number) > maxNodes) {
    throw new ScopeTooLargeError(
      `The scope holds ${row.nodeCount} entities; statistics are computed on at most ${maxNodes}. Narrow it with kinds, country or around.`,
      'scope',
    );
  }
  const graph = new NetworkGraph(row.nodes as [string, string][], row.edges as [string, string][]);
  return { graph, nodeCount: graph.nodeCount, edgeCount: graph.edgeCount, density: graph.density, componentCount: graph.connectedComponents().length };
}

/** The top `limit` of a ranking, of the given kinds only when asked, with their entities. */
export async function topRanked(ctx: Context, ranking: { id: string; score: number }[], graph: NetworkGraph, limit: number, kinds?: EntityKind[]): Promise<RankedEntity[]> {
  const kept = kinds?.length ? ranking.filter(({ id }) => kinds.includes(graph.kindOf(id) as EntityKind)) : ranking;
  const top = kept.slice(0, limit);
  const entities = await Promise.all(top.map(({ id }) => ctx.loaders.entityById.load(id)));
  return top.map(({ score }, index) => ({ rank: index + 1, score, entity: entities[index] as EntityRecord }));
}
