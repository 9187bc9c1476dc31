import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { Context } from '../context';
import { SourceRecord } from '../entity/entity.record';
import { Source } from '../source/source.type';
import { Evidence } from './evidence.type';

@Resolver(() => Evidence)
export class EvidenceResolver {
  @FieldResolver(() => [Source])
  async sources(@Root() evidence: Evidence, @Ctx() { loaders }: Context): Promise<SourceRecord[]> {
    const sources = await loaders.sourceById.loadMany(evidence.sourceIds);
    return sources.filter((source): source is SourceRecord => source !== null && !(source instanceof Error));
  }
}
