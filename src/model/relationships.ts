import { EntityKind } from './entity-kind';
import { PARTICIPANT_ROLES, PARTY_ROLES } from './vocabularies';

/** Every relationship type between entities. CITED_IN (entity to source) is provenance, not one of them. */
export const Relationship = {
  PART_OF: 'PART_OF',
  MEMBER_OF: 'MEMBER_OF',
  IN_COUNTRY: 'IN_COUNTRY',
  BASED_IN: 'BASED_IN',
  SUBUNIT_OF: 'SUBUNIT_OF',
  FUNCTIONS_TRANSFERRED_TO: 'FUNCTIONS_TRANSFERRED_TO',
  FRIENDSHIP_WITH: 'FRIENDSHIP_WITH',
  ACTIVE_IN: 'ACTIVE_IN',
  ISSUED_BY: 'ISSUED_BY',
  IMPLEMENTS: 'IMPLEMENTS',
  FOLLOWS_UP: 'FOLLOWS_UP',
  ORGANIZED_BY: 'ORGANIZED_BY',
  HELD_IN: 'HELD_IN',
  HELD_AT: 'HELD_AT',
  CONCERNS: 'CONCERNS',
  PARTICIPATED_IN: 'PARTICIPATED_IN',
  GAVE_AWARD: 'GAVE_AWARD',
  HAS_PARTY: 'HAS_PARTY',
  SIGNED_BY: 'SIGNED_BY',
  BASED_ON: 'BASED_ON',
  FORMALIZED_BY: 'FORMALIZED_BY',
  FUNDED_BY: 'FUNDED_BY',
  RECEIVED_BY: 'RECEIVED_BY',
  LOCATED_IN: 'LOCATED_IN',
  HOLDS_POSITION: 'HOLDS_POSITION',
  SUCCEEDED_BY: 'SUCCEEDED_BY',
} as const;
export type RelationshipType = (typeof Relationship)[keyof typeof Relationship];

/** The collections of records (seed files and curation alike), each holding one kind of entity, or sources. */
export const KIND_BY_COLLECTION = {
  countries: EntityKind.COUNTRY,
  localities: EntityKind.LOCALITY,
  localityGroups: EntityKind.LOCALITY_GROUP,
  organizations: EntityKind.ORGANIZATION,
  associations: EntityKind.ASSOCIATION,
  officials: EntityKind.OFFICIAL,
  documents: EntityKind.DOCUMENT,
  events: EntityKind.EVENT,
  partnerships: EntityKind.PARTNERSHIP,
  aidProjects: EntityKind.AID_PROJECT,
} as const satisfies Record<string, EntityKind>;
export type EntityCollection = keyof typeof KIND_BY_COLLECTION;
export type Collection = EntityCollection | 'sources';

export const COLLECTION_BY_KIND = Object.fromEntries(Object.entries(KIND_BY_COLLECTION).map(([collection, kind]) => [kind, collection])) as Record<
  EntityKind,
  EntityCollection
>;

const { COUNTRY, LOCALITY, LOCALITY_GROUP, ORGANIZATION, ASSOCIATION, OFFICIAL, DOCUMENT } = EntityKind;
const BODIES = [ORGANIZATION, ASSOCIATION];
const PLACES = [LOCALITY, COUNTRY];
const ANY = Object.values(EntityKind);
/** What can be a party: to a partnership, or a signatory of an agreement. */
const PARTIES = [LOCALITY, LOCALITY_GROUP, COUNTRY, ORGANIZATION, ASSOCIATION];

/**
 * How a reference field of a record becomes a relationship. `inbound` relationships point at the
 * record (a participant PARTICIPATED_IN the event), the others leave it.
 */
export interface RelationSpec {
  field: string;
  type: RelationshipType;
  targets: EntityKind[];
  inbound?: boolean;
  /** Which property of the reference tells two relationships of this type between the same pair apart. */
  keyedBy?: 'role' | 'award';
  /** The roles a relationship keyed by role may take, and the one it takes when none is given. */
  roles?: readonly string[];
  defaultRole?: string;
  /** Facts of the reference itself that the relationship carries, beyond its evidence. */
  details?: string[];
}

const R = Relationship;

