import { Arg, Ctx, Int, Query, Resolver } from 'type-graphql';
import { Context } from '../context';
import { EntityKind } from '../model/entity-kind';
import { EntityRecord } from '../entity/entity.record';
import { BadUserInputError } from '../errors/errors';
import { labelMapOf } from '../model/labels';
import { requirePageSize } from '../pagination/page-size';
import { hasLetterOrDigit, searchForm } from '../model/fold';
import { searchQuery } from './search.repository';
import { SearchHit } from './search.type';

const MAX_QUERY_LENGTH = 200;

/** The name or alias the folded query matched best: exact first, then one whose words start with all tokens. */
export function matchedName(entity: EntityRecord, form: string): string {
  const names = [entity.name, entity.nativeName, ...entity.aliases, ...Object.values(labelMapOf(entity))].filter((n): n is string => Boolean(n));
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
    description:
      'Entities by name, alias or label in any language, ignoring case, diacritics, punctuation and invisible characters, in any script: "ha tinh", "Hà Tĩnh" and "HA TINH" find the same province, "ประเทศไทย" finds Thailand. An entity named exactly as the query comes first.',
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

    const rows = await executor.read(searchQuery(form, kinds?.length ? kinds : null, limit));
    return rows.map((row) => {
      const entity = row.node as EntityRecord;
      return { entity, score: row.score as number, matched: matchedName(entity, form) };
    });
  }
}
