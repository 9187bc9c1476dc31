/**
 * JSON Schemas of the seed files, one per collection. They check shape; seed.validator.ts checks
 * what a schema cannot: ID prefixes, references between records, citations and calendar dates.
 */
const partialDate = { type: 'string', pattern: '^\\d{4}(-\\d{2}(-\\d{2})?)?$' };
export const CONFIDENCES = ['stated', 'inferred', 'disputed'] as const;
const confidence = { enum: CONFIDENCES };

/** An article is cited by line (`L7`); a dataset or legal text by key (`VN-23`, `labl`, `Art. 1`). */
export const LINE_LOCATOR = /^L[1-9][0-9]*$/;
export const KEY_LOCATOR = /^[A-Za-z0-9][A-Za-z0-9 ._:()/-]{0,63}$/;
const citation = {
  type: 'object',
  required: ['source', 'at'],
  additionalProperties: false,
  properties: {
    source: { type: 'string' },
    at: { type: 'string', pattern: `${LINE_LOCATOR.source}|${KEY_LOCATOR.source}` },
  },
};
const citations = { type: 'array', minItems: 1, items: citation };

function reference(extra: Record<string, unknown> = {}) {
  return {
    type: 'object',
    required: ['id'],
    additionalProperties: false,
    properties: { id: { type: 'string' }, confidence, note: { type: 'string' }, cite: citations, ...extra },
  };
}
const references = (extra: Record<string, unknown> = {}) => ({ type: 'array', items: reference(extra) });

function entity(properties: Record<string, unknown>, required: string[] = []) {
  return {
    type: 'object',
    required: ['id', 'name', 'cite', ...required],
    additionalProperties: false,
    properties: {
      id: { type: 'string' },
      name: { type: 'string', minLength: 1 },
      native: { type: 'string', minLength: 1 },
      aliases: { type: 'array', items: { type: 'string', minLength: 1 } },
      labels: { type: 'object', propertyNames: { pattern: '^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$' }, additionalProperties: { type: 'string', minLength: 1 } },
      nameLang: { type: 'string', pattern: '^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$' },
      note: { type: 'string' },
      cite: citations,
      ...properties,
    },
  };
}

export const LOCALITY_LEVELS = ['PROVINCE', 'CITY', 'CAPITAL', 'DISTRICT', 'REGION', 'MUNICIPALITY', 'COMMUNE', 'WARD', 'VILLAGE'];
export const ORGANIZATION_KINDS = [
  'PARTY_BODY',
  'GOVERNMENT_BODY',
  'MINISTRY',
  'DEPARTMENT',
  'ADVISORY_BODY',
  'ACADEMIC_INSTITUTION',
  'MASS_ORGANIZATION',
  'INTERNATIONAL_ORGANIZATION',
  'NON_GOVERNMENTAL_ORGANIZATION',
  'DIPLOMATIC_MISSION',
];
export const ASSOCIATION_KINDS = ['FRIENDSHIP_UNION', 'FRIENDSHIP_ASSOCIATION', 'MULTI_PROVINCE_ASSOCIATION'];
export const DOCUMENT_KINDS = ['DIRECTIVE', 'PLAN', 'RESOLUTION', 'AGREEMENT'];
export const EVENT_KINDS = ['CONFERENCE', 'ANNIVERSARY', 'CULTURAL_EXCHANGE', 'PROGRAMME', 'CELEBRATION', 'VISIT', 'FORUM', 'DESIGNATION', 'MEMORIAL'];
export const PARTICIPANT_ROLES = ['PRESENTER', 'SPEAKER', 'OPENING_SPEAKER', 'DIRECTING_LEADER', 'ATTENDEE', 'DELEGATION', 'HONOREE'];
export const PARTNERSHIP_KINDS = ['FRIENDSHIP', 'COOPERATION', 'COMPREHENSIVE_COOPERATION', 'TWINNING', 'DEVELOPMENT_SUPPORT'];
export const PARTY_ROLES = ['PARTNER', 'SUPPORTER', 'BENEFICIARY'];
export const AID_KINDS = ['NON_REFUNDABLE_AID', 'LOAN', 'TECHNICAL_ASSISTANCE'];
export const ATTENDANCE_QUALIFIERS = ['EXACTLY', 'ABOUT', 'NEARLY', 'MORE_THAN'];

const organizationRelations = {
  basedIn: reference(),
  subunitOf: reference(),
  functionsTransferredTo: reference(),
  memberOf: references(),
};

