/**
 * What the benchmark asks, of our API, of the floor (the Cypher those requests run, sent straight
 * through the driver) and of the peer (bench/peer). Variables come from the anchors the synthetic
 * generator picks, so every scale answers the same questions about comparable entities.
 */

/** Entities the generator chooses in each synthetic graph so that every workload has a real answer. */
export interface Anchors {
  /** A hub province with many partnerships, and a foreign country some of its partners lie in. */
  partnerOf: string;
  partnerCountry: string;
  /** An official with several posts and participations. */
  official: string;
  /** One entity name as typed without diacritics ("ha tinh"), and the same with them ("Hà Tĩnh"). */
  searchAscii: string;
  searchDiacritics: string;
  /** The centre of the depth-2 neighbourhood. */
  neighborhoodOf: string;
  /** Two entities at most four hops apart. */
  pathFrom: string;
  pathTo: string;
  /** A date range holding a page of events or more (YYYY, YYYY-MM or YYYY-MM-DD). */
  eventsFrom: string;
  eventsTo: string;
}

/** The real seed graph as a tiny extra scale (`--scales seed`), with anchors from the articles. */
export const SEED_GRAPH_ANCHORS: Anchors = {
  partnerOf: 'province:ha-tinh',
  partnerCountry: 'country:laos',
  official: 'official:nguyen-viet-thao',
  searchAscii: 'ha tinh',
  searchDiacritics: 'Hà Tĩnh',
  neighborhoodOf: 'province:ha-tinh',
  pathFrom: 'city:hanoi',
  pathTo: 'province:savannakhet',
  eventsFrom: '2024',
  eventsTo: '2025',
};

export interface Workload {
  name: string;
  title: string;
  query: string;
  variables(anchors: Anchors): Record<string, unknown>;
}

const SOURCES = 'sources { id publisher publishedOn url }';

export const WORKLOADS: Workload[] = [
  {
    name: 'partnerships',
    title: 'Partners of a province in a country, with agreements, basis and sources',
    query: `query Partnerships($of: ID!, $country: ID) {
      partnerships(of: $of, country: $country) {
        id name partnershipKind since
        partner { id name }
        agreements { id name issuedOn }
        basis { id name issuer { id name } }
        ${SOURCES}
      }
    }`,
    variables: (a) => ({ of: a.partnerOf, country: a.partnerCountry }),
  },
  {
    name: 'entity-page',
    title: 'An official three levels deep: posts, their organizations and events, with sources',
    query: `query EntityPage($id: ID!) {
      node(id: $id) {
        id
        ... on Official {
          name
          ${SOURCES}
          positions { title status organization { id name organizedEvents { id name date ${SOURCES} } } }
          participations { role event { id name date place { id name } ${SOURCES} } }
        }
      }
    }`,
    variables: (a) => ({ id: a.official }),
  },
  {
    name: 'search-ascii',
    title: 'Search typed without diacritics',
    query: `query Search($query: String!) { search(query: $query, first: 10) { score matched entity { id kind name } } }`,
    variables: (a) => ({ query: a.searchAscii }),
  },
  {
    name: 'search-diacritics',
    title: 'Search typed with diacritics',
    query: `query Search($query: String!) { search(query: $query, first: 10) { score matched entity { id kind name } } }`,
    variables: (a) => ({ query: a.searchDiacritics }),
  },
  {
    name: 'neighborhood',
    title: 'Neighbourhood at depth 2',
    query: `query Neighborhood($id: ID!) {
      neighborhood(id: $id, depth: 2) { truncated nodes { id kind name } edges { source target type role sourceIds } }
    }`,
    variables: (a) => ({ id: a.neighborhoodOf }),
  },
  {
    name: 'path',
    title: 'Shortest path, maxHops 4',
    query: `query Path($from: ID!, $to: ID!) {
      path(from: $from, to: $to, maxHops: 4) { nodes { id kind name } edges { source target type sourceIds } }
    }`,
    variables: (a) => ({ from: a.pathFrom, to: a.pathTo }),
  },
  {
    name: 'events-page',
    title: 'A page of the events timeline in a date range, with its total',
    query: `query Events($from: String, $to: String) {
      events(from: $from, to: $to, first: 20) {
        totalCount
        pageInfo { hasNextPage endCursor }
        edges { cursor node { id name date eventKind place { id name } organizer { id name } } }
      }
    }`,
    variables: (a) => ({ from: a.eventsFrom, to: a.eventsTo }),
  },
];
