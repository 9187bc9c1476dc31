/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
/** The form of aid. */
export type AidKind =
  | 'LOAN'
  | 'NON_REFUNDABLE_AID'
  | 'TECHNICAL_ASSISTANCE';

/** What sort of association it is. */
export type AssociationKind =
  | 'FRIENDSHIP_ASSOCIATION'
  | 'FRIENDSHIP_UNION'
  | 'MULTI_PROVINCE_ASSOCIATION';

/** How exact an attendance figure is. */
export type AttendanceQualifier =
  | 'ABOUT'
  | 'EXACTLY'
  | 'MORE_THAN'
  | 'NEARLY';

/** Whether the source states a fact, only implies it, or gives it while contradicting it or casting it in doubt (`disputed`, explained by a note). */
export type Confidence =
  | 'disputed'
  | 'inferred'
  | 'stated';

/** How precise a date is. */
export type DatePrecision =
  | 'DAY'
  | 'MONTH'
  | 'YEAR';

/** What sort of document it is. */
export type DocumentKind =
  | 'AGREEMENT'
  | 'DIRECTIVE'
  | 'PLAN'
  | 'RESOLUTION';

/** The kinds of entity in the graph. */
export type EntityKind =
  | 'AID_PROJECT'
  | 'ASSOCIATION'
  | 'COUNTRY'
  | 'DOCUMENT'
  | 'EVENT'
  | 'LOCALITY'
  | 'LOCALITY_GROUP'
  | 'OFFICIAL'
  | 'ORGANIZATION'
  | 'PARTNERSHIP';

/** What sort of event it was. */
export type EventKind =
  | 'ANNIVERSARY'
  | 'CELEBRATION'
  | 'CONFERENCE'
  | 'CULTURAL_EXCHANGE'
  | 'DESIGNATION'
  | 'FORUM'
  | 'MEMORIAL'
  | 'PROGRAMME'
  | 'VISIT';

/** Administrative level of a locality. */
export type LocalityLevel =
  | 'CAPITAL'
  | 'CITY'
  | 'COMMUNE'
  | 'DISTRICT'
  | 'MUNICIPALITY'
  | 'PROVINCE'
  | 'REGION'
  | 'VILLAGE'
  | 'WARD';

/** What sort of body an organization is. */
export type OrganizationKind =
  | 'ACADEMIC_INSTITUTION'
  | 'ADVISORY_BODY'
  | 'DEPARTMENT'
  | 'DIPLOMATIC_MISSION'
  | 'GOVERNMENT_BODY'
  | 'INTERNATIONAL_ORGANIZATION'
  | 'MASS_ORGANIZATION'
  | 'MINISTRY'
  | 'NON_GOVERNMENTAL_ORGANIZATION'
  | 'PARTY_BODY';

/** The part an entity played in an event. */
export type ParticipantRole =
  | 'ATTENDEE'
  | 'DELEGATION'
  | 'DIRECTING_LEADER'
  | 'HONOREE'
  | 'OPENING_SPEAKER'
  | 'PRESENTER'
  | 'SPEAKER';

/** What sort of partnership it is. */
export type PartnershipKind =
  | 'COMPREHENSIVE_COOPERATION'
  | 'COOPERATION'
  | 'DEVELOPMENT_SUPPORT'
  | 'FRIENDSHIP'
  | 'TWINNING';

/** Whether the post was held when the source was written. */
export type PositionStatus =
  | 'current'
  | 'former';