/** An archived article, cited by line; a dataset or a legal text, which has no archived copy and is cited by key. */
export const SOURCE_KINDS = ['ARTICLE', 'DATASET', 'LEGAL_TEXT'];

export const RECORD_SCHEMAS: Record<string, object> = {
  sources: {
    type: 'object',
    required: ['id', 'title', 'publisher', 'language'],
    additionalProperties: false,
    properties: {
      id: { type: 'string' },
      kind: { enum: SOURCE_KINDS },
      version: { type: 'string', minLength: 1 },
      title: { type: 'string', minLength: 1 },
      publisher: { type: 'string', minLength: 1 },
      via: { type: 'string' },
      url: { type: 'string', pattern: '^https?://\\S+$' },
      publishedOn: partialDate,
      language: { type: 'string', pattern: '^[a-z]{2}$' },
      author: { type: 'string' },
      file: { type: 'string', pattern: '^[\\w.-]+$' },
      note: { type: 'string' },
    },
  },
  countries: entity({ iso: { type: 'string', pattern: '^[A-Z]{2}$' } }, ['iso']),
  localities: entity(
    {
      level: { enum: LOCALITY_LEVELS },
      iso: { type: 'string', pattern: '^[A-Z]{2}-[A-Z0-9]{1,3}$' },
      validFrom: partialDate,
      validUntil: partialDate,
      partOf: reference(),
      memberOf: references(),
      succeededBy: references({ on: partialDate, by: { type: 'string' } }),
    },
    ['level', 'partOf'],
  ),
  localityGroups: entity({ description: { type: 'string' }, country: reference(), partOf: reference() }, ['description']),
  organizations: entity({ kind: { enum: ORGANIZATION_KINDS }, ...organizationRelations }, ['kind']),
  associations: entity(
    {
      kind: { enum: ASSOCIATION_KINDS },
      memberCount: { type: 'integer', minimum: 1 },
      friendshipWith: references(),
      activeIn: references(),
      ...organizationRelations,
    },
    ['kind'],
  ),
  officials: entity(
    {
      honorific: { type: 'string' },
      positions: {
        type: 'array',
        items: {
          type: 'object',
          required: ['title', 'organization', 'status'],
          additionalProperties: false,
          properties: {
            title: { type: 'string', minLength: 1 },
            organization: { type: 'string' },
            status: { enum: ['current', 'former'] },
            asOf: partialDate,
            note: { type: 'string' },
            confidence,
            cite: citations,
          },
        },
      },
    },
    ['positions'],
  ),
  documents: entity(
    {
      kind: { enum: DOCUMENT_KINDS },
      code: { type: 'string' },
      issuedOn: partialDate,
      issuedOnConfidence: confidence,
      issuedOnNote: { type: 'string', minLength: 1 },
      subject: { type: 'string' },
      named: { type: 'boolean' },
      issuer: reference(),
      implements: references(),
      followsUp: reference(),
    },
    ['kind'],
  ),
  events: entity(
    {
      kind: { enum: EVENT_KINDS },
      date: partialDate,
      dateConfidence: confidence,
      dateNote: { type: 'string', minLength: 1 },
      attendance: {
        type: 'object',
        required: ['count', 'qualifier'],
        additionalProperties: false,
        properties: { count: { type: 'integer', minimum: 1 }, qualifier: { enum: ATTENDANCE_QUALIFIERS } },
      },
      organizer: reference(),
      place: reference(),
      venue: reference(),
      concerns: references(),
      participants: references({ role: { enum: PARTICIPANT_ROLES } }),
      awards: {
        type: 'array',
        items: {
          ...reference({
            award: { type: 'string', minLength: 1 },
            count: { type: 'integer', minimum: 1 },
            recipients: { type: 'string', minLength: 1 },
          }),
          required: ['id', 'award'],
        },
      },
    },
    ['kind'],
  ),
  partnerships: entity(
    {
      kind: { enum: PARTNERSHIP_KINDS },
      description: { type: 'string' },
      since: partialDate,
      sinceConfidence: confidence,
      sinceNote: { type: 'string', minLength: 1 },
      parties: { ...references({ role: { enum: PARTY_ROLES } }), minItems: 2 },
      basis: references(),
      agreements: references(),
    },
    ['kind', 'parties'],
  ),
  aidProjects: entity(
    {
      kind: { enum: AID_KINDS },
      description: { type: 'string' },
      funder: reference(),
      recipient: reference(),
      location: reference(),
    },
    ['kind'],
  ),
};
