import { Context } from '../context';
import { postHeldAt } from '../dates/as-of';
import { DayRange } from '../dates/partial-date';
import { EntityRecord } from '../entity/entity.record';
import { Related, RelationLoader } from '../relation/relation.loaders';
import type { PositionRecord } from './official.type';

/** The posts an official holds, those held on `day` when given. */
export function positionsOfOfficial(ctx: Context, official: EntityRecord, day: DayRange | null): Promise<PositionRecord[]> {
  return positions(ctx.loaders.positionsByOfficialId, official, day, ({ edge, node }) => postOf(edge, official, node));
}

/** The posts held in an organization or association, with their holders, those held on `day` when given. */
export function positionsInOrganization(ctx: Context, organization: EntityRecord, day: DayRange | null): Promise<PositionRecord[]> {
  return positions(ctx.loaders.positionsByOrganizationId, organization, day, ({ edge, node }) => postOf(edge, node, organization));
}

async function positions(loader: RelationLoader, owner: EntityRecord, day: DayRange | null, toPost: (related: Related) => PositionRecord): Promise<PositionRecord[]> {
  const posts = await loader.load(owner.id);
  return posts.filter(({ edge }) => !day || postHeldAt(edge, day)).map(toPost);
}

function postOf(edge: Related['edge'], holder: EntityRecord, organization: EntityRecord): PositionRecord {
  return {
    title: edge.title as string,
    status: edge.status as string,
    asOf: (edge.asOf as string | null) ?? null,
    holder,
    organization,
    evidence: edge,
  };
}
