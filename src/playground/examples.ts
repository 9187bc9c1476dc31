import * as operations from '../client/generated/graphql';
import { DEFAULT_PLAYGROUND_QUERY } from './default-query';

export interface PlaygroundTab {
  query: string;
  variables?: string;
}

/** Values from the seed graph for each operation's variables, so every example runs as it opens. */
const EXAMPLE_VARIABLES: Record<string, Record<string, unknown>> = {
  PartnersInCountry: { of: 'province:ha-tinh', country: 'country:laos', lang: 'vi' },
  NetworkBridges: { around: 'city:hanoi', depth: 3 },
  ShortestPaths: { from: 'city:hanoi', to: 'province:savannakhet', maxHops: 5 },
  EventsInvolving: { from: '2024', to: '2025-12', involving: 'association:hanoi-union-of-friendship-organizations' },
  OfficialsAsOf: { organization: 'association:vietnam-union-of-friendship-organizations', asOf: '2025-10' },
  DocumentsIssued: { kind: 'DIRECTIVE' },
  LocalitiesOfCountry: { country: 'country:laos' },
  SearchEntities: { query: 'ha tinh' },
  EntityDetails: { id: 'province:savannakhet' },
  Neighborhood: { id: 'province:ha-tinh', depth: 1 },
  EventsTimeline: { from: '2024', to: '2025' },
  PlaceNow: { id: 'province:quang-binh' },
};

/**
 * The playground's tabs: the question analysts ask first, then the typed client's operation documents
 * (src/client/operations), in the order above, each with its fragments and example variables.
 */
export function playgroundTabs(): PlaygroundTab[] {
  const documents = new Map<string, string>();
  for (const value of Object.values(operations)) {
    if (!(value instanceof operations.TypedDocumentString)) continue;
    const text = value.toString().trim();
    const name = /^query (\w+)/.exec(text)?.[1];
    if (name) documents.set(name, text);
  }
  const names = [...Object.keys(EXAMPLE_VARIABLES).filter((name) => documents.has(name)), ...[...documents.keys()].filter((name) => !(name in EXAMPLE_VARIABLES)).sort()];
  return [
    { query: DEFAULT_PLAYGROUND_QUERY },
    ...names.map((name) => ({ query: documents.get(name)!, variables: EXAMPLE_VARIABLES[name] ? JSON.stringify(EXAMPLE_VARIABLES[name], null, 2) : undefined })),
  ];
}
