import { Field, ID, InputType, Int } from 'type-graphql';
import { DocumentKind } from '../document/document.type';
import { EntityKind } from '../model/entity-kind';
import { AttendanceQualifier, EventKind, ParticipantRole } from '../event/event.type';
import { PositionStatus } from '../official/official.type';
import { PartnershipKind, PartyRole } from '../partnership/partnership.type';
import { RelationshipType as ModelRelationshipType } from '../model/relationships';
import { RelationshipType } from './relationship-type';

/** Text fields are bounded so that one request cannot store megabytes in the graph. */
export const MAX_TEXT = 2_000;
export const MAX_LIST = 50;

@InputType({ description: 'Where a source supports the change: the source and the lines of its archived copy, or spans of its cleaned text.' })
export class CitationInput {
  @Field(() => ID, { description: 'An existing source, e.g. "source:baoquocte-ha-tinh-laos"; register a new article with createSource.' })
  sourceId: string;

  @Field(() => [String], {
    description:
      'At least one: line locators such as "L7" (the 7th non-empty line of the archived copy), or, for an article known by its cleaned text\'s hash, offsets such as "C120-245" (UTF-16, end exclusive).',
  })
  locators: string[];
}

@InputType({ description: 'A new article, registered so that facts can cite it.' })
export class NewSourceInput {
  @Field(() => ID, { nullable: true, description: 'Defaults to "source:<slug of the title>".' })
  id?: string;

  @Field()
  title: string;

  @Field()
  publisher: string;

  @Field({ description: 'ISO 639-1 code, e.g. "fr".' })
  language: string;

  @Field({ description: 'File name of the archived copy the line locators refer to.' })
  file: string;

  @Field(() => String, { nullable: true })
  url?: string;

  @Field(() => String, { nullable: true, description: 'YYYY, YYYY-MM or YYYY-MM-DD' })
  publishedOn?: string;

  @Field(() => String, { nullable: true })
  author?: string;

  @Field(() => String, { nullable: true })
  via?: string;

  @Field(() => String, { nullable: true })
  note?: string;
}

@InputType({ description: "An entity's name in one language." })
export class LabelInput {
  @Field({ description: 'A BCP 47 language tag: "vi", "en", "fr", "lo", "th", …' })
  lang: string;

  @Field({ description: 'The name in that language and its script, e.g. "Hà Tĩnh" or "ນະຄອນຫຼວງວຽງຈັນ".' })
  value: string;
}

@InputType({ description: 'Fields every new entity has.' })
abstract class NewEntityFields {
  @Field(() => ID, { nullable: true, description: 'Defaults to "<prefix>:<slug of the name>", e.g. "province:quang-tri".' })
  id?: string;

  @Field({ description: 'The name as the source writes it.' })
  name: string;

  @Field(() => String, { nullable: true, description: 'The native form with diacritics.' })
  nativeName?: string;

  @Field(() => [String], { nullable: true })
  aliases?: string[];

  @Field(() => [LabelInput], { nullable: true, description: 'The name in other languages, one label per language.' })
  labels?: LabelInput[];

  @Field(() => String, { nullable: true, description: 'The language of `name`, as a BCP 47 tag ("fr", "vi", …).' })
  nameLang?: string;

  @Field(() => String, { nullable: true, description: "A reviewer's note." })
  note?: string;

  @Field(() => [CitationInput], { description: 'At least one: where the entity is attested.' })
  citations: CitationInput[];
}

@InputType({
  description:
    'A new country, locality, locality group, organization, association, official or aid project. Partnerships, events and documents have mutations of their own.',
})
export class NewEntityInput extends NewEntityFields {
  @Field(() => EntityKind)
  kind: EntityKind;

  @Field(() => String, {
    nullable: true,
    description:
      'The LocalityLevel of a locality, the OrganizationKind of an organization, the AssociationKind of an association, the AidKind of an aid project; required for those.',
  })
  category?: string;

  @Field(() => ID, {
    nullable: true,
    description: 'Where it belongs: the place a locality or group is part of (required for localities), or where a body is based.',
  })
  parentId?: string;

  @Field(() => String, { nullable: true, description: 'ISO 3166-1 alpha-2 code; required for countries.' })
  iso?: string;

  @Field(() => String, { nullable: true, description: 'Required for locality groups.' })
  description?: string;

  @Field(() => Int, { nullable: true, description: 'For associations.' })
  memberCount?: number;

  @Field(() => String, { nullable: true, description: 'For officials, e.g. "Dr."' })
  honorific?: string;
}

@InputType()
export class PartyInput {
  @Field(() => ID)
  id: string;

  @Field(() => PartyRole, { defaultValue: 'PARTNER' })
  role: string;
}

@InputType({ description: 'A new partnership between at least two parties.' })
export class NewPartnershipInput extends NewEntityFields {
  @Field(() => PartnershipKind)
  kind: string;

  @Field(() => [PartyInput], { description: 'At least two: localities, locality groups, countries, organizations or associations.' })
  parties: PartyInput[];

  @Field(() => String, { nullable: true })
  description?: string;

  @Field(() => String, { nullable: true, description: 'YYYY, YYYY-MM or YYYY-MM-DD' })
  since?: string;

  @Field(() => [ID], { nullable: true, description: 'Documents it is based on.' })
  basisIds?: string[];

  @Field(() => [ID], { nullable: true, description: 'Agreements that formalize it.' })
  agreementIds?: string[];
}

