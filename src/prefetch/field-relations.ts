import { RelationLookup } from '../relation/relation.lookups';

/**
 * The relation a GraphQL field's resolver loads (one of RELATION_LOOKUPS, or the citations), so that a compiled
 * statement can read it for the resolver beforehand.
 */
export interface FieldRelation {
  lookup: RelationLookup | 'citations';
  /**
   * Where the selection on the related entity is: the field's own (when absent), a field of each item it returns
   * (`entity` of a link, `event` of a participation), or none (null: the resolver reads the entities to answer
   * something else, e.g. a partnership's name composed from its parties).
   */
  entityAt?: string | null;
}

const node = (lookup: RelationLookup): FieldRelation => ({ lookup });
const link = (lookup: RelationLookup): FieldRelation => ({ lookup, entityAt: 'entity' });

/** Fields every entity type has. */
const ENTITY: Record<string, FieldRelation> = {
  sources: { lookup: 'citations', entityAt: null },
  citations: { lookup: 'citations', entityAt: null },
};

const INSTITUTION: Record<string, FieldRelation> = {
  ...ENTITY,
  basedIn: node('baseByBodyId'),
  basedInLink: link('baseByBodyId'),
  parentInstitution: node('parentInstitutionByBodyId'),
  parentInstitutionLink: link('parentInstitutionByBodyId'),
  subunits: node('subunitsByBodyId'),
  subunitsLinks: link('subunitsByBodyId'),
  memberOf: node('bodiesByMemberId'),
  memberOfLinks: link('bodiesByMemberId'),
  members: node('membersByBodyId'),
  membersLinks: link('membersByBodyId'),
  positions: { lookup: 'positionsByOrganizationId', entityAt: 'holder' },
  issued: node('documentsByIssuerId'),
  issuedLinks: link('documentsByIssuerId'),
  organizedEvents: node('eventsByOrganizerId'),
  organizedEventsLinks: link('eventsByOrganizerId'),
  partnerships: node('partnershipsByPartyId'),
  partnershipsLinks: link('partnershipsByPartyId'),
  functionsTransferredTo: node('successorByBodyId'),
  functionsTransferredToLink: link('successorByBodyId'),
};

const DOCUMENT: Record<string, FieldRelation> = {
  ...ENTITY,
  issuer: node('issuerByDocumentId'),
  issuerLink: link('issuerByDocumentId'),
  parties: link('signatoriesByDocumentId'),
  implements: node('implementedDocumentsByDocumentId'),
  implementsLinks: link('implementedDocumentsByDocumentId'),
  implementedBy: node('implementingDocumentsByDocumentId'),
  implementedByLinks: link('implementingDocumentsByDocumentId'),
  followsUp: node('earlierDocumentByDocumentId'),
  followsUpLink: link('earlierDocumentByDocumentId'),
  formalizes: node('partnershipsByAgreementId'),
  formalizesLinks: link('partnershipsByAgreementId'),
  events: node('eventsBySubjectId'),
  eventsLinks: link('eventsBySubjectId'),
};

const PLACE: Record<string, FieldRelation> = {
  ...ENTITY,
  parent: node('parentByPlaceId'),
  parentLink: link('parentByPlaceId'),
  partnerships: node('partnershipsByPartyId'),
  partnershipsLinks: link('partnershipsByPartyId'),
};

/**
 * Per GraphQL object type, the fields whose resolvers load a relation. A field left out is still answered, by its
 * resolver through DataLoader; an entry here only lets a compiled statement read it in advance. The pairs are held
 * to the resolvers by test/integration/prefetch.test.ts, which asks for every field listed and counts round trips.
 */
export const FIELD_RELATIONS: Record<string, Record<string, FieldRelation>> = {
  Partnership: {
    ...ENTITY,
    // A partnership without labels of its own is named after its parties.
    name: { lookup: 'partiesByPartnershipId', entityAt: null },
    parties: link('partiesByPartnershipId'),
    partner: node('partiesByPartnershipId'),
    partnerLink: link('partiesByPartnershipId'),
    agreements: node('agreementsByPartnershipId'),
    agreementsLinks: link('agreementsByPartnershipId'),
    basis: node('basisByPartnershipId'),
    basisLinks: link('basisByPartnershipId'),
  },
  Agreement: DOCUMENT,
  Directive: DOCUMENT,
  Plan: DOCUMENT,
  Resolution: DOCUMENT,
  Organization: INSTITUTION,
  Association: {
    ...INSTITUTION,
    friendshipWith: node('friendshipCountriesByAssociationId'),
    friendshipWithLinks: link('friendshipCountriesByAssociationId'),
    activeIn: node('activeInCountriesByAssociationId'),
    activeInLinks: link('activeInCountriesByAssociationId'),
  },
  Official: {
    ...ENTITY,
    positions: { lookup: 'positionsByOfficialId', entityAt: 'organization' },
    participations: { lookup: 'participationsByParticipantId', entityAt: 'event' },
  },
  Event: {
    ...ENTITY,
    organizer: node('organizerByEventId'),
    organizerLink: link('organizerByEventId'),
    place: node('placeByEventId'),
    placeLink: link('placeByEventId'),
    venue: node('venueByEventId'),
    venueLink: link('venueByEventId'),
    participants: { lookup: 'participantsByEventId', entityAt: 'participant' },
    concerns: node('subjectsByEventId'),
    concernsLinks: link('subjectsByEventId'),
    awards: { lookup: 'awardsByEventId', entityAt: 'givenBy' },
  },
  Locality: {
    ...PLACE,
    subdivisions: node('subdivisionsByPlaceId'),
    subdivisionsLinks: link('subdivisionsByPlaceId'),
    institutions: node('institutionsByPlaceId'),
    institutionsLinks: link('institutionsByPlaceId'),
    memberOf: node('bodiesByMemberId'),
    memberOfLinks: link('bodiesByMemberId'),
    events: node('eventsByPlaceId'),
    eventsLinks: link('eventsByPlaceId'),
  },
  LocalityGroup: PLACE,
  Country: {
    ...ENTITY,
    localities: node('subdivisionsByPlaceId'),
    localitiesLinks: link('subdivisionsByPlaceId'),
  },
  AidProject: {
    ...ENTITY,
    funder: node('funderByProjectId'),
    funderLink: link('funderByProjectId'),
    recipient: node('recipientByProjectId'),
    recipientLink: link('recipientByProjectId'),
    location: node('locationByProjectId'),
    locationLink: link('locationByProjectId'),
    events: node('eventsBySubjectId'),
    eventsLinks: link('eventsBySubjectId'),
  },
};
