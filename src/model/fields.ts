import { EntityCollection } from './relationships';
import {
  AID_KINDS,
  ASSOCIATION_KINDS,
  ATTENDANCE_QUALIFIERS,
  CONFIDENCES,
  DOCUMENT_KINDS,
  EVENT_KINDS,
  LOCALITY_LEVELS,
  ORGANIZATION_KINDS,
  PARTICIPANT_ROLES,
  PARTNERSHIP_KINDS,
  PARTY_ROLES,
  POSITION_STATUSES,
} from './vocabularies';

/** The shapes of the values a record holds, as regular expressions: what a partial date, an ISO code or a line locator looks like. */
export const FORMATS = {
  partialDate: '^\\d{4}(-\\d{2}(-\\d{2})?)?$',
  locator: '^L[1-9][0-9]*$',
  offsetLocator: '^C(0|[1-9][0-9]*)-[1-9][0-9]*$',
  textHash: '^[0-9a-f]{64}$',
  keyLocator: '^[A-Za-z0-9][A-Za-z0-9 ._:()/-]{0,63}$',
  countryIso: '^[A-Z]{2}$',
  subdivisionIso: '^[A-Z]{2}-[A-Z0-9]{1,3}$',
  language: '^[a-z]{2}$',
  languageTag: '^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$',
  url: '^https?://\\S+$',
  file: '^[\\w.-]+$',
} as const;

/** Fields that hold a date a source gives, and which format each of the other formatted fields takes. */
export const DATE_FIELDS = ['date', 'issuedOn', 'since', 'publishedOn', 'validFrom', 'validUntil'] as const;
export const FORMATTED_FIELDS: Record<string, keyof typeof FORMATS> = {
  date: 'partialDate',
  issuedOn: 'partialDate',
  since: 'partialDate',
  publishedOn: 'partialDate',
  validFrom: 'partialDate',
  validUntil: 'partialDate',
  iso: 'countryIso',
  language: 'language',
  nameLang: 'languageTag',
  url: 'url',
  file: 'file',
};

/** Dates with a firmness of their own: [date, its confidence, the note a disputed one needs]. */
export const DATED_FIELDS = [
  ['date', 'dateConfidence', 'dateNote'],
  ['issuedOn', 'issuedOnConfidence', 'issuedOnNote'],
  ['since', 'sinceConfidence', 'sinceNote'],
] as const;

/** What every record of a collection must hold. */
const ENTITY_REQUIRED = ['id', 'name', 'cite'];
/** An article also needs its archived `file`, which a dataset or legal text has not (see validation.ts). */
export const SOURCE_REQUIRED_FIELDS = ['id', 'title', 'publisher', 'language'];
export const REQUIRED_FIELDS: Record<EntityCollection, string[]> = {
  countries: [...ENTITY_REQUIRED, 'iso'],
  localities: [...ENTITY_REQUIRED, 'level', 'partOf'],
  localityGroups: [...ENTITY_REQUIRED, 'description'],
  organizations: [...ENTITY_REQUIRED, 'kind'],
  associations: [...ENTITY_REQUIRED, 'kind'],
  officials: [...ENTITY_REQUIRED, 'positions'],
  documents: [...ENTITY_REQUIRED, 'kind'],
  events: [...ENTITY_REQUIRED, 'kind'],
  partnerships: [...ENTITY_REQUIRED, 'kind', 'parties'],
  aidProjects: [...ENTITY_REQUIRED, 'kind'],
};

/** The vocabulary a record's category field (a locality's level, any other kind's `kind`) takes. */
export const CATEGORY_VOCABULARIES: Partial<Record<EntityCollection, { field: string; values: readonly string[] }>> = {
  localities: { field: 'level', values: LOCALITY_LEVELS },
  organizations: { field: 'kind', values: ORGANIZATION_KINDS },
  associations: { field: 'kind', values: ASSOCIATION_KINDS },
  documents: { field: 'kind', values: DOCUMENT_KINDS },
  events: { field: 'kind', values: EVENT_KINDS },
  partnerships: { field: 'kind', values: PARTNERSHIP_KINDS },
  aidProjects: { field: 'kind', values: AID_KINDS },
};

/** The vocabularies of the facts inside references and other nested values. */
export const NESTED_VOCABULARIES = {
  confidence: CONFIDENCES,
  partyRole: PARTY_ROLES,
  participantRole: PARTICIPANT_ROLES,
  attendanceQualifier: ATTENDANCE_QUALIFIERS,
  positionStatus: POSITION_STATUSES,
} as const;

/** Lists that must hold at least so many items, and counts that must be at least so much. */
export const MIN_ITEMS: Partial<Record<EntityCollection, Record<string, number>>> = { partnerships: { parties: 2 } };
export const MIN_COUNT = 1;
