import { ENTITY_RELATIONSHIP_TYPES } from '../model/relationships';
import { Executor } from './executor';

/** Every entity-to-entity type as one Cypher type alternation (`A|B|…`): what traversals follow; CITED_IN is provenance. */
export const ENTITY_RELATIONSHIP_PATTERN = ENTITY_RELATIONSHIP_TYPES.join('|');

/** The graph's constraints and indexes. Search names the two full-text indexes it queries. */
export const SEARCH_INDEX = 'entity_search';
/** Each folded name or alias as one whole term, so that search finds the exact matches of a query without a scan. */
export const EXACT_NAME_INDEX = 'entity_exact_name';

const SCHEMA_STATEMENTS = [
  'CREATE CONSTRAINT entity_id IF NOT EXISTS FOR (n:Entity) REQUIRE n.id IS UNIQUE',
  'CREATE CONSTRAINT source_id IF NOT EXISTS FOR (s:Source) REQUIRE s.id IS UNIQUE',
  'CREATE CONSTRAINT retired_id IF NOT EXISTS FOR (n:Retired) REQUIRE n.id IS UNIQUE',
  'CREATE CONSTRAINT api_key_id IF NOT EXISTS FOR (k:ApiKey) REQUIRE k.id IS UNIQUE',
  'CREATE CONSTRAINT audit_entry_id IF NOT EXISTS FOR (a:AuditEntry) REQUIRE a.id IS UNIQUE',
  'CREATE INDEX audit_entry_at IF NOT EXISTS FOR (a:AuditEntry) ON (a.at)',
  // Article reviews are not entities: their own labels keep them out of search, traversals, exports and counts.
  'CREATE CONSTRAINT article_review_id IF NOT EXISTS FOR (r:ArticleReview) REQUIRE r.id IS UNIQUE',
  'CREATE CONSTRAINT article_review_text_hash IF NOT EXISTS FOR (r:ArticleReview) REQUIRE r.textHash IS UNIQUE',
  'CREATE INDEX article_review_submitted_at IF NOT EXISTS FOR (r:ArticleReview) ON (r.submittedAt)',
  'CREATE CONSTRAINT review_candidate_key IF NOT EXISTS FOR (c:ReviewCandidate) REQUIRE (c.reviewId, c.key) IS UNIQUE',
  'CREATE INDEX entity_kind IF NOT EXISTS FOR (n:Entity) ON (n.kind)',
  'CREATE INDEX event_sort_key IF NOT EXISTS FOR (e:Event) ON (e.sortKey)',
  // The events timeline filters by date range and counts the events in it on every page: a range seek, not a label scan.
  'CREATE INDEX event_date_start IF NOT EXISTS FOR (e:Event) ON (e.dateStart)',
  'CREATE INDEX event_date_end IF NOT EXISTS FOR (e:Event) ON (e.dateEnd)',
  'CREATE INDEX entity_sort_name IF NOT EXISTS FOR (n:Entity) ON (n.sortName)',
  `CREATE FULLTEXT INDEX ${SEARCH_INDEX} IF NOT EXISTS FOR (n:Entity) ON EACH [n.searchText]
   OPTIONS { indexConfig: { \`fulltext.analyzer\`: 'standard-no-stop-words' } }`,
  `CREATE FULLTEXT INDEX ${EXACT_NAME_INDEX} IF NOT EXISTS FOR (n:Entity) ON EACH [n.searchNames]
   OPTIONS { indexConfig: { \`fulltext.analyzer\`: 'keyword' } }`,
];

/** Schema changes cannot share a transaction with data, so they run first, each on its own. Idempotent. */
export async function ensureSchema(executor: Executor): Promise<void> {
  for (const cypher of SCHEMA_STATEMENTS) await executor.write({ cypher });
  await executor.write({ cypher: 'CALL db.awaitIndexes(300)' });
}
