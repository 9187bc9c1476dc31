import { EntityKind } from '../entity/entity-kind';

const { COUNTRY, LOCALITY, LOCALITY_GROUP, ORGANIZATION, ASSOCIATION, OFFICIAL, EVENT, DOCUMENT, PARTNERSHIP, AID_PROJECT } =
  EntityKind;
const BODIES = [ORGANIZATION, ASSOCIATION];
const PLACES = [LOCALITY, COUNTRY];
const ANY = Object.values(EntityKind);

/**
 * How a reference field of a seed record becomes a relationship. `inbound` relationships point at the
 * record (a participant PARTICIPATED_IN the event), the others leave it.
 */
export interface RelationSpec {
  field: string;
  type: string;
  targets: EntityKind[];
  inbound?: boolean;
  /** Which property of the reference tells two relationships of this type between the same pair apart. */
  keyedBy?: 'role' | 'award';
  defaultRole?: string;
  /** Facts of the reference itself that the relationship carries, beyond its evidence. */
  details?: string[];
}

export const RELATIONS_BY_COLLECTION: Record<string, RelationSpec[]> = {
  countries: [],
  localities: [
    { field: 'partOf', type: 'PART_OF', targets: PLACES },
    { field: 'memberOf', type: 'MEMBER_OF', targets: BODIES },
    // A place merged into another: `on` the day the successor took over, `by` the act that did it.
    { field: 'succeededBy', type: 'SUCCEEDED_BY', targets: [LOCALITY], details: ['on', 'by'] },
  ],
  localityGroups: [
    { field: 'country', type: 'IN_COUNTRY', targets: [COUNTRY] },
    { field: 'partOf', type: 'PART_OF', targets: PLACES },
  ],
  organizations: [
    { field: 'basedIn', type: 'BASED_IN', targets: PLACES },
    { field: 'subunitOf', type: 'SUBUNIT_OF', targets: BODIES },
    { field: 'functionsTransferredTo', type: 'FUNCTIONS_TRANSFERRED_TO', targets: BODIES },
    { field: 'memberOf', type: 'MEMBER_OF', targets: BODIES },
  ],
  associations: [
    { field: 'basedIn', type: 'BASED_IN', targets: PLACES },
    { field: 'subunitOf', type: 'SUBUNIT_OF', targets: BODIES },
    { field: 'functionsTransferredTo', type: 'FUNCTIONS_TRANSFERRED_TO', targets: BODIES },
    { field: 'memberOf', type: 'MEMBER_OF', targets: BODIES },
    { field: 'friendshipWith', type: 'FRIENDSHIP_WITH', targets: [COUNTRY] },
    { field: 'activeIn', type: 'ACTIVE_IN', targets: [COUNTRY] },
  ],
  officials: [],
  documents: [
    { field: 'issuer', type: 'ISSUED_BY', targets: BODIES },
    { field: 'implements', type: 'IMPLEMENTS', targets: [DOCUMENT] },
    { field: 'followsUp', type: 'FOLLOWS_UP', targets: [DOCUMENT] },
  ],
  events: [
    { field: 'organizer', type: 'ORGANIZED_BY', targets: BODIES },
    { field: 'place', type: 'HELD_IN', targets: [LOCALITY, LOCALITY_GROUP, COUNTRY] },
    { field: 'venue', type: 'HELD_AT', targets: BODIES },
    { field: 'concerns', type: 'CONCERNS', targets: ANY },
    {
      field: 'participants',
      type: 'PARTICIPATED_IN',
      targets: [OFFICIAL, ORGANIZATION, ASSOCIATION, LOCALITY, LOCALITY_GROUP, COUNTRY],
      inbound: true,
      keyedBy: 'role',
      defaultRole: 'ATTENDEE',
    },
    { field: 'awards', type: 'GAVE_AWARD', targets: [ORGANIZATION, ASSOCIATION, OFFICIAL], inbound: true, keyedBy: 'award', details: ['award', 'count', 'recipients'] },
  ],
  partnerships: [
    {
      field: 'parties',
      type: 'HAS_PARTY',
      targets: [LOCALITY, LOCALITY_GROUP, COUNTRY, ORGANIZATION, ASSOCIATION],
      keyedBy: 'role',
      defaultRole: 'PARTNER',
    },
    { field: 'basis', type: 'BASED_ON', targets: [DOCUMENT] },
    { field: 'agreements', type: 'FORMALIZED_BY', targets: [DOCUMENT] },
  ],
  aidProjects: [
    { field: 'funder', type: 'FUNDED_BY', targets: BODIES },
    { field: 'recipient', type: 'RECEIVED_BY', targets: BODIES },
    { field: 'location', type: 'LOCATED_IN', targets: [LOCALITY] },
  ],
};

/** Positions are references too, written as HOLDS_POSITION from the official to the body. */
export const POSITION_RELATION: RelationSpec = { field: 'positions', type: 'HOLDS_POSITION', targets: BODIES };

export const KIND_BY_COLLECTION: Record<string, EntityKind> = {
  countries: COUNTRY,
  localities: LOCALITY,
  localityGroups: LOCALITY_GROUP,
  organizations: ORGANIZATION,
  associations: ASSOCIATION,
  officials: OFFICIAL,
  documents: DOCUMENT,
  events: EVENT,
  partnerships: PARTNERSHIP,
  aidProjects: AID_PROJECT,
};

/** Every relationship type between entities; CITED_IN (entity to source) is provenance, not one of them. */
export const ENTITY_RELATIONSHIP_TYPES: string[] = [
  ...new Set([...Object.values(RELATIONS_BY_COLLECTION).flat().map((spec) => spec.type), POSITION_RELATION.type]),
];

/** Every entity-to-entity type as one Cypher type alternation (`A|B|…`): what traversals follow; CITED_IN is provenance. */
export const ENTITY_RELATIONSHIP_PATTERN = ENTITY_RELATIONSHIP_TYPES.join('|');

/** The relationships leading from a place or body up to the country it lies in: what an entity's `countryIds` follow. */
export const COUNTRY_PATH_TYPES = ['PART_OF', 'BASED_IN', 'IN_COUNTRY', 'ACTIVE_IN', 'SUBUNIT_OF'];
