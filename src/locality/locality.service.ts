import { Context } from '../context';
import { EdgeRecord, EntityRecord } from '../entity/entity.record';
import { Succession } from './succession.type';

/** The country a place or body lies in, as the import and curation record it (`countryIds`); null when none. */
export async function countryOf(ctx: Context, entity: EntityRecord): Promise<EntityRecord | null> {
  const [countryId] = entity.countryIds;
  return countryId ? ctx.loaders.entityById.load(countryId) : null;
}

function succession(predecessor: EntityRecord, successor: EntityRecord, edge: EdgeRecord): Succession {
  return { predecessor, successor, on: (edge.on as string | null) ?? null, documentId: (edge.by as string | null) ?? null, evidence: edge };
}

/** The places a place became part of, each with the day and the act. */
export async function successionsOf(ctx: Context, place: EntityRecord): Promise<Succession[]> {
  return (await ctx.loaders.successorsByPlaceId.load(place.id)).map(({ edge, node }) => succession(place, node, edge));
}

/** The places that became part of a place, each with the day and the act. */
export async function predecessionsOf(ctx: Context, place: EntityRecord): Promise<Succession[]> {
  return (await ctx.loaders.predecessorsByPlaceId.load(place.id)).map(({ edge, node }) => succession(node, place, edge));
}
