import { Neo4jError } from 'neo4j-driver';
import { Caller } from '../access/caller';
import { auditEntryWrite, AuditFacts } from '../audit/audit.repository';
import { AuditAction, AuditRecord } from '../audit/audit.type';
import { Context } from '../context';
import { dateArgument } from '../dates/partial-date';
import { WriteTransaction } from '../db/executor';
import { requireWellFormedId } from '../entity/id-argument';
import { EntityRecord, SourceRecord } from '../entity/entity.record';
import { BadUserInputError, ConflictError, NotFoundError } from '../errors/errors';
import { LabelMap, labelMapOf } from '../model/labels';
import { EntityKind } from '../model/entity-kind';
import { CATEGORY_VOCABULARIES } from '../model/fields';
import { labelProperties, nameProperties } from '../model/names';
import { Citation, ModelRecord } from '../model/records';
import { COLLECTION_BY_KIND, COUNTRY_PATH_TYPES, KIND_BY_COLLECTION, POSITION_RELATION, RELATIONS_BY_COLLECTION, RelationSpec } from '../model/relationships';
import { buildGraphRows, citationRows, datedFieldProperties, edgeOf, edgesOf, NodeRow, UNDATED_SORT_KEY } from '../model/rows';
import { KnownKind as DefinedKind, labelProblems, ProblemCode, validateRecords } from '../model/validation';
import { EntityChangesInput, LabelInput, PositionInput, RelationshipInput, RelationshipRefInput } from './curation.inputs';
import { citationsOf, compact, labelMapOfInput, requireBoundedText } from './curation.records';
import { curationProblem } from './curation.problems';
import {
  citationWrites,
  countryRefresh,
  createEntityWrite,
  createSourceWrite,
  entityQuery,
  idKindsQuery,
  moveFactsWrite,
  relationshipsQuery,
  relationshipWrites,
  retireEntityWrite,
  retireRelationshipWrite,
  sourceArchivesQuery,
  sourceLanguageQuery,
  updateEntityWrite,
} from './curation.repository';

export interface CurationOutcome {
  entity: EntityRecord | null;
  source: SourceRecord | null;
  auditEntry: AuditRecord;
}

type KeyCaller = Extract<Caller, { kind: 'key' }>;
export type KnownKind = EntityKind | 'SOURCE' | 'RETIRED';
/** Where a write came from when another door (article review) makes it, kept in its audit entry's changes. */
export type Provenance = Record<string, unknown>;

/** Properties of an entity that an added record never sets: its names (changed with updateEntity) and what the graph derives. */
const NOT_ADDED = new Set(['id', 'kind', 'name', 'nativeName', 'asciiName', 'aliases', 'searchNames', 'searchText', 'sortName', 'nameLang', 'labelLangs', 'labelValues', 'sourceIds', 'countryIds', 'origin']);

/** The vocabulary of each kind's category (a locality's level, any other kind's `kind`), as the model says. */
const CATEGORIES: Partial<Record<EntityKind, readonly string[]>> = Object.fromEntries(
  Object.values(EntityKind).flatMap((kind) => {
    const vocabulary = CATEGORY_VOCABULARIES[COLLECTION_BY_KIND[kind]];
    return vocabulary ? [[kind, vocabulary.values]] : [];
  }),
);

/** Which EntityChangesInput fields apply to which kinds; name, nativeName, aliases and note apply to all. */
const FIELDS_BY_KIND: Record<string, EntityKind[]> = {
  category: Object.keys(CATEGORIES) as EntityKind[],
  description: [EntityKind.PARTNERSHIP, EntityKind.LOCALITY_GROUP, EntityKind.AID_PROJECT],
  since: [EntityKind.PARTNERSHIP],
  date: [EntityKind.EVENT],
  issuedOn: [EntityKind.DOCUMENT],
  code: [EntityKind.DOCUMENT],
  subject: [EntityKind.DOCUMENT],
  memberCount: [EntityKind.ASSOCIATION],
  honorific: [EntityKind.OFFICIAL],
};
const REQUIRED_FIELDS: Partial<Record<EntityKind, string[]>> = { LOCALITY_GROUP: ['description'], PARTNERSHIP: [], DOCUMENT: [] };

