import { EntityDetailsDocument, NeighborhoodDocument, type NeighborhoodQuery } from '../../client/generated/graphql';
import { request, setLanguage } from './api';
import { byId, download, el } from './dom';
import { EntityPicker, type PickedEntity } from './entity-picker';
import { toGraphML } from './export';
import { edgeId, GraphView, type GraphEdgeData, type SubgraphData } from './graph-view';
import { renderLegend } from './kinds';
import { PathMode, type FoundPath } from './path-mode';
import { ReviewScreen } from './review-screen';
import { SidePanel, type EntityDetails } from './side-panel';
import { Timeline, type DateRange, type TimelineEvent } from './timeline';
import { EMPTY_STATE, formatState, hasState, parseState, STARTING_ENTITY, STARTING_STATE, validLanguage, type Mode, type ViewState } from './url-state';

type Neighborhood = NeighborhoodQuery['neighborhood'];

/** The tabs, in the order they appear. */
const MODES: readonly Mode[] = ['explore', 'paths', 'review'];

/** Ties the panels together and keeps the URL in step with what is on screen. */
export class ExplorerApp {
  private state: ViewState = { ...EMPTY_STATE };
  readonly graph: GraphView;
  private readonly panel: SidePanel;
  private readonly search: EntityPicker;
  private readonly pathMode: PathMode;
  private readonly timeline: Timeline;
  readonly review: ReviewScreen;
  private eventsInRange: Set<string> | null = null;
  private pathElements = new Set<string>();
  private readonly details = new Map<string, Promise<EntityDetails | null>>();
  private language: ViewState['lang'] = null;
  /** Counts the views started from scratch (a link, a tab, a new search); answers that arrive for an older view are dropped. */
  private view = 0;

  constructor() {
    this.graph = new GraphView(byId('graph'), {
      onNodeTap: (id) => void this.openEntity(id, { expand: true }),
      onEdgeTap: (edge) => this.showEdge(edge),
    });
    this.panel = new SidePanel(byId('details'));
    this.search = new EntityPicker({
      id: 'search',
      label: 'Find an entity',
      placeholder: 'e.g. ha tinh, Savannakhet, Directive 45',
      onPick: (entity) => void this.startFrom(entity),
    });
    byId('explore-controls').append(this.search.element);
    this.pathMode = new PathMode(byId('path-results'), {
      onPaths: (paths) => this.showPaths(paths),
      onHighlight: (path) => this.outlinePaths([path]),
      onEndpointsChange: (from, to) => this.update({ from, to }),
    });
    byId('path-controls').append(this.pathMode.controls);
    this.timeline = new Timeline(byId('timeline'), {
      onPick: (event) => void this.openEvent(event),
      onRangeChange: (range, events) => this.applyRange(range, events),
    });
    this.review = new ReviewScreen(byId('review-screen'), {
      onChange: (review, candidate) => {
        if (this.state.mode === 'review') this.update({ review, candidate });
      },
    });
    renderLegend(byId('legend'));
    this.wireToolbar();
    this.wireTabs();
    window.addEventListener('hashchange', () => void this.open(location.hash));
  }

  start(): Promise<void> {
    return this.open(location.hash);
  }

  /** Shows what a URL says; a URL that says nothing opens the starting view, unless the reader has already moved on. */
  private async open(hash: string): Promise<void> {
    const view = this.view;
    const { lang } = parseState(hash);
    this.useLanguage(lang);
    const state = hasState(hash) ? parseState(hash) : { ...(await this.startingState()), lang };
    if (view === this.view) await this.restore(state);
  }

  /** Ha Tinh and its partners, the README's first question; the empty view when the graph does not hold Ha Tinh. */
  private async startingState(): Promise<ViewState> {
    const entity = await this.entityDetails(STARTING_ENTITY).catch(() => null);
    return entity ? STARTING_STATE : EMPTY_STATE;
  }

  private newView(): number {
    this.graph.clear();
    this.pathElements = new Set();
    return ++this.view;
  }

  /** Rebuilds the whole view from a state, as a shared link describes it. */
  async restore(state: ViewState): Promise<void> {
    const view = this.newView();
    const current = () => view === this.view;
    this.state = { ...state };
    this.useLanguage(state.lang);
    this.showMode(state.mode);
    if (state.mode === 'review') {
      await this.review.show(state.review ?? null, state.candidate ?? null);
      if (current()) this.syncUrl();
      return;
    }
    const timelineLoaded = this.timeline.load({ from: state.dateFrom, to: state.dateTo });
    if (state.mode === 'paths') {
      const [from, to] = await Promise.all([this.pickedEntity(state.from), this.pickedEntity(state.to)]);
      if (!current()) return;
      await this.pathMode.restore(from, to);
    }
    for (const id of state.focus) {
      if (!current()) return;
      await this.expand(id);
    }
    if (state.focus[0]) {
      const first = await this.entityDetails(state.focus[0]);
      if (first && current() && !this.search.hasFocus()) this.search.setValue(first.name);
    }
    // The reader may have opened something else meanwhile; that choice stands.
    if (state.select && current() && this.state.select === state.select) await this.openEntity(state.select, { expand: false });
    await timelineLoaded;
    if (current()) this.syncUrl();
  }

