import { Arg, Ctx, ID, Int, Query, Resolver } from 'type-graphql';
import { Context } from '../context';
import { requireWellFormedId } from '../entity/id-argument';
import { requireWithin } from '../errors/errors';
import { MAX_NEIGHBORHOOD_DEPTH, MAX_PATH_HOPS, MAX_PATHS } from './graph.repository';
import { neighborhoodOf, shortestPaths } from './graph.service';
import { Path, Subgraph } from './graph.type';

@Resolver()
export class GraphResolver {
  @Query(() => Subgraph, {
    description: `Everything within \`depth\` hops of an entity (at most ${MAX_NEIGHBORHOOD_DEPTH}); empty when the ID is unknown.`,
  })
  async neighborhood(
    @Arg('id', () => ID) id: string,
    @Ctx() { executor }: Context,
    @Arg('depth', () => Int, { nullable: true, defaultValue: 1 }) depth: number | null = 1,
  ): Promise<Subgraph> {
    requireWellFormedId(id, 'id');
    const hops = requireWithin(depth ?? 1, 1, MAX_NEIGHBORHOOD_DEPTH, 'depth');
    return neighborhoodOf(executor, id, hops);
  }

  @Query(() => Subgraph, {
    nullable: true,
    description: `A shortest path between two entities of at most \`maxHops\` relationships (at most ${MAX_PATH_HOPS}); null when there is none.`,
  })
  async path(
    @Arg('from', () => ID) from: string,
    @Arg('to', () => ID) to: string,
    @Ctx() { executor }: Context,
    @Arg('maxHops', () => Int, { nullable: true, defaultValue: 4 }) maxHops: number | null = 4,
  ): Promise<Subgraph | null> {
    requireWellFormedId(from, 'from');
    requireWellFormedId(to, 'to');
    const hops = requireWithin(maxHops ?? 4, 1, MAX_PATH_HOPS, 'maxHops');
    const [path] = await shortestPaths(executor, from, to, hops, 1);
    return path ? { nodes: path.nodes, edges: path.edges, truncated: false } : null;
  }

  @Query(() => [Path], {
    description: `Up to \`first\` shortest paths (fewest hops first, at most ${MAX_PATHS}) between two entities, each at most \`maxHops\` relationships long (at most ${MAX_PATH_HOPS}); empty when there is none.`,
  })
  async paths(
    @Arg('from', () => ID) from: string,
    @Arg('to', () => ID) to: string,
    @Ctx() { executor }: Context,
    @Arg('maxHops', () => Int, { nullable: true, defaultValue: 4 }) maxHops: number | null = 4,
    @Arg('first', () => Int, { nullable: true, defaultValue: 3 }) first: number | null = 3,
  ): Promise<Path[]> {
    requireWellFormedId(from, 'from');
    requireWellFormedId(to, 'to');
    const hops = requireWithin(maxHops ?? 4, 1, MAX_PATH_HOPS, 'maxHops');
    const count = requireWithin(first ?? 3, 1, MAX_PATHS, 'first');
    return shortestPaths(executor, from, to, hops, count);
  }
}
