import { gzipSync } from 'node:zlib';
import { QUERY_LIMITS } from '../../../src/limits/query-limits';
import { answered, exportGet, graphql, graphqlGet, HostileCase, HostileClass, rawPost, refused, searchAnswer } from './hostile-case';

/**
 * The bad-input corpus: one list per class of hostile or malformed request, each case with the stable answer it
 * must get. Where a class applies one attack to many shapes (each Lucene metacharacter, each forged ID), the cases
 * are generated, and every generated case is a different request.
 */

const SOURCE = 'source:vietnamvn-2023-11-25-ha-tinh-plan';
const CITE = [{ sourceId: SOURCE, locators: ['L5'] }];
const JSON_TYPE = { 'content-type': 'application/json' };
const KB90 = 90_000;
/** The default request body limit of the test server (MAX_REQUEST_BYTES). */
const BODY_LIMIT = 100_000;

const NODE_BY_ID = 'query($id: ID!) { node(id: $id) { id } }';
const SEARCH = 'query($q: String!) { search(query: $q) { score entity { id } } }';

const times = (n: number, item: (i: number) => string, separator = ' ') => Array.from({ length: n }, (_, i) => item(i)).join(separator);

// ---------------------------------------------------------------------------------------------------------------
// Malformed documents
// ---------------------------------------------------------------------------------------------------------------

const parseFailure = (description: string, query: string): HostileCase => ({
  description,
  request: graphql(query),
  auth: 'none',
  expect: refused('GRAPHQL_PARSE_FAILED', 400),
});

const invalidDocument = (description: string, query: string, extra: Record<string, unknown> = {}): HostileCase => ({
  description,
  request: graphql(query, undefined, extra),
  auth: 'none',
  expect: refused('GRAPHQL_VALIDATION_FAILED', 400),
});

const badRequest = (description: string, body: Record<string, unknown> | unknown[]): HostileCase => ({
  description,
  request: rawPost(JSON.stringify(body)),
  auth: 'none',
  expect: refused('BAD_REQUEST', 400),
});

export const malformedDocuments: HostileCase[] = [
  parseFailure('a document cut off inside an argument list', '{ search(query: '),
  parseFailure('an unterminated string', '{ search(query: "ha tinh) { score } }'),
  parseFailure('an unterminated block string', '{ search(query: """ha tinh) { score } }'),
  parseFailure('an unclosed selection set', '{ node(id: "province:ha-tinh") { id }'),
  parseFailure('a stray closing brace', '{ node(id: "province:ha-tinh") { id } } }'),
  parseFailure('a character GraphQL does not allow', '{ node(id: "province:ha-tinh") { id ¤ } }'),
  parseFailure('an unknown escape in a string', '{ search(query: "ha \\x41 tinh") { score } }'),
  parseFailure('a lone surrogate as a unicode escape', '{ search(query: "ha \\uD800 tinh") { score } }'),
  parseFailure('a number with a leading zero', '{ search(query: "ha tinh", first: 010) { score } }'),
  parseFailure('a field name that starts with a digit', '{ 1node(id: "province:ha-tinh") { id } }'),
  parseFailure('an empty selection set', '{ }'),
  parseFailure('a document of nothing but a comment', '# just a comment'),
  parseFailure('a document of nothing but whitespace', '   \n\t  '),
  parseFailure('a raw NUL character in the document', '{ __typename \u0000 }'),
  parseFailure('a variable without a type', 'query($id) { node(id: $id) { id } }'),
  parseFailure('an operation keyword GraphQL does not know', 'delete { node(id: "province:ha-tinh") { id } }'),
  badRequest('an empty query', { query: '' }),
  badRequest('a query that is a number', { query: 42 }),
  badRequest('a query that is an object', { query: { node: 'province:ha-tinh' } }),
  badRequest('a query that is a list of strings', { query: ['{ __typename }'] }),
  badRequest('a query that is null', { query: null }),
  badRequest('a body with no query at all', { variables: { id: 'province:ha-tinh' } }),
  {
    description: 'a mutation sent over GET',
    request: graphqlGet({ query: 'mutation { retireEntity(id: "province:ha-tinh", reason: "x", citations: []) { entity { id } } }' }),
    auth: 'none',
    expect: refused('BAD_REQUEST', 405),
  },
  {
    description: 'a mutation picked by operationName from a mixed document over GET',
    request: graphqlGet({
      query: 'query Read { __typename } mutation Write { retireEntity(id: "province:ha-tinh", reason: "x", citations: []) { entity { id } } }',
      operationName: 'Write',
    }),
    auth: 'none',
    expect: refused('BAD_REQUEST', 405),
  },
  {
    description: 'an operationName the document does not define',
    request: graphql('query Read { node(id: "province:ha-tinh") { id } }', undefined, { operationName: 'Missing' }),
    auth: 'none',
    expect: refused('OPERATION_RESOLUTION_FAILURE', 400),
  },
  {
    description: 'several named operations and no operationName',
    request: graphql('query A { __typename } query B { node(id: "province:ha-tinh") { id } }'),
    auth: 'none',
    expect: refused('OPERATION_RESOLUTION_FAILURE', 400),
  },
  invalidDocument('several anonymous operations', '{ __typename } { node(id: "province:ha-tinh") { id } }'),
  invalidDocument('an anonymous operation beside a named one', '{ __typename } query Named { __typename }'),
  invalidDocument('two operations of the same name', 'query Same { __typename } query Same { node(id: "province:ha-tinh") { id } }', { operationName: 'Same' }),
  invalidDocument('a subscription, which this schema does not serve', 'subscription { node(id: "province:ha-tinh") { id } }'),
  invalidDocument('a field the schema does not have', '{ users { password } }'),
  invalidDocument('a type definition in an executable document', 'type Backdoor { id: ID } { __typename }'),
  invalidDocument('a schema extension in an executable document', 'extend type Query { secrets: String } { __typename }'),
  invalidDocument('a fragment that spreads itself through another', 'fragment A on Query { ...B } fragment B on Query { ...A } { ...A }'),
  invalidDocument('a fragment defined and never used', 'fragment Unused on Query { __typename } { __typename }'),
  invalidDocument('a fragment on a type that does not exist', '{ ... on Secret { id } }'),
  invalidDocument('a variable used and never declared', '{ node(id: $id) { id } }'),
  invalidDocument('a variable declared twice', 'query($id: ID!, $id: ID!) { node(id: $id) { id } }'),
  invalidDocument('a sub-selection on a scalar', '{ __typename { id } }'),
  invalidDocument('an object field without a sub-selection', '{ node(id: "province:ha-tinh") }'),
  invalidDocument('a directive the schema does not define', '{ node(id: "province:ha-tinh") @admin { id } }'),
  invalidDocument('a schema-only directive on a field', '{ node(id: "province:ha-tinh") @deprecated { id } }'),
  invalidDocument('two fields under one alias with different arguments', '{ a: node(id: "province:ha-tinh") { id } a: node(id: "city:hanoi") { id } }'),
  invalidDocument('an argument the field does not take', '{ node(id: "province:ha-tinh", as: "admin") { id } }'),
  invalidDocument('a required argument left out', '{ search { score } }'),
  invalidDocument('an introspection query nested past the introspection depth', '{ __schema { types { fields { type { fields { type { fields { type { name } } } } } } } } }'),
];

// ---------------------------------------------------------------------------------------------------------------
// Depth, alias, directive, token and cost bombs
// ---------------------------------------------------------------------------------------------------------------

/** `levels` steps up the locality hierarchy from a district: depth levels + 1. */
const parentChain = (levels: number, leaf = 'id') => `${'... on Locality { parent { '.repeat(levels)}${leaf}${' } }'.repeat(levels)}`;
const limit = (description: string, query: string, codes: string | string[], auth: HostileCase['auth'] = 'none'): HostileCase => ({
  description,
  request: graphql(query),
  auth,
  expect: refused(codes, 400),
});

const fanOut = (alias: string) => `${alias}: events(first: 100) { edges { node { participants { participant { id name } evidence { sources { id title } } } } } }`;