  private update(change: Partial<ViewState>): void {
    this.state = { ...this.state, ...change };
    this.syncUrl();
  }

  private syncUrl(): void {
    const hash = formatState(this.state);
    if (location.hash !== hash) history.replaceState(null, '', hash);
  }

  /** A new search starts a new view around the chosen entity. */
  private async startFrom(entity: PickedEntity): Promise<void> {
    this.newView();
    this.state = { ...this.state, mode: 'explore', focus: [], select: null };
    await this.expand(entity.id);
    await this.openEntity(entity.id, { expand: false });
  }

  /**
   * Draws an entity's neighbourhood. Partnerships are nodes of their own in the graph, so the parties
   * of each partnership in reach are drawn too: choosing a province shows its partners, not only the
   * partnership nodes between them.
   */
  private async expand(id: string): Promise<void> {
    const view = this.view;
    try {
      const { neighborhood } = await request(NeighborhoodDocument, { id, depth: 1 });
      const partnerships = neighborhood.nodes.filter((node) => node.kind === 'PARTNERSHIP' && node.id !== id);
      const parties = await Promise.all(partnerships.map((node) => request(NeighborhoodDocument, { id: node.id, depth: 1 })));
      if (view !== this.view) return;
      this.graph.add(this.merge([neighborhood, ...parties.map((data) => partiesOnly(data.neighborhood))]));
      if (!this.state.focus.includes(id)) this.update({ focus: [...this.state.focus, id] });
      this.graph.markFocus(this.state.focus);
      this.refreshMarks();
      this.notice(neighborhood.truncated ? 'The neighbourhood was too large and has been cut.' : null);
    } catch (error) {
      this.notice((error as Error).message);
    }
  }

  private merge(subgraphs: SubgraphData[]): SubgraphData {
    return { nodes: subgraphs.flatMap((graph) => graph.nodes), edges: subgraphs.flatMap((graph) => graph.edges) };
  }

  private async openEntity(id: string, { expand }: { expand: boolean }): Promise<void> {
    this.update({ select: id });
    this.graph.select(id);
    this.timeline.markActive(id);
    this.panel.showLoading(this.graph.node(id)?.name ?? id);
    const [details] = await Promise.all([this.entityDetails(id), expand && !this.state.focus.includes(id) ? this.expand(id) : null]);
    if (this.state.select !== id) return;
    this.graph.select(id);
    if (details) this.panel.showEntity(details);
    else this.panel.showMessage(`No entity ${id} in the graph.`);
  }

  private async openEvent(event: TimelineEvent): Promise<void> {
    await this.openEntity(event.id, { expand: true });
    this.graph.center(event.id);
  }

  private showEdge(edge: GraphEdgeData): void {
    this.update({ select: null });
    this.timeline.markActive(null);
    this.panel.showEdge(edge, { source: this.graph.node(edge.source), target: this.graph.node(edge.target) });
  }

  private showPaths(paths: FoundPath[]): void {
    this.graph.clear();
    this.panel.showMessage('Click a node for its facts and sources, or an edge for the evidence behind it.');
    this.update({ focus: [], select: null });
    for (const path of paths) this.graph.add(path);
    const { from, to } = this.pathMode.endpoints;
    this.graph.markFocus([from, to].filter((id): id is string => id !== null));
    this.outlinePaths(paths);
  }

  private outlinePaths(paths: FoundPath[]): void {
    this.pathElements = new Set(paths.flatMap((path) => [...path.nodes.map((node) => node.id), ...path.edges.map(edgeId)]));
    this.refreshMarks();
  }

  private applyRange(range: DateRange, events: TimelineEvent[]): void {
    this.eventsInRange = range.from || range.to ? new Set(events.map((event) => event.id)) : null;
    this.update({ dateFrom: range.from, dateTo: range.to });
    this.refreshMarks();
  }

  /** Highlights that depend on more than one panel, reapplied whenever the graph grows. */
  private refreshMarks(): void {
    this.graph.highlightPath(this.pathElements);
    this.graph.markEventsInRange(this.eventsInRange);
    this.renderNodeList();
  }