export type DocumentsIssuedQueryVariables = Exact<{
  kind?: DocumentKind | null | undefined;
  issuer?: string | number | null | undefined;
  issuedFrom?: string | null | undefined;
  issuedTo?: string | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type DocumentsIssuedQuery = { documents: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node:
        | { id: string, name: string, documentKind: DocumentKind, code: string | null, issuedOn: string | null, issuer:
            | { id: string, name: string }
            | { id: string, name: string }
           | null, implements: Array<
            | { id: string, name: string }
            | { id: string, name: string }
            | { id: string, name: string }
            | { id: string, name: string }
          >, sources: Array<{ id: string, title: string, publisher: string, via: string | null, publishedOn: string | null, url: string | null }> }
        | { id: string, name: string, documentKind: DocumentKind, code: string | null, issuedOn: string | null, issuer:
            | { id: string, name: string }
            | { id: string, name: string }
           | null, implements: Array<
            | { id: string, name: string }
            | { id: string, name: string }
            | { id: string, name: string }
            | { id: string, name: string }
          >, sources: Array<{ id: string, title: string, publisher: string, via: string | null, publishedOn: string | null, url: string | null }> }
        | { id: string, name: string, documentKind: DocumentKind, code: string | null, issuedOn: string | null, issuer:
            | { id: string, name: string }
            | { id: string, name: string }
           | null, implements: Array<
            | { id: string, name: string }
            | { id: string, name: string }
            | { id: string, name: string }
            | { id: string, name: string }
          >, sources: Array<{ id: string, title: string, publisher: string, via: string | null, publishedOn: string | null, url: string | null }> }
        | { id: string, name: string, documentKind: DocumentKind, code: string | null, issuedOn: string | null, issuer:
            | { id: string, name: string }
            | { id: string, name: string }
           | null, implements: Array<
            | { id: string, name: string }
            | { id: string, name: string }
            | { id: string, name: string }
            | { id: string, name: string }
          >, sources: Array<{ id: string, title: string, publisher: string, via: string | null, publishedOn: string | null, url: string | null }> }
       }> } };

export type EntityDetailsQueryVariables = Exact<{
  id: string | number;
}>;


