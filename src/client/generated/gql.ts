/* eslint-disable */
import * as types from './graphql';



/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "query EntityDetails($id: ID!) {\n  node(id: $id) {\n    __typename\n    id\n    ... on Entity {\n      kind\n      name\n      nativeName\n      aliases\n      note\n      citations {\n        sourceId\n        locators\n      }\n      sources {\n        ...SourceFields\n      }\n    }\n    ... on Locality {\n      level\n    }\n    ... on LocalityGroup {\n      groupDescription: description\n    }\n    ... on Event {\n      date\n      datePrecision\n      dateConfidence\n      eventKind\n      attendance {\n        count\n        qualifier\n      }\n    }\n    ... on Document {\n      documentKind\n      code\n      issuedOn\n      subject\n      named\n    }\n    ... on Partnership {\n      partnershipKind\n      since\n      description\n    }\n    ... on Official {\n      honorific\n      positions {\n        title\n        status\n        asOf\n        organization {\n          id\n          name\n        }\n      }\n    }\n    ... on Organization {\n      organizationKind\n    }\n    ... on Association {\n      associationKind\n      memberCount\n    }\n    ... on AidProject {\n      aidKind\n      description\n    }\n  }\n}": typeof types.EntityDetailsDocument,
    "query EventsTimeline($from: String, $to: String, $first: Int = 100, $after: String) {\n  events(from: $from, to: $to, first: $first, after: $after) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    edges {\n      node {\n        id\n        name\n        date\n        eventKind\n        place {\n          id\n          name\n        }\n      }\n    }\n  }\n}": typeof types.EventsTimelineDocument,
    "fragment SourceFields on Source {\n  id\n  title\n  publisher\n  via\n  publishedOn\n  url\n}\n\nfragment GraphNodeFields on GraphNode {\n  id\n  kind\n  name\n}\n\nfragment GraphEdgeFields on GraphEdge {\n  source\n  target\n  type\n  role\n  sourceIds\n  evidence {\n    confidence\n    note\n    sourceIds\n    locators\n    sources {\n      ...SourceFields\n    }\n  }\n}": typeof types.SourceFieldsFragmentDoc,
    "query Neighborhood($id: ID!, $depth: Int = 1) {\n  neighborhood(id: $id, depth: $depth) {\n    truncated\n    nodes {\n      ...GraphNodeFields\n    }\n    edges {\n      ...GraphEdgeFields\n    }\n  }\n}": typeof types.NeighborhoodDocument,
    "query PartnersInCountry($of: ID! = \"province:ha-tinh\", $country: ID = \"country:laos\") {\n  partnerships(of: $of, country: $country) {\n    id\n    name\n    partnershipKind\n    since\n    partner {\n      id\n      kind\n      name\n    }\n    agreements {\n      id\n      name\n      issuedOn\n    }\n    basis {\n      id\n      name\n      issuer {\n        id\n        name\n      }\n    }\n    sources {\n      ...SourceFields\n    }\n  }\n}": typeof types.PartnersInCountryDocument,
    "query SearchEntities($query: String!, $first: Int = 8) {\n  search(query: $query, first: $first) {\n    score\n    matched\n    entity {\n      id\n      kind\n      name\n      nativeName\n    }\n  }\n}": typeof types.SearchEntitiesDocument,
    "query ShortestPaths($from: ID!, $to: ID!, $maxHops: Int = 4, $first: Int = 3) {\n  paths(from: $from, to: $to, maxHops: $maxHops, first: $first) {\n    length\n    nodes {\n      ...GraphNodeFields\n    }\n    edges {\n      ...GraphEdgeFields\n    }\n  }\n}": typeof types.ShortestPathsDocument,
};
const documents: Documents = {
    "query EntityDetails($id: ID!) {\n  node(id: $id) {\n    __typename\n    id\n    ... on Entity {\n      kind\n      name\n      nativeName\n      aliases\n      note\n      citations {\n        sourceId\n        locators\n      }\n      sources {\n        ...SourceFields\n      }\n    }\n    ... on Locality {\n      level\n    }\n    ... on LocalityGroup {\n      groupDescription: description\n    }\n    ... on Event {\n      date\n      datePrecision\n      dateConfidence\n      eventKind\n      attendance {\n        count\n        qualifier\n      }\n    }\n    ... on Document {\n      documentKind\n      code\n      issuedOn\n      subject\n      named\n    }\n    ... on Partnership {\n      partnershipKind\n      since\n      description\n    }\n    ... on Official {\n      honorific\n      positions {\n        title\n        status\n        asOf\n        organization {\n          id\n          name\n        }\n      }\n    }\n    ... on Organization {\n      organizationKind\n    }\n    ... on Association {\n      associationKind\n      memberCount\n    }\n    ... on AidProject {\n      aidKind\n      description\n    }\n  }\n}": types.EntityDetailsDocument,
    "query EventsTimeline($from: String, $to: String, $first: Int = 100, $after: String) {\n  events(from: $from, to: $to, first: $first, after: $after) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    edges {\n      node {\n        id\n        name\n        date\n        eventKind\n        place {\n          id\n          name\n        }\n      }\n    }\n  }\n}": types.EventsTimelineDocument,
    "fragment SourceFields on Source {\n  id\n  title\n  publisher\n  via\n  publishedOn\n  url\n}\n\nfragment GraphNodeFields on GraphNode {\n  id\n  kind\n  name\n}\n\nfragment GraphEdgeFields on GraphEdge {\n  source\n  target\n  type\n  role\n  sourceIds\n  evidence {\n    confidence\n    note\n    sourceIds\n    locators\n    sources {\n      ...SourceFields\n    }\n  }\n}": types.SourceFieldsFragmentDoc,
    "query Neighborhood($id: ID!, $depth: Int = 1) {\n  neighborhood(id: $id, depth: $depth) {\n    truncated\n    nodes {\n      ...GraphNodeFields\n    }\n    edges {\n      ...GraphEdgeFields\n    }\n  }\n}": types.NeighborhoodDocument,
    "query PartnersInCountry($of: ID! = \"province:ha-tinh\", $country: ID = \"country:laos\") {\n  partnerships(of: $of, country: $country) {\n    id\n    name\n    partnershipKind\n    since\n    partner {\n      id\n      kind\n      name\n    }\n    agreements {\n      id\n      name\n      issuedOn\n    }\n    basis {\n      id\n      name\n      issuer {\n        id\n        name\n      }\n    }\n    sources {\n      ...SourceFields\n    }\n  }\n}": types.PartnersInCountryDocument,
    "query SearchEntities($query: String!, $first: Int = 8) {\n  search(query: $query, first: $first) {\n    score\n    matched\n    entity {\n      id\n      kind\n      name\n      nativeName\n    }\n  }\n}": types.SearchEntitiesDocument,
    "query ShortestPaths($from: ID!, $to: ID!, $maxHops: Int = 4, $first: Int = 3) {\n  paths(from: $from, to: $to, maxHops: $maxHops, first: $first) {\n    length\n    nodes {\n      ...GraphNodeFields\n    }\n    edges {\n      ...GraphEdgeFields\n    }\n  }\n}": types.ShortestPathsDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query EntityDetails($id: ID!) {\n  node(id: $id) {\n    __typename\n    id\n    ... on Entity {\n      kind\n      name\n      nativeName\n      aliases\n      note\n      citations {\n        sourceId\n        locators\n      }\n      sources {\n        ...SourceFields\n      }\n    }\n    ... on Locality {\n      level\n    }\n    ... on LocalityGroup {\n      groupDescription: description\n    }\n    ... on Event {\n      date\n      datePrecision\n      dateConfidence\n      eventKind\n      attendance {\n        count\n        qualifier\n      }\n    }\n    ... on Document {\n      documentKind\n      code\n      issuedOn\n      subject\n      named\n    }\n    ... on Partnership {\n      partnershipKind\n      since\n      description\n    }\n    ... on Official {\n      honorific\n      positions {\n        title\n        status\n        asOf\n        organization {\n          id\n          name\n        }\n      }\n    }\n    ... on Organization {\n      organizationKind\n    }\n    ... on Association {\n      associationKind\n      memberCount\n    }\n    ... on AidProject {\n      aidKind\n      description\n    }\n  }\n}"): typeof import('./graphql').EntityDetailsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query EventsTimeline($from: String, $to: String, $first: Int = 100, $after: String) {\n  events(from: $from, to: $to, first: $first, after: $after) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    edges {\n      node {\n        id\n        name\n        date\n        eventKind\n        place {\n          id\n          name\n        }\n      }\n    }\n  }\n}"): typeof import('./graphql').EventsTimelineDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment SourceFields on Source {\n  id\n  title\n  publisher\n  via\n  publishedOn\n  url\n}\n\nfragment GraphNodeFields on GraphNode {\n  id\n  kind\n  name\n}\n\nfragment GraphEdgeFields on GraphEdge {\n  source\n  target\n  type\n  role\n  sourceIds\n  evidence {\n    confidence\n    note\n    sourceIds\n    locators\n    sources {\n      ...SourceFields\n    }\n  }\n}"): typeof import('./graphql').SourceFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Neighborhood($id: ID!, $depth: Int = 1) {\n  neighborhood(id: $id, depth: $depth) {\n    truncated\n    nodes {\n      ...GraphNodeFields\n    }\n    edges {\n      ...GraphEdgeFields\n    }\n  }\n}"): typeof import('./graphql').NeighborhoodDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PartnersInCountry($of: ID! = \"province:ha-tinh\", $country: ID = \"country:laos\") {\n  partnerships(of: $of, country: $country) {\n    id\n    name\n    partnershipKind\n    since\n    partner {\n      id\n      kind\n      name\n    }\n    agreements {\n      id\n      name\n      issuedOn\n    }\n    basis {\n      id\n      name\n      issuer {\n        id\n        name\n      }\n    }\n    sources {\n      ...SourceFields\n    }\n  }\n}"): typeof import('./graphql').PartnersInCountryDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query SearchEntities($query: String!, $first: Int = 8) {\n  search(query: $query, first: $first) {\n    score\n    matched\n    entity {\n      id\n      kind\n      name\n      nativeName\n    }\n  }\n}"): typeof import('./graphql').SearchEntitiesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ShortestPaths($from: ID!, $to: ID!, $maxHops: Int = 4, $first: Int = 3) {\n  paths(from: $from, to: $to, maxHops: $maxHops, first: $first) {\n    length\n    nodes {\n      ...GraphNodeFields\n    }\n    edges {\n      ...GraphEdgeFields\n    }\n  }\n}"): typeof import('./graphql').ShortestPathsDocument;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