/**
 * Every curation write: checked against the graph and written with its audit entry in one transaction, so the
 * graph holds the whole change and its record, or neither. Checks that need no database come first.
 */
export class CurationService {
  private readonly caller: KeyCaller;

  constructor(private readonly context: Context) {
    if (context.caller.kind !== 'key') throw new Error('curation needs an authenticated caller');
    this.caller = context.caller;
  }

  async createSource(record: ModelRecord): Promise<CurationOutcome> {
    return this.transaction((tx) => this.createSourceIn(tx, record));
  }

  /** Registers a source inside a transaction the caller holds, with its audit entry. */
  async createSourceIn(tx: WriteTransaction, record: ModelRecord, provenance?: Provenance): Promise<CurationOutcome> {
    requireBoundedText(record.data, 'input');
    const id = String(record.data.id);
    const known = await this.kinds(tx, [id]);
    if (known.get(id)) throw new ConflictError(`"${id}" already exists.`);
    this.requireValid(record, new Map());
    const [row] = await tx.run(createSourceWrite(buildGraphRows([record]).sources[0]));
    const source = row.source as SourceRecord;
    const entry = await this.audit(tx, {
      action: AuditAction.CREATE_SOURCE,
      targetIds: [id],
      summary: `Registered the source "${source.title}".`,
      changes: { created: source, ...provenance },
      sourceIds: [id],
    });
    return { entity: null, source, auditEntry: entry };
  }

  /** A new entity with its relationships, from its model record. */
  async createEntity(record: ModelRecord): Promise<CurationOutcome> {
    return this.transaction((tx) => this.createEntityIn(tx, record));
  }

  /** Creates an entity inside a transaction the caller holds, with its audit entry. */
  async createEntityIn(tx: WriteTransaction, record: ModelRecord, provenance?: Provenance): Promise<CurationOutcome> {
    requireBoundedText(record.data, 'input');
    const id = String(record.data.id);
    requireWellFormedId(id, 'id');
    const graph = buildGraphRows([record]);
    const referenced = [...graph.edges.flatMap((edge) => [edge.from, edge.to]), ...graph.citations.map((c) => c.sourceId)];
    const known = await this.kinds(tx, [id, ...referenced]);
    if (known.get(id)) throw new ConflictError(`"${id}" already exists${known.get(id) === 'RETIRED' ? ' (retired or merged)' : ''}; pick another id.`);
    this.requireValid(record, known);
    await this.requireLocatorsFit(tx, citationsIn(record));
    await this.nameInSourceLanguage(tx, record, graph.nodes[0], graph.citations[0]?.sourceId);
    await tx.run(createEntityWrite(graph.nodes[0]));
    await tx.run(relationshipWrites(graph.edges));
    await tx.run(citationWrites(graph.citations));
    await tx.run(countryRefresh(id));
    const entity = await this.reread(tx, id);
    const kind = record.collection === 'sources' ? 'source' : KIND_BY_COLLECTION[record.collection];
    const entry = await this.audit(tx, {
      action: AuditAction.CREATE_ENTITY,
      // The entities it links to are changed too: each gains a relationship, and their history shows it.
      targetIds: [...new Set([id, ...graph.edges.flatMap((edge) => [edge.from, edge.to])])],
      summary: `Created the ${kind.toLowerCase().replace(/_/g, ' ')} "${entity.name}" with ${graph.edges.length} relationship(s).`,
      changes: { created: record.data, ...provenance },
      sourceIds: graph.citations.map((c) => c.sourceId),
    });
    return { entity, source: null, auditEntry: entry };
  }