export const queryLimitBombs: HostileCase[] = [
  // Cost is priced once the document is valid, with its variables; a depth bomb is refused for its depth alone.
  limit('a depth bomb one level over the limit', `{ node(id: "district:huong-khe") { ${parentChain(QUERY_LIMITS.maxDepth)} } }`, 'QUERY_TOO_DEEP'),
  limit('a depth bomb of six hundred levels', `{ node(id: "district:huong-khe") { ${parentChain(600)} } }`, 'QUERY_TOO_DEEP'),
  limit(
    'a depth bomb built from a chain of named fragments',
    `{ node(id: "district:huong-khe") { ...F0 } } ${times(QUERY_LIMITS.maxDepth + 1, (i) => `fragment F${i} on Locality { parent { ...F${i + 1} } }`)} fragment F${QUERY_LIMITS.maxDepth + 1} on Locality { id }`,
    'QUERY_TOO_DEEP',
  ),
  limit('a depth bomb under search', `{ search(query: "huong khe") { entity { ${parentChain(QUERY_LIMITS.maxDepth)} } } }`, 'QUERY_TOO_DEEP'),
  limit(
    'a depth bomb through __type, which is not exempt as __schema is',
    `{ __type(name: "Locality") { ${'fields { type { ofType { '.repeat(4)}name${' } } }'.repeat(4)} } }`,
    ['QUERY_TOO_DEEP', 'GRAPHQL_VALIDATION_FAILED'],
  ),
  limit(
    'a depth bomb in the selection of a write, with an editor key',
    `mutation { retireEntity(id: "district:huong-khe", reason: "x", citations: [{ sourceId: "${SOURCE}", locators: ["L1"] }]) { entity { ${parentChain(QUERY_LIMITS.maxDepth)} } } }`,
    'QUERY_TOO_DEEP',
    'editor',
  ),
  limit('an alias bomb of node lookups', `{ ${times(QUERY_LIMITS.maxAliases + 1, (i) => `a${i}: node(id: "province:ha-tinh") { id }`)} }`, 'TOO_MANY_ALIASES'),
  limit('an alias bomb of full-text searches', `{ ${times(QUERY_LIMITS.maxAliases + 1, (i) => `s${i}: search(query: "ha tinh", first: 100) { score }`)} }`, 'TOO_MANY_ALIASES'),
  limit('an alias bomb of fields inside one entity', `{ node(id: "province:ha-tinh") { ${times(QUERY_LIMITS.maxAliases + 1, (i) => `f${i}: id`)} } }`, 'TOO_MANY_ALIASES'),
  limit(
    'an alias bomb split over a fragment spread twice',
    `{ x: node(id: "province:ha-tinh") { ...Many } y: node(id: "city:hanoi") { ...Many } } fragment Many on Node { ${times(16, (i) => `f${i}: id`)} }`,
    'TOO_MANY_ALIASES',
  ),
  limit('a thousand aliases', `{ node(id: "province:ha-tinh") { ${times(1000, (i) => `f${i}: id`)} } }`, 'TOO_MANY_ALIASES'),
  limit(
    'an alias bomb of writes, with an editor key',
    `mutation { ${times(QUERY_LIMITS.maxAliases + 1, (i) => `w${i}: retireEntity(id: "province:ha-tinh", reason: "x", citations: [{ sourceId: "${SOURCE}", locators: ["L1"] }]) { entity { id } }`)} }`,
    'TOO_MANY_ALIASES',
    'editor',
  ),
  limit('a directive flood of @skip', `{ ${times(QUERY_LIMITS.maxDirectives + 1, (i) => `d${i}: __typename @skip(if: false)`)} }`, 'TOO_MANY_DIRECTIVES'),
  limit('a directive flood of @include inside an entity', `{ node(id: "province:ha-tinh") { ${times(QUERY_LIMITS.maxDirectives + 1, (i) => `f${i}: id @include(if: true)`)} } }`, 'TOO_MANY_DIRECTIVES'),
  limit('a directive flood on inline fragments', `{ node(id: "province:ha-tinh") { ${times(QUERY_LIMITS.maxDirectives + 1, () => '... on Node @include(if: true) { id }')} } }`, 'TOO_MANY_DIRECTIVES'),
  limit('a directive flood of unknown directives', `{ __typename ${times(QUERY_LIMITS.maxDirectives + 1, (i) => `@d${i}`)} }`, ['TOO_MANY_DIRECTIVES', 'GRAPHQL_VALIDATION_FAILED']),
  limit('one directive repeated on one field', `{ __typename ${'@skip(if: false) '.repeat(QUERY_LIMITS.maxDirectives + 1)} }`, ['TOO_MANY_DIRECTIVES', 'GRAPHQL_VALIDATION_FAILED']),
  limit('a token flood of __typename', `{ ${'__typename '.repeat(QUERY_LIMITS.maxTokens)} }`, 'TOO_MANY_TOKENS'),
  limit('a token flood in a list argument', `{ search(query: "ha tinh", kinds: [${'LOCALITY '.repeat(QUERY_LIMITS.maxTokens)}]) { score } }`, 'TOO_MANY_TOKENS'),
  limit('a token flood of empty lists', `{ search(query: "ha tinh", kinds: [${'[] '.repeat(QUERY_LIMITS.maxTokens / 2)}]) { score } }`, 'TOO_MANY_TOKENS'),
  limit('a token flood of variable definitions', `query(${times(1300, (i) => `$v${i}: Int`)}) { __typename }`, 'TOO_MANY_TOKENS'),
  {
    description: 'a token flood over GET',
    request: graphqlGet({ query: `{ ${'a '.repeat(QUERY_LIMITS.maxTokens)} }` }),
    auth: 'none',
    expect: refused('TOO_MANY_TOKENS', 400),
  },
  limit('a fan-out of twenty-five event pages with participants and sources', `{ ${times(25, (i) => fanOut(`e${i}`))} }`, 'QUERY_TOO_COSTLY'),
  {
    description: 'a fan-out of twenty-five event pages sized by a variable',
    request: graphql(`query($n: Int) { ${times(25, (i) => fanOut(`e${i}`).replace('first: 100', 'first: $n'))} }`, { n: 100 }),
    auth: 'none',
    expect: refused('QUERY_TOO_COSTLY', 400),
  },
  {
    description: 'thirty network statistics three hops around Hanoi, ranked by a variable',
    request: graphql(`query($n: Int) { ${times(30, (i) => `s${i}: networkStatistics(scope: { around: "city:hanoi", depth: 3 }) { betweenness(first: $n) { score } }`)} }`, { n: 100 }),
    auth: 'none',
    expect: refused('QUERY_TOO_COSTLY', 400),
  },
  limit(
    'nested localities pages, a hundred at each level',
    `{ localities(first: 100) { edges { node { subdivisions { subdivisions { subdivisions { sources { id } } } } } } } ${times(4, (i) => `l${i}: localities(first: 100) { edges { node { partnerships { parties { entity { id } } } } } }`)} }`,
    'QUERY_TOO_COSTLY',
  ),
  limit(
    'searches of a hundred hits, each with its neighbourhood of sources',
    `{ ${times(20, (i) => `s${i}: search(query: "ha", first: 100) { entity { sources { id } citations { sourceId locators } } }`)} }`,
    'QUERY_TOO_COSTLY',
  ),
  limit(
    'network rankings of a hundred, with every entity expanded',
    `{ networkStatistics { ${times(6, (i) => `d${i}: degree(first: 100) { entity { sources { id title } citations { locators } } }`)} } }`,
    'QUERY_TOO_COSTLY',
  ),
  limit(
    'a costly selection reused through a fragment',
    `{ ${times(10, (i) => `e${i}: events(first: 100) { ...Heavy }`)} } fragment Heavy on EventConnection { edges { node { participants { participant { id } evidence { sources { id } } } } } }`,
    'QUERY_TOO_COSTLY',
  ),
  limit(
    'a costly selection on a write, with an editor key (invalid too, so refused before it is priced)',
    `mutation { retireEntity(id: "province:ha-tinh", reason: "x", citations: [{ sourceId: "${SOURCE}", locators: ["L1"] }]) { entity { id } } ${times(25, (i) => fanOut(`e${i}`))} }`,
    'GRAPHQL_VALIDATION_FAILED',
    'editor',
  ),
];

// ---------------------------------------------------------------------------------------------------------------
// Huge strings and oversized bodies
// ---------------------------------------------------------------------------------------------------------------

const huge = (character = 'a') => character.repeat(KB90);
const badInput = (description: string, request: HostileCase['request'], auth: HostileCase['auth'] = 'none'): HostileCase => ({
  description,
  request,
  auth,
  expect: refused('BAD_USER_INPUT'),
});
const tooLarge = (description: string, request: HostileCase['request'], auth: HostileCase['auth'] = 'none'): HostileCase => ({
  description,
  request,
  auth,
  expect: refused('PAYLOAD_TOO_LARGE', 413),
});