export type EntityDetailsQuery = { node:
    | { __typename: 'Agreement', kind: EntityKind, name: string, nativeName: string | null, aliases: Array<string>, note: string | null, documentKind: DocumentKind, code: string | null, issuedOn: string | null, issuedOnConfidence: Confidence | null, issuedOnNote: string | null, subject: string | null, named: boolean, id: string, labels: Array<{ lang: string, value: string, source: boolean }>, citations: Array<{ sourceId: string, locators: Array<string> }>, sources: Array<{ id: string, title: string, publisher: string, via: string | null, publishedOn: string | null, url: string | null }> }
    | { __typename: 'AidProject', kind: EntityKind, name: string, nativeName: string | null, aliases: Array<string>, note: string | null, aidKind: AidKind, description: string | null, id: string, labels: Array<{ lang: string, value: string, source: boolean }>, citations: Array<{ sourceId: string, locators: Array<string> }>, sources: Array<{ id: string, title: string, publisher: string, via: string | null, publishedOn: string | null, url: string | null }> }
    | { __typename: 'Association', kind: EntityKind, name: string, nativeName: string | null, aliases: Array<string>, note: string | null, associationKind: AssociationKind, memberCount: number | null, id: string, labels: Array<{ lang: string, value: string, source: boolean }>, citations: Array<{ sourceId: string, locators: Array<string> }>, sources: Array<{ id: string, title: string, publisher: string, via: string | null, publishedOn: string | null, url: string | null }> }
    | { __typename: 'Country', kind: EntityKind, name: string, nativeName: string | null, aliases: Array<string>, note: string | null, id: string, labels: Array<{ lang: string, value: string, source: boolean }>, citations: Array<{ sourceId: string, locators: Array<string> }>, sources: Array<{ id: string, title: string, publisher: string, via: string | null, publishedOn: string | null, url: string | null }> }
    | { __typename: 'Directive', kind: EntityKind, name: string, nativeName: string | null, aliases: Array<string>, note: string | null, documentKind: DocumentKind, code: string | null, issuedOn: string | null, issuedOnConfidence: Confidence | null, issuedOnNote: string | null, subject: string | null, named: boolean, id: string, labels: Array<{ lang: string, value: string, source: boolean }>, citations: Array<{ sourceId: string, locators: Array<string> }>, sources: Array<{ id: string, title: string, publisher: string, via: string | null, publishedOn: string | null, url: string | null }> }
    | { __typename: 'Event', kind: EntityKind, name: string, nativeName: string | null, aliases: Array<string>, note: string | null, date: string | null, datePrecision: DatePrecision | null, dateConfidence: Confidence | null, dateNote: string | null, eventKind: EventKind, id: string, labels: Array<{ lang: string, value: string, source: boolean }>, citations: Array<{ sourceId: string, locators: Array<string> }>, sources: Array<{ id: string, title: string, publisher: string, via: string | null, publishedOn: string | null, url: string | null }>, attendance: { count: number, qualifier: AttendanceQualifier } | null }
    | { __typename: 'Locality', kind: EntityKind, name: string, nativeName: string | null, aliases: Array<string>, note: string | null, level: LocalityLevel, id: string, labels: Array<{ lang: string, value: string, source: boolean }>, citations: Array<{ sourceId: string, locators: Array<string> }>, sources: Array<{ id: string, title: string, publisher: string, via: string | null, publishedOn: string | null, url: string | null }> }
    | { __typename: 'LocalityGroup', kind: EntityKind, name: string, nativeName: string | null, aliases: Array<string>, note: string | null, id: string, groupDescription: string, labels: Array<{ lang: string, value: string, source: boolean }>, citations: Array<{ sourceId: string, locators: Array<string> }>, sources: Array<{ id: string, title: string, publisher: string, via: string | null, publishedOn: string | null, url: string | null }> }
    | { __typename: 'Official', kind: EntityKind, name: string, nativeName: string | null, aliases: Array<string>, note: string | null, honorific: string | null, id: string, labels: Array<{ lang: string, value: string, source: boolean }>, citations: Array<{ sourceId: string, locators: Array<string> }>, sources: Array<{ id: string, title: string, publisher: string, via: string | null, publishedOn: string | null, url: string | null }>, positions: Array<{ title: string, status: PositionStatus, asOf: string | null, organization:
          | { id: string, name: string }
          | { id: string, name: string }
         }> }
    | { __typename: 'Organization', kind: EntityKind, name: string, nativeName: string | null, aliases: Array<string>, note: string | null, organizationKind: OrganizationKind, id: string, labels: Array<{ lang: string, value: string, source: boolean }>, citations: Array<{ sourceId: string, locators: Array<string> }>, sources: Array<{ id: string, title: string, publisher: string, via: string | null, publishedOn: string | null, url: string | null }> }
    | { __typename: 'Partnership', kind: EntityKind, name: string, nativeName: string | null, aliases: Array<string>, note: string | null, partnershipKind: PartnershipKind, since: string | null, sinceConfidence: Confidence | null, sinceNote: string | null, description: string | null, id: string, labels: Array<{ lang: string, value: string, source: boolean }>, citations: Array<{ sourceId: string, locators: Array<string> }>, sources: Array<{ id: string, title: string, publisher: string, via: string | null, publishedOn: string | null, url: string | null }> }
    | { __typename: 'Plan', kind: EntityKind, name: string, nativeName: string | null, aliases: Array<string>, note: string | null, documentKind: DocumentKind, code: string | null, issuedOn: string | null, issuedOnConfidence: Confidence | null, issuedOnNote: string | null, subject: string | null, named: boolean, id: string, labels: Array<{ lang: string, value: string, source: boolean }>, citations: Array<{ sourceId: string, locators: Array<string> }>, sources: Array<{ id: string, title: string, publisher: string, via: string | null, publishedOn: string | null, url: string | null }> }
    | { __typename: 'Resolution', kind: EntityKind, name: string, nativeName: string | null, aliases: Array<string>, note: string | null, documentKind: DocumentKind, code: string | null, issuedOn: string | null, issuedOnConfidence: Confidence | null, issuedOnNote: string | null, subject: string | null, named: boolean, id: string, labels: Array<{ lang: string, value: string, source: boolean }>, citations: Array<{ sourceId: string, locators: Array<string> }>, sources: Array<{ id: string, title: string, publisher: string, via: string | null, publishedOn: string | null, url: string | null }> }
    | { __typename: 'Source', id: string }
   | null };

export type EventsInvolvingQueryVariables = Exact<{
  from?: string | null | undefined;
  to?: string | null | undefined;
  involving?: string | number | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type EventsInvolvingQuery = { events: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, name: string, date: string | null, datePrecision: DatePrecision | null, organizer:
          | { id: string, name: string }
          | { id: string, name: string }
         | null, place:
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
         | null, participants: Array<{ role: ParticipantRole, participant:
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
            | { id: string, kind: EntityKind, name: string }
          , evidence: { locators: Array<string>, sources: Array<{ id: string, title: string, publisher: string, via: string | null, publishedOn: string | null, url: string | null }> } }> } }> } };

