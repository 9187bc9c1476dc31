import { ShortestPathsDocument, type ShortestPathsQuery } from '../../client/generated/graphql';
import { request } from './api';
import { el } from './dom';
import { EntityPicker, type PickedEntity } from './entity-picker';
import { edgeId } from './graph-view';
import { humanize, locatorsBySource, sourceList } from './side-panel';

export type FoundPath = ShortestPathsQuery['paths'][number];

export interface PathModeOptions {
  onPaths(paths: FoundPath[]): void;
  onHighlight(path: FoundPath): void;
  onEndpointsChange(from: string | null, to: string | null): void;
}

const MAX_HOPS = 6;
const MAX_PATHS = 3;

/** Two entity pickers and the shortest connections between them, each step with its evidence. */
export class PathMode {
  readonly controls: HTMLElement;
  private readonly fromPicker: EntityPicker;
  private readonly toPicker: EntityPicker;
  private readonly hops: HTMLSelectElement;
  private from: PickedEntity | null = null;
  private to: PickedEntity | null = null;

  constructor(
    private readonly results: HTMLElement,
    private readonly options: PathModeOptions,
  ) {
    this.fromPicker = new EntityPicker({ id: 'path-from', label: 'From', placeholder: 'e.g. Nguyen Viet Thao', onPick: (entity) => this.setEndpoint('from', entity) });
    this.toPicker = new EntityPicker({ id: 'path-to', label: 'To', placeholder: 'e.g. Directive 12', onPick: (entity) => this.setEndpoint('to', entity) });
    this.hops = el(
      'select',
      { id: 'path-max-hops' },
      ...Array.from({ length: MAX_HOPS }, (_, index) => el('option', { value: String(index + 1), selected: index + 1 === 4 }, String(index + 1))),
    );
    const find = el('button', { type: 'button', id: 'path-find' }, 'Find connections');
    find.addEventListener('click', () => void this.find());
    this.controls = el(
      'div',
      { class: 'path-controls', role: 'group', 'aria-label': 'Connections between two entities' },
      this.fromPicker.element,
      this.toPicker.element,
      el('div', { class: 'picker picker-hops' }, el('label', { for: 'path-max-hops' }, 'Hops at most'), this.hops),
      find,
    );
  }

  get endpoints(): { from: string | null; to: string | null } {
    return { from: this.from?.id ?? null, to: this.to?.id ?? null };
  }

  /** Restores endpoints from a shared URL, then searches. */
  async restore(from: PickedEntity | null, to: PickedEntity | null): Promise<void> {
    this.from = from;
    this.to = to;
    this.fromPicker.setValue(from?.name ?? '');
    this.toPicker.setValue(to?.name ?? '');
    if (from && to) await this.find();
  }

  focus(): void {
    this.fromPicker.focus();
  }

  private setEndpoint(end: 'from' | 'to', entity: PickedEntity): void {
    this[end] = entity;
    this.options.onEndpointsChange(this.from?.id ?? null, this.to?.id ?? null);
    if (this.from && this.to) void this.find();
  }

  async find(): Promise<void> {
    if (!this.from || !this.to) {
      this.results.replaceChildren(el('p', { class: 'muted' }, 'Pick two entities to see how they are connected.'));
      return;
    }
    this.results.replaceChildren(el('p', { class: 'muted', role: 'status' }, 'Searching…'));
    try {
      const { paths } = await request(ShortestPathsDocument, { from: this.from.id, to: this.to.id, maxHops: Number(this.hops.value), first: MAX_PATHS });
      this.options.onPaths(paths);
      this.render(paths);
    } catch (error) {
      this.results.replaceChildren(el('p', { class: 'error', role: 'alert' }, (error as Error).message));
    }
  }

  private render(paths: FoundPath[]): void {
    if (!paths.length) {
      this.results.replaceChildren(
        el('h2', {}, 'Connections'),
        el('p', { class: 'muted' }, `No connection of at most ${this.hops.value} hops between ${this.from?.name} and ${this.to?.name}.`),
      );
      return;
    }
    this.results.replaceChildren(el('h2', {}, 'Connections'), ...paths.map((path, index) => this.renderPath(path, index)));
  }

  private renderPath(path: FoundPath, index: number): HTMLElement {
    const names = new Map(path.nodes.map((node) => [node.id, node.name]));
    const steps = path.edges.map((edge) => {
      const { evidence } = edge;
      return el(
        'li',
        { class: 'path-step', 'data-edge-id': edgeId(edge) },
        el(
          'p',
          { class: 'path-step-line' },
          el('strong', {}, names.get(edge.source) ?? edge.source),
          ` — ${humanize(edge.type)}${edge.role ? ` (${humanize(edge.role)})` : ''} → `,
          el('strong', {}, names.get(edge.target) ?? edge.target),
        ),
        el('p', { class: 'path-step-confidence' }, evidence.confidence === 'inferred' ? 'Inferred from:' : 'Stated by:'),
        sourceList(evidence.sources, locatorsBySource(evidence)),
      );
    });
    const highlight = el('button', { type: 'button', class: 'path-highlight' }, 'Outline in graph');
    highlight.addEventListener('click', () => this.options.onHighlight(path));
    return el(
      'section',
      { class: 'path', 'aria-label': `Connection ${index + 1}` },
      el('h3', {}, `Connection ${index + 1}: ${path.length} hop${path.length === 1 ? '' : 's'}`, highlight),
      el('ol', { class: 'path-steps' }, ...steps),
    );
  }
}
