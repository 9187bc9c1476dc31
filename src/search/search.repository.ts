import { CypherQuery } from '../db/executor';
import { EXACT_NAME_INDEX, SEARCH_INDEX } from '../db/schema';

/**
 * The hits for a folded query (`form`, [a-z0-9] words and single spaces, so no user text reaches Lucene's query
 * syntax), best first, kinds filtered inside the query.
 *
 * Ranking comes before the limit: the entities whose folded name or alias equals `form`, looked up whole in their
 * own index, score the best full-text score of the query plus their score there, so they come above every other hit
 * whatever `limit` is (`limit` of them fill a page, so no more are looked up). The other hits are the full-text
 * index's own top ones; without kinds, the index is asked for `limit` of them plus as many as the exact matches it
 * may repeat. With kinds it streams every hit through the filter, so that no matching entity is left behind a page
 * of others.
 */
export function searchQuery(form: string, kinds: string[] | null, limit: number): CypherQuery {
  const window = kinds ? '' : ', {limit: $limit + size(exactNodes)}';
  return {
    cypher: `CALL () {
               CALL db.index.fulltext.queryNodes('${SEARCH_INDEX}', $lucene, {limit: 1}) YIELD score
               RETURN coalesce(max(score), 0.0) AS topScore
             }
             CALL () {
               CALL db.index.fulltext.queryNodes('${EXACT_NAME_INDEX}', $exact) YIELD node, score
               WHERE $kinds IS NULL OR node.kind IN $kinds
               WITH node, score ORDER BY score DESC, node.id LIMIT $limit
               RETURN collect(node) AS exactNodes, collect(score) AS exactScores
             }
             CALL (topScore, exactNodes, exactScores) {
               UNWIND range(0, size(exactNodes) - 1) AS i
               RETURN exactNodes[i] AS node, topScore + exactScores[i] AS score
               UNION ALL
               CALL db.index.fulltext.queryNodes('${SEARCH_INDEX}', $lucene${window}) YIELD node, score
               WHERE NOT node IN exactNodes AND ($kinds IS NULL OR node.kind IN $kinds)
               RETURN node, score
             }
             RETURN properties(node) AS node, score
             ORDER BY score DESC, node.id
             LIMIT $limit`,
    params: { lucene: luceneQueryFor(form.split(' ')), exact: `"${form}"`, kinds, limit },
  };
}

/** Every token must match the start of a word; the whole phrase scores higher. Tokens are [a-z0-9]+. */
export function luceneQueryFor(tokens: string[]): string {
  const allTokens = tokens.map((token) => `${token}*`).join(' AND ');
  return tokens.length > 1 ? `"${tokens.join(' ')}"^4 OR (${allTokens})` : `${tokens[0]}^4 OR ${allTokens}`;
}

/** The names and stored search forms of every entity curation wrote, which a seed import leaves as they are. */
export function curatedNamesQuery(): CypherQuery {
  return {
    cypher: `MATCH (n:Entity) WHERE coalesce(n.origin, 'seed') <> 'seed'
             RETURN n.id AS id, n.name AS name, n.nativeName AS nativeName, coalesce(n.aliases, []) AS aliases,
                    n.asciiName AS asciiName, n.sortName AS sortName, n.searchNames AS searchNames, n.searchText AS searchText`,
  };
}

/** Sets the search forms of entities, `rows` of `{ id, forms }`, leaving their origin and everything else as it is. */
export function searchFormsWrite(rows: { id: string; forms: Record<string, unknown> }[]): CypherQuery {
  return {
    cypher: `UNWIND $rows AS row
             MATCH (n:Entity {id: row.id})
             SET n += row.forms`,
    params: { rows },
  };
}