export const hugeInputs: HostileCase[] = [
  badInput('a 90 kB search text in a variable', graphql(SEARCH, { q: huge() })),
  badInput('a 90 kB search text written in the document', graphql(`{ search(query: "${'ha tinh '.repeat(KB90 / 8)}") { score } }`)),
  badInput('a search text one character over its maximum', graphql(SEARCH, { q: 'a'.repeat(201) })),
  badInput('a 90 kB ID for node', graphql(NODE_BY_ID, { id: `province:${huge()}` })),
  badInput('a 90 kB ID for neighborhood, in the document', graphql(`{ neighborhood(id: "province:${huge()}") { nodes { id } } }`)),
  badInput('a 90 kB ID as the end of a path', graphql('query($to: ID!) { paths(from: "province:ha-tinh", to: $to) { length } }', { to: `city:${huge()}` })),
  badInput('a 90 kB date', graphql('query($from: String) { events(from: $from) { totalCount } }', { from: `2024${huge('9')}` })),
  badInput('a 90 kB cursor', graphql('query($after: String) { events(after: $after) { totalCount } }', { after: huge('A') })),
  // An Int out of range fails validation, before the query is priced.
  {
    description: 'a 90-thousand-digit page size',
    request: graphql(`{ search(query: "ha tinh", first: ${huge('9')}) { score } }`),
    auth: 'none',
    expect: refused('BAD_USER_INPUT', 400),
  },
  {
    description: 'a 90 kB operationName',
    request: graphql('query Read { node(id: "province:ha-tinh") { id } }', undefined, { operationName: huge('R') }),
    auth: 'none',
    expect: refused('OPERATION_RESOLUTION_FAILURE', 400),
  },
  badInput(
    'a 90 kB note on an update, with an editor key',
    graphql('mutation($note: String, $cite: [CitationInput!]!) { updateEntity(id: "province:ha-tinh", changes: { note: $note }, citations: $cite) { entity { id } } }', {
      note: huge('x'),
      cite: CITE,
    }),
    'editor',
  ),
  badInput(
    'a 90 kB name for a new entity, with an editor key',
    graphql('mutation($input: NewEntityInput!) { createEntity(input: $input) { entity { id } } }', {
      input: { kind: 'LOCALITY', name: huge('N'), category: 'PROVINCE', parentId: 'country:laos', citations: CITE },
    }),
    'editor',
  ),
  badInput(
    'ten thousand aliases for a new entity, with an editor key',
    graphql('mutation($input: NewEntityInput!) { createEntity(input: $input) { entity { id } } }', {
      input: { kind: 'LOCALITY', name: 'Sanxay', category: 'DISTRICT', parentId: 'country:laos', aliases: Array.from({ length: 10_000 }, (_, i) => `a${i}`), citations: CITE },
    }),
    'editor',
  ),
  {
    description: '90 kB of whitespace around a small query',
    request: graphql(`${' '.repeat(KB90)}{ node(id: "province:ha-tinh") { id } }${'\n'.repeat(1000)}`),
    auth: 'none',
    expect: answered('the node', (data) => data.node?.id === 'province:ha-tinh'),
  },
  {
    description: '90 kB of comments around a small query',
    request: graphql(`${'# padding padding padding\n'.repeat(3400)}{ node(id: "province:ha-tinh") { id } }`),
    auth: 'none',
    expect: answered('the node', (data) => data.node?.id === 'province:ha-tinh'),
  },
  {
    description: 'an 8 kB x-request-id header',
    request: graphql('{ node(id: "province:ha-tinh") { id } }', undefined, {}, { 'x-request-id': huge('r').slice(0, 8000) }),
    auth: 'none',
    expect: answered('the node, with the request id cut to 64 characters', (data, body) => data.node?.id === 'province:ha-tinh' && body.extensions?.requestId === 'r'.repeat(64)),
  },
  tooLarge('a body twice the limit', graphql(`{ search(query: "${'a'.repeat(2 * BODY_LIMIT)}") { score } }`)),
  tooLarge('a body one byte over the limit', rawPost(`{"query":"{ __typename }","variables":{"pad":"${'p'.repeat(BODY_LIMIT - 44)}"}}`)),
  tooLarge('oversized variables', graphql(SEARCH, { q: 'ha tinh', pad: Array.from({ length: 20_000 }, () => 'padding') })),
  tooLarge('an oversized body of invalid JSON', rawPost(`{"query": ${'['.repeat(150_000)}`)),
  tooLarge('an oversized body sent in chunks, without a length', { ...graphql(`{ search(query: "${'a'.repeat(150_000)}") { score } }`), chunked: true }),
  tooLarge('a gzip bomb: 2 kB that inflates past the limit', rawPost(gzipSync(JSON.stringify({ query: `{ search(query: "${' '.repeat(1_000_000)}") { score } }` })), { ...JSON_TYPE, 'content-encoding': 'gzip' })),
  tooLarge(
    'an oversized write, with an editor key',
    graphql('mutation($note: String, $cite: [CitationInput!]!) { updateEntity(id: "province:ha-tinh", changes: { note: $note }, citations: $cite) { entity { id } } }', {
      note: 'x'.repeat(150_000),
      cite: CITE,
    }),
    'editor',
  ),
];

// ---------------------------------------------------------------------------------------------------------------
// Invalid UTF-8
// ---------------------------------------------------------------------------------------------------------------

/** A JSON body whose bytes are the pieces given, strings as UTF-8 and buffers as they are. */
const bytes = (...pieces: (string | number[])[]) => Buffer.concat(pieces.map((piece) => (typeof piece === 'string' ? Buffer.from(piece, 'utf8') : Buffer.from(piece))));

export const invalidUtf8: HostileCase[] = [
  {
    description: 'a 0xFF byte in the document, outside any string',
    request: rawPost(bytes('{"query":"{ node(id: \\"province:ha-tinh\\") { id ', [0xff], ' } }"}')),
    auth: 'none',
    expect: refused('GRAPHQL_PARSE_FAILED', 400),
  },
  badInput('0xFF 0xFE as the whole search text, in the document', rawPost(bytes('{"query":"{ search(query: \\"', [0xff, 0xfe], '\\") { score } }"}'))),
  badInput('an overlong encoding of "/" in an ID variable', rawPost(bytes(`{"query":"${NODE_BY_ID}","variables":{"id":"province:`, [0xc0, 0xaf], 'ha-tinh"}}'))),
  badInput('a UTF-8-encoded surrogate in an ID variable', rawPost(bytes(`{"query":"${NODE_BY_ID}","variables":{"id":"province:ha`, [0xed, 0xa0, 0x80], '-tinh"}}'))),
  {
    description: 'a lone continuation byte after a search word',
    request: rawPost(bytes(`{"query":"${SEARCH}","variables":{"q":"savannakhet`, [0x80], '"}}')),
    auth: 'none',
    expect: searchAnswer('province:savannakhet'),
  },
  {
    description: 'a truncated multi-byte sequence inside a search word',
    request: rawPost(bytes(`{"query":"${SEARCH}","variables":{"q":"khammou`, [0xe2, 0x82], 'ane"}}')),
    auth: 'none',
    expect: searchAnswer(),
  },
  {
    description: 'a truncated multi-byte sequence after the closing brace',
    request: rawPost(bytes('{"query":"{ __typename }"}', [0xe2, 0x82])),
    auth: 'none',
    expect: refused('BAD_REQUEST', 400),
  },
  {
    description: 'invalid bytes in the "query" key itself',
    request: rawPost(bytes('{"qu', [0xff], 'ery":"{ __typename }"}')),
    auth: 'none',
    expect: refused('BAD_REQUEST', 400),
  },
  {
    description: 'invalid bytes in the operationName',
    request: rawPost(bytes('{"query":"query Read { __typename }","operationName":"Re', [0xfe], 'ad"}')),
    auth: 'none',
    expect: refused('OPERATION_RESOLUTION_FAILURE', 400),
  },
  badInput('a lone high surrogate, escaped in JSON, as the search text', rawPost(`{"query":"${SEARCH}","variables":{"q":"\\ud800"}}`)),
  {
    description: 'a lone low surrogate, escaped in JSON, before a search word',
    request: rawPost(`{"query":"${SEARCH}","variables":{"q":"\\udfff savannakhet"}}`),
    auth: 'none',
    expect: searchAnswer('province:savannakhet'),
  },
  badInput('a lone surrogate, escaped in JSON, in an ID', rawPost(`{"query":"${NODE_BY_ID}","variables":{"id":"province:ha-tinh\\udc00"}}`)),
  {
    description: 'a non-UTF-8 byte in the Authorization header',
    request: graphql('{ node(id: "province:ha-tinh") { id } }', undefined, {}, { authorization: 'Bearer pgk_\u00ff\u00fe' }),
    auth: 'none',
    expect: refused('UNAUTHENTICATED', 401),
  },
  {
    description: 'a non-UTF-8 byte in the x-request-id header',
    request: graphql('{ node(id: "province:ha-tinh") { id } }', undefined, {}, { 'x-request-id': 'req-\u00ff\u00fe' }),
    auth: 'none',
    expect: answered('the node', (data) => data.node?.id === 'province:ha-tinh'),
  },
  {
    description: 'an undecodable %FF in a GET document',
    request: { method: 'GET', path: '/graphql?query=%7B%20__typename%20%FF%20%7D', headers: { 'apollo-require-preflight': 'true' } },
    auth: 'none',
    expect: refused('GRAPHQL_PARSE_FAILED', 400),
  },
  {
    description: 'an undecodable %FF in an export\'s around',
    request: exportGet('graph.graphml', 'around=province:ha-tinh%FF'),
    auth: 'none',
    expect: refused('BAD_USER_INPUT', 400),
  },
  {
    description: 'an undecodable %FF in an export\'s file name',
    request: exportGet('graph%FF.graphml'),
    auth: 'none',
    expect: refused('BAD_REQUEST', 400),
  },
];

