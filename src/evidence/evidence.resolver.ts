import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { Context } from '../context';
import { loadSources } from '../entity/entity.loaders';
import { SourceRecord } from '../entity/entity.record';
import { Source } from '../source/source.type';
import { Evidence } from './evidence.type';

@Resolver(() => Evidence)
export class EvidenceResolver {
  @FieldResolver(() => [Source])
  async sources(@Root() evidence: Evidence, @Ctx() { loaders }: Context): Promise<SourceRecord[]> {
    return loadSources(loaders, evidence.sourceIds);
  }
}
