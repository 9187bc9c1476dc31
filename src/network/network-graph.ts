import { UndirectedGraph } from 'graphology';
import { connectedComponents } from 'graphology-components';
import { NetworkWorkers } from './network-workers';

export interface Ranked {
  id: string;
  score: number;
}

/** A projected subgraph and the measures computed on it, each computed once and only when asked for. */
export class NetworkGraph {
  private readonly graph = new UndirectedGraph();
  private components?: string[][];
  private betweenness?: Promise<Ranked[]>;

  constructor(nodes: [id: string, kind: string][], edges: [from: string, to: string][]) {
    for (const [id, kind] of nodes) this.graph.addNode(id, { kind });
    for (const [from, to] of edges) if (from !== to) this.graph.mergeEdge(from, to);
  }

  get nodeCount(): number {
    return this.graph.order;
  }

  get edgeCount(): number {
    return this.graph.size;
  }

  get density(): number {
    const n = this.graph.order;
    return n < 2 ? 0 : (2 * this.graph.size) / (n * (n - 1));
  }

  kindOf(id: string): string {
    return this.graph.getNodeAttribute(id, 'kind') as string;
  }

  /** Largest first; equal sizes by their smallest ID, so the order is stable. */
  connectedComponents(): string[][] {
    this.components ??= connectedComponents(this.graph)
      .map((members) => members.sort())
      .sort((a, b) => b.length - a.length || a[0].localeCompare(b[0]));
    return this.components;
  }

  degreeRanking(): Ranked[] {
    return rank(this.graph.mapNodes((id) => ({ id, score: this.graph.degree(id) })));
  }

  /**
   * Brandes' betweenness, normalized to 0..1: how often an entity lies on shortest paths between others. It costs
   * nodes × links, so it runs on a worker thread and the event loop stays free for other requests meanwhile.
   */
  betweennessRanking(workers: NetworkWorkers): Promise<Ranked[]> {
    this.betweenness ??= workers
      .betweenness({ nodeIds: this.graph.nodes(), edges: this.graph.mapEdges((_edge, _attributes, from, to) => [from, to] as [string, string]) })
      .then(({ scores }) => rank(Object.keys(scores).map((id) => ({ id, score: scores[id] }))));
    return this.betweenness;
  }
}

function rank(entries: Ranked[]): Ranked[] {
  return entries.sort((a, b) => b.score - a.score || a.id.localeCompare(b.id));
}