  /**
   * A record whose entity the graph holds already (an article restating a known partnership, a known official with a
   * new post): its citations, the relationships it brings and the fields the entity lacks are added, and nothing the
   * graph holds is overwritten but a post's status and date. Required fields may be missing: the entity has them.
   */
  async addFactsIn(tx: WriteTransaction, record: ModelRecord, provenance?: Provenance): Promise<CurationOutcome> {
    requireBoundedText(record.data, 'input');
    const id = String(record.data.id);
    requireWellFormedId(id, 'id');
    if (record.collection === 'sources') throw new BadUserInputError('A source is registered, not added to.', 'collection');
    const kind = KIND_BY_COLLECTION[record.collection];
    const before = await this.existing(tx, id);
    if (before.kind !== kind) throw new BadUserInputError(`"${id}" is a ${before.kind.toLowerCase()} in the graph, not a record of ${record.collection}.`, 'collection');
    // A record that only names the entity (a linked mention) brings no post, no relationship and no field.
    const data = { ...record.data, name: record.data.name ?? before.name, ...(record.collection === 'officials' ? { positions: record.data.positions ?? [] } : {}) };
    const complete: ModelRecord = { collection: record.collection, data };
    const graph = buildGraphRows([complete]);
    const referenced = [...graph.edges.flatMap((edge) => [edge.from, edge.to]), ...graph.citations.map((c) => c.sourceId)];
    const known = await this.kinds(tx, referenced.filter((other) => other !== id));
    this.requireValid(complete, known, ['MISSING_FIELD']);
    await this.requireLocatorsFit(tx, citationsIn(complete));
    const added = missingProperties(before, graph.nodes[0].properties);
    if (Object.keys(added).length) await tx.run(updateEntityWrite(id, added));
    await tx.run(relationshipWrites(graph.edges));
    await tx.run(citationWrites(graph.citations));
    if (graph.edges.some((edge) => COUNTRY_PATH_TYPES.includes(edge.type))) await tx.run(countryRefresh(id));
    const entity = await this.reread(tx, id);
    const entry = await this.audit(tx, {
      action: AuditAction.ADD_FACTS,
      targetIds: [...new Set([id, ...graph.edges.flatMap((edge) => [edge.from, edge.to])])],
      summary: `Cited "${entity.name}" again, with ${graph.edges.length} relationship(s)${Object.keys(added).length ? ` and ${Object.keys(added).join(', ')}` : ''}.`,
      changes: {
        fieldsAdded: added,
        relationships: graph.edges.map((edge) => ({ from: edge.from, type: edge.type, to: edge.to, key: edge.key })),
        ...provenance,
      },
      sourceIds: graph.citations.map((c) => c.sourceId),
    });
    return { entity, source: null, auditEntry: entry };
  }

  /** The graph's kind of each ID (an entity kind, SOURCE, RETIRED, or null), inside a transaction the caller holds. */
  async kindsIn(tx: WriteTransaction, ids: string[]): Promise<Map<string, KnownKind | null>> {
    return this.kinds(tx, ids);
  }

  /** Several curation writes in one transaction: all of them land, with their audit entries, or none. */
  async inTransaction<T>(work: (tx: WriteTransaction) => Promise<T>): Promise<T> {
    return this.transaction(work);
  }

  async updateEntity(id: string, changes: EntityChangesInput, citations: Citation[]): Promise<CurationOutcome> {
    requireWellFormedId(id, 'id');
    requireBoundedText({ ...changes }, 'changes');
    const given = Object.entries({ ...changes }).filter(([, value]) => value !== undefined);
    if (given.length === 0) throw new BadUserInputError('Argument "changes" changes nothing: give at least one field.', 'changes');
    return this.transaction(async (tx) => {
      const before = await this.existing(tx, id);
      await this.requireSources(tx, citations);
      const properties = changedProperties(before, Object.fromEntries(given));
      await tx.run(updateEntityWrite(id, properties));
      await tx.run(citationWrites(citationRows(id, citations)));
      const entity = await this.reread(tx, id);
      const fields = given.map(([field]) => field);
      const entry = await this.audit(tx, {
        action: AuditAction.UPDATE_ENTITY,
        targetIds: [id],
        summary: `Changed ${fields.join(', ')} of "${entity.name}".`,
        changes: { before: pick(before, fields), after: Object.fromEntries(given) },
        sourceIds: citations.map((c) => c.source),
      });
      return { entity, source: null, auditEntry: entry };
    });
  }

