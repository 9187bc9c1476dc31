import { Context } from '../context';
import { EntityRecord } from '../entity/entity.record';

/** The country a place or body lies in, as the import and curation record it (`countryIds`); null when none. */
export async function countryOf(ctx: Context, entity: EntityRecord): Promise<EntityRecord | null> {
  const [countryId] = entity.countryIds;
  return countryId ? ctx.loaders.entityById.load(countryId) : null;
}
