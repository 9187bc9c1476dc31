import { BadUserInputError, CitationRequiredError } from '../errors/errors';
import { EntityKind, KIND_BY_PREFIX } from '../model/entity-kind';
import { slugify } from '../model/fold';
import { LabelMap } from '../model/labels';
import { Citation, ModelRecord, RecordData } from '../model/records';
import { COLLECTION_BY_KIND } from '../model/relationships';
import { isOffsetRange } from '../model/validation';
import {
  CitationInput,
  LabelInput,
  MAX_LIST,
  MAX_TEXT,
  NewDocumentInput,
  NewEntityInput,
  NewEventInput,
  NewPartnershipInput,
  NewSourceInput,
} from './curation.inputs';

/**
 * Curation inputs become model records, so a curated fact is checked by the same model rules as a seeded one
 * and written as the same rows. Pure: no database here.
 */

/** Which record field holds NewEntityInput.category and .parentId, per kind; the model decides which are required. */
const CATEGORY_FIELD: Partial<Record<EntityKind, string>> = { LOCALITY: 'level', ORGANIZATION: 'kind', ASSOCIATION: 'kind', AID_PROJECT: 'kind' };
const PARENT_FIELD: Partial<Record<EntityKind, string>> = {
  LOCALITY: 'partOf',
  LOCALITY_GROUP: 'partOf',
  ORGANIZATION: 'basedIn',
  ASSOCIATION: 'basedIn',
  AID_PROJECT: 'location',
};
const CREATED_BY_OWN_MUTATION: EntityKind[] = [EntityKind.PARTNERSHIP, EntityKind.EVENT, EntityKind.DOCUMENT];

/** Record field names as the GraphQL inputs call them, for error messages. */
const INPUT_NAME: Record<string, string> = {
  cite: 'citations',
  native: 'nativeName',
  level: 'category',
  partOf: 'parentId',
  basedIn: 'parentId',
  location: 'parentId',
  place: 'placeId',
  organizer: 'organizerId',
  venue: 'venueId',
  concerns: 'concernIds',
  issuer: 'issuerId',
  implements: 'implementsIds',
  basis: 'basisIds',
  agreements: 'agreementIds',
};

export function inputFieldName(recordField: string, kind?: EntityKind): string {
  const [head, ...rest] = recordField.split('.');
  const bare = head.replace(/\[\d+\]$/, '');
  const renamed = bare === 'kind' && kind && CATEGORY_FIELD[kind] ? 'category' : (INPUT_NAME[bare] ?? bare);
  return [head.replace(bare, renamed), ...rest].join('.');
}

const LINE_LOCATOR = /^L[1-9][0-9]{0,6}$/;
/** `C<start>-<end>`: offsets into the cleaned text of an article known by its text hash (the service checks which a source takes). */
const OFFSET_LOCATOR = /^C(0|[1-9][0-9]{0,6})-[1-9][0-9]{0,6}$/;

/** Every citation as the record's `cite` entries; an empty list is refused, since every change must say where it comes from. */
export function citationsOf(citations: CitationInput[] | undefined, argument = 'citations'): Citation[] {
  if (!citations || citations.length === 0) throw new CitationRequiredError(argument);
  requireListSize(citations, argument);
  return citations.flatMap((citation, index) => {
    if (citation.locators.length === 0) {
      throw new BadUserInputError(`${argument}[${index}].locators must name at least one line, e.g. "L7", or span of text, e.g. "C120-245".`, argument);
    }
    requireListSize(citation.locators, `${argument}[${index}].locators`);
    const malformed = citation.locators.find((locator) => !LINE_LOCATOR.test(locator) && !(OFFSET_LOCATOR.test(locator) && isOffsetRange(locator)));
    if (malformed !== undefined) {
      throw new BadUserInputError(`${argument}[${index}].locators: "${malformed.slice(0, 40)}" is not a line locator such as "L7" nor a span of text such as "C120-245".`, argument);
    }
    return citation.locators.map((at) => ({ source: citation.sourceId, at }));
  });
}

export function requireListSize(list: unknown[] | null | undefined, argument: string): void {
  if (list && list.length > MAX_LIST) throw new BadUserInputError(`${argument} may hold at most ${MAX_LIST} items.`, argument);
}

/** Refuses over-long text anywhere in an input, before anything is checked against the graph. */
export function requireBoundedText(value: unknown, path = 'input'): void {
  if (typeof value === 'string') {
    if (value.length > MAX_TEXT) throw new BadUserInputError(`${path} is longer than ${MAX_TEXT} characters.`, path);
    if (value.trim() === '' && !path.endsWith('note')) throw new BadUserInputError(`${path} must not be blank.`, path);
  } else if (Array.isArray(value)) {
    requireListSize(value, path);
    value.forEach((item, index) => requireBoundedText(item, `${path}[${index}]`));
  } else if (value && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) requireBoundedText(item, `${path}.${key}`);
  }
}