// ---------------------------------------------------------------------------------------------------------------
// Malformed JSON and HTTP
// ---------------------------------------------------------------------------------------------------------------

const notJson = (description: string, body: string): HostileCase => ({ description, request: rawPost(body), auth: 'none', expect: refused('BAD_REQUEST', 400) });

export const malformedRequests: HostileCase[] = [
  notJson('a JSON object cut off', '{"query":"{ __typename }"'),
  notJson('a trailing comma', '{"query":"{ __typename }",}'),
  notJson('single-quoted JSON', "{'query':'{ __typename }'}"),
  notJson('an unquoted key', '{query:"{ __typename }"}'),
  notJson('NaN as a value', '{"query":"{ __typename }","variables":{"first":NaN}}'),
  notJson('a comment inside JSON', '{"query":"{ __typename }" /* hi */}'),
  notJson('two JSON objects back to back', '{"query":"{ __typename }"}{"query":"{ __typename }"}'),
  notJson('JSON null as the whole body', 'null'),
  notJson('a JSON string as the whole body', '"{ __typename }"'),
  notJson('a JSON number as the whole body', '42'),
  notJson('a raw GraphQL document as a JSON body', '{ node(id: "province:ha-tinh") { id } }'),
  notJson('an unescaped control character in a string', '{"query":"{ __typename\u0001 }"}'),
  badRequest('an empty JSON object', {}),
  badRequest('a batch of operations, which this server does not take', [{ query: '{ __typename }' }, { query: '{ __typename }' }]),
  badRequest('variables as a JSON-encoded string', { query: NODE_BY_ID, variables: '{"id":"province:ha-tinh"}' }),
  badRequest('variables as a list', { query: NODE_BY_ID, variables: ['province:ha-tinh'] }),
  badRequest('an operationName that is an object', { query: '{ __typename }', operationName: { name: 'x' } }),
  badRequest('extensions as a string', { query: '{ __typename }', extensions: 'persisted' }),
  badRequest('a persisted query of an unsupported version', { extensions: { persistedQuery: { version: 2, sha256Hash: 'a'.repeat(64) } } }),
  badRequest('a persisted query whose hash does not match its text', { query: '{ __typename }', extensions: { persistedQuery: { version: 1, sha256Hash: '0'.repeat(64) } } }),
  {
    description: 'a persisted-query hash this server has never seen',
    request: rawPost(JSON.stringify({ extensions: { persistedQuery: { version: 1, sha256Hash: 'f'.repeat(64) } } })),
    auth: 'none',
    expect: refused('PERSISTED_QUERY_NOT_FOUND', 200),
  },
  {
    description: 'a body of an empty string with a JSON content type',
    request: rawPost(''),
    auth: 'none',
    expect: refused('BAD_REQUEST', 400),
  },
  {
    description: 'JSON sent as text/plain, as a cross-site form would',
    request: rawPost(JSON.stringify({ query: '{ node(id: "province:ha-tinh") { id } }' }), { 'content-type': 'text/plain' }),
    auth: 'none',
    expect: refused('BAD_REQUEST', 400),
  },
  {
    description: 'a form-encoded body',
    request: rawPost('query=%7B__typename%7D', { 'content-type': 'application/x-www-form-urlencoded' }),
    auth: 'none',
    expect: refused('BAD_REQUEST', 400),
  },
  {
    description: 'a multipart body',
    request: rawPost('--b\r\nContent-Disposition: form-data; name="query"\r\n\r\n{ __typename }\r\n--b--\r\n', { 'content-type': 'multipart/form-data; boundary=b' }),
    auth: 'none',
    expect: refused('BAD_REQUEST', 400),
  },
  {
    description: 'a POST without a content type',
    request: rawPost(JSON.stringify({ query: '{ __typename }' }), {}),
    auth: 'none',
    expect: refused('BAD_REQUEST', 400),
  },
  {
    description: 'a charset no decoder knows',
    request: rawPost(JSON.stringify({ query: '{ __typename }' }), { 'content-type': 'application/json; charset=klingon' }),
    auth: 'none',
    expect: refused('BAD_REQUEST', 415),
  },
  {
    description: 'a gzip content encoding over bytes that are not gzip',
    request: rawPost('{"query":"{ __typename }"}', { ...JSON_TYPE, 'content-encoding': 'gzip' }),
    auth: 'none',
    expect: refused('BAD_REQUEST', 400),
  },
  {
    description: 'a content encoding the server does not support',
    request: rawPost('{"query":"{ __typename }"}', { ...JSON_TYPE, 'content-encoding': 'compress' }),
    auth: 'none',
    expect: refused('BAD_REQUEST', 415),
  },
  {
    description: 'a GET without the preflight header CSRF prevention asks for',
    request: graphqlGet({ query: '{ node(id: "province:ha-tinh") { id } }' }, {}),
    auth: 'none',
    expect: refused('BAD_REQUEST', 400),
  },
  {
    description: 'GET variables that are not JSON',
    request: graphqlGet({ query: NODE_BY_ID, variables: '{"id": province:ha-tinh' }),
    auth: 'none',
    expect: refused('BAD_REQUEST', 400),
  },
  {
    description: 'a PUT to /graphql',
    request: { method: 'PUT', path: '/graphql', headers: JSON_TYPE, body: JSON.stringify({ query: '{ __typename }' }) },
    auth: 'none',
    expect: refused('BAD_REQUEST', 405),
  },
  {
    description: 'a DELETE to /graphql',
    request: { method: 'DELETE', path: '/graphql', headers: JSON_TYPE },
    auth: 'none',
    expect: refused('BAD_REQUEST', 405),
  },
  {
    description: 'a JSON body that tries to pollute Object.prototype',
    request: rawPost('{"query":"{ node(id: \\"province:ha-tinh\\") { id } }","__proto__":{"polluted":true},"constructor":{"prototype":{"polluted":true}}}'),
    auth: 'none',
    expect: answered('the node, and no polluted prototype', (data) => data.node?.id === 'province:ha-tinh' && ({} as Record<string, unknown>).polluted === undefined),
  },
  {
    description: 'an export that does not exist',
    request: exportGet('..%2F..%2Fpackage.json'),
    auth: 'none',
    expect: refused('NOT_FOUND', 404),
  },
  {
    description: 'an export around an ID given twice',
    request: exportGet('graph.graphml', 'around=province:ha-tinh&around=city:hanoi'),
    auth: 'none',
    expect: refused('BAD_USER_INPUT', 400),
  },
  {
    description: 'an export depth that is not a whole number',
    request: exportGet('nodes.csv', 'around=province:ha-tinh&depth=1e1'),
    auth: 'none',
    expect: refused('BAD_USER_INPUT', 400),
  },
  {
    description: 'an export depth over its maximum',
    request: exportGet('edges.csv', 'around=province:ha-tinh&depth=4'),
    auth: 'none',
    expect: refused('BAD_USER_INPUT', 400),
  },
  {
    description: 'an export depth without an entity to go around',
    request: exportGet('graph.json', 'depth=3'),
    auth: 'none',
    expect: refused('BAD_USER_INPUT', 400),
  },
];

// ---------------------------------------------------------------------------------------------------------------
// Lucene metacharacters in search text
// ---------------------------------------------------------------------------------------------------------------

const LUCENE_METACHARACTERS = ['+', '-', '&&', '||', '!', '(', ')', '{', '}', '[', ']', '^', '"', '~', '*', '?', ':', '\\', '/'];

const search = (description: string, text: string, expected = searchAnswer()): HostileCase => ({ description, request: graphql(SEARCH, { q: text }), auth: 'none', expect: expected });

// A prefix scores every name it starts alike, and more than a page of names start with "sav" (the province's partnerships,
// agreements, events and bodies), so which of them fill the page is not defined; among places, the province is the one.
const SEARCH_PLACES = 'query($q: String!) { search(query: $q, kinds: [LOCALITY]) { score entity { id } } }';
const searchPlaces = (description: string, text: string, expected: HostileCase['expect']): HostileCase => ({
  description,
  request: graphql(SEARCH_PLACES, { q: text }),
  auth: 'none',
  expect: expected,
});

