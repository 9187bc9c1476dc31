import { Arg, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import { Context } from '../context';
import { Source } from '../source/source.type';
import { requireWellFormedId } from './id-argument';
import { loadSources } from './entity.loaders';
import { CitationRecord, EntityRecord, SourceRecord } from './entity.record';
import { Citation, Entity, Node } from './entity.type';

@Resolver(() => Entity)
export class EntityResolver {
  @Query(() => Node, { nullable: true, description: 'Any entity or source by ID; null when no such ID exists.' })
  async node(@Arg('id', () => ID) id: string, @Ctx() { loaders }: Context): Promise<EntityRecord | SourceRecord | null> {
    const parsed = requireWellFormedId(id, 'id');
    return parsed.kind === 'SOURCE' ? loaders.sourceById.load(id) : loaders.entityById.load(id);
  }

  @FieldResolver(() => [Source], { description: 'The articles this entity is taken from.' })
  async sources(@Root() entity: EntityRecord, @Ctx() { loaders }: Context): Promise<SourceRecord[]> {
    const citations = await loaders.citationsByEntityId.load(entity.id);
    return loadSources(loaders, citations.map((c) => c.sourceId));
  }

  @FieldResolver(() => [Citation], { description: 'Each source with the lines of it that mention this entity.' })
  citations(@Root() entity: EntityRecord, @Ctx() { loaders }: Context): Promise<CitationRecord[]> {
    return loaders.citationsByEntityId.load(entity.id);
  }
}
