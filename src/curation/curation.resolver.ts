import { Arg, Authorized, Ctx, ID, Mutation, Resolver } from 'type-graphql';
import { Role } from '../access/role';
import { toAuditEntry } from '../audit/audit.repository';
import { Context } from '../context';
import {
  CitationInput,
  EntityChangesInput,
  NewDocumentInput,
  NewEntityInput,
  NewEventInput,
  NewPartnershipInput,
  NewSourceInput,
  PositionInput,
  RelationshipInput,
  RelationshipRefInput,
} from './curation.inputs';
import { citationsOf, documentRecord, entityRecord, eventRecord, partnershipRecord, sourceRecord } from './curation.records';
import { CurationOutcome, CurationService } from './curation.service';
import { CurationResult } from './curation.type';

const CITATIONS = { description: 'At least one: the sources that support the change.' };
const REASON = { description: 'Why; kept with the retired facts and in the audit trail.' };

function result(outcome: CurationOutcome): CurationResult {
  return { ...outcome, auditEntry: toAuditEntry(outcome.auditEntry) };
}

/** Curation: every mutation needs an editor key (merges an admin key), cites its sources and is audited. */
@Resolver()
export class CurationResolver {
  @Authorized(Role.EDITOR)
  @Mutation(() => CurationResult, { description: 'Registers a new article, so that facts can cite it.' })
  async createSource(@Arg('input', () => NewSourceInput) input: NewSourceInput, @Ctx() ctx: Context): Promise<CurationResult> {
    return result(await new CurationService(ctx).createSource(sourceRecord(input)));
  }

  @Authorized(Role.EDITOR)
  @Mutation(() => CurationResult, { description: 'Creates a country, locality, locality group, organization, association, official or aid project.' })
  async createEntity(@Arg('input', () => NewEntityInput) input: NewEntityInput, @Ctx() ctx: Context): Promise<CurationResult> {
    return result(await new CurationService(ctx).createEntity(entityRecord(input)));
  }

  @Authorized(Role.EDITOR)
  @Mutation(() => CurationResult, { description: 'Creates a partnership with its parties, basis and agreements.' })
  async createPartnership(@Arg('input', () => NewPartnershipInput) input: NewPartnershipInput, @Ctx() ctx: Context): Promise<CurationResult> {
    return result(await new CurationService(ctx).createEntity(partnershipRecord(input)));
  }

  @Authorized(Role.EDITOR)
  @Mutation(() => CurationResult, { description: 'Creates an event with its place, organizer and participants.' })
  async createEvent(@Arg('input', () => NewEventInput) input: NewEventInput, @Ctx() ctx: Context): Promise<CurationResult> {
    return result(await new CurationService(ctx).createEntity(eventRecord(input)));
  }

  @Authorized(Role.EDITOR)
  @Mutation(() => CurationResult, { description: 'Creates an agreement (or a directive, plan or resolution).' })
  async createDocument(@Arg('input', () => NewDocumentInput) input: NewDocumentInput, @Ctx() ctx: Context): Promise<CurationResult> {
    return result(await new CurationService(ctx).createEntity(documentRecord(input)));
  }

  @Authorized(Role.EDITOR)
  @Mutation(() => CurationResult, { description: "Changes an entity's own fields (any kind, partnerships, events and agreements included)." })
  async updateEntity(
    @Arg('id', () => ID) id: string,
    @Arg('changes', () => EntityChangesInput) changes: EntityChangesInput,
    @Arg('citations', () => [CitationInput], CITATIONS) citations: CitationInput[],
    @Ctx() ctx: Context,
  ): Promise<CurationResult> {
    return result(await new CurationService(ctx).updateEntity(id, changes, citationsOf(citations)));
  }

  @Authorized(Role.EDITOR)
  @Mutation(() => CurationResult, { description: 'Records a post held by an official, or updates the post of that title in that body.' })
  async setPosition(@Arg('input', () => PositionInput) input: PositionInput, @Ctx() ctx: Context): Promise<CurationResult> {
    return result(await new CurationService(ctx).setPosition(input));
  }

  @Authorized(Role.EDITOR)
  @Mutation(() => CurationResult, { description: 'Links two existing entities, e.g. adds a party or an agreement to a partnership.' })
  async addRelationship(@Arg('input', () => RelationshipInput) input: RelationshipInput, @Ctx() ctx: Context): Promise<CurationResult> {
    return result(await new CurationService(ctx).addRelationship(input));
  }

  @Authorized(Role.EDITOR)
  @Mutation(() => CurationResult, { description: 'Retires an entity and its relationships: kept in the graph, marked retired with the reason, and no longer served.' })
  async retireEntity(
    @Arg('id', () => ID) id: string,
    @Arg('reason', REASON) reason: string,
    @Arg('citations', () => [CitationInput], CITATIONS) citations: CitationInput[],
    @Ctx() ctx: Context,
  ): Promise<CurationResult> {
    return result(await new CurationService(ctx).retireEntity(id, reason, citationsOf(citations)));
  }

  @Authorized(Role.EDITOR)
  @Mutation(() => CurationResult, { description: 'Retires one relationship, kept with its evidence and the reason.' })
  async retireRelationship(
    @Arg('relationship', () => RelationshipRefInput) relationship: RelationshipRefInput,
    @Arg('reason', REASON) reason: string,
    @Arg('citations', () => [CitationInput], CITATIONS) citations: CitationInput[],
    @Ctx() ctx: Context,
  ): Promise<CurationResult> {
    return result(await new CurationService(ctx).retireRelationship(relationship, reason, citationsOf(citations)));
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => CurationResult, {
    description:
      "Merges a duplicate into a survivor of the same kind: relationships and citations move over, the duplicate's names become aliases, and the duplicate's ID resolves to the survivor from then on.",
  })
  async mergeEntities(
    @Arg('survivorId', () => ID) survivorId: string,
    @Arg('duplicateId', () => ID) duplicateId: string,
    @Arg('reason', REASON) reason: string,
    @Arg('citations', () => [CitationInput], CITATIONS) citations: CitationInput[],
    @Ctx() ctx: Context,
  ): Promise<CurationResult> {
    return result(await new CurationService(ctx).mergeEntities(survivorId, duplicateId, reason, citationsOf(citations)));
  }
}