export const luceneSyntax: HostileCase[] = [
  ...LUCENE_METACHARACTERS.map((meta) => search(`"${meta}" alone, which names no word`, meta, refused('BAD_USER_INPUT'))),
  ...LUCENE_METACHARACTERS.map((meta) => search(`"${meta}" around a word`, `${meta}savannakhet${meta}`, searchAnswer('province:savannakhet'))),
  search('every metacharacter at once, and nothing else', LUCENE_METACHARACTERS.join(''), refused('BAD_USER_INPUT')),
  search('every metacharacter at once, around a word', `${LUCENE_METACHARACTERS.join('')}savannakhet${LUCENE_METACHARACTERS.join('')}`, searchAnswer('province:savannakhet')),
  search('AND between two words', 'savannakhet AND khammouane'),
  search('OR between two words', 'savannakhet OR khammouane'),
  search('NOT before a word', 'NOT savannakhet'),
  search('AND alone', 'AND'),
  search('an operator left dangling', 'savannakhet OR'),
  search('a fuzzy query', 'savannaket~2'),
  // Syntax characters become spaces, so what followed them becomes a word that must match too.
  search('a fuzzy query with a similarity', 'savannakhet~0.8'),
  search('a proximity query', '"ha tinh"~10'),
  searchPlaces('a trailing wildcard', 'sav*', searchAnswer('province:savannakhet')),
  search('a single-character wildcard', 's?vannakhet'),
  search('a leading wildcard', '*vannakhet'),
  search('match everything', '*:*', refused('BAD_USER_INPUT')),
  search('an inclusive range', '[a TO z]'),
  search('an exclusive range', '{a TO z}'),
  search('an open range', '[* TO *]'),
  search('a field query on the name', 'name:savannakhet'),
  search('a field query on an indexed property', 'searchText:savannakhet'),
  search('a field query on the kind', 'kind:LOCALITY'),
  search('a field query on the ID, escaped', 'id:province\\:ha\\-tinh'),
  search('a boost', 'savannakhet^100'),
  searchPlaces('a regular expression', '/sav.*/', searchAnswer('province:savannakhet')),
  search('an unbalanced quote', '"savannakhet', searchAnswer('province:savannakhet')),
  search('unbalanced parentheses', '(((savannakhet', searchAnswer('province:savannakhet')),
  search('a hundred one-letter words, each a prefix query', times(100, (i) => String.fromCharCode(97 + (i % 26))).slice(0, 200)),
  search('sixty-six wildcard terms', 'a* '.repeat(66)),
  search('a word of two hundred letters', 'a'.repeat(200)),
  search('an underscore, which names no word', '_', refused('BAD_USER_INPUT')),
  search('only emoji', '🔥💣🔥', refused('BAD_USER_INPUT')),
  search('a right-to-left override before a word', '\u202esavannakhet', searchAnswer('province:savannakhet')),
  // Letters of any script are letters: they are romanized, and find what they name or nothing.
  search('full-width letters, folded like any other script', 'ｓａｖａｎｎａｋｈｅｔ', searchAnswer('province:savannakhet')),
  search('a name in Thai script', 'ประเทศไทย', searchAnswer('country:thailand')),
  search('Lao script that names nothing', 'ສາທາລະນະລັດ'),
  search('Cyrillic letters around Lucene syntax', 'Россия~2 AND *:*'),
  search('a zero-width space and a soft hyphen inside a word', 'sav\u200banna\u00adkhet', searchAnswer('province:savannakhet')),
  search('only invisible format characters', '\u200b\u200d\u2060\u00ad', refused('BAD_USER_INPUT')),
];

// ---------------------------------------------------------------------------------------------------------------
// Cypher injection
// ---------------------------------------------------------------------------------------------------------------

const CYPHER_PAYLOADS = [
  "' RETURN 1 //",
  '"}) MATCH (n) DETACH DELETE n //',
  "'}) MATCH (n) DETACH DELETE n //",
  '`Entity`) DETACH DELETE n //',
  '$lucene',
  '$kinds OR 1=1',
  '\u2018 OR 1=1 \u2019',
  '\u201c}) RETURN n //\u201d',
  "\\' OR 1=1 --",
  'CALL db.labels() YIELD label RETURN label',
  '; MATCH (n) SET n.hacked = true',
  "1 OR 1=1; DROP TABLE entities; --",
  '{limit: 100000}',
  '/* */ MATCH (n) RETURN n',
  "LOAD CSV FROM 'file:///etc/passwd' AS line RETURN line",
  "' WITH 1 AS x CALL { MATCH (n) DETACH DELETE n } RETURN x //",
];

/** The places an ID goes, each a different resolver or endpoint. Every one must refuse a malformed ID the same way. */
const ID_TARGETS: { name: string; request: (id: string) => HostileCase['request']; status?: number }[] = [
  { name: 'node', request: (id) => graphql(NODE_BY_ID, { id }) },
  { name: 'neighborhood', request: (id) => graphql('query($id: ID!) { neighborhood(id: $id) { nodes { id } } }', { id }) },
  { name: 'paths (from)', request: (id) => graphql('query($id: ID!) { paths(from: $id, to: "province:ha-tinh") { length } }', { id }) },
  { name: 'path (to)', request: (id) => graphql('query($id: ID!) { path(from: "province:ha-tinh", to: $id) { nodes { id } } }', { id }) },
  { name: 'partnerships(of:)', request: (id) => graphql('query($id: ID!) { partnerships(of: $id) { id } }', { id }) },
  { name: 'networkStatistics around', request: (id) => graphql('query($id: ID!) { networkStatistics(scope: { around: $id, depth: 1 }) { nodeCount } }', { id }) },
  { name: 'events(involving:)', request: (id) => graphql('query($id: ID) { events(involving: $id) { totalCount } }', { id }) },
  { name: 'localities(within:)', request: (id) => graphql('query($id: ID) { localities(within: $id) { totalCount } }', { id }) },
  { name: 'officials(organization:)', request: (id) => graphql('query($id: ID) { officials(organization: $id) { totalCount } }', { id }) },
  { name: 'documents(issuer:)', request: (id) => graphql('query($id: ID) { documents(issuer: $id) { totalCount } }', { id }) },
  { name: 'allPartnerships(party:)', request: (id) => graphql('query($id: ID) { allPartnerships(party: $id) { totalCount } }', { id }) },
  { name: 'the GraphML export around', request: (id) => exportGet('graph.graphml', `around=${encodeURIComponent(id)}`), status: 400 },
];

const malformedId = (target: (typeof ID_TARGETS)[number], id: string, shape: string): HostileCase => ({
  description: `${shape} in ${target.name}`,
  request: target.request(id),
  auth: 'none',
  expect: refused('BAD_USER_INPUT', target.status),
});

export const cypherInjection: HostileCase[] = [
  ...CYPHER_PAYLOADS.map((payload) => search(`Cypher in search text: ${payload}`, payload)),
  ...CYPHER_PAYLOADS.map((payload, i) => malformedId(ID_TARGETS[i % ID_TARGETS.length], payload, `Cypher as an ID: ${payload}`)),
  ...CYPHER_PAYLOADS.slice(0, 4).map((payload, i) => malformedId(ID_TARGETS[(i + 4) % ID_TARGETS.length], `province:ha-tinh${payload}`, `Cypher after a real ID: ${payload}`)),
  badInput(
    'Cypher as the ID of a new entity, with an editor key',
    graphql('mutation($input: NewEntityInput!) { createEntity(input: $input) { entity { id } } }', {
      input: { id: "province:x'}) MATCH (n) DETACH DELETE n //", kind: 'LOCALITY', name: 'Sanxay', category: 'DISTRICT', parentId: 'country:laos', citations: CITE },
    }),
    'editor',
  ),
  badInput(
    'Cypher as the ID to update, with an editor key',
    graphql('mutation($id: ID!, $cite: [CitationInput!]!) { updateEntity(id: $id, changes: { note: "x" }, citations: $cite) { entity { id } } }', {
      id: '"}) MATCH (n) SET n.name = "pwned" //',
      cite: CITE,
    }),
    'editor',
  ),
  badInput(
    'Cypher as a parent ID of a new entity, with an editor key',
    graphql('mutation($input: NewEntityInput!) { createEntity(input: $input) { entity { id } } }', {
      input: { kind: 'LOCALITY', name: 'Sanxay', category: 'DISTRICT', parentId: "country:laos'}) DETACH DELETE n //", citations: CITE },
    }),
    'editor',
  ),
  badInput(
    'Cypher as a cited source, with an editor key',
    graphql('mutation($cite: [CitationInput!]!) { retireEntity(id: "province:savannakhet", reason: "x", citations: $cite) { entity { id } } }', {
      cite: [{ sourceId: "source:x'}) MATCH (n) DETACH DELETE n //", locators: ['L1'] }],
    }),
    'editor',
  ),
  {
    description: 'Cypher inside a forged cursor',
    request: graphql('query($after: String) { events(first: 5, after: $after) { edges { node { id } } } }', {
      after: Buffer.from(JSON.stringify(['Event by date ASC', "2024' OR 1=1 //", '"}) MATCH (n) DETACH DELETE n //'])).toString('base64url'),
    }),
    auth: 'none',
    expect: answered('a well-formed page', (data) => Array.isArray(data.events?.edges)),
  },
  {
    description: 'Cypher in the x-request-id header',
    request: graphql('{ node(id: "province:ha-tinh") { id } }', undefined, {}, { 'x-request-id': "'}) MATCH (n) DETACH DELETE n //" }),
    auth: 'none',
    expect: answered('the node', (data) => data.node?.id === 'province:ha-tinh'),
  },
];

