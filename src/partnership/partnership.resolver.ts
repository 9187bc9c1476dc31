import { Arg, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import { Context } from '../context';
import { Document } from '../document/document.type';
import { requireWellFormedId } from '../entity/entity-id';
import { EntityKind } from '../entity/entity-kind';
import { EntityRecord } from '../entity/entity.record';
import { Entity } from '../entity/entity.type';
import { related, relatedNodes } from '../relation/relation.fields';
import { partnershipsOfQuery } from './partnership.repository';
import { Partnership, PartnershipKind, PartnershipParty } from './partnership.type';

type PartnershipRecord = EntityRecord & { viewpointId?: string };

@Resolver(() => Partnership)
export class PartnershipResolver {
  @Query(() => [Partnership], { description: 'Partnerships an entity is a party to, each seen from that entity.' })
  async partnerships(
    @Arg('of', () => ID, { description: 'The entity whose partnerships to list.' }) of: string,
    @Ctx() { executor }: Context,
    @Arg('country', () => ID, { nullable: true, description: 'Keep partnerships with a partner in this country.' }) country?: string,
    @Arg('kind', () => PartnershipKind, { nullable: true }) kind?: string,
    @Arg('includeSubdivisions', { defaultValue: false, description: 'Also partnerships of the localities under `of`.' })
    includeSubdivisions: boolean = false,
  ): Promise<PartnershipRecord[]> {
    requireWellFormedId(of, 'of');
    if (country) requireWellFormedId(country, 'country', EntityKind.COUNTRY);
    const rows = await executor.read(partnershipsOfQuery({ of, country: country ?? null, kind: kind ?? null, includeSubdivisions }));
    return rows.map((row) => ({ ...(row.partnership as EntityRecord), viewpointId: row.viewpointId as string }));
  }

  @FieldResolver(() => [PartnershipParty])
  async parties(@Root() partnership: PartnershipRecord, @Ctx() ctx: Context) {
    return (await related(ctx, partnership.id, 'HAS_PARTY')).map(({ edge, node }) => ({ role: edge.role, entity: node, evidence: edge }));
  }

  @FieldResolver(() => Entity, {
    nullable: true,
    description: 'The other party, as seen from the entity `partnerships(of:)` was asked about; null elsewhere.',
  })
  async partner(@Root() partnership: PartnershipRecord, @Ctx() ctx: Context) {
    if (!partnership.viewpointId) return null;
    const parties = await relatedNodes(ctx, partnership.id, 'HAS_PARTY');
    return parties.find((party) => party.id !== partnership.viewpointId) ?? null;
  }

  @FieldResolver(() => [Document], { description: 'The agreements that formalize it.' })
  agreements(@Root() partnership: PartnershipRecord, @Ctx() ctx: Context) {
    return relatedNodes(ctx, partnership.id, 'FORMALIZED_BY');
  }

  @FieldResolver(() => [Document], { description: 'The plans or directives that commit to it.' })
  basis(@Root() partnership: PartnershipRecord, @Ctx() ctx: Context) {
    return relatedNodes(ctx, partnership.id, 'BASED_ON');
  }
}
