import cytoscape, { type Core, type EdgeSingular, type ElementDefinition, type NodeSingular, type StylesheetJson } from 'cytoscape';
import fcose from 'cytoscape-fcose';
import type { GraphEdgeFieldsFragment, GraphNodeFieldsFragment } from '../../client/generated/graphql';
import { KIND_STYLES } from './kinds';

cytoscape.use(fcose);

export type GraphNodeData = GraphNodeFieldsFragment;
export type GraphEdgeData = GraphEdgeFieldsFragment;

export interface SubgraphData {
  nodes: GraphNodeData[];
  edges: GraphEdgeData[];
}

export interface GraphViewHandlers {
  onNodeTap(id: string): void;
  onEdgeTap(edge: GraphEdgeData): void;
}

/** Roles and types in a form a reader can take in at a glance on an edge label. */
function edgeLabel(edge: GraphEdgeData): string {
  const type = edge.type.toLowerCase().replace(/_/g, ' ');
  return edge.role ? `${type} (${edge.role.toLowerCase().replace(/_/g, ' ')})` : type;
}

export function edgeId(edge: Pick<GraphEdgeData, 'source' | 'target' | 'type' | 'role'>): string {
  return `${edge.source}|${edge.type}|${edge.role ?? ''}|${edge.target}`;
}

const STYLE: StylesheetJson = [
  {
    selector: 'node',
    style: {
      label: 'data(name)',
      'font-size': 10,
      'font-family': 'system-ui, sans-serif',
      color: '#1d2733',
      'text-valign': 'bottom',
      'text-margin-y': 4,
      'text-wrap': 'wrap',
      'text-max-width': '120px',
      'text-background-color': '#ffffff',
      'text-background-opacity': 0.85,
      'text-background-padding': '2px',
      'text-background-shape': 'roundrectangle',
      width: 26,
      height: 26,
      'border-width': 1,
      'border-color': '#3b4a5a',
    },
  },
  ...Object.entries(KIND_STYLES).map(([kind, style]) => ({
    selector: `node[kind = "${kind}"]`,
    style: { 'background-color': style.color, shape: style.shape as cytoscape.Css.NodeShape },
  })),
  { selector: 'node.focus', style: { width: 38, height: 38, 'border-width': 3, 'font-weight': 'bold', 'font-size': 12 } },
  { selector: 'node:selected', style: { 'border-width': 4, 'border-color': '#0b57d0', 'overlay-opacity': 0 } },
  {
    selector: 'edge',
    style: {
      width: 1.5,
      'line-color': '#9aa5b1',
      'target-arrow-color': '#9aa5b1',
      'target-arrow-shape': 'triangle',
      'arrow-scale': 0.8,
      'curve-style': 'bezier',
      label: 'data(label)',
      'font-size': 8,
      // Edge labels appear once the reader zooms in, so a large neighbourhood stays legible.
      'min-zoomed-font-size': 9,
      color: '#52606d',
      'text-rotation': 'autorotate',
      'text-background-color': '#ffffff',
      'text-background-opacity': 0.8,
      'text-background-padding': '1px',
    },
  },
  { selector: 'edge:selected', style: { width: 3, 'line-color': '#0b57d0', 'target-arrow-color': '#0b57d0', 'overlay-opacity': 0 } },
  { selector: '.on-path', style: { 'border-color': '#c2410c', 'border-width': 3 } },
  { selector: 'edge.on-path', style: { width: 3, 'line-color': '#c2410c', 'target-arrow-color': '#c2410c', 'font-size': 10, 'min-zoomed-font-size': 0, color: '#7c2d12' } },
  { selector: 'edge:selected', style: { 'font-size': 10, 'min-zoomed-font-size': 0 } },
  { selector: 'node.in-range', style: { 'border-color': '#b45309', 'border-width': 4 } },
  { selector: '.dimmed', style: { opacity: 0.25 } },
];

/** The interactive graph: cytoscape with the fcose layout, grown one neighbourhood at a time. */
export class GraphView {
  readonly cy: Core;

  constructor(container: HTMLElement, handlers: GraphViewHandlers) {
    this.cy = cytoscape({
      container,
      style: STYLE,
      minZoom: 0.2,
      maxZoom: 3,
      boxSelectionEnabled: false,
      selectionType: 'single',
    });
    this.cy.on('tap', 'node', (event) => handlers.onNodeTap((event.target as NodeSingular).id()));
    this.cy.on('tap', 'edge', (event) => handlers.onEdgeTap(this.edgeData(event.target as EdgeSingular)));
  }

  hasNode(id: string): boolean {
    return this.cy.getElementById(id).nonempty();
  }

