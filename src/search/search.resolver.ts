import { Arg, Ctx, Int, Query, Resolver } from 'type-graphql';
import { Context } from '../context';
import { EntityKind } from '../model/entity-kind';
import { BadUserInputError } from '../errors/errors';
import { requirePageSize } from '../pagination/page-size';
import { hasLetterOrDigit, searchForm } from '../model/fold';
import { searchEntities } from './search.service';
import { SearchHit } from './search.type';

const MAX_QUERY_LENGTH = 200;

@Resolver()
export class SearchResolver {
  @Query(() => [SearchHit], {
    description:
      'Entities by name or alias, ignoring case, diacritics, punctuation and invisible characters, in any script: "ha tinh", "Hà Tĩnh" and "HA TINH" find the same province, "ประเทศไทย" finds Thailand. An entity named exactly as the query comes first.',
  })
  async search(
    @Arg('query') query: string,
    @Ctx() { executor }: Context,
    @Arg('kinds', () => [EntityKind], { nullable: true }) kinds?: EntityKind[],
    @Arg('first', () => Int, { nullable: true, defaultValue: 10 }) first: number | null = 10,
  ): Promise<SearchHit[]> {
    const limit = requirePageSize(first ?? 10);
    if ([...query].length > MAX_QUERY_LENGTH) {
      throw new BadUserInputError(`Argument "query" must be at most ${MAX_QUERY_LENGTH} characters.`, 'query');
    }
    if (!hasLetterOrDigit(query)) throw new BadUserInputError('Argument "query" must contain at least one letter or digit.', 'query');
    const form = searchForm(query);
    if (!form || limit === 0) return [];

    return searchEntities(executor, form, kinds?.length ? kinds : null, limit);
  }
}
