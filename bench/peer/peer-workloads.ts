import { dateRange } from '../../src/model/partial-date';
import { searchForm } from '../../src/model/fold';
import { luceneQueryFor } from '../../src/search/search.repository';
import { Anchors } from '../workloads';

/**
 * The benchmark's questions asked of the peer (bench/peer/type-defs.ts), one per workload name of
 * bench/workloads.ts, fetching the same fields to the same depth. Aliases give the peer's fields the
 * names our API uses where the shape allows it. What the peer cannot do itself (fold diacritics, read
 * partial dates) the variables do client-side, as a user of the peer would have to.
 */

export type PeerWorkload =
  | { query: string; variables(anchors: Anchors): Record<string, unknown>; via?: 'cypher-directive' }
  | { unsupported: string };

const SOURCES = 'sources(sort: [{ publishedOn: DESC }, { id: ASC }]) { id publisher publishedOn url }';

/** Our `partnerships(of:)` answers its first 100 by default (in name, id order); the peer is asked for as many. */
const PARTNERSHIPS_PAGE = 100;

const SEARCH = `query Search($phrase: String!) {
  searchEntities(phrase: $phrase, first: 10, sort: [{ score: DESC }]) {
    edges { score node { id kind name } }
  }
}`;

/** Our API folds the typed text and builds the Lucene query itself; the peer is handed the result. */
function searchVariables(text: string): Record<string, unknown> {
  return { phrase: luceneQueryFor(searchForm(text).split(' ')) };
}

export const PEER_WORKLOADS: Record<string, PeerWorkload> = {
  partnerships: {
    query: `query Partnerships($of: ID!, $country: String!) {
      partnerships(
        where: { AND: [
          { parties: { some: { id: { eq: $of } } } }
          { parties: { some: { countryIds: { includes: $country }, NOT: { id: { eq: $of } } } } }
        ] }
        sort: [{ name: ASC }, { id: ASC }]
        limit: ${PARTNERSHIPS_PAGE}
      ) {
        id name partnershipKind since
        partner: parties(where: { NOT: { id: { eq: $of } } }) { id name }
        agreements { id name issuedOn }
        basis { id name issuer: issuers { id name } }
        ${SOURCES}
      }
    }`,
    variables: (a) => ({ of: a.partnerOf, country: a.partnerCountry }),
  },
  'entity-page': {
    query: `query EntityPage($id: ID!) {
      officials(where: { id: { eq: $id } }) {
        id name
        ${SOURCES}
        positions: positionsConnection {
          edges { properties { title status } node { id name organizedEvents { id name date ${SOURCES} } } }
        }
        participations: participatedInConnection {
          edges { properties { role } node { id name date place: heldIn { id name } ${SOURCES} } }
        }
      }
    }`,
    variables: (a) => ({ id: a.official }),
  },
  'search-ascii': { query: SEARCH, variables: (a) => searchVariables(a.searchAscii) },
  'search-diacritics': { query: SEARCH, variables: (a) => searchVariables(a.searchDiacritics) },
  neighborhood: {
    query: `query Neighborhood($id: ID!) {
      neighborhood(id: $id) { truncated nodes { id kind name } edges { source target type role sourceIds } }
    }`,
    variables: (a) => ({ id: a.neighborhoodOf }),
    via: 'cypher-directive',
  },
  path: {
    query: `query Path($from: ID!, $to: ID!) {
      path(from: $from, to: $to) { nodes { id kind name } edges { source target type sourceIds } }
    }`,
    variables: (a) => ({ from: a.pathFrom, to: a.pathTo }),
    via: 'cypher-directive',
  },
  'events-page': {
    query: `query Events($fromDay: String!, $toDay: String!) {
      events: eventsConnection(
        where: { dateEnd: { gte: $fromDay }, dateStart: { lte: $toDay } }
        sort: [{ sortKey: ASC }, { id: ASC }]
        first: 20
      ) {
        totalCount
        pageInfo { hasNextPage endCursor }
        edges { cursor node { id name date eventKind place: heldIn { id name } organizer: organizers { id name } } }
      }
    }`,
    variables: (a) => ({ fromDay: dateRange(a.eventsFrom).start, toDay: dateRange(a.eventsTo).end }),
  },
};