export type EventsTimelineQueryVariables = Exact<{
  from?: string | null | undefined;
  to?: string | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type EventsTimelineQuery = { events: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, name: string, date: string | null, eventKind: EventKind, place:
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
         | null } }> } };

export type SourceFieldsFragment = { id: string, title: string, publisher: string, via: string | null, publishedOn: string | null, url: string | null };

export type GraphNodeFieldsFragment = { id: string, kind: EntityKind, name: string };

export type GraphEdgeFieldsFragment = { source: string, target: string, type: string, role: string | null, sourceIds: Array<string>, evidence: { confidence: Confidence, note: string | null, sourceIds: Array<string>, locators: Array<string>, sources: Array<{ id: string, title: string, publisher: string, via: string | null, publishedOn: string | null, url: string | null }> } };

export type LocalitiesOfCountryQueryVariables = Exact<{
  country: string | number;
  level?: LocalityLevel | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type LocalitiesOfCountryQuery = { localities: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, name: string, level: LocalityLevel, parent:
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
         | null, partnerships: Array<{ id: string, name: string, partnershipKind: PartnershipKind }> } }> } };

export type NeighborhoodQueryVariables = Exact<{
  id: string | number;
  depth?: number | null | undefined;
}>;


export type NeighborhoodQuery = { neighborhood: { truncated: boolean, nodes: Array<{ id: string, kind: EntityKind, name: string }>, edges: Array<{ source: string, target: string, type: string, role: string | null, sourceIds: Array<string>, evidence: { confidence: Confidence, note: string | null, sourceIds: Array<string>, locators: Array<string>, sources: Array<{ id: string, title: string, publisher: string, via: string | null, publishedOn: string | null, url: string | null }> } }> } };

export type NetworkBridgesQueryVariables = Exact<{
  around: string | number;
  depth?: number | null | undefined;
  first?: number | null | undefined;
}>;


export type NetworkBridgesQuery = { networkStatistics: { nodeCount: number, edgeCount: number, componentCount: number, betweenness: Array<{ rank: number, score: number, entity:
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
       }>, degree: Array<{ rank: number, score: number, entity:
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
       }> } };

export type OfficialsAsOfQueryVariables = Exact<{
  organization: string | number;
  asOf?: string | null | undefined;
}>;


export type OfficialsAsOfQuery = { officials: { totalCount: number, edges: Array<{ node: { id: string, name: string, positions: Array<{ title: string, status: PositionStatus, asOf: string | null, organization:
            | { id: string, name: string }
            | { id: string, name: string }
          , evidence: { locators: Array<string>, sources: Array<{ id: string, title: string, publisher: string, via: string | null, publishedOn: string | null, url: string | null }> } }> } }> } };

export type PartnersInCountryQueryVariables = Exact<{
  of?: string | number;
  country?: string | number | null | undefined;
  lang?: string | null | undefined;
}>;


export type PartnersInCountryQuery = { partnerships: Array<{ id: string, name: string, partnershipKind: PartnershipKind, since: string | null, partner:
      | { id: string, kind: EntityKind, name: string, labels: Array<{ lang: string, value: string, source: boolean }> }
      | { id: string, kind: EntityKind, name: string, labels: Array<{ lang: string, value: string, source: boolean }> }
      | { id: string, kind: EntityKind, name: string, labels: Array<{ lang: string, value: string, source: boolean }> }
      | { id: string, kind: EntityKind, name: string, labels: Array<{ lang: string, value: string, source: boolean }> }
      | { id: string, kind: EntityKind, name: string, labels: Array<{ lang: string, value: string, source: boolean }> }
      | { id: string, kind: EntityKind, name: string, labels: Array<{ lang: string, value: string, source: boolean }> }
      | { id: string, kind: EntityKind, name: string, labels: Array<{ lang: string, value: string, source: boolean }> }
      | { id: string, kind: EntityKind, name: string, labels: Array<{ lang: string, value: string, source: boolean }> }
      | { id: string, kind: EntityKind, name: string, labels: Array<{ lang: string, value: string, source: boolean }> }
      | { id: string, kind: EntityKind, name: string, labels: Array<{ lang: string, value: string, source: boolean }> }
      | { id: string, kind: EntityKind, name: string, labels: Array<{ lang: string, value: string, source: boolean }> }
      | { id: string, kind: EntityKind, name: string, labels: Array<{ lang: string, value: string, source: boolean }> }
      | { id: string, kind: EntityKind, name: string, labels: Array<{ lang: string, value: string, source: boolean }> }
     | null, agreements: Array<
      | { id: string, name: string, issuedOn: string | null }
      | { id: string, name: string, issuedOn: string | null }
      | { id: string, name: string, issuedOn: string | null }
      | { id: string, name: string, issuedOn: string | null }
    >, basis: Array<
      | { id: string, name: string, issuer:
          | { id: string, name: string }
          | { id: string, name: string }
         | null }
      | { id: string, name: string, issuer:
          | { id: string, name: string }
          | { id: string, name: string }
         | null }
      | { id: string, name: string, issuer:
          | { id: string, name: string }
          | { id: string, name: string }
         | null }
      | { id: string, name: string, issuer:
          | { id: string, name: string }
          | { id: string, name: string }
         | null }
    >, sources: Array<{ id: string, title: string, publisher: string, via: string | null, publishedOn: string | null, url: string | null }> }> };