  async setPosition(input: PositionInput): Promise<CurationOutcome> {
    requireWellFormedId(input.officialId, 'officialId', EntityKind.OFFICIAL);
    requireWellFormedId(input.organizationId, 'organizationId');
    requireBoundedText({ title: input.title, note: input.note }, 'input');
    dateArgument(input.asOf, 'asOf');
    const citations = citationsOf(input.citations);
    const position = { organization: input.organizationId, title: input.title, status: input.status, asOf: input.asOf, note: input.note, cite: citations };
    const [edge] = edgesOf({ collection: 'officials', data: { id: input.officialId, cite: citations, positions: [compact(position)] } });
    return this.transaction(async (tx) => {
      const known = await this.kinds(tx, [input.officialId, input.organizationId]);
      requireKind(known, input.officialId, [EntityKind.OFFICIAL], 'officialId');
      requireKind(known, input.organizationId, POSITION_RELATION.targets, 'organizationId');
      await this.requireSources(tx, citations);
      await tx.run(relationshipWrites([edge]));
      const entity = await this.reread(tx, input.officialId);
      const entry = await this.audit(tx, {
        action: AuditAction.SET_POSITION,
        targetIds: [input.officialId, input.organizationId],
        summary: `${entity.name}: ${input.title} (${input.status}) in ${input.organizationId}.`,
        changes: { position: compact({ ...position, cite: undefined }) },
        sourceIds: citations.map((c) => c.source),
      });
      return { entity, source: null, auditEntry: entry };
    });
  }

  async addRelationship(input: RelationshipInput): Promise<CurationOutcome> {
    requireWellFormedId(input.fromId, 'fromId');
    requireWellFormedId(input.toId, 'toId');
    requireBoundedText({ role: input.role, note: input.note }, 'input');
    if (input.type === POSITION_RELATION.type) throw new BadUserInputError('Posts are set with setPosition, which also records the title and status.', 'type');
    const citations = citationsOf(input.citations);
    return this.transaction(async (tx) => {
      const known = await this.kinds(tx, [input.fromId, input.toId]);
      const fromKind = requireKind(known, input.fromId, Object.values(EntityKind), 'fromId');
      const toKind = requireKind(known, input.toId, Object.values(EntityKind), 'toId');
      const spec = relationSpecFor(fromKind, input.type, toKind);
      const role = roleFor(spec, input.role);
      await this.requireSources(tx, citations);
      const [ownerId, otherId] = spec.inbound ? [input.toId, input.fromId] : [input.fromId, input.toId];
      const edge = edgeOf(spec, ownerId, { id: otherId, role: role ?? undefined, note: input.note, cite: citations }, citations);
      await tx.run(relationshipWrites([edge]));
      if (COUNTRY_PATH_TYPES.includes(input.type)) await tx.run(countryRefresh(input.fromId));
      const entity = await this.reread(tx, input.fromId);
      const entry = await this.audit(tx, {
        action: AuditAction.ADD_RELATIONSHIP,
        targetIds: [input.fromId, input.toId],
        summary: `${input.fromId} ${input.type}${role ? ` (${role})` : ''} ${input.toId}.`,
        changes: { added: { from: input.fromId, type: input.type, to: input.toId, key: edge.key, note: input.note ?? null } },
        sourceIds: citations.map((c) => c.source),
      });
      return { entity, source: null, auditEntry: entry };
    });
  }

  async retireEntity(id: string, reason: string, citations: Citation[]): Promise<CurationOutcome> {
    requireWellFormedId(id, 'id');
    const why = requireReason(reason);
    return this.transaction(async (tx) => {
      const entity = await this.existing(tx, id);
      await this.requireSources(tx, citations);
      await tx.run(citationWrites(citationRows(id, citations)));
      await tx.run(retireEntityWrite(id, entity.kind, why, new Date().toISOString()));
      const entry = await this.audit(tx, {
        action: AuditAction.RETIRE_ENTITY,
        targetIds: [id],
        summary: `Retired "${entity.name}" and its relationships.`,
        changes: { retired: pick(entity, ['id', 'kind', 'name']) },
        sourceIds: citations.map((c) => c.source),
        reason: why,
      });
      return { entity: null, source: null, auditEntry: entry };
    });
  }

