import { Arg, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { Context } from '../context';
import { nameFor, requestedLanguages } from '../label/label.service';
import { LANG_ARGUMENT_DESCRIPTION } from '../label/label.type';
import { GraphNode } from './graph.type';

@Resolver(() => GraphNode)
export class GraphNodeResolver {
  @FieldResolver(() => String, { description: 'The name as the source writes it; in another language when `lang` or an Accept-Language header asks (as `Entity.name`).' })
  name(
    @Root() node: GraphNode,
    @Ctx() ctx: Context,
    @Arg('lang', () => String, { nullable: true, description: LANG_ARGUMENT_DESCRIPTION }) lang?: string | null,
  ): Promise<string> {
    return nameFor(ctx, node, requestedLanguages(ctx, lang));
  }
}
