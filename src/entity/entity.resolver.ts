import { GraphQLResolveInfo } from 'graphql';
import { Arg, Ctx, FieldResolver, ID, Info, Query, Resolver, Root } from 'type-graphql';
import { Context } from '../context';
import { labelsFor, nameFor, requestedLanguages } from '../label/label.service';
import { Label, LANG_ARGUMENT_DESCRIPTION } from '../label/label.type';
import { compileSelection } from '../prefetch/prefetch';
import { Source } from '../source/source.type';
import { entityWithSelection } from './entity.service';
import { requireWellFormedId } from './id-argument';
import { loadSources } from './entity.loaders';
import { CitationRecord, EntityRecord, SourceRecord } from './entity.record';
import { Citation, Entity, Node } from './entity.type';

@Resolver(() => Entity)
export class EntityResolver {
  @Query(() => Node, { nullable: true, description: 'Any entity or source by ID; null when no such ID exists.' })
  async node(@Arg('id', () => ID) id: string, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo): Promise<EntityRecord | SourceRecord | null> {
    const parsed = requireWellFormedId(id, 'id');
    return parsed.kind === 'SOURCE' ? ctx.loaders.sourceById.load(id) : entityWithSelection(ctx, id, compileSelection(ctx, info, 'n'));
  }

  @FieldResolver(() => String, {
    description:
      'The name as the source writes it; in another language when `lang` or an Accept-Language header asks. A partnership without labels of its own is named after its parties, each in that language.',
  })
  name(
    @Root() entity: EntityRecord,
    @Ctx() ctx: Context,
    @Arg('lang', () => String, { nullable: true, description: LANG_ARGUMENT_DESCRIPTION }) lang?: string | null,
  ): Promise<string> {
    return nameFor(ctx, entity, requestedLanguages(ctx, lang));
  }

  @FieldResolver(() => [Label], { description: 'The name in every language the graph has it in, the form the source used first and marked.' })
  labels(@Root() entity: EntityRecord, @Ctx() ctx: Context): Promise<Label[]> {
    return labelsFor(ctx, entity);
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