  async retireRelationship(ref: RelationshipRefInput, reason: string, citations: Citation[]): Promise<CurationOutcome> {
    requireWellFormedId(ref.fromId, 'fromId');
    requireWellFormedId(ref.toId, 'toId');
    const why = requireReason(reason);
    const query = { from: ref.fromId, type: ref.type, to: ref.toId, key: ref.key ?? null };
    return this.transaction(async (tx) => {
      const found = await tx.run(relationshipsQuery(query));
      if (found.length === 0) throw new NotFoundError(`No ${ref.type} relationship from "${ref.fromId}" to "${ref.toId}"${ref.key ? ` with key "${ref.key}"` : ''}.`);
      if (found.length > 1) {
        throw new BadUserInputError(`Several ${ref.type} relationships link these entities; say which with "key": ${found.map((row) => JSON.stringify(row.key)).join(', ')}.`, 'key');
      }
      await this.requireSources(tx, citations);
      await tx.run(retireRelationshipWrite({ ...query, key: found[0].key as string }, why, new Date().toISOString()));
      const entity = await this.reread(tx, ref.fromId);
      const entry = await this.audit(tx, {
        action: AuditAction.RETIRE_RELATIONSHIP,
        targetIds: [ref.fromId, ref.toId],
        summary: `Retired ${ref.fromId} ${ref.type} ${ref.toId}.`,
        changes: { retired: { ...query, key: found[0].key, properties: found[0].properties } },
        sourceIds: citations.map((c) => c.source),
        reason: why,
      });
      return { entity, source: null, auditEntry: entry };
    });
  }

  async mergeEntities(survivorId: string, duplicateId: string, reason: string, citations: Citation[]): Promise<CurationOutcome> {
    requireWellFormedId(survivorId, 'survivorId');
    requireWellFormedId(duplicateId, 'duplicateId');
    if (survivorId === duplicateId) throw new BadUserInputError('An entity cannot be merged into itself.', 'duplicateId');
    const why = requireReason(reason);
    return this.transaction(async (tx) => {
      const survivor = await this.existing(tx, survivorId, 'survivorId');
      const duplicate = await this.existing(tx, duplicateId, 'duplicateId');
      if (survivor.kind !== duplicate.kind) {
        throw new BadUserInputError(`Only entities of one kind merge: "${survivorId}" is a ${survivor.kind.toLowerCase()}, "${duplicateId}" a ${duplicate.kind.toLowerCase()}.`, 'duplicateId');
      }
      await this.requireSources(tx, citations);
      const survivorLabels = labelMapOf(survivor);
      const names = [duplicate.name, duplicate.nativeName, ...duplicate.aliases, ...Object.values(labelMapOf(duplicate))].filter((n): n is string => Boolean(n));
      const known = new Set([survivor.name, survivor.nativeName, ...survivor.aliases, ...Object.values(survivorLabels)]);
      const aliases = [...survivor.aliases, ...new Set(names.filter((n) => !known.has(n)))];
      await tx.run(moveFactsWrite(duplicateId, survivorId));
      await tx.run(updateEntityWrite(survivorId, nameProperties(survivor.name, survivor.nativeName, aliases, survivorLabels)));
      await tx.run(citationWrites(citationRows(survivorId, citations)));
      await tx.run(retireEntityWrite(duplicateId, duplicate.kind, why, new Date().toISOString(), survivorId));
      await tx.run(countryRefresh(survivorId));
      const entity = await this.reread(tx, survivorId);
      const entry = await this.audit(tx, {
        action: AuditAction.MERGE_ENTITIES,
        targetIds: [survivorId, duplicateId],
        summary: `Merged "${duplicate.name}" (${duplicateId}) into "${survivor.name}" (${survivorId}); the old ID now resolves to the survivor.`,
        changes: { survivor: survivorId, duplicate: pick(duplicate, ['id', 'name', 'nativeName', 'aliases']), aliasesAdded: aliases.slice(survivor.aliases.length) },
        sourceIds: citations.map((c) => c.source),
        reason: why,
      });
      return { entity, source: null, auditEntry: entry };
    });
  }

