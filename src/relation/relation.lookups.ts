import { Relationship, RelationshipType } from '../model/relationships';
import { Direction } from './relation.repository';

const R = Relationship;

/**
 * Every relation a field resolver follows, named by what it loads: `partnershipsByPartyId` follows HAS_PARTY from a
 * party back to its partnerships. Each is one branch of the batched neighbourhood query (relation.repository.ts), so
 * two names over the same type and direction share their batch and cache.
 */
export const RELATION_LOOKUPS = {
  partiesByPartnershipId: { type: R.HAS_PARTY, direction: 'out' },
  partnershipsByPartyId: { type: R.HAS_PARTY, direction: 'in' },
  agreementsByPartnershipId: { type: R.FORMALIZED_BY, direction: 'out' },
  partnershipsByAgreementId: { type: R.FORMALIZED_BY, direction: 'in' },
  basisByPartnershipId: { type: R.BASED_ON, direction: 'out' },

  positionsByOfficialId: { type: R.HOLDS_POSITION, direction: 'out' },
  positionsByOrganizationId: { type: R.HOLDS_POSITION, direction: 'in' },

  participationsByParticipantId: { type: R.PARTICIPATED_IN, direction: 'out' },
  participantsByEventId: { type: R.PARTICIPATED_IN, direction: 'in' },
  awardsByEventId: { type: R.GAVE_AWARD, direction: 'in' },
  organizerByEventId: { type: R.ORGANIZED_BY, direction: 'out' },
  eventsByOrganizerId: { type: R.ORGANIZED_BY, direction: 'in' },
  placeByEventId: { type: R.HELD_IN, direction: 'out' },
  eventsByPlaceId: { type: R.HELD_IN, direction: 'in' },
  venueByEventId: { type: R.HELD_AT, direction: 'out' },
  subjectsByEventId: { type: R.CONCERNS, direction: 'out' },
  eventsBySubjectId: { type: R.CONCERNS, direction: 'in' },

  parentByPlaceId: { type: R.PART_OF, direction: 'out' },
  subdivisionsByPlaceId: { type: R.PART_OF, direction: 'in' },
  institutionsByPlaceId: { type: R.BASED_IN, direction: 'in' },
  successorsByPlaceId: { type: R.SUCCEEDED_BY, direction: 'out' },
  predecessorsByPlaceId: { type: R.SUCCEEDED_BY, direction: 'in' },

  baseByBodyId: { type: R.BASED_IN, direction: 'out' },
  parentInstitutionByBodyId: { type: R.SUBUNIT_OF, direction: 'out' },
  subunitsByBodyId: { type: R.SUBUNIT_OF, direction: 'in' },
  bodiesByMemberId: { type: R.MEMBER_OF, direction: 'out' },
  membersByBodyId: { type: R.MEMBER_OF, direction: 'in' },
  successorByBodyId: { type: R.FUNCTIONS_TRANSFERRED_TO, direction: 'out' },
  friendshipCountriesByAssociationId: { type: R.FRIENDSHIP_WITH, direction: 'out' },
  activeInCountriesByAssociationId: { type: R.ACTIVE_IN, direction: 'out' },

  issuerByDocumentId: { type: R.ISSUED_BY, direction: 'out' },
  documentsByIssuerId: { type: R.ISSUED_BY, direction: 'in' },
  implementedDocumentsByDocumentId: { type: R.IMPLEMENTS, direction: 'out' },
  implementingDocumentsByDocumentId: { type: R.IMPLEMENTS, direction: 'in' },
  earlierDocumentByDocumentId: { type: R.FOLLOWS_UP, direction: 'out' },
  signatoriesByDocumentId: { type: R.SIGNED_BY, direction: 'out' },

  funderByProjectId: { type: R.FUNDED_BY, direction: 'out' },
  recipientByProjectId: { type: R.RECEIVED_BY, direction: 'out' },
  locationByProjectId: { type: R.LOCATED_IN, direction: 'out' },
} as const satisfies Record<string, { type: RelationshipType; direction: Direction }>;

export type RelationLookup = keyof typeof RELATION_LOOKUPS;
