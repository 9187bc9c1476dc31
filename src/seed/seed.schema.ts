import { CATEGORY_VOCABULARIES, FORMATS, MIN_COUNT, MIN_ITEMS, NESTED_VOCABULARIES, REQUIRED_FIELDS, SOURCE_REQUIRED_FIELDS } from '../model/fields';
import { Collection, EntityCollection } from '../model/relationships';
import { SOURCE_KINDS } from '../model/vocabularies';

/**
 * JSON Schemas of the seed files, one per collection: the file format. Required fields, vocabularies and formats
 * come from the model; the model's rules (src/model/validation.ts) check what a schema cannot: ID prefixes,
 * references between records, citations and calendar dates.
 */
const partialDate = { type: 'string', pattern: FORMATS.partialDate };
const confidence = { enum: NESTED_VOCABULARIES.confidence };

const citation = {
  type: 'object',
  required: ['source', 'at'],
  additionalProperties: false,
  properties: {
    source: { type: 'string' },
    // A line of an article (`L7`) or a key of a dataset or legal text (`VN-23`, `Art. 1`); the model checks which fits the source.
    at: { type: 'string', pattern: `${FORMATS.locator}|${FORMATS.keyLocator}` },
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

function entity(collection: EntityCollection, properties: Record<string, unknown>) {
  const category = CATEGORY_VOCABULARIES[collection];
  return {
    type: 'object',
    required: REQUIRED_FIELDS[collection],
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
      ...(category ? { [category.field]: { enum: category.values } } : {}),
      ...properties,
    },
  };
}

const organizationRelations = {
  basedIn: reference(),
  subunitOf: reference(),
  functionsTransferredTo: reference(),
  memberOf: references(),
};

export const RECORD_SCHEMAS: Record<Collection, object> = {
  sources: {
    type: 'object',
    required: SOURCE_REQUIRED_FIELDS,
    additionalProperties: false,
    properties: {
      id: { type: 'string' },
      kind: { enum: SOURCE_KINDS },
      version: { type: 'string', minLength: 1 },
      title: { type: 'string', minLength: 1 },
      publisher: { type: 'string', minLength: 1 },
      via: { type: 'string' },
      url: { type: 'string', pattern: FORMATS.url },
      publishedOn: partialDate,
      language: { type: 'string', pattern: FORMATS.language },
      author: { type: 'string' },
      file: { type: 'string', pattern: FORMATS.file },
      textHash: { type: 'string', pattern: FORMATS.textHash },
      note: { type: 'string' },
    },
  },
  countries: entity('countries', { iso: { type: 'string', pattern: FORMATS.countryIso } }),
  localities: entity('localities', {
    iso: { type: 'string', pattern: FORMATS.subdivisionIso },
    validFrom: partialDate,
    validUntil: partialDate,
    partOf: reference(),
    memberOf: references(),
    succeededBy: references({ on: partialDate, by: { type: 'string' } }),
  }),
  localityGroups: entity('localityGroups', { description: { type: 'string' }, country: reference(), partOf: reference() }),
  organizations: entity('organizations', organizationRelations),
  associations: entity('associations', {
      memberCount: { type: 'integer', minimum: MIN_COUNT },
      friendshipWith: references(),
      activeIn: references(),
      ...organizationRelations,
  }),
  officials: entity('officials', {
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
            status: { enum: NESTED_VOCABULARIES.positionStatus },
            asOf: partialDate,
            note: { type: 'string' },
            confidence,
            cite: citations,
          },
        },
      },
  }),
  documents: entity('documents', {
      code: { type: 'string' },
      issuedOn: partialDate,
      issuedOnConfidence: confidence,
      issuedOnNote: { type: 'string', minLength: 1 },
      subject: { type: 'string' },
      named: { type: 'boolean' },
      validFrom: partialDate,
      validUntil: partialDate,
      issuer: reference(),
      parties: references({ role: { enum: NESTED_VOCABULARIES.partyRole } }),
      implements: references(),
      followsUp: reference(),
  }),
  events: entity('events', {
      date: partialDate,
      dateConfidence: confidence,
      dateNote: { type: 'string', minLength: 1 },
      attendance: {
        type: 'object',
        required: ['count', 'qualifier'],
        additionalProperties: false,
        properties: { count: { type: 'integer', minimum: MIN_COUNT }, qualifier: { enum: NESTED_VOCABULARIES.attendanceQualifier } },
      },
      organizer: reference(),
      place: reference(),
      venue: reference(),
      concerns: references(),
      participants: references({ role: { enum: NESTED_VOCABULARIES.participantRole } }),
      awards: {
        type: 'array',
        items: {
          ...reference({
            award: { type: 'string', minLength: 1 },
            count: { type: 'integer', minimum: MIN_COUNT },
            recipients: { type: 'string', minLength: 1 },
          }),
          required: ['id', 'award'],
        },
      },
  }),
  partnerships: entity('partnerships', {
      description: { type: 'string' },
      since: partialDate,
      sinceConfidence: confidence,
      sinceNote: { type: 'string', minLength: 1 },
      parties: { ...references({ role: { enum: NESTED_VOCABULARIES.partyRole } }), minItems: MIN_ITEMS.partnerships!.parties },
      basis: references(),
      agreements: references(),
  }),
  aidProjects: entity('aidProjects', {
      description: { type: 'string' },
      amount: { type: 'string', minLength: 1 },
      funder: reference(),
      recipient: reference(),
      location: reference(),
  }),
};