export const RELATIONS_BY_COLLECTION: Record<EntityCollection, RelationSpec[]> = {
  countries: [],
  localities: [
    { field: 'partOf', type: R.PART_OF, targets: PLACES },
    { field: 'memberOf', type: R.MEMBER_OF, targets: BODIES },
    // A place merged into another: `on` the day the successor took over, `by` the act that did it.
    { field: 'succeededBy', type: R.SUCCEEDED_BY, targets: [LOCALITY], details: ['on', 'by'] },
  ],
  localityGroups: [
    { field: 'country', type: R.IN_COUNTRY, targets: [COUNTRY] },
    { field: 'partOf', type: R.PART_OF, targets: PLACES },
  ],
  organizations: [
    { field: 'basedIn', type: R.BASED_IN, targets: PLACES },
    { field: 'subunitOf', type: R.SUBUNIT_OF, targets: BODIES },
    { field: 'functionsTransferredTo', type: R.FUNCTIONS_TRANSFERRED_TO, targets: BODIES },
    { field: 'memberOf', type: R.MEMBER_OF, targets: BODIES },
  ],
  associations: [
    { field: 'basedIn', type: R.BASED_IN, targets: PLACES },
    { field: 'subunitOf', type: R.SUBUNIT_OF, targets: BODIES },
    { field: 'functionsTransferredTo', type: R.FUNCTIONS_TRANSFERRED_TO, targets: BODIES },
    { field: 'memberOf', type: R.MEMBER_OF, targets: BODIES },
    { field: 'friendshipWith', type: R.FRIENDSHIP_WITH, targets: [COUNTRY] },
    { field: 'activeIn', type: R.ACTIVE_IN, targets: [COUNTRY] },
  ],
  officials: [],
  documents: [
    { field: 'issuer', type: R.ISSUED_BY, targets: BODIES },
    // The signatories of an agreement: the places and bodies it binds. A type of its own, not HAS_PARTY, so that what
    // follows a place's partnerships never meets a document.
    {
      field: 'parties',
      type: R.SIGNED_BY,
      targets: PARTIES,
      keyedBy: 'role',
      roles: PARTY_ROLES,
      defaultRole: 'PARTNER',
    },
    { field: 'implements', type: R.IMPLEMENTS, targets: [DOCUMENT] },
    { field: 'followsUp', type: R.FOLLOWS_UP, targets: [DOCUMENT] },
  ],
  events: [
    { field: 'organizer', type: R.ORGANIZED_BY, targets: BODIES },
    { field: 'place', type: R.HELD_IN, targets: [LOCALITY, LOCALITY_GROUP, COUNTRY] },
    { field: 'venue', type: R.HELD_AT, targets: BODIES },
    { field: 'concerns', type: R.CONCERNS, targets: ANY },
    {
      field: 'participants',
      type: R.PARTICIPATED_IN,
      targets: [OFFICIAL, ORGANIZATION, ASSOCIATION, LOCALITY, LOCALITY_GROUP, COUNTRY],
      inbound: true,
      keyedBy: 'role',
      roles: PARTICIPANT_ROLES,
      defaultRole: 'ATTENDEE',
    },
    { field: 'awards', type: R.GAVE_AWARD, targets: [ORGANIZATION, ASSOCIATION, OFFICIAL], inbound: true, keyedBy: 'award', details: ['award', 'count', 'recipients'] },
  ],
  partnerships: [
    {
      field: 'parties',
      type: R.HAS_PARTY,
      targets: PARTIES,
      keyedBy: 'role',
      roles: PARTY_ROLES,
      defaultRole: 'PARTNER',
    },
    { field: 'basis', type: R.BASED_ON, targets: [DOCUMENT] },
    { field: 'agreements', type: R.FORMALIZED_BY, targets: [DOCUMENT] },
  ],
  aidProjects: [
    // A province gives and receives aid in its own name as often as its government bodies do.
    { field: 'funder', type: R.FUNDED_BY, targets: [...BODIES, LOCALITY] },
    { field: 'recipient', type: R.RECEIVED_BY, targets: [...BODIES, LOCALITY] },
    { field: 'location', type: R.LOCATED_IN, targets: [LOCALITY] },
  ],
};

/** Positions are references too, written as HOLDS_POSITION from the official to the body. */
export const POSITION_RELATION: RelationSpec = { field: 'positions', type: R.HOLDS_POSITION, targets: BODIES };

/** Every relationship type between entities, in the order the collections introduce them; the importer writes them in this order. */
export const ENTITY_RELATIONSHIP_TYPES: RelationshipType[] = [
  ...new Set([...Object.values(RELATIONS_BY_COLLECTION).flat().map((spec) => spec.type), POSITION_RELATION.type]),
];

/** The relationships leading from a place or body up to the country it lies in: what an entity's `countryIds` follow. */
export const COUNTRY_PATH_TYPES: RelationshipType[] = [R.PART_OF, R.BASED_IN, R.IN_COUNTRY, R.ACTIVE_IN, R.SUBUNIT_OF];

export function isRelationshipType(type: string): type is RelationshipType {
  return (ENTITY_RELATIONSHIP_TYPES as string[]).includes(type);
}
