import { NEIGHBORHOOD_NODE_LIMIT, neighborhoodQuery, shortestPathsQuery } from '../../src/graph/graph.repository';
import { SEARCH_INDEX } from '../../src/db/schema';

/**
 * The stored graph described to the Neo4j GraphQL Library: the same labels, property names and
 * relationship types the importer writes (src/seed/), nothing added to the data. Kinds and dates
 * stay plain strings, as stored. A relationship that reaches several kinds of entity targets an
 * interface naming exactly those kinds (`Party`, `Place`, `Institution`, else `Entity`): filters on
 * `id` or `countryIds` then work across kinds, and the library visits no kind the model rules out.
 *
 * Two questions the generated API cannot ask are `@cypher` fields on Query, running the very
 * Cypher our API runs: a variable-length neighbourhood (with the edges among the nodes it reaches)
 * and a shortest path.
 */

const NEIGHBORHOOD_DEPTH = 2;
const PATH_MAX_HOPS = 4;

/** Our query returns several columns; a `@cypher` field reads one, so the row becomes one map. */
function asOneColumn(cypher: string, columns: string[], column: string): string {
  const map = columns.map((name) => `${name}: ${name}`).join(', ');
  return `CALL () {\n${cypher}\n}\nRETURN {${map}} AS ${column}`;
}

const NEIGHBORHOOD_CYPHER = asOneColumn(neighborhoodQuery('', NEIGHBORHOOD_DEPTH).cypher, ['nodes', 'edges', 'truncated'], 'subgraph');
const PATH_CYPHER = asOneColumn(shortestPathsQuery('', '', PATH_MAX_HOPS, 1).cypher, ['nodes', 'edges'], 'path');

const EVIDENCE_FIELDS = `
  confidence: String
  note: String
  sourceIds: [String!]
  locators: [String!]`;

/** The properties every entity node has, whatever its kind, as an interface declares them. */
const ENTITY_INTERFACE_FIELDS = `
  id: ID!
  kind: String!
  category: String
  name: String!
  nativeName: String
  asciiName: String
  aliases: [String!]
  countryIds: [String!]
  note: String
  sourceIds: [String!]
  sources: [Source!]! @declareRelationship`;

/** The same properties on a node type, with the relationship to its sources. */
const ENTITY_FIELDS = `
  id: ID!
  kind: String!
  category: String
  name: String!
  nativeName: String
  asciiName: String
  aliases: [String!]
  countryIds: [String!]
  note: String
  sourceIds: [String!]
  sources: [Source!]! @relationship(type: "CITED_IN", direction: OUT, properties: "CitedInProperties")`;

const INSTITUTION_FIELDS = `
  ${ENTITY_FIELDS}
  basedIn: [Place!]! @relationship(type: "BASED_IN", direction: OUT, properties: "EvidenceProperties")
  subunitOf: [Institution!]! @relationship(type: "SUBUNIT_OF", direction: OUT, properties: "EvidenceProperties")
  functionsTransferredTo: [Institution!]! @relationship(type: "FUNCTIONS_TRANSFERRED_TO", direction: OUT, properties: "EvidenceProperties")
  memberOf: [Institution!]! @relationship(type: "MEMBER_OF", direction: OUT, properties: "EvidenceProperties")
  organizedEvents: [Event!]! @relationship(type: "ORGANIZED_BY", direction: IN, properties: "EvidenceProperties")
  issuedDocuments: [Document!]! @relationship(type: "ISSUED_BY", direction: IN, properties: "EvidenceProperties")
  positionHolders: [Official!]! @relationship(type: "HOLDS_POSITION", direction: IN, properties: "HoldsPositionProperties")
  participatedIn: [Event!]! @relationship(type: "PARTICIPATED_IN", direction: OUT, properties: "ParticipatedInProperties")
  partnerships: [Partnership!]! @relationship(type: "HAS_PARTY", direction: IN, properties: "HasPartyProperties")`;

