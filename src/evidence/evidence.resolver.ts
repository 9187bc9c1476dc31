import { Ctx, FieldResolver, ID, Resolver, Root } from 'type-graphql';
import { Context } from '../context';
import { loadSources } from '../entity/entity.loaders';
import { CitationRecord, SourceRecord } from '../entity/entity.record';
import { Citation } from '../entity/entity.type';
import { Source } from '../source/source.type';
import { citationsOf, distinctSourceIds, StoredProvenance } from './citations';
import { Evidence } from './evidence.type';

/** Every evidence object, wherever it comes from, lists each source once: a relationship stores one entry per citation. */
@Resolver(() => Evidence)
export class EvidenceResolver {
  @FieldResolver(() => [ID])
  sourceIds(@Root() evidence: StoredProvenance): string[] {
    return distinctSourceIds(evidence);
  }

  @FieldResolver(() => [String])
  locators(@Root() evidence: StoredProvenance): string[] {
    return citationsOf(evidence).map((citation) => citation.locators.join(', '));
  }

  @FieldResolver(() => [Citation], { description: 'Each source once, with every line of it that states the relationship.' })
  citations(@Root() evidence: StoredProvenance): CitationRecord[] {
    return citationsOf(evidence);
  }

  @FieldResolver(() => [Source])
  async sources(@Root() evidence: StoredProvenance, @Ctx() { loaders }: Context): Promise<SourceRecord[]> {
    return loadSources(loaders, distinctSourceIds(evidence));
  }
}