  private async transaction<T>(work: (tx: WriteTransaction) => Promise<T>): Promise<T> {
    try {
      return await this.context.executor.inWriteTransaction(work);
    } catch (error) {
      // Two writes creating the same ID at once: the uniqueness constraint lets one through.
      if (error instanceof Neo4jError && error.code === 'Neo.ClientError.Schema.ConstraintValidationFailed') {
        throw new ConflictError('That ID was taken by a concurrent write; pick another id.');
      }
      throw error;
    }
  }

  private async audit(tx: WriteTransaction, facts: AuditFacts): Promise<AuditRecord> {
    const [row] = await tx.run(auditEntryWrite(this.caller, this.context.requestId, facts));
    return row.entry as AuditRecord;
  }

  /** Without its own `nameLang`, a new entity's name is in the language of the source it first cites, as in the seed files. */
  private async nameInSourceLanguage(tx: WriteTransaction, record: ModelRecord, node: NodeRow, sourceId: string | undefined): Promise<void> {
    if (node.properties.nameLang || !sourceId) return;
    const [row] = await tx.run(sourceLanguageQuery(sourceId));
    const language = (row?.language as string | undefined) ?? null;
    Object.assign(node.properties, labelProperties(String(record.data.name), language, (record.data.labels as LabelMap | undefined) ?? {}));
  }

  private async kinds(tx: WriteTransaction, ids: string[]): Promise<Map<string, KnownKind | null>> {
    const rows = await tx.run(idKindsQuery(ids));
    return new Map(rows.map((row) => [row.id as string, (row.kind as KnownKind | null) ?? null]));
  }

  private async existing(tx: WriteTransaction, id: string, argument = 'id'): Promise<EntityRecord> {
    const [row] = await tx.run(entityQuery(id));
    if (!row) throw new NotFoundError(`No entity "${id}" (argument "${argument}"); retired and merged entities cannot be changed.`);
    return row.node as EntityRecord;
  }

  private async reread(tx: WriteTransaction, id: string): Promise<EntityRecord> {
    const entity = await this.existing(tx, id);
    this.context.loaders.entityById.clear(id).prime(id, entity);
    return entity;
  }

  private async requireSources(tx: WriteTransaction, citations: Citation[]): Promise<void> {
    const ids = [...new Set(citations.map((c) => c.source))];
    const known = await this.kinds(tx, ids);
    const missing = ids.filter((id) => known.get(id) !== 'SOURCE');
    if (missing.length) throw new BadUserInputError(`Cited source(s) not in the graph: ${missing.join(', ')}; register new articles with createSource.`, 'citations');
    await this.requireLocatorsFit(tx, citations);
  }

  /**
   * An article with an archived copy is cited by line ("L7"), one known by its cleaned text's hash by offsets
   * ("C120-245"): the model checks this for the sources a batch defines, curation for those the graph holds.
   */
  private async requireLocatorsFit(tx: WriteTransaction, citations: Citation[]): Promise<void> {
    const articles = citations.filter((c) => /^[LC]/.test(c.at));
    if (articles.length === 0) return;
    const rows = await tx.run(sourceArchivesQuery(articles.map((c) => c.source)));
    const byId = new Map(rows.map((row) => [row.id as string, row]));
    for (const citation of articles) {
      const source = byId.get(citation.source);
      if (!source || source.kind !== 'ARTICLE') continue;
      const byOffsets = source.hashed === true && source.archived !== true;
      if (byOffsets && citation.at.startsWith('L')) {
        throw new BadUserInputError(`"${citation.source}" is known by its cleaned text's hash and cited by offsets such as "C120-245", not by line ("${citation.at}").`, 'citations');
      }
      if (!byOffsets && citation.at.startsWith('C')) {
        throw new BadUserInputError(`"${citation.source}" has an archived copy and is cited by line such as "L7", not by offsets ("${citation.at}").`, 'citations');
      }
    }
  }