// ---------------------------------------------------------------------------------------------------------------
// Wrong variable and argument types
// ---------------------------------------------------------------------------------------------------------------

const FIRST = 'query($first: Int) { search(query: "ha tinh", first: $first) { score } }';
const KINDS = 'query($kinds: [EntityKind!]) { search(query: "ha tinh", kinds: $kinds) { score } }';
const SCOPE = 'query($scope: NetworkScope) { networkStatistics(scope: $scope) { nodeCount } }';

const wrongType = (description: string, query: string, variables?: Record<string, unknown>): HostileCase => ({
  description,
  request: graphql(query, variables),
  auth: 'none',
  expect: refused('BAD_USER_INPUT'),
});

export const wrongTypes: HostileCase[] = [
  wrongType('a string for an Int', FIRST, { first: '10' }),
  wrongType('a fraction for an Int', FIRST, { first: 1.5 }),
  wrongType('an Int past 32 bits', FIRST, { first: 2 ** 31 }),
  wrongType('an exponent that overflows to infinity', '{ search(query: "ha tinh", first: 1e400) { score } }'),
  wrongType('a boolean for an Int', FIRST, { first: true }),
  wrongType('a negative page size', FIRST, { first: -1 }),
  wrongType('a page size of a million', FIRST, { first: 1_000_000 }),
  wrongType('an object for a String', SEARCH, { q: { $regex: '.*' } }),
  wrongType('a list for a String', SEARCH, { q: ['ha', 'tinh'] }),
  wrongType('a number for a String', SEARCH, { q: 42 }),
  wrongType('a boolean for an ID', NODE_BY_ID, { id: true }),
  wrongType('a number for an ID, read as a malformed ID', NODE_BY_ID, { id: 42 }),
  wrongType('an object for an ID', NODE_BY_ID, { id: { kind: 'province', slug: 'ha-tinh' } }),
  wrongType('null for a non-null ID', NODE_BY_ID, { id: null }),
  wrongType('a required variable left out', NODE_BY_ID, {}),
  wrongType('an unknown enum value in a list', KINDS, { kinds: ['SPACESHIP'] }),
  wrongType('an enum value in lower case', KINDS, { kinds: ['locality'] }),
  wrongType('a number for an enum', KINDS, { kinds: [1] }),
  wrongType('a list of lists for a list of enums', KINDS, { kinds: [['LOCALITY']] }),
  wrongType('null inside a list of non-null enums', KINDS, { kinds: [null] }),
  {
    description: 'a list nested 40,000 deep for a String',
    request: rawPost(`{"query":"${SEARCH}","variables":{"q":${'['.repeat(40_000)}${']'.repeat(40_000)}}}`),
    auth: 'none',
    expect: refused('BAD_USER_INPUT', 400),
  },
  wrongType('a string for an input object', SCOPE, { scope: 'everything' }),
  wrongType('an unknown field in an input object', SCOPE, { scope: { around: 'province:ha-tinh', admin: true } }),
  wrongType('a string for an Int in an input object', SCOPE, { scope: { around: 'province:ha-tinh', depth: '2' } }),
  wrongType('a depth of 99 in an input object', SCOPE, { scope: { around: 'province:ha-tinh', depth: 99 } }),
  wrongType('a string for a Boolean', 'query($all: Boolean!) { partnerships(of: "province:ha-tinh", includeSubdivisions: $all) { id } }', { all: 'yes' }),
  wrongType('a string for the Boolean of @skip', 'query($skip: Boolean!) { node(id: "province:ha-tinh") @skip(if: $skip) { id } }', { skip: 'false' }),
  wrongType('a number where a date goes, in the document', '{ events(from: 2024) { totalCount } }'),
  wrongType('a date with a thirteenth month', 'query($from: String) { events(from: $from) { totalCount } }', { from: '2024-13' }),
  wrongType('the 30th of February', 'query($from: String) { events(from: $from) { totalCount } }', { from: '2023-02-30' }),
  wrongType('a date range that ends before it starts', '{ events(from: "2025", to: "2024") { totalCount } }'),
  wrongType('a string for an Int, in the document', '{ search(query: "ha tinh", first: "ten") { score } }'),
  wrongType('a number for a String, in the document', '{ search(query: 42) { score } }'),
  wrongType('null for a non-null ID, in the document', '{ node(id: null) { id } }'),
  wrongType('an unknown enum value, in the document', '{ search(query: "ha tinh", kinds: [SPACESHIP]) { score } }'),
  wrongType('a depth of zero', '{ neighborhood(id: "province:ha-tinh", depth: 0) { nodes { id } } }'),
  wrongType('a depth of four', '{ neighborhood(id: "province:ha-tinh", depth: 4) { nodes { id } } }'),
  wrongType('negative hops', '{ path(from: "province:ha-tinh", to: "city:hanoi", maxHops: -1) { nodes { id } } }'),
  wrongType('a hundred paths', '{ paths(from: "province:ha-tinh", to: "city:hanoi", first: 100) { length } }'),
  wrongType('a cursor that is not base64 JSON', '{ events(after: "not-a-cursor") { totalCount } }'),
  wrongType('a cursor of JSON null', `{ events(after: "${Buffer.from('null').toString('base64url')}") { totalCount } }`),
  wrongType('a cursor whose key is an object', `{ events(after: "${Buffer.from('["Event by date ASC",{"$gt":""},"x"]').toString('base64url')}") { totalCount } }`),
  wrongType('a cursor of the localities given to events', `{ events(after: "${Buffer.from('["Locality by name ASC","ha tinh","province:ha-tinh"]').toString('base64url')}") { totalCount } }`),
  wrongType('an ascending cursor given to a descending list', `{ events(orderBy: DATE_DESC, after: "${Buffer.from('["Event by date ASC","2024-01-01","event:spring-friendship-journey-2024"]').toString('base64url')}") { totalCount } }`),
  {
    description: 'a variable declared with a type other than the argument\'s',
    request: graphql('query($q: Int!) { search(query: $q) { score } }', { q: 1 }),
    auth: 'none',
    expect: refused('GRAPHQL_VALIDATION_FAILED', 400),
  },
  {
    description: 'a variable of a type the schema does not have',
    request: graphql('query($q: Secret) { search(query: "ha tinh") { score } }', { q: 1 }),
    auth: 'none',
    expect: refused('GRAPHQL_VALIDATION_FAILED', 400),
  },
  {
    description: 'a variable declared with an output type',
    request: graphql('query($hit: SearchHit) { search(query: "ha tinh") { score } }', { hit: {} }),
    auth: 'none',
    expect: refused('GRAPHQL_VALIDATION_FAILED', 400),
  },
];

// ---------------------------------------------------------------------------------------------------------------
// Forged and malformed IDs
// ---------------------------------------------------------------------------------------------------------------

const MALFORMED_IDS: [string, string][] = [
  ['an unknown prefix', 'spaceship:enterprise'],
  ['a prefix every object answers to', 'constructor:prototype'],
  ['an upper-case ID', 'PROVINCE:HA-TINH'],
  ['a space inside the slug', 'province:ha tinh'],
  ['spaces around the ID', ' province:ha-tinh '],
  ['an ID of 250 characters', `province:${'a'.repeat(241)}`],
  ['a path traversal', '../../../etc/passwd'],
  ['a path traversal in the slug', 'province:../../ha-tinh'],
  ['a NUL byte', 'province:ha-tinh\u0000'],
  ['a Cyrillic look-alike letter', 'pr\u043evince:ha-tinh'],
  ['a full-width colon', 'province\uff1aha-tinh'],
  ['SQL in the slug', "province:ha-tinh' OR '1'='1"],
  ['an empty ID', ''],
  ['a colon alone', ':'],
  ['a prefix without a slug', 'province:'],
  ['a trailing hyphen', 'province:ha-tinh-'],
  ['three hyphens', 'province:ha---tinh'],
  ['a percent-encoded colon', 'province%3Aha-tinh'],
  ['a trailing newline', 'province:ha-tinh\n'],
  ['a zero-width space', 'province:ha\u200b-tinh'],
  ['a combining accent', 'province:ha-tinh\u0301'],
  ['two colons', 'province:ha:tinh'],
  ['an emoji slug', 'province:\u{1f3f4}\u200d\u2620\ufe0f'],
  ['a URL', 'https://evil.example/province:ha-tinh'],
];

/** A well-formed ID that no entity has: answered as missing, never as an error of the server. */
const FORGED = 'province:atlantis';