export const PEER_TYPE_DEFS = /* GraphQL */ `
  interface Entity {
    ${ENTITY_INTERFACE_FIELDS}
  }

  "What a partnership can have as a party (HAS_PARTY)."
  interface Party implements Entity {
    ${ENTITY_INTERFACE_FIELDS}
  }

  "Where an event is held (HELD_IN) and what a locality is part of (PART_OF)."
  interface Place implements Entity {
    ${ENTITY_INTERFACE_FIELDS}
  }

  "An organization or an association: what organizes events, issues documents and has posts."
  interface Institution implements Entity & Party {
    ${ENTITY_INTERFACE_FIELDS}
    organizedEvents: [Event!]! @declareRelationship
  }

  type Source @node {
    id: ID!
    title: String!
    publisher: String!
    via: String
    url: String
    publishedOn: String
    language: String
    author: String
    file: String
    note: String
  }

  type CitedInProperties @relationshipProperties {
    locators: [String!]
  }

  type EvidenceProperties @relationshipProperties {
    ${EVIDENCE_FIELDS}
  }

  type HasPartyProperties @relationshipProperties {
    role: String
    ${EVIDENCE_FIELDS}
  }

  type ParticipatedInProperties @relationshipProperties {
    role: String
    ${EVIDENCE_FIELDS}
  }

  type HoldsPositionProperties @relationshipProperties {
    title: String!
    status: String!
    asOf: String
    asOfStart: String
    asOfEnd: String
    ${EVIDENCE_FIELDS}
  }

  "Every node labelled Entity, whatever its kind: the full-text index covers them all."
  type AnyEntity @node(labels: ["Entity"]) @fulltext(indexes: [{ indexName: "${SEARCH_INDEX}", queryName: "searchEntities", fields: ["searchText"] }]) {
    id: ID!
    kind: String!
    name: String!
    searchText: String
  }

  type Country implements Entity & Party & Place @node(labels: ["Country", "Entity"]) {
    ${ENTITY_FIELDS}
    iso: String
    partnerships: [Partnership!]! @relationship(type: "HAS_PARTY", direction: IN, properties: "HasPartyProperties")
    parts: [Place!]! @relationship(type: "PART_OF", direction: IN, properties: "EvidenceProperties")
  }

  type Locality implements Entity & Party & Place @node(labels: ["Locality", "Entity"]) {
    ${ENTITY_FIELDS}
    partOf: [Place!]! @relationship(type: "PART_OF", direction: OUT, properties: "EvidenceProperties")
    parts: [Place!]! @relationship(type: "PART_OF", direction: IN, properties: "EvidenceProperties")
    memberOf: [Institution!]! @relationship(type: "MEMBER_OF", direction: OUT, properties: "EvidenceProperties")
    partnerships: [Partnership!]! @relationship(type: "HAS_PARTY", direction: IN, properties: "HasPartyProperties")
    participatedIn: [Event!]! @relationship(type: "PARTICIPATED_IN", direction: OUT, properties: "ParticipatedInProperties")
    eventsHeld: [Event!]! @relationship(type: "HELD_IN", direction: IN, properties: "EvidenceProperties")
  }

  type LocalityGroup implements Entity & Party & Place @node(labels: ["LocalityGroup", "Entity"]) {
    ${ENTITY_FIELDS}
    description: String
    inCountry: [Country!]! @relationship(type: "IN_COUNTRY", direction: OUT, properties: "EvidenceProperties")
    partOf: [Place!]! @relationship(type: "PART_OF", direction: OUT, properties: "EvidenceProperties")
    partnerships: [Partnership!]! @relationship(type: "HAS_PARTY", direction: IN, properties: "HasPartyProperties")
  }

  type Organization implements Entity & Party & Institution @node(labels: ["Organization", "Entity"]) {
    ${INSTITUTION_FIELDS}
  }

  type Association implements Entity & Party & Institution @node(labels: ["Association", "Entity"]) {
    ${INSTITUTION_FIELDS}
    memberCount: Int
    friendshipWith: [Country!]! @relationship(type: "FRIENDSHIP_WITH", direction: OUT, properties: "EvidenceProperties")
    activeIn: [Country!]! @relationship(type: "ACTIVE_IN", direction: OUT, properties: "EvidenceProperties")
  }

  type Official implements Entity @node(labels: ["Official", "Entity"]) {
    ${ENTITY_FIELDS}
    honorific: String
    positions: [Institution!]! @relationship(type: "HOLDS_POSITION", direction: OUT, properties: "HoldsPositionProperties")
    participatedIn: [Event!]! @relationship(type: "PARTICIPATED_IN", direction: OUT, properties: "ParticipatedInProperties")
  }

  type Event implements Entity @node(labels: ["Event", "Entity"]) {
    ${ENTITY_FIELDS}
    eventKind: String @alias(property: "category")
    date: String
    dateStart: String
    dateEnd: String
    datePrecision: String
    dateConfidence: String
    sortKey: String
    attendanceCount: Int
    attendanceQualifier: String
    organizers: [Institution!]! @relationship(type: "ORGANIZED_BY", direction: OUT, properties: "EvidenceProperties")
    heldIn: [Place!]! @relationship(type: "HELD_IN", direction: OUT, properties: "EvidenceProperties")
    heldAt: [Institution!]! @relationship(type: "HELD_AT", direction: OUT, properties: "EvidenceProperties")
    concerns: [Entity!]! @relationship(type: "CONCERNS", direction: OUT, properties: "EvidenceProperties")
    participants: [Entity!]! @relationship(type: "PARTICIPATED_IN", direction: IN, properties: "ParticipatedInProperties")
  }

  type Document implements Entity @node(labels: ["Document", "Entity"]) {
    ${ENTITY_FIELDS}
    code: String
    subject: String
    named: Boolean
    issuedOn: String
    issuedOnStart: String
    issuedOnEnd: String
    issuers: [Institution!]! @relationship(type: "ISSUED_BY", direction: OUT, properties: "EvidenceProperties")
    implements: [Document!]! @relationship(type: "IMPLEMENTS", direction: OUT, properties: "EvidenceProperties")
    followsUp: [Document!]! @relationship(type: "FOLLOWS_UP", direction: OUT, properties: "EvidenceProperties")
  }

  type Partnership implements Entity @node(labels: ["Partnership", "Entity"]) {
    ${ENTITY_FIELDS}
    partnershipKind: String @alias(property: "category")
    description: String
    since: String
    sinceStart: String
    sinceEnd: String
    parties: [Party!]! @relationship(type: "HAS_PARTY", direction: OUT, properties: "HasPartyProperties")
    basis: [Document!]! @relationship(type: "BASED_ON", direction: OUT, properties: "EvidenceProperties")
    agreements: [Document!]! @relationship(type: "FORMALIZED_BY", direction: OUT, properties: "EvidenceProperties")
  }

  type AidProject implements Entity @node(labels: ["AidProject", "Entity"]) {
    ${ENTITY_FIELDS}
    description: String
    fundedBy: [Institution!]! @relationship(type: "FUNDED_BY", direction: OUT, properties: "EvidenceProperties")
    receivedBy: [Institution!]! @relationship(type: "RECEIVED_BY", direction: OUT, properties: "EvidenceProperties")
    locatedIn: [Locality!]! @relationship(type: "LOCATED_IN", direction: OUT, properties: "EvidenceProperties")
  }

  type GraphNode {
    id: ID!
    kind: String!
    name: String!
  }

  type GraphEdge {
    source: ID!
    target: ID!
    type: String!
    role: String
    sourceIds: [String!]!
  }

  type Subgraph {
    nodes: [GraphNode!]!
    edges: [GraphEdge!]!
    truncated: Boolean
  }

  type Query {
    "Everything within ${NEIGHBORHOOD_DEPTH} hops of an entity, with the relationships among it (the Cypher our API runs)."
    neighborhood(id: ID!, limit: Int! = ${NEIGHBORHOOD_NODE_LIMIT}): Subgraph
      @cypher(statement: """${NEIGHBORHOOD_CYPHER}""", columnName: "subgraph")

    "A shortest path of at most ${PATH_MAX_HOPS} relationships between two entities (the Cypher our API runs)."
    path(from: ID!, to: ID!): Subgraph
      @cypher(statement: """${PATH_CYPHER}""", columnName: "path")
  }
`;