export type PlaceNowQueryVariables = Exact<{
  id?: string | number;
}>;


export type PlaceNowQuery = { node:
    | { id: string, name: string, nativeName: string | null, iso: string | null, validFrom: string | null, validUntil: string | null, succeededBy: Array<{ on: string | null, predecessor: { id: string, name: string }, successor: { id: string, name: string, iso: string | null }, document:
          | { code: string | null, issuedOn: string | null, id: string, name: string, issuer:
              | { id: string, name: string }
              | { id: string, name: string }
             | null }
          | { code: string | null, issuedOn: string | null, id: string, name: string, issuer:
              | { id: string, name: string }
              | { id: string, name: string }
             | null }
          | { code: string | null, issuedOn: string | null, id: string, name: string, issuer:
              | { id: string, name: string }
              | { id: string, name: string }
             | null }
          | { code: string | null, issuedOn: string | null, id: string, name: string, issuer:
              | { id: string, name: string }
              | { id: string, name: string }
             | null }
         | null, evidence: { sourceIds: Array<string>, locators: Array<string>, sources: Array<{ id: string, title: string, publisher: string, via: string | null, publishedOn: string | null, url: string | null }> } }>, predecessors: Array<{ on: string | null, predecessor: { id: string, name: string }, successor: { id: string, name: string, iso: string | null }, document:
          | { code: string | null, issuedOn: string | null, id: string, name: string, issuer:
              | { id: string, name: string }
              | { id: string, name: string }
             | null }
          | { code: string | null, issuedOn: string | null, id: string, name: string, issuer:
              | { id: string, name: string }
              | { id: string, name: string }
             | null }
          | { code: string | null, issuedOn: string | null, id: string, name: string, issuer:
              | { id: string, name: string }
              | { id: string, name: string }
             | null }
          | { code: string | null, issuedOn: string | null, id: string, name: string, issuer:
              | { id: string, name: string }
              | { id: string, name: string }
             | null }
         | null, evidence: { sourceIds: Array<string>, locators: Array<string>, sources: Array<{ id: string, title: string, publisher: string, via: string | null, publishedOn: string | null, url: string | null }> } }> }
    | Record<PropertyKey, never>
   | null };

export type SuccessionFieldsFragment = { on: string | null, predecessor: { id: string, name: string }, successor: { id: string, name: string, iso: string | null }, document:
    | { code: string | null, issuedOn: string | null, id: string, name: string, issuer:
        | { id: string, name: string }
        | { id: string, name: string }
       | null }
    | { code: string | null, issuedOn: string | null, id: string, name: string, issuer:
        | { id: string, name: string }
        | { id: string, name: string }
       | null }
    | { code: string | null, issuedOn: string | null, id: string, name: string, issuer:
        | { id: string, name: string }
        | { id: string, name: string }
       | null }
    | { code: string | null, issuedOn: string | null, id: string, name: string, issuer:
        | { id: string, name: string }
        | { id: string, name: string }
       | null }
   | null, evidence: { sourceIds: Array<string>, locators: Array<string>, sources: Array<{ id: string, title: string, publisher: string, via: string | null, publishedOn: string | null, url: string | null }> } };