  /** The model's rules, with the graph standing in for the other records. */
  private requireValid(record: ModelRecord, known: Map<string, KnownKind | null>, waived: ProblemCode[] = []): void {
    const defined = new Map([...known].filter((entry): entry is [string, DefinedKind] => entry[1] !== null && entry[1] !== 'RETIRED'));
    const kind = record.collection === 'sources' ? undefined : KIND_BY_COLLECTION[record.collection];
    const problems = validateRecords([record], { known: defined })
      .filter((problem) => !waived.includes(problem.code))
      .map((problem) => curationProblem(problem, kind));
    if (problems.length) {
      throw new BadUserInputError(`The input is not valid: ${problems.map((p) => `${p.field ?? 'input'} ${p.reason}`).join('; ')}.`, problems[0].field ?? undefined, { problems });
    }
  }
}

function requireReason(reason: string): string {
  const trimmed = reason.trim();
  if (!trimmed) throw new BadUserInputError('Argument "reason" must say why.', 'reason');
  requireBoundedText(trimmed, 'reason');
  return trimmed;
}

function requireKind(known: Map<string, KnownKind | null>, id: string, allowed: EntityKind[], argument: string): EntityKind {
  const kind = known.get(id);
  if (!kind || kind === 'SOURCE' || kind === 'RETIRED') throw new BadUserInputError(`Argument "${argument}": no entity "${id}" in the graph.`, argument);
  if (!allowed.includes(kind)) {
    throw new BadUserInputError(`Argument "${argument}": "${id}" is a ${kind.toLowerCase()}; expected ${allowed.map((k) => k.toLowerCase()).join(' or ')}.`, argument);
  }
  return kind;
}

/** The model's rule for a relationship of this type between these kinds, or BAD_USER_INPUT naming what is allowed. */
function relationSpecFor(fromKind: EntityKind, type: string, toKind: EntityKind): RelationSpec {
  for (const [collection, specs] of Object.entries(RELATIONS_BY_COLLECTION)) {
    const owner = KIND_BY_COLLECTION[collection as keyof typeof KIND_BY_COLLECTION];
    for (const spec of specs) {
      if (spec.type !== type) continue;
      const fits = spec.inbound ? owner === toKind && spec.targets.includes(fromKind) : owner === fromKind && spec.targets.includes(toKind);
      if (fits) return spec;
    }
  }
  throw new BadUserInputError(`The model has no ${type} relationship from a ${fromKind.toLowerCase()} to a ${toKind.toLowerCase()}.`, 'type');
}

function roleFor(spec: RelationSpec, role: string | undefined): string | null {
  if (spec.details) throw new BadUserInputError(`${spec.type} relationships carry details (${spec.details.join(', ')}) that addRelationship does not take.`, 'type');
  if (spec.keyedBy !== 'role') {
    if (role) throw new BadUserInputError(`${spec.type} relationships have no role.`, 'role');
    return null;
  }
  const allowed = spec.roles ?? [];
  const chosen = role ?? spec.defaultRole ?? null;
  if (chosen && !allowed.includes(chosen)) throw new BadUserInputError(`Argument "role" must be one of ${allowed.join(', ')}.`, 'role');
  return chosen;
}

/** The model's label rules for an update, which changes a stored entity's names rather than building a record. */
function requireLabelsInTheirScripts(entity: EntityRecord, name: string, nameLang: string | null, labels: LabelMap): void {
  const record: ModelRecord = { collection: COLLECTION_BY_KIND[entity.kind], data: compact({ id: entity.id, name, nameLang, labels }) };
  const problems = labelProblems(record).map((problem) => curationProblem(problem, entity.kind));
  if (problems.length) throw new BadUserInputError(`Argument "changes.${problems[0].field}" ${problems[0].reason}.`, `changes.${problems[0].field}`, { problems });
}