  nodeIds(): string[] {
    return this.cy.nodes().map((node) => node.id());
  }

  node(id: string): GraphNodeData | null {
    const node = this.cy.getElementById(id);
    if (node.empty()) return null;
    const { kind, name } = node.data() as GraphNodeData;
    return { id, kind, name };
  }

  edges(): GraphEdgeData[] {
    return this.cy.edges().map((edge) => this.edgeData(edge));
  }

  nodes(): GraphNodeData[] {
    return this.cy.nodes().map((node) => this.node(node.id())!);
  }

  clear(): void {
    this.cy.elements().remove();
  }

  /**
   * Adds what is not drawn yet and lays it out. Nodes already on screen keep their place; new ones
   * start around the node they hang from, so the layout grows from where the reader is looking.
   */
  add(subgraph: SubgraphData): string[] {
    const added: ElementDefinition[] = [];
    const newIds = new Set<string>();
    for (const node of subgraph.nodes) {
      if (this.hasNode(node.id) || newIds.has(node.id)) continue;
      newIds.add(node.id);
      added.push({ group: 'nodes', data: { id: node.id, kind: node.kind, name: node.name } });
    }
    if (added.length) this.cy.add(added);
    const edges: ElementDefinition[] = [];
    for (const edge of subgraph.edges) {
      const id = edgeId(edge);
      if (this.cy.getElementById(id).nonempty() || !this.hasNode(edge.source) || !this.hasNode(edge.target)) continue;
      edges.push({ group: 'edges', data: { ...edge, id, label: edgeLabel(edge) } });
    }
    if (edges.length) this.cy.add(edges);
    if (newIds.size) this.layout(newIds);
    return [...newIds];
  }

  private layout(newIds: Set<string>): void {
    const placed = this.cy.nodes().filter((node) => !newIds.has(node.id()));
    const fresh = this.cy.nodes().filter((node) => newIds.has(node.id()));
    const center = { x: 0, y: 0 };
    fresh.forEach((node, index) => {
      const anchor = node.neighborhood('node').filter((neighbour) => !newIds.has(neighbour.id())).first() as NodeSingular;
      const origin = anchor.nonempty() ? anchor.position() : center;
      const angle = (2 * Math.PI * index) / fresh.length;
      const radius = anchor.nonempty() ? 90 : 60 + 12 * fresh.length;
      node.position({ x: origin.x + radius * Math.cos(angle), y: origin.y + radius * Math.sin(angle) });
    });
    this.cy
      .layout({
        name: 'fcose',
        quality: 'proof',
        randomize: false,
        animate: false,
        fit: true,
        padding: 40,
        packComponents: false,
        nodeDimensionsIncludeLabels: true,
        nodeRepulsion: () => 9000,
        idealEdgeLength: () => 110,
        fixedNodeConstraint: placed.nonempty() ? placed.map((node) => ({ nodeId: node.id(), position: { ...(node as NodeSingular).position() } })) : undefined,
      } as cytoscape.LayoutOptions)
      .run();
  }

  select(id: string | null): void {
    this.cy.elements(':selected').unselect();
    if (id) this.cy.getElementById(id).select();
  }

  markFocus(ids: Iterable<string>): void {
    this.cy.nodes('.focus').removeClass('focus');
    for (const id of ids) this.cy.getElementById(id).addClass('focus');
  }

  /** Outlines the nodes and edges of the paths found; what is expanded around them later stays plain. */
  highlightPath(ids: Set<string>): void {
    this.cy.elements('.on-path').removeClass('on-path');
    for (const id of ids) this.cy.getElementById(id).addClass('on-path');
  }

  /** Outlines the events of the timeline's date range and fades the others; `null` shows all alike. */
  markEventsInRange(ids: Set<string> | null): void {
    this.cy.nodes('[kind = "EVENT"]').removeClass('in-range dimmed');
    if (!ids) return;
    this.cy.nodes('[kind = "EVENT"]').forEach((node) => {
      node.addClass(ids.has(node.id()) ? 'in-range' : 'dimmed');
    });
  }

  center(id: string): void {
    const node = this.cy.getElementById(id);
    if (node.nonempty()) this.cy.animate({ center: { eles: node }, duration: 250 });
  }

  fit(): void {
    this.cy.fit(undefined, 40);
  }

  pngBlob(): Blob {
    return this.cy.png({ output: 'blob', full: true, scale: 2, bg: '#ffffff' });
  }

  private edgeData(edge: EdgeSingular): GraphEdgeData {
    const { source, target, type, role, sourceIds, evidence } = edge.data() as GraphEdgeData;
    return { source, target, type, role, sourceIds, evidence };
  }
}