export type SearchEntitiesQueryVariables = Exact<{
  query: string;
  first?: number | null | undefined;
}>;


export type SearchEntitiesQuery = { search: Array<{ score: number, matched: string, entity:
      | { id: string, kind: EntityKind, name: string, nativeName: string | null }
      | { id: string, kind: EntityKind, name: string, nativeName: string | null }
      | { id: string, kind: EntityKind, name: string, nativeName: string | null }
      | { id: string, kind: EntityKind, name: string, nativeName: string | null }
      | { id: string, kind: EntityKind, name: string, nativeName: string | null }
      | { id: string, kind: EntityKind, name: string, nativeName: string | null }
      | { id: string, kind: EntityKind, name: string, nativeName: string | null }
      | { id: string, kind: EntityKind, name: string, nativeName: string | null }
      | { id: string, kind: EntityKind, name: string, nativeName: string | null }
      | { id: string, kind: EntityKind, name: string, nativeName: string | null }
      | { id: string, kind: EntityKind, name: string, nativeName: string | null }
      | { id: string, kind: EntityKind, name: string, nativeName: string | null }
      | { id: string, kind: EntityKind, name: string, nativeName: string | null }
     }> };

export type ShortestPathsQueryVariables = Exact<{
  from: string | number;
  to: string | number;
  maxHops?: number | null | undefined;
  first?: number | null | undefined;
}>;


export type ShortestPathsQuery = { paths: Array<{ length: number, nodes: Array<{ id: string, kind: EntityKind, name: string }>, edges: Array<{ source: string, target: string, type: string, role: string | null, sourceIds: Array<string>, evidence: { confidence: Confidence, note: string | null, sourceIds: Array<string>, locators: Array<string>, sources: Array<{ id: string, title: string, publisher: string, via: string | null, publishedOn: string | null, url: string | null }> } }> }> };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}
export const GraphNodeFieldsFragmentDoc = new TypedDocumentString(`
    fragment GraphNodeFields on GraphNode {
  id
  kind
  name
}
    `, {"fragmentName":"GraphNodeFields"}) as unknown as TypedDocumentString<GraphNodeFieldsFragment, unknown>;
export const SourceFieldsFragmentDoc = new TypedDocumentString(`
    fragment SourceFields on Source {
  id
  title
  publisher
  via
  publishedOn
  url
}
    `, {"fragmentName":"SourceFields"}) as unknown as TypedDocumentString<SourceFieldsFragment, unknown>;
