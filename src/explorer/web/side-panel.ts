import type { EntityDetailsQuery, GraphEdgeFieldsFragment, SourceFieldsFragment } from '../../client/generated/graphql';
import { append, el } from './dom';
import type { GraphEdgeData, GraphNodeData } from './graph-view';
import { kindBadge } from './kinds';

export type EntityDetails = Exclude<NonNullable<EntityDetailsQuery['node']>, { __typename: 'Source' }>;

/** What supports a relationship, as the API reports it on an edge. */
export type EdgeEvidence = GraphEdgeFieldsFragment['evidence'];

export function humanize(value: string): string {
  const words = value.toLowerCase().replace(/_/g, ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}

type Fact = [label: string, value: string | number | null | undefined];

function firmness(confidence: string | null | undefined): string {
  return confidence === 'inferred' ? ' (year inferred)' : confidence === 'disputed' ? ' (disputed: the sources contradict it)' : '';
}

function factsOf(entity: EntityDetails): Fact[] {
  switch (entity.__typename) {
    case 'Locality':
      return [['Level', humanize(entity.level)]];
    case 'LocalityGroup':
      return [['Description', entity.groupDescription]];
    case 'Event':
      return [
        ['Kind', humanize(entity.eventKind)],
        ['Date', entity.date ? `${entity.date}${firmness(entity.dateConfidence)}` : 'not given by the source'],
        ['About the date', entity.dateNote],
        ['Attendance', entity.attendance ? `${humanize(entity.attendance.qualifier)} ${entity.attendance.count}` : null],
      ];
    case 'Agreement':
    case 'Directive':
    case 'Plan':
    case 'Resolution':
      return [
        ['Kind', humanize(entity.documentKind)],
        ['Code', entity.code],
        ['Issued on', entity.issuedOn ? `${entity.issuedOn}${firmness(entity.issuedOnConfidence)}` : null],
        ['About the date', entity.issuedOnNote],
        ['Subject', entity.subject],
        ['Named by the source', entity.named ? null : 'no: the source mentions it without naming it'],
      ];
    case 'Partnership':
      return [
        ['Kind', humanize(entity.partnershipKind)],
        ['Since', entity.since ? `${entity.since}${firmness(entity.sinceConfidence)}` : 'not given by the source'],
        ['About the date', entity.sinceNote],
        ['Description', entity.description],
      ];
    case 'Official':
      return [
        ['Title', entity.honorific],
        ...entity.positions.map<Fact>((position) => [
          position.status === 'current' ? 'Position' : 'Former position',
          `${position.title}, ${position.organization.name}${position.asOf ? ` (as of ${position.asOf})` : ''}`,
        ]),
      ];
    case 'Organization':
      return [['Kind', humanize(entity.organizationKind)]];
    case 'Association':
      return [
        ['Kind', humanize(entity.associationKind)],
        ['Members', entity.memberCount],
      ];
    case 'AidProject':
      return [
        ['Aid', humanize(entity.aidKind)],
        ['Description', entity.description],
      ];
    default:
      return [];
  }
}

function factList(facts: Fact[]): HTMLElement {
  const rows = facts.filter(([, value]) => value !== null && value !== undefined && value !== '');
  return el('dl', { class: 'facts' }, ...rows.flatMap(([label, value]) => [el('dt', {}, label), el('dd', {}, String(value))]));
}

function sourceItem(source: SourceFieldsFragment, locators: string[]): HTMLElement {
  const title = source.url ? el('a', { href: source.url, target: '_blank', rel: 'noopener noreferrer', class: 'source-title' }, source.title) : el('span', { class: 'source-title' }, source.title);
  return el(
    'li',
    { class: 'source', 'data-source-id': source.id },
    title,
    el(
      'span',
      { class: 'source-meta' },
      el('span', { class: 'publisher' }, source.publisher),
      source.via ? ` via ${source.via}` : '',
      ', ',
      el('time', {}, source.publishedOn ?? 'date not given'),
      source.url ? '' : ' · the page gives no address',
    ),
    locators.length ? el('span', { class: 'locators', title: 'Lines of the archived article' }, `lines ${locators.join(', ')}`) : null,
  );
}

/** Evidence lists one locator per cited source, in order; a source cited twice has two. */
export function locatorsBySource(evidence: Pick<EdgeEvidence, 'sourceIds' | 'locators'>): Map<string, string[]> {
  const bySource = new Map<string, string[]>();
  evidence.sourceIds.forEach((id, index) => {
    const locator = evidence.locators[index];
    if (locator) bySource.set(id, [...(bySource.get(id) ?? []), locator]);
  });
  return bySource;
}

export function sourceList(sources: SourceFieldsFragment[], locatorsBySource: Map<string, string[]>): HTMLElement {
  if (!sources.length) return el('p', { class: 'muted' }, 'No source recorded.');
  const distinct = [...new Map(sources.map((source) => [source.id, source])).values()];
  return el('ol', { class: 'sources' }, ...distinct.map((source) => sourceItem(source, locatorsBySource.get(source.id) ?? [])));
}

/** The right-hand panel: the facts, dates and sources of the selected entity or relationship. */
/** Every name of the entity but the one shown as the title: "vi Hà Tĩnh · en Ha Tinh", the source's own form marked. */
function namesOf(entity: EntityDetails): string | null {
  const others = entity.labels.filter((label) => label.value !== entity.name);
  return others.length ? others.map((label) => `${label.lang} ${label.value}${label.source ? ' (source)' : ''}`).join(' · ') : null;
}

export class SidePanel {
  constructor(private readonly container: HTMLElement) {}

  showMessage(text: string): void {
    this.container.replaceChildren(el('p', { class: 'muted' }, text));
  }

  showLoading(name: string): void {
    this.container.replaceChildren(el('h2', {}, name), el('p', { class: 'muted', role: 'status' }, 'Loading…'));
  }

  showEntity(entity: EntityDetails): void {
    const locators = new Map(entity.citations.map((citation): [string, string[]] => [citation.sourceId, citation.locators]));
    this.container.replaceChildren();
    append(this.container, [
      el('h2', { id: 'panel-title' }, entity.name),
      el('p', { class: 'entity-kind' }, kindBadge(entity.kind), ' ', el('code', {}, entity.id)),
      entity.nativeName && entity.nativeName !== entity.name ? el('p', { class: 'native-name', lang: 'vi' }, entity.nativeName) : null,
      factList([...factsOf(entity), ['Names', namesOf(entity)], ['Also called', entity.aliases.join(' · ')], ['Reviewer’s note', entity.note]]),
      el('h3', {}, 'Sources'),
      sourceList(entity.sources, locators),
    ]);
  }

  showEdge(edge: GraphEdgeData, ends: { source: GraphNodeData | null; target: GraphNodeData | null }): void {
    const { evidence } = edge;
    this.container.replaceChildren(
      el('h2', { id: 'panel-title' }, humanize(edge.type)),
      el(
        'p',
        { class: 'edge-ends' },
        el('strong', {}, ends.source?.name ?? edge.source),
        ' → ',
        el('strong', {}, ends.target?.name ?? edge.target),
      ),
      factList([
        ['Role', edge.role ? humanize(edge.role) : null],
        ['Confidence', evidence.confidence === 'inferred' ? 'inferred from the source' : 'stated by the source'],
        ['Reviewer’s note', evidence.note],
      ]),
      el('h3', {}, 'Evidence'),
      sourceList(evidence.sources, locatorsBySource(evidence)),
    );
  }
}

