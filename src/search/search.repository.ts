import { CypherQuery } from '../db/executor';
import { SEARCH_INDEX } from '../seed/seed.repository';

/**
 * Full-text lookup over the folded names. `lucene` is built from [a-z0-9] tokens only, so no
 * user text reaches Lucene's query syntax.
 */
export function searchQuery(lucene: string, kinds: string[] | null, limit: number): CypherQuery {
  return {
    cypher: `CALL db.index.fulltext.queryNodes('${SEARCH_INDEX}', $lucene, {limit: $candidates})
             YIELD node, score
             WHERE $kinds IS NULL OR node.kind IN $kinds
             RETURN properties(node) AS node, score
             LIMIT $limit`,
    params: { lucene, kinds, limit, candidates: kinds ? limit * 20 : limit },
  };
}

/** Every token must match the start of a word; the whole phrase scores higher. Tokens are [a-z0-9]+. */
export function luceneQueryFor(tokens: string[]): string {
  const allTokens = tokens.map((token) => `${token}*`).join(' AND ');
  return tokens.length > 1 ? `"${tokens.join(' ')}"^4 OR (${allTokens})` : `${tokens[0]}^4 OR ${allTokens}`;
}