export const forgedIds: HostileCase[] = [
  ...MALFORMED_IDS.map(([shape, id]) => malformedId(ID_TARGETS[0], id, shape)),
  ...MALFORMED_IDS.map(([shape, id], i) => malformedId(ID_TARGETS[1 + (i % (ID_TARGETS.length - 1))], id, shape)),
  // An empty ID is as malformed where it filters a list as where it names the entity to fetch.
  ...ID_TARGETS.filter((target) => target.request('').body?.includes('"query":"query($id: ID)')).map((target) => malformedId(target, '', 'an empty ID as a filter')),
  wrongType('an empty ID as the country of partnerships', '{ partnerships(of: "province:ha-tinh", country: "") { id } }'),
  wrongType('an empty ID as the country of network statistics', '{ networkStatistics(scope: { country: "" }) { nodeCount } }'),
  badInput(
    'an empty parent ID for a new entity, with an editor key',
    graphql('mutation($input: NewEntityInput!) { createEntity(input: $input) { entity { id } } }', {
      input: { kind: 'LOCALITY', name: 'Sanxay', category: 'DISTRICT', parentId: '', citations: CITE },
    }),
    'editor',
  ),
  badInput(
    'an empty ID for a new entity, with an editor key',
    graphql('mutation($input: NewEntityInput!) { createEntity(input: $input) { entity { id } } }', {
      input: { id: '', kind: 'LOCALITY', name: 'Sanxay', category: 'DISTRICT', parentId: 'country:laos', citations: CITE },
    }),
    'editor',
  ),
  badInput(
    'a forged parent ID for a new entity, with an editor key',
    graphql('mutation($input: NewEntityInput!) { createEntity(input: $input) { entity { id } } }', {
      input: { kind: 'LOCALITY', name: 'Sanxay', category: 'DISTRICT', parentId: 'country:atlantis', citations: CITE },
    }),
    'editor',
  ),
  { description: `a forged ID in node`, request: ID_TARGETS[0].request(FORGED), auth: 'none', expect: answered('null', (data) => data.node === null) },
  {
    description: 'a forged ID in neighborhood',
    request: ID_TARGETS[1].request(FORGED),
    auth: 'none',
    expect: answered('an empty subgraph', (data) => Array.isArray(data.neighborhood?.nodes) && data.neighborhood.nodes.length === 0),
  },
  { description: 'a forged ID in paths', request: ID_TARGETS[2].request(FORGED), auth: 'none', expect: answered('no paths', (data) => Array.isArray(data.paths) && data.paths.length === 0) },
  { description: 'a forged ID in partnerships(of:)', request: ID_TARGETS[4].request(FORGED), auth: 'none', expect: answered('no partnerships', (data) => Array.isArray(data.partnerships) && data.partnerships.length === 0) },
  { description: 'a forged ID in events(involving:)', request: ID_TARGETS[6].request(FORGED), auth: 'none', expect: answered('no events', (data) => data.events?.totalCount === 0) },
  { description: 'a forged ID around which to compute statistics', request: ID_TARGETS[5].request(FORGED), auth: 'none', expect: refused('NOT_FOUND') },
  { description: 'a forged ID around which to export', request: ID_TARGETS[11].request(FORGED), auth: 'none', expect: refused('NOT_FOUND', 404) },
  { description: 'a forged source ID in node', request: ID_TARGETS[0].request('source:made-up'), auth: 'none', expect: answered('null', (data) => data.node === null) },
  wrongType('a province where a country must go, in partnerships', '{ partnerships(of: "province:ha-tinh", country: "province:savannakhet") { id } }'),
  wrongType('a city where a country must go, in network statistics', '{ networkStatistics(scope: { country: "city:hanoi" }) { nodeCount } }'),
  wrongType('a source where a country must go, in localities', '{ localities(country: "source:vietnamvn-2023-11-25-ha-tinh-plan") { totalCount } }'),
  { description: 'a source ID around which to export', request: ID_TARGETS[11].request(SOURCE), auth: 'none', expect: refused('BAD_USER_INPUT', 400) },
  {
    description: 'a forged cursor naming an entity that does not exist',
    request: graphql('query($after: String) { localities(first: 5, after: $after) { edges { node { id } } } }', {
      after: Buffer.from(JSON.stringify(['Locality by name ASC', 'zzz', FORGED])).toString('base64url'),
    }),
    auth: 'none',
    expect: answered('a well-formed, empty page', (data) => Array.isArray(data.localities?.edges) && data.localities.edges.length === 0),
  },
];

// ---------------------------------------------------------------------------------------------------------------
// Unauthorised writes
// ---------------------------------------------------------------------------------------------------------------

interface Write {
  name: string;
  role: 'editor' | 'admin';
  /** How citations travel: in an input object given as a variable, or as an argument of the field. */
  citedBy: 'input' | 'argument';
  /** The write with these citations: undefined leaves them out, as the caller may. */
  request: (citations: unknown) => HostileCase['request'];
}

const withCitations = (input: Record<string, unknown>, citations: unknown) => (citations === undefined ? input : { ...input, citations });
const byInput = (name: string, type: string, input: Record<string, unknown>): Write => ({
  name,
  role: 'editor',
  citedBy: 'input',
  request: (citations) => graphql(`mutation($input: ${type}!) { ${name}(input: $input) { entity { id } } }`, { input: withCitations(input, citations) }),
});
const byArguments = (name: string, role: Write['role'], args: string): Write => ({
  name,
  role,
  citedBy: 'argument',
  request: (citations) =>
    citations === undefined
      ? graphql(`mutation { ${name}(${args}) { entity { id } } }`)
      : graphql(`mutation($citations: [CitationInput!]!) { ${name}(${args}, citations: $citations) { entity { id } } }`, { citations }),
});

const WRITES: Write[] = [
  byInput('createEntity', 'NewEntityInput', { kind: 'LOCALITY', name: 'Sanxay', category: 'DISTRICT', parentId: 'country:laos' }),
  byInput('createPartnership', 'NewPartnershipInput', { name: 'Hostile cooperation', kind: 'COOPERATION', parties: [{ id: 'province:ha-tinh' }, { id: 'province:khammouane' }] }),
  byInput('createEvent', 'NewEventInput', { name: 'Hostile visit', kind: 'VISIT', date: '2025-01', placeId: 'province:ha-tinh' }),
  byInput('createDocument', 'NewDocumentInput', { name: 'Hostile agreement', kind: 'AGREEMENT', issuerId: 'organization:ha-tinh-peoples-committee' }),
  byInput('setPosition', 'PositionInput', {
    officialId: 'official:nguyen-ngoc-ky',
    organizationId: 'organization:hanoi-peoples-foreign-affairs-advisory-council',
    title: 'Adviser',
    status: 'current',
  }),
  byInput('addRelationship', 'RelationshipInput', { fromId: 'partnership:ha-tinh--savannakhet', type: 'HAS_PARTY', toId: 'province:khammouane' }),
  byArguments('updateEntity', 'editor', 'id: "province:ha-tinh", changes: { note: "tampered" }'),
  byArguments('retireEntity', 'editor', 'id: "province:savannakhet", reason: "tampering"'),
  byArguments('retireRelationship', 'editor', 'relationship: { fromId: "partnership:ha-tinh--savannakhet", type: HAS_PARTY, toId: "province:savannakhet" }, reason: "tampering"'),
  byArguments('mergeEntities', 'admin', 'survivorId: "province:khammouane", duplicateId: "province:savannakhet", reason: "tampering"'),
];

const CREATE_SOURCE = graphql('mutation($input: NewSourceInput!) { createSource(input: $input) { source { id } } }', {
  input: { title: 'A hostile source', publisher: 'Nobody', language: 'fr', file: 'hostile.txt' },
});
const CREATE_LOCALITY = WRITES[0].request(CITE);

const forgedKey = (description: string, authorization: HostileCase['auth'], request = CREATE_LOCALITY): HostileCase => ({
  description,
  request,
  auth: authorization,
  expect: refused('UNAUTHENTICATED', 401),
});

