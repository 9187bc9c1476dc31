import { Executor } from '../db/executor';
import { graphNodeQuery, neighborhoodQuery, shortestPathsQuery } from './graph.repository';
import { GraphEdge, GraphNode, Path, Subgraph } from './graph.type';

/** Everything within `hops` of an entity; empty when the ID is unknown. */
export async function neighborhoodOf(executor: Executor, id: string, hops: number): Promise<Subgraph> {
  const [row] = await executor.read(neighborhoodQuery(id, hops));
  if (!row) return { nodes: [], edges: [], truncated: false };
  return { nodes: row.nodes as GraphNode[], edges: row.edges as GraphEdge[], truncated: row.truncated as boolean };
}

/** Up to `count` shortest paths of at most `hops` relationships, fewest hops first; from an entity to itself, the one path of length 0. */
export async function shortestPaths(executor: Executor, from: string, to: string, hops: number, count: number): Promise<Path[]> {
  if (from === to) {
    const [row] = await executor.read(graphNodeQuery(from));
    return row ? [{ length: 0, nodes: [row.node as GraphNode], edges: [] }] : [];
  }
  const rows = await executor.read(shortestPathsQuery(from, to, hops, count));
  return rows.map((row) => ({ length: (row.edges as GraphEdge[]).length, nodes: row.nodes as GraphNode[], edges: row.edges as GraphEdge[] }));
}
