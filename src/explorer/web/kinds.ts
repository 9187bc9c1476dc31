import type { EntityKind } from '../../client/generated/graphql';
import { el } from './dom';

export interface KindStyle {
  label: string;
  color: string;
  /** A cytoscape node shape; the legend draws the same outline with a CSS class of the same name. */
  shape: string;
}

/** Colour and shape together, so kinds stay apart for colour-blind readers and in greyscale prints. */
export const KIND_STYLES: Record<EntityKind, KindStyle> = {
  COUNTRY: { label: 'Country', color: '#4e79a7', shape: 'hexagon' },
  LOCALITY: { label: 'Locality', color: '#59a14f', shape: 'ellipse' },
  LOCALITY_GROUP: { label: 'Group of localities', color: '#9fd08f', shape: 'pentagon' },
  ORGANIZATION: { label: 'Organization', color: '#f28e2b', shape: 'round-rectangle' },
  ASSOCIATION: { label: 'Association', color: '#e15759', shape: 'diamond' },
  OFFICIAL: { label: 'Official', color: '#b07aa1', shape: 'triangle' },
  EVENT: { label: 'Event', color: '#edc948', shape: 'star' },
  DOCUMENT: { label: 'Document', color: '#76b7b2', shape: 'rectangle' },
  PARTNERSHIP: { label: 'Partnership', color: '#ff9da7', shape: 'octagon' },
  AID_PROJECT: { label: 'Aid project', color: '#9c755f', shape: 'vee' },
};

export function kindLabel(kind: EntityKind): string {
  return KIND_STYLES[kind]?.label ?? kind;
}

export function kindBadge(kind: EntityKind): HTMLElement {
  return el('span', { class: `kind-badge kind-${kind.toLowerCase()}` }, kindLabel(kind));
}

export function renderLegend(container: HTMLElement): void {
  const items = Object.entries(KIND_STYLES).map(([kind, style]) =>
    el(
      'li',
      {},
      el('span', { class: `legend-swatch shape-${style.shape} kind-${kind.toLowerCase()}`, 'aria-hidden': 'true' }),
      style.label,
    ),
  );
  container.replaceChildren(el('ul', { class: 'legend', 'aria-label': 'Legend: colour and shape of each kind' }, ...items));
}