/** `<prefix>:<slug of the name>`, with the prefix the kind (or a locality's level, a document's kind) calls for. */
export function defaultId(kind: EntityKind, name: string, category?: string): string {
  const lowered = category?.toLowerCase().replace(/_/g, '-');
  const byCategory = lowered === 'capital' ? 'city' : lowered;
  const prefix =
    byCategory && KIND_BY_PREFIX[byCategory] === kind
      ? byCategory
      : (Object.entries(KIND_BY_PREFIX).find(([, k]) => k === kind)?.[0] ?? kind.toLowerCase());
  const slug = slugify(name).slice(0, 80).replace(/-+$/, '');
  if (!slug) throw new BadUserInputError('The name must contain letters or digits to make an ID from; or pass an id.', 'name');
  return `${prefix}:${slug}`;
}

function common(
  input: { id?: string; name: string; nativeName?: string; aliases?: string[]; labels?: LabelInput[]; nameLang?: string; note?: string; citations: CitationInput[] },
  id: string,
): RecordData {
  return compact({
    id,
    name: input.name,
    native: input.nativeName,
    aliases: input.aliases,
    labels: input.labels ? labelMapOfInput(input.labels, 'labels') : undefined,
    nameLang: input.nameLang,
    note: input.note,
    cite: citationsOf(input.citations),
  });
}

/** Labels as the model keeps them, one per language; a language given twice is the caller's mistake. */
export function labelMapOfInput(labels: LabelInput[], argument: string): LabelMap {
  const map: LabelMap = {};
  for (const { lang, value } of labels) {
    if (lang in map) throw new BadUserInputError(`Argument "${argument}" gives the language "${lang}" twice; give one label per language.`, argument);
    map[lang] = value;
  }
  return map;
}

const reference = (id: string | undefined) => (id === undefined || id === null ? undefined : { id });
const references = (ids: string[] | undefined) => (ids ? ids.map((id) => ({ id })) : undefined);

export function entityRecord(input: NewEntityInput): ModelRecord {
  const kind = input.kind;
  if (CREATED_BY_OWN_MUTATION.includes(kind)) {
    throw new BadUserInputError(`Create a ${kind.toLowerCase()} with its own mutation (createPartnership, createEvent or createDocument).`, 'kind');
  }
  const id = input.id ?? defaultId(kind, input.name, input.category);
  const data: RecordData = common(input, id);
  const categoryField = CATEGORY_FIELD[kind];
  if (input.category !== undefined && input.category !== null) {
    if (!categoryField) throw new BadUserInputError(`A ${kind.toLowerCase()} has no category.`, 'category');
    data[categoryField] = input.category;
  }
  if (input.parentId !== undefined && input.parentId !== null) {
    const parentField = PARENT_FIELD[kind];
    if (!parentField) throw new BadUserInputError(`A ${kind.toLowerCase()} has no parent.`, 'parentId');
    data[parentField] = { id: input.parentId };
  }
  Object.assign(data, compact({ iso: input.iso, description: input.description, memberCount: input.memberCount, honorific: input.honorific }));
  if (kind === EntityKind.OFFICIAL) data.positions = [];
  return { collection: COLLECTION_BY_KIND[kind], data };
}

export function partnershipRecord(input: NewPartnershipInput): ModelRecord {
  const id = input.id ?? defaultId(EntityKind.PARTNERSHIP, input.name);
  const data = {
    ...common(input, id),
    ...compact({
      kind: input.kind,
      description: input.description,
      since: input.since,
      parties: input.parties.map((party) => ({ id: party.id, role: party.role })),
      basis: references(input.basisIds),
      agreements: references(input.agreementIds),
    }),
  };
  return { collection: 'partnerships', data };
}

export function eventRecord(input: NewEventInput): ModelRecord {
  const id = input.id ?? defaultId(EntityKind.EVENT, input.name);
  const data = {
    ...common(input, id),
    ...compact({
      kind: input.kind,
      date: input.date,
      place: reference(input.placeId),
      organizer: reference(input.organizerId),
      venue: reference(input.venueId),
      participants: input.participants?.map((participant) => ({ id: participant.id, role: participant.role })),
      concerns: references(input.concernIds),
      attendance: input.attendance ? { count: input.attendance.count, qualifier: input.attendance.qualifier } : undefined,
    }),
  };
  return { collection: 'events', data };
}

export function documentRecord(input: NewDocumentInput): ModelRecord {
  const id = input.id ?? defaultId(EntityKind.DOCUMENT, input.name, input.kind);
  const data = {
    ...common(input, id),
    ...compact({
      kind: input.kind,
      code: input.code,
      issuedOn: input.issuedOn,
      subject: input.subject,
      issuer: reference(input.issuerId),
      implements: references(input.implementsIds),
    }),
  };
  return { collection: 'documents', data };
}

export function sourceRecord(input: NewSourceInput): ModelRecord {
  const id = input.id ?? `source:${slugify(input.title).slice(0, 80).replace(/-+$/, '')}`;
  const data = compact({
    id,
    title: input.title,
    publisher: input.publisher,
    language: input.language,
    file: input.file,
    url: input.url,
    publishedOn: input.publishedOn,
    author: input.author,
    via: input.via,
    note: input.note,
  });
  return { collection: 'sources', data };
}

/** Drops absent fields (GraphQL gives undefined or null): a record leaves out what it does not know. */
export function compact<T extends RecordData>(data: T): T {
  return Object.fromEntries(Object.entries(data).filter(([, value]) => value !== undefined && value !== null)) as T;
}