  private renderNodeList(): void {
    const list = byId('node-list').querySelector('ul')!;
    const nodes = [...this.graph.nodes()].sort((a, b) => a.name.localeCompare(b.name));
    byId('node-list').querySelector('summary')!.textContent = `Entities in view (${nodes.length})`;
    list.replaceChildren(
      ...nodes.map((node) => {
        const button = el('button', { type: 'button', 'data-entity-id': node.id }, node.name);
        button.addEventListener('click', () => void this.openEntity(node.id, { expand: true }));
        return el('li', {}, button);
      }),
    );
  }

  private entityDetails(id: string): Promise<EntityDetails | null> {
    let details = this.details.get(id);
    if (!details) {
      details = request(EntityDetailsDocument, { id }).then((data) => (data.node && data.node.__typename !== 'Source' ? data.node : null));
      details.catch(() => this.details.delete(id));
      this.details.set(id, details);
    }
    return details;
  }

  /** Names come from the API in this language from now on; what was loaded in another is forgotten. */
  private useLanguage(lang: ViewState['lang']): void {
    const picker = byId('language') as HTMLSelectElement;
    if (picker.value !== (lang ?? '')) picker.value = lang ?? '';
    if (lang === this.language) return;
    this.language = lang;
    setLanguage(lang);
    this.details.clear();
    document.documentElement.lang = lang ?? 'en';
  }

  private async pickedEntity(id: string | null): Promise<PickedEntity | null> {
    const details = id ? await this.entityDetails(id) : null;
    return details ? { id: details.id, kind: details.kind, name: details.name, nativeName: details.nativeName } : null;
  }

  private showMode(mode: Mode): void {
    for (const tab of MODES) {
      byId(`tab-${tab}`).setAttribute('aria-selected', String(tab === mode));
      byId(`tab-${tab}`).tabIndex = tab === mode ? 0 : -1;
    }
    const review = mode === 'review';
    byId('explore-controls').hidden = mode !== 'explore';
    byId('path-controls').hidden = mode !== 'paths';
    byId('path-results').hidden = mode !== 'paths';
    byId('graph-actions').hidden = review;
    byId('timeline').hidden = review;
    const wasHidden = byId('explore-layout').hidden;
    byId('explore-layout').hidden = review;
    byId('review-main').hidden = !review;
    if (!review) this.review.hide();
    // Cytoscape measured its container while it was hidden.
    if (wasHidden && !review) this.graph.cy.resize();
  }

  private wireTabs(): void {
    const select = (mode: Mode) => {
      if (this.state.mode === mode) return;
      void this.restore({ ...this.state, mode, focus: [], select: null, review: null, candidate: null }).then(() => {
        if (mode === 'paths') this.pathMode.focus();
        else if (mode === 'explore') this.search.focus();
      });
    };
    for (const mode of MODES) byId(`tab-${mode}`).addEventListener('click', () => select(mode));
    byId('tab-explore').parentElement!.addEventListener('keydown', (event) => {
      if (event.key !== 'ArrowLeft' && event.key !== 'ArrowRight') return;
      const step = event.key === 'ArrowRight' ? 1 : MODES.length - 1;
      const next = MODES[(MODES.indexOf(this.state.mode) + step) % MODES.length];
      select(next);
      byId(`tab-${next}`).focus();
    });
  }

  private wireToolbar(): void {
    byId('fit-view').addEventListener('click', () => this.graph.fit());
    byId('export-png').addEventListener('click', () => download('partnership-graph.png', this.graph.pngBlob()));
    byId('export-graphml').addEventListener('click', () =>
      download('partnership-graph.graphml', new Blob([toGraphML(this.graph.nodes(), this.graph.edges())], { type: 'application/graphml+xml' })),
    );
    byId('language').addEventListener('change', (event) => {
      const lang = validLanguage((event.target as HTMLSelectElement).value);
      void this.restore({ ...this.state, lang });
    });
    byId('copy-link').addEventListener('click', async () => {
      const status = byId('toolbar-status');
      try {
        await navigator.clipboard.writeText(location.href);
        status.textContent = 'Link copied.';
      } catch {
        status.textContent = `Link: ${location.href}`;
      }
    });
  }

  private notice(message: string | null): void {
    const notice = byId('notice');
    notice.hidden = !message;
    notice.textContent = message ?? '';
  }
}

function partiesOnly(subgraph: Neighborhood): SubgraphData {
  const edges = subgraph.edges.filter((edge) => edge.type === 'HAS_PARTY');
  const ends = new Set(edges.flatMap((edge) => [edge.source, edge.target]));
  return { nodes: subgraph.nodes.filter((node) => ends.has(node.id)), edges };
}