export const GraphEdgeFieldsFragmentDoc = new TypedDocumentString(`
    fragment GraphEdgeFields on GraphEdge {
  source
  target
  type
  role
  sourceIds
  evidence {
    confidence
    note
    sourceIds
    locators
    sources {
      ...SourceFields
    }
  }
}
    fragment SourceFields on Source {
  id
  title
  publisher
  via
  publishedOn
  url
}`, {"fragmentName":"GraphEdgeFields"}) as unknown as TypedDocumentString<GraphEdgeFieldsFragment, unknown>;
export const SuccessionFieldsFragmentDoc = new TypedDocumentString(`
    fragment SuccessionFields on Succession {
  predecessor {
    id
    name
  }
  successor {
    id
    name
    iso
  }
  on
  document {
    id
    name
    ... on Document {
      code
      issuedOn
      issuer {
        id
        name
      }
    }
  }
  evidence {
    sourceIds
    locators
    sources {
      ...SourceFields
    }
  }
}
    fragment SourceFields on Source {
  id
  title
  publisher
  via
  publishedOn
  url
}`, {"fragmentName":"SuccessionFields"}) as unknown as TypedDocumentString<SuccessionFieldsFragment, unknown>;
export const DocumentsIssuedDocument = new TypedDocumentString(`
    query DocumentsIssued($kind: DocumentKind, $issuer: ID, $issuedFrom: String, $issuedTo: String, $first: Int = 20, $after: String) {
  documents(
    kind: $kind
    issuer: $issuer
    issuedFrom: $issuedFrom
    issuedTo: $issuedTo
    first: $first
    after: $after
  ) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      node {
        id
        name
        documentKind
        code
        issuedOn
        issuer {
          id
          name
        }
        implements {
          id
          name
        }
        sources {
          ...SourceFields
        }
      }
    }
  }
}
    fragment SourceFields on Source {
  id
  title
  publisher
  via
  publishedOn
  url
}`) as unknown as TypedDocumentString<DocumentsIssuedQuery, DocumentsIssuedQueryVariables>;
export const EntityDetailsDocument = new TypedDocumentString(`
    query EntityDetails($id: ID!) {
  node(id: $id) {
    __typename
    id
    ... on Entity {
      kind
      name
      nativeName
      labels {
        lang
        value
        source
      }
      aliases
      note
      citations {
        sourceId
        locators
      }
      sources {
        ...SourceFields
      }
    }
    ... on Locality {
      level
    }
    ... on LocalityGroup {
      groupDescription: description
    }
    ... on Event {
      date
      datePrecision
      dateConfidence
      dateNote
      eventKind
      attendance {
        count
        qualifier
      }
    }
    ... on Document {
      documentKind
      code
      issuedOn
      issuedOnConfidence
      issuedOnNote
      subject
      named
    }
    ... on Partnership {
      partnershipKind
      since
      sinceConfidence
      sinceNote
      description
    }
    ... on Official {
      honorific
      positions {
        title
        status
        asOf
        organization {
          id
          name
        }
      }
    }
    ... on Organization {
      organizationKind
    }
    ... on Association {
      associationKind
      memberCount
    }
    ... on AidProject {
      aidKind
      description
    }
  }
}
    fragment SourceFields on Source {
  id
  title
  publisher
  via
  publishedOn
  url
}`) as unknown as TypedDocumentString<EntityDetailsQuery, EntityDetailsQueryVariables>;
export const EventsInvolvingDocument = new TypedDocumentString(`
    query EventsInvolving($from: String, $to: String, $involving: ID, $first: Int = 20, $after: String) {
  events(
    from: $from
    to: $to
    involving: $involving
    first: $first
    after: $after
  ) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      node {
        id
        name
        date
        datePrecision
        organizer {
          id
          name
        }
        place {
          id
          name
        }
        participants {
          role
          participant {
            id
            kind
            name
          }
          evidence {
            locators
            sources {
              ...SourceFields
            }
          }
        }
      }
    }
  }
}
    fragment SourceFields on Source {
  id
  title
  publisher
  via
  publishedOn
  url
}`) as unknown as TypedDocumentString<EventsInvolvingQuery, EventsInvolvingQueryVariables>;
export const EventsTimelineDocument = new TypedDocumentString(`
    query EventsTimeline($from: String, $to: String, $first: Int = 100, $after: String) {
  events(from: $from, to: $to, first: $first, after: $after) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      node {
        id
        name
        date
        eventKind
        place {
          id
          name
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<EventsTimelineQuery, EventsTimelineQueryVariables>;
export const LocalitiesOfCountryDocument = new TypedDocumentString(`
    query LocalitiesOfCountry($country: ID!, $level: LocalityLevel, $first: Int = 20, $after: String) {
  localities(country: $country, level: $level, first: $first, after: $after) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      node {
        id
        name
        level
        parent {
          id
          name
        }
        partnerships {
          id
          name
          partnershipKind
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<LocalitiesOfCountryQuery, LocalitiesOfCountryQueryVariables>;
export const NeighborhoodDocument = new TypedDocumentString(`
    query Neighborhood($id: ID!, $depth: Int = 1) {
  neighborhood(id: $id, depth: $depth) {
    truncated
    nodes {
      ...GraphNodeFields
    }
    edges {
      ...GraphEdgeFields
    }
  }
}
    fragment SourceFields on Source {
  id
  title
  publisher
  via
  publishedOn
  url
}
fragment GraphNodeFields on GraphNode {
  id
  kind
  name
}
fragment GraphEdgeFields on GraphEdge {
  source
  target
  type
  role
  sourceIds
  evidence {
    confidence
    note
    sourceIds
    locators
    sources {
      ...SourceFields
    }
  }
}`) as unknown as TypedDocumentString<NeighborhoodQuery, NeighborhoodQueryVariables>;
export const NetworkBridgesDocument = new TypedDocumentString(`
    query NetworkBridges($around: ID!, $depth: Int = 3, $first: Int = 5) {
  networkStatistics(scope: {around: $around, depth: $depth}) {
    nodeCount
    edgeCount
    componentCount
    betweenness(first: $first, kinds: [ORGANIZATION, ASSOCIATION]) {
      rank
      score
      entity {
        id
        name
      }
    }
    degree(first: $first) {
      rank
      score
      entity {
        id
        name
      }
    }
  }
}
    `) as unknown as TypedDocumentString<NetworkBridgesQuery, NetworkBridgesQueryVariables>;
export const OfficialsAsOfDocument = new TypedDocumentString(`
    query OfficialsAsOf($organization: ID!, $asOf: String) {
  officials(organization: $organization, asOf: $asOf) {
    totalCount
    edges {
      node {
        id
        name
        positions(asOf: $asOf) {
          title
          status
          asOf
          organization {
            id
            name
          }
          evidence {
            locators
            sources {
              ...SourceFields
            }
          }
        }
      }
    }
  }
}
    fragment SourceFields on Source {
  id
  title
  publisher
  via
  publishedOn
  url
}`) as unknown as TypedDocumentString<OfficialsAsOfQuery, OfficialsAsOfQueryVariables>;
export const PartnersInCountryDocument = new TypedDocumentString(`
    query PartnersInCountry($of: ID! = "province:ha-tinh", $country: ID = "country:laos", $lang: String) {
  partnerships(of: $of, country: $country) {
    id
    name(lang: $lang)
    partnershipKind
    since
    partner {
      id
      kind
      name(lang: $lang)
      labels {
        lang
        value
        source
      }
    }
    agreements {
      id
      name
      issuedOn
    }
    basis {
      id
      name
      issuer {
        id
        name
      }
    }
    sources {
      ...SourceFields
    }
  }
}
    fragment SourceFields on Source {
  id
  title
  publisher
  via
  publishedOn
  url
}`) as unknown as TypedDocumentString<PartnersInCountryQuery, PartnersInCountryQueryVariables>;
export const PlaceNowDocument = new TypedDocumentString(`
    query PlaceNow($id: ID! = "province:quang-binh") {
  node(id: $id) {
    ... on Locality {
      id
      name
      nativeName
      iso
      validFrom
      validUntil
      succeededBy {
        ...SuccessionFields
      }
      predecessors {
        ...SuccessionFields
      }
    }
  }
}
    fragment SourceFields on Source {
  id
  title
  publisher
  via
  publishedOn
  url
}
fragment SuccessionFields on Succession {
  predecessor {
    id
    name
  }
  successor {
    id
    name
    iso
  }
  on
  document {
    id
    name
    ... on Document {
      code
      issuedOn
      issuer {
        id
        name
      }
    }
  }
  evidence {
    sourceIds
    locators
    sources {
      ...SourceFields
    }
  }
}`) as unknown as TypedDocumentString<PlaceNowQuery, PlaceNowQueryVariables>;
export const SearchEntitiesDocument = new TypedDocumentString(`
    query SearchEntities($query: String!, $first: Int = 8) {
  search(query: $query, first: $first) {
    score
    matched
    entity {
      id
      kind
      name
      nativeName
    }
  }
}
    `) as unknown as TypedDocumentString<SearchEntitiesQuery, SearchEntitiesQueryVariables>;
export const ShortestPathsDocument = new TypedDocumentString(`
    query ShortestPaths($from: ID!, $to: ID!, $maxHops: Int = 4, $first: Int = 3) {
  paths(from: $from, to: $to, maxHops: $maxHops, first: $first) {
    length
    nodes {
      ...GraphNodeFields
    }
    edges {
      ...GraphEdgeFields
    }
  }
}
    fragment SourceFields on Source {
  id
  title
  publisher
  via
  publishedOn
  url
}
fragment GraphNodeFields on GraphNode {
  id
  kind
  name
}
fragment GraphEdgeFields on GraphEdge {
  source
  target
  type
  role
  sourceIds
  evidence {
    confidence
    note
    sourceIds
    locators
    sources {
      ...SourceFields
    }
  }
}`) as unknown as TypedDocumentString<ShortestPathsQuery, ShortestPathsQueryVariables>;