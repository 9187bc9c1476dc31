import { Context } from '../context';
import { Row } from '../db/executor';
import { BadUserInputError } from '../errors/errors';
import { CompiledSelection } from '../prefetch/prefetch';
import { partnershipInForceAt } from '../dates/as-of';
import { DayRange } from '../dates/partial-date';
import { EntityRecord } from '../entity/entity.record';
import { relatedLinks, relatedNodes } from '../relation/relation.fields';
import { LinkRecord } from '../relation/relation.type';
import { PartnershipFilter, PartnershipPage, partnershipsOfQuery } from './partnership.repository';

/**
 * A partnership as `partnerships(of:)` lists it: seen from the party it was asked about, and, for a partnership of a
 * place that became part of `of`, that place (`throughId`).
 */
export type PartnershipRecord = EntityRecord & { viewpointId?: string; throughId?: string | null };

export interface PartyRecord {
  role: unknown;
  entity: EntityRecord;
  evidence: LinkRecord['evidence'];
}

/**
 * A page of the partnerships `filter.of` is a party to, each with the party it is seen from and the predecessor it came
 * through, and with what `selection` reads of them, in one round trip.
 */
export async function partnershipsSeenFrom(ctx: Context, filter: PartnershipFilter, page: PartnershipPage, selection: CompiledSelection): Promise<PartnershipRecord[]> {
  const [row] = await ctx.executor.read(partnershipsOfQuery(filter, page, selection.projection));
  if (!row.afterKnown) throw new BadUserInputError(`Argument "after" is not the ID of a partnership: ${page.after}.`, 'after');
  return (row.page as Row[]).map((item) => {
    const partnership = item.partnership as EntityRecord;
    selection.prime(partnership, item.projected);
    return { ...partnership, viewpointId: item.viewpointId as string, throughId: (item.throughId as string | null) ?? null };
  });
}

/** The predecessor a listed partnership came through; null for the partnerships of `of` itself. */
export async function throughOf(ctx: Context, partnership: PartnershipRecord): Promise<EntityRecord | null> {
  return partnership.throughId ? ctx.loaders.entityById.load(partnership.throughId) : null;
}

/** The predecessor a partnership came through, with the evidence for its succession (the act that merged it). */
export async function throughLinkOf(ctx: Context, partnership: PartnershipRecord): Promise<LinkRecord | null> {
  if (!partnership.throughId) return null;
  const [succession] = await relatedLinks(ctx.loaders.successorsByPlaceId, partnership.throughId);
  const entity = await ctx.loaders.entityById.load(partnership.throughId);
  return entity && succession ? { entity, evidence: succession.evidence } : null;
}

/** The partnerships an entity is a party to, those in force on `day` when given, each with the evidence for its party. */
export async function partnershipLinksOf(ctx: Context, partyId: string, day: DayRange | null): Promise<LinkRecord[]> {
  const links = await relatedLinks(ctx.loaders.partnershipsByPartyId, partyId);
  return day ? links.filter(({ entity }) => partnershipInForceAt(entity, day)) : links;
}

export async function partnershipsOf(ctx: Context, partyId: string, day: DayRange | null): Promise<EntityRecord[]> {
  return (await partnershipLinksOf(ctx, partyId, day)).map(({ entity }) => entity);
}

export async function partiesOf(ctx: Context, partnershipId: string): Promise<PartyRecord[]> {
  return (await ctx.loaders.partiesByPartnershipId.load(partnershipId)).map(({ edge, node }) => ({ role: edge.role, entity: node, evidence: edge }));
}

/** The other party, as seen from the party the partnership was listed for; null when it was not listed from a party. */
export async function partnerLinkOf(ctx: Context, partnership: PartnershipRecord): Promise<LinkRecord | null> {
  if (!partnership.viewpointId) return null;
  const parties = await relatedLinks(ctx.loaders.partiesByPartnershipId, partnership.id);
  return parties.find(({ entity }) => entity.id !== partnership.viewpointId) ?? null;
}

export async function partnerOf(ctx: Context, partnership: PartnershipRecord): Promise<EntityRecord | null> {
  if (!partnership.viewpointId) return null;
  const parties = await relatedNodes(ctx.loaders.partiesByPartnershipId, partnership.id);
  return parties.find((party) => party.id !== partnership.viewpointId) ?? null;
}
