import { FieldResolver, ID, Resolver, Root } from 'type-graphql';
import { SourceRecord } from '../entity/entity.record';
import { Source, SourceKind } from './source.type';

@Resolver(() => Source)
export class SourceResolver {
  /** Sources written before source kinds, and those curation adds, are articles. */
  @FieldResolver(() => SourceKind)
  sourceKind(@Root() source: SourceRecord): string {
    return source.sourceKind ?? 'ARTICLE';
  }

  @FieldResolver(() => String, { nullable: true })
  version(@Root() source: SourceRecord): string | null {
    return source.version ?? null;
  }

  @FieldResolver(() => String, { nullable: true })
  textHash(@Root() source: SourceRecord): string | null {
    return source.textHash ?? null;
  }

  @FieldResolver(() => ID)
  file(@Root() source: SourceRecord): string {
    return source.file ?? source.id;
  }
}