export const unauthorisedWrites: HostileCase[] = [
  ...WRITES.map((write) => ({ description: `${write.name} without a key`, request: write.request(CITE), auth: 'none' as const, expect: refused('UNAUTHENTICATED', 401) })),
  { description: 'createSource without a key', request: CREATE_SOURCE, auth: 'none', expect: refused('UNAUTHENTICATED', 401) },
  ...WRITES.map((write) => ({ description: `${write.name} with a reader key`, request: write.request(CITE), auth: 'reader' as const, expect: refused('FORBIDDEN', 403) })),
  { description: 'createSource with a reader key', request: CREATE_SOURCE, auth: 'reader', expect: refused('FORBIDDEN', 403) },
  { description: 'mergeEntities with an editor key', request: WRITES[9].request(CITE), auth: 'editor', expect: refused('FORBIDDEN', 403) },
  { description: 'the list of API keys without a key', request: graphql('{ apiKeys { id name } }'), auth: 'none', expect: refused('UNAUTHENTICATED', 401) },
  { description: 'the list of API keys with a reader key', request: graphql('{ apiKeys { id name } }'), auth: 'reader', expect: refused('FORBIDDEN', 403) },
  { description: 'the list of API keys with an editor key', request: graphql('{ apiKeys { id name } }'), auth: 'editor', expect: refused('FORBIDDEN', 403) },
  { description: 'the audit trail without a key', request: graphql('{ auditTrail { totalCount } }'), auth: 'none', expect: refused('UNAUTHENTICATED', 401) },
  forgedKey('the word Bearer and no key', () => 'Bearer'),
  forgedKey('a Bearer key that is not of the issued shape', () => 'Bearer not-a-key'),
  forgedKey('Basic credentials', () => `Basic ${Buffer.from('admin:admin').toString('base64')}`),
  forgedKey('the editor key\'s id with a made-up secret', (keys) => `Bearer pgk_${keys.editor.id}_${'x'.repeat(43)}`),
  forgedKey('the editor key\'s id with the admin key\'s secret', (keys) => `Bearer pgk_${keys.editor.id}_${keys.admin.token.split('_').slice(2).join('_')}`),
  forgedKey('a revoked editor key', (keys) => `Bearer ${keys.revoked.token}`),
  forgedKey('an editor key with a character added', (keys) => `Bearer ${keys.editor.token}x`),
  forgedKey('an editor key with its last character cut', (keys) => `Bearer ${keys.editor.token.slice(0, -1)}`),
  forgedKey('two keys in one header', (keys) => `Bearer ${keys.editor.token} Bearer ${keys.admin.token}`),
  forgedKey('a key of the issued shape that was never issued', () => `Bearer pgk_${'0'.repeat(12)}_${'A'.repeat(43)}`),
  forgedKey('Cypher in the key', () => "Bearer pgk_' OR 1=1 //_x"),
  forgedKey('an 8 kB key', () => `Bearer pgk_${'a'.repeat(8000)}`),
  forgedKey('an editor key under another scheme', (keys) => `Token ${keys.editor.token}`),
  forgedKey('a forged key on a read, which is refused too', (keys) => `Bearer pgk_${keys.reader.id}_${'y'.repeat(43)}`, graphql('{ node(id: "province:ha-tinh") { id } }')),
  forgedKey('a forged key on an export', (keys) => `Bearer pgk_${keys.admin.id}_${'z'.repeat(43)}`, exportGet('nodes.csv')),
  {
    description: 'a write over GET, with an editor key',
    request: graphqlGet({ query: `mutation { retireEntity(id: "province:savannakhet", reason: "x", citations: [{ sourceId: "${SOURCE}", locators: ["L1"] }]) { entity { id } } }` }),
    auth: 'editor',
    expect: refused('BAD_REQUEST', 405),
  },
];

// ---------------------------------------------------------------------------------------------------------------
// Writes without sources
// ---------------------------------------------------------------------------------------------------------------

const cited = (write: Write, description: string, citations: unknown, code: string, status?: number): HostileCase => ({
  description: `${write.name}: ${description}`,
  request: write.request(citations),
  auth: write.role,
  expect: refused(code, status),
});
const byName = (name: string) => WRITES.find((write) => write.name === name)!;
const MALFORMED_LOCATORS = ['L0', 'l7', '7', 'L7 ', 'L-1', 'L12345678', 'L7; MATCH (n) DETACH DELETE n', '', 'L1e3', '\uff2c7'];

export const writesWithoutSources: HostileCase[] = [
  ...WRITES.map((write) => cited(write, 'an empty list of citations', [], 'CITATION_REQUIRED')),
  // Left out of a variable, the input fails coercion (BAD_USER_INPUT); left out of the document, validation.
  ...WRITES.map((write) => cited(write, 'citations left out', undefined, write.citedBy === 'input' ? 'BAD_USER_INPUT' : 'GRAPHQL_VALIDATION_FAILED', 400)),
  {
    description: 'createEntity: citations left out of an input written in the document',
    request: graphql('mutation { createEntity(input: { kind: LOCALITY, name: "Sanxay", category: "DISTRICT", parentId: "country:laos" }) { entity { id } } }'),
    auth: 'editor',
    expect: refused('GRAPHQL_VALIDATION_FAILED', 400),
  },
  cited(byName('updateEntity'), 'null citations', null, 'BAD_USER_INPUT', 400),
  ...['createEntity', 'updateEntity', 'retireEntity', 'setPosition', 'addRelationship', 'mergeEntities'].map((name) =>
    cited(byName(name), 'a source the graph does not hold', [{ sourceId: 'source:made-up', locators: ['L1'] }], 'BAD_USER_INPUT'),
  ),
  cited(byName('createPartnership'), 'an entity cited as a source', [{ sourceId: 'province:ha-tinh', locators: ['L1'] }], 'BAD_USER_INPUT'),
  cited(byName('createEvent'), 'a malformed source ID', [{ sourceId: 'source:../../etc/passwd', locators: ['L1'] }], 'BAD_USER_INPUT'),
  cited(byName('createDocument'), 'a citation naming no line', [{ sourceId: SOURCE, locators: [] }], 'BAD_USER_INPUT'),
  ...MALFORMED_LOCATORS.map((locator, i) => cited(WRITES[i % WRITES.length], `the malformed locator ${JSON.stringify(locator)}`, [{ sourceId: SOURCE, locators: [locator] }], 'BAD_USER_INPUT')),
  cited(byName('retireRelationship'), 'fifty-one citations', Array.from({ length: 51 }, () => CITE[0]), 'BAD_USER_INPUT'),
  cited(byName('retireEntity'), 'fifty-one locators in one citation', [{ sourceId: SOURCE, locators: Array.from({ length: 51 }, (_, i) => `L${i + 1}`) }], 'BAD_USER_INPUT'),
  cited(byName('updateEntity'), 'a citation without its source', [{ locators: ['L1'] }], 'BAD_USER_INPUT', 400),
  cited(byName('addRelationship'), 'a citation with a field the input does not have', [{ ...CITE[0], trusted: true }], 'BAD_USER_INPUT', 400),
];

// ---------------------------------------------------------------------------------------------------------------
// Rate limits (a server allowing 3 anonymous requests a minute; keys unlimited)
// ---------------------------------------------------------------------------------------------------------------

/** Requests per minute the rate-limited server allows each address without a key. */
export const ANONYMOUS_PER_MINUTE = 3;
const overLimit = (description: string, request: HostileCase['request'], auth: HostileCase['auth'] = 'none'): HostileCase => ({
  description,
  request,
  auth,
  burst: ANONYMOUS_PER_MINUTE + 1,
  expect: refused('RATE_LIMITED', 429, { 'retry-after': /^[1-9][0-9]*$/, 'ratelimit-limit': new RegExp(`^${ANONYMOUS_PER_MINUTE}$`), 'ratelimit-remaining': /^0$/ }),
});

export const rateLimits: HostileCase[] = [
  overLimit('a burst of anonymous queries', graphql('{ node(id: "province:ha-tinh") { id } }')),
  overLimit('a burst behind a spoofed X-Forwarded-For, which an untrusted client cannot use to escape the limit', graphql('{ __typename }', undefined, {}, { 'x-forwarded-for': '203.0.113.7' })),
  overLimit('a burst of anonymous GET queries', graphqlGet({ query: '{ __typename }' })),
  overLimit('a burst of anonymous exports', exportGet('nodes.csv')),
  overLimit('a burst of anonymous writes', CREATE_LOCALITY),
  overLimit('a burst of malformed keys: guessing keys costs the address', CREATE_LOCALITY, () => 'Bearer guess'),
  overLimit('a burst of forged keys of the issued shape', CREATE_LOCALITY, (keys) => `Bearer pgk_${keys.editor.id}_${'g'.repeat(43)}`),
  overLimit('a burst of oversized bodies, refused before they are read', graphql(`{ search(query: "${'a'.repeat(150_000)}") { score } }`)),
];

export const HOSTILE_CLASSES: HostileClass[] = [
  { name: 'malformed documents', cases: malformedDocuments, server: 'default' },
  { name: 'query limit bombs', cases: queryLimitBombs, server: 'default' },
  { name: 'huge inputs', cases: hugeInputs, server: 'default' },
  { name: 'invalid UTF-8', cases: invalidUtf8, server: 'default' },
  { name: 'malformed JSON and HTTP', cases: malformedRequests, server: 'default' },
  { name: 'Lucene syntax in search', cases: luceneSyntax, server: 'default' },
  { name: 'Cypher injection', cases: cypherInjection, server: 'default' },
  { name: 'wrong types', cases: wrongTypes, server: 'default' },
  { name: 'forged and malformed IDs', cases: forgedIds, server: 'default' },
  { name: 'unauthorised writes', cases: unauthorisedWrites, server: 'default' },
  { name: 'writes without sources', cases: writesWithoutSources, server: 'default' },
  { name: 'rate limits', cases: rateLimits, server: 'rate-limited' },
];