/** The stored properties an update sets, derived fields (search forms, date ranges) included. */
function changedProperties(entity: EntityRecord, changes: Record<string, unknown>): Record<string, unknown> {
  for (const field of Object.keys(changes)) {
    const kinds = FIELDS_BY_KIND[field];
    if (kinds && !kinds.includes(entity.kind)) throw new BadUserInputError(`A ${entity.kind.toLowerCase()} has no ${field}.`, field);
  }
  if (changes.name === null) throw new BadUserInputError('An entity must keep a name.', 'name');
  const properties: Record<string, unknown> = {};
  if ('name' in changes || 'nativeName' in changes || 'aliases' in changes || 'labels' in changes || 'nameLang' in changes) {
    const name = (changes.name as string | undefined) ?? entity.name;
    const labels = 'labels' in changes ? labelMapOfInput((changes.labels as LabelInput[] | null) ?? [], 'labels') : labelMapOf(entity);
    const nameLang = 'nameLang' in changes ? ((changes.nameLang as string | null) ?? null) : (entity.nameLang ?? null);
    requireLabelsInTheirScripts(entity, name, nameLang, labels);
    Object.assign(
      properties,
      nameProperties(
        name,
        'nativeName' in changes ? (changes.nativeName as string | null) : entity.nativeName,
        'aliases' in changes ? ((changes.aliases as string[] | null) ?? []) : entity.aliases,
        labels,
      ),
      labelProperties(name, nameLang, labels),
    );
  }
  if ('category' in changes) {
    const allowed = CATEGORIES[entity.kind] ?? [];
    if (!allowed.includes(changes.category as string)) throw new BadUserInputError(`Argument "category" must be one of ${allowed.join(', ')}.`, 'category');
    properties.category = changes.category;
  }
  for (const field of ['since', 'date', 'issuedOn']) {
    if (!(field in changes)) continue;
    const value = changes[field] as string | null;
    dateArgument(value, field);
    Object.assign(properties, datedFieldProperties(field, value ?? undefined, 'stated', undefined));
    if (field === 'date') properties.sortKey = (properties.dateStart as string | null) ?? UNDATED_SORT_KEY;
  }
  for (const field of ['note', 'description', 'code', 'subject', 'honorific', 'memberCount']) {
    if (!(field in changes)) continue;
    if (changes[field] === null && (REQUIRED_FIELDS[entity.kind] ?? []).includes(field)) throw new BadUserInputError(`A ${entity.kind.toLowerCase()} must keep its ${field}.`, field);
    if (field === 'memberCount' && changes[field] !== null && (changes[field] as number) < 1) throw new BadUserInputError('Argument "memberCount" must be at least 1.', field);
    properties[field] = changes[field];
  }
  return properties;
}

/** The properties a record brings that the stored entity lacks (null or absent); an event dated now also sorts by its date. */
function missingProperties(entity: EntityRecord, properties: Record<string, unknown>): Record<string, unknown> {
  const added = Object.fromEntries(
    Object.entries(properties).filter(([name, value]) => !NOT_ADDED.has(name) && value !== null && value !== undefined && (entity[name] === null || entity[name] === undefined)),
  );
  if ('dateStart' in added) added.sortKey = added.dateStart;
  else delete added.sortKey;
  return added;
}

/** Every citation of a record: its own and those of its references and posts. */
function citationsIn(record: ModelRecord): Citation[] {
  const found: Citation[] = [];
  const visit = (value: unknown, key?: string): void => {
    if (key === 'cite' && Array.isArray(value)) found.push(...(value as Citation[]));
    else if (Array.isArray(value)) value.forEach((item) => visit(item));
    else if (value && typeof value === 'object') for (const [inner, item] of Object.entries(value)) visit(item, inner);
  };
  visit(record.data);
  return found;
}

function pick(record: object, fields: string[]): Record<string, unknown> {
  return Object.fromEntries(fields.map((field) => [field, (record as Record<string, unknown>)[field] ?? null]));
}