@InputType()
export class ParticipantInput {
  @Field(() => ID)
  id: string;

  @Field(() => ParticipantRole, { defaultValue: 'ATTENDEE' })
  role: string;
}

@InputType()
export class AttendanceInput {
  @Field(() => Int)
  count: number;

  @Field(() => AttendanceQualifier, { defaultValue: 'EXACTLY' })
  qualifier: string;
}

@InputType({ description: 'A new event.' })
export class NewEventInput extends NewEntityFields {
  @Field(() => EventKind)
  kind: string;

  @Field(() => String, { nullable: true, description: 'YYYY, YYYY-MM or YYYY-MM-DD' })
  date?: string;

  @Field(() => ID, { nullable: true, description: 'The locality, group or country it was held in.' })
  placeId?: string;

  @Field(() => ID, { nullable: true, description: 'The organization or association that organized it.' })
  organizerId?: string;

  @Field(() => ID, { nullable: true, description: 'The institution whose premises hosted it.' })
  venueId?: string;

  @Field(() => [ParticipantInput], { nullable: true })
  participants?: ParticipantInput[];

  @Field(() => [ID], { nullable: true, description: 'What it was about.' })
  concernIds?: string[];

  @Field(() => AttendanceInput, { nullable: true })
  attendance?: AttendanceInput;
}

@InputType({ description: 'A new agreement, directive, plan or resolution.' })
export class NewDocumentInput extends NewEntityFields {
  @Field(() => DocumentKind, { defaultValue: 'AGREEMENT' })
  kind: string;

  @Field(() => String, { nullable: true, description: 'Its number, e.g. "45-CT/TW".' })
  code?: string;

  @Field(() => String, { nullable: true, description: 'YYYY, YYYY-MM or YYYY-MM-DD' })
  issuedOn?: string;

  @Field(() => String, { nullable: true })
  subject?: string;

  @Field(() => ID, { nullable: true, description: 'The organization or association that issued or signed it.' })
  issuerId?: string;

  @Field(() => [ID], { nullable: true, description: 'Documents it implements.' })
  implementsIds?: string[];
}

@InputType({ description: 'A post an official holds or held; an existing post with the same title in the same body is updated.' })
export class PositionInput {
  @Field(() => ID)
  officialId: string;

  @Field(() => ID)
  organizationId: string;

  @Field()
  title: string;

  @Field(() => PositionStatus)
  status: string;

  @Field(() => String, { nullable: true, description: 'When the source saw it so: YYYY, YYYY-MM or YYYY-MM-DD.' })
  asOf?: string;

  @Field(() => String, { nullable: true })
  note?: string;

  @Field(() => [CitationInput])
  citations: CitationInput[];
}

@InputType({ description: 'New values for an entity; fields left out are unchanged, and null clears an optional one.' })
export class EntityChangesInput {
  @Field(() => String, { nullable: true })
  name?: string;

  @Field(() => String, { nullable: true })
  nativeName?: string | null;

  @Field(() => [String], { nullable: true })
  aliases?: string[] | null;

  @Field(() => [LabelInput], { nullable: true, description: 'All the labels the entity is to have, replacing those it has; null removes them.' })
  labels?: LabelInput[] | null;

  @Field(() => String, { nullable: true, description: 'The language of `name`.' })
  nameLang?: string | null;

  @Field(() => String, { nullable: true })
  note?: string | null;

  @Field(() => String, { nullable: true, description: 'The level or kind, as in NewEntityInput.category.' })
  category?: string;

  @Field(() => String, { nullable: true, description: 'For partnerships, locality groups and aid projects.' })
  description?: string | null;

  @Field(() => String, { nullable: true, description: 'For partnerships: YYYY, YYYY-MM or YYYY-MM-DD.' })
  since?: string | null;

  @Field(() => String, { nullable: true, description: 'For events: YYYY, YYYY-MM or YYYY-MM-DD.' })
  date?: string | null;

  @Field(() => String, { nullable: true, description: 'For documents: YYYY, YYYY-MM or YYYY-MM-DD.' })
  issuedOn?: string | null;

  @Field(() => String, { nullable: true, description: 'For documents.' })
  code?: string | null;

  @Field(() => String, { nullable: true, description: 'For documents.' })
  subject?: string | null;

  @Field(() => Int, { nullable: true, description: 'For associations.' })
  memberCount?: number | null;

  @Field(() => String, { nullable: true, description: 'For officials.' })
  honorific?: string | null;
}

@InputType({ description: 'The two ends and the type of a relationship.' })
abstract class RelationshipEnds {
  @Field(() => ID)
  fromId: string;

  @Field(() => RelationshipType)
  type: ModelRelationshipType;

  @Field(() => ID)
  toId: string;
}

@InputType({ description: 'A relationship between two existing entities, e.g. a new party to a partnership.' })
export class RelationshipInput extends RelationshipEnds {
  @Field(() => String, { nullable: true, description: 'The PartyRole of HAS_PARTY or the ParticipantRole of PARTICIPATED_IN; each has a default.' })
  role?: string;

  @Field(() => String, { nullable: true })
  note?: string;

  @Field(() => [CitationInput])
  citations: CitationInput[];
}

@InputType({ description: 'An existing relationship: its ends, its type and, where several can link the same pair, its role or title.' })
export class RelationshipRefInput extends RelationshipEnds {
  @Field(() => String, { nullable: true, description: 'The role (HAS_PARTY, PARTICIPATED_IN) or post title (HOLDS_POSITION).' })
  key?: string;
}
