import { UndirectedGraph } from 'graphology';
import betweennessCentrality from 'graphology-metrics/centrality/betweenness';
import { threadId } from 'node:worker_threads';

export interface BetweennessTask {
  nodeIds: string[];
  edges: [from: string, to: string][];
}

export interface BetweennessResult {
  scores: Record<string, number>;
  /** The thread that computed them: never the API's main thread. */
  threadId: number;
}

/** Brandes' betweenness, normalized to 0..1, over the undirected simple graph of these entities and links. */
export function betweenness({ nodeIds, edges }: BetweennessTask): BetweennessResult {
  const graph = new UndirectedGraph();
  for (const id of nodeIds) graph.addNode(id);
  for (const [from, to] of edges) if (from !== to) graph.mergeEdge(from, to);
  return { scores: betweennessCentrality(graph, { normalized: true }), threadId };
}
