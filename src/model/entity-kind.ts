export enum EntityKind {
  COUNTRY = 'COUNTRY',
  LOCALITY = 'LOCALITY',
  LOCALITY_GROUP = 'LOCALITY_GROUP',
  ORGANIZATION = 'ORGANIZATION',
  ASSOCIATION = 'ASSOCIATION',
  OFFICIAL = 'OFFICIAL',
  EVENT = 'EVENT',
  DOCUMENT = 'DOCUMENT',
  PARTNERSHIP = 'PARTNERSHIP',
  AID_PROJECT = 'AID_PROJECT',
}

/** Neo4j label of each kind; every entity also carries the `Entity` label. */
export const LABEL_BY_KIND: Record<EntityKind, string> = {
  COUNTRY: 'Country',
  LOCALITY: 'Locality',
  LOCALITY_GROUP: 'LocalityGroup',
  ORGANIZATION: 'Organization',
  ASSOCIATION: 'Association',
  OFFICIAL: 'Official',
  EVENT: 'Event',
  DOCUMENT: 'Document',
  PARTNERSHIP: 'Partnership',
  AID_PROJECT: 'AidProject',
};

/** ID prefixes (`<prefix>:<slug>`) and the kind each one names. */
export const KIND_BY_PREFIX: Record<string, EntityKind> = {
  country: EntityKind.COUNTRY,
  province: EntityKind.LOCALITY,
  city: EntityKind.LOCALITY,
  district: EntityKind.LOCALITY,
  region: EntityKind.LOCALITY,
  municipality: EntityKind.LOCALITY,
  commune: EntityKind.LOCALITY,
  ward: EntityKind.LOCALITY,
  village: EntityKind.LOCALITY,
  'locality-group': EntityKind.LOCALITY_GROUP,
  organization: EntityKind.ORGANIZATION,
  association: EntityKind.ASSOCIATION,
  official: EntityKind.OFFICIAL,
  event: EntityKind.EVENT,
  directive: EntityKind.DOCUMENT,
  plan: EntityKind.DOCUMENT,
  resolution: EntityKind.DOCUMENT,
  agreement: EntityKind.DOCUMENT,
  partnership: EntityKind.PARTNERSHIP,
  'aid-project': EntityKind.AID_PROJECT,
};

export const SOURCE_PREFIX = 'source';
