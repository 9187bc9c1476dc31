import { Arg, Ctx, Int, Query, Resolver } from 'type-graphql';
import { Context } from '../context';
import { EntityKind } from '../entity/entity-kind';
import { EntityRecord } from '../entity/entity.record';
import { BadUserInputError } from '../errors/errors';
import { requirePageSize } from '../pagination/page-size';
import { searchForm } from './fold';
import { luceneQueryFor, searchQuery } from './search.repository';
import { SearchHit } from './search.type';

const MAX_QUERY_LENGTH = 200;

/** The name or alias the folded query matched best: exact first, then one whose words start with all tokens. */
export function matchedName(entity: EntityRecord, form: string): string {
  const names = [entity.name, entity.nativeName, ...entity.aliases].filter((n): n is string => Boolean(n));
  const tokens = form.split(' ');
  const exact = names.find((name) => searchForm(name) === form);
  if (exact) return exact;
  const partial = names.find((name) => {
    const words = searchForm(name).split(' ');
    return tokens.every((token) => words.some((word) => word.startsWith(token)));
  });
  return partial ?? entity.name;
}

@Resolver()
export class SearchResolver {
  @Query(() => [SearchHit], {
    description: 'Entities by name or alias, ignoring case and diacritics: "ha tinh", "Hà Tĩnh" and "HA TINH" find the same province.',
  })
  async search(
    @Arg('query') query: string,
    @Ctx() { executor }: Context,
    @Arg('kinds', () => [EntityKind], { nullable: true }) kinds?: EntityKind[],
    @Arg('first', () => Int, { nullable: true, defaultValue: 10 }) first: number | null = 10,
  ): Promise<SearchHit[]> {
    const limit = requirePageSize(first ?? 10);
    if (query.length > MAX_QUERY_LENGTH) {
      throw new BadUserInputError(`Argument "query" must be at most ${MAX_QUERY_LENGTH} characters.`, 'query');
    }
    const form = searchForm(query);
    if (!form) throw new BadUserInputError('Argument "query" must contain at least one letter or digit.', 'query');
    if (limit === 0) return [];

    const rows = await executor.read(searchQuery(luceneQueryFor(form.split(' ')), kinds?.length ? kinds : null, limit));
    return rows
      .map((row) => {
        const entity = row.node as EntityRecord;
        const exact = entity.searchNames.includes(form);
        return { entity, score: (row.score as number) * (exact ? 2 : 1), matched: matchedName(entity, form) };
      })
      .sort((a, b) => b.score - a.score);
  }
}
