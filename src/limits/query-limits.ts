import { ApolloArmor } from '@escape.tech/graphql-armor';
import { GraphQLFormattedError } from 'graphql';
import { MAX_QUERY_COST, queryCostPlugin } from './query-cost';

/**
 * Bounds on a GraphQL document, checked before anything runs: the token count by GraphQL's own parser, depth,
 * aliases and directives by GraphQL Armor, the cost with the request's variables by query-cost.ts. Introspection
 * is exempt from depth and cost, so the playground and code generators keep working. The numbers leave room for
 * every operation in src/client/operations/ and the benchmark workloads.
 */
export const QUERY_LIMITS = {
  maxDepth: 12,
  maxAliases: 30,
  maxDirectives: 20,
  maxTokens: 5000,
  maxCost: MAX_QUERY_COST,
} as const;

export function queryLimits() {
  const armor = new ApolloArmor({
    maxDepth: { n: QUERY_LIMITS.maxDepth, ignoreIntrospection: true },
    maxAliases: { n: QUERY_LIMITS.maxAliases },
    maxDirectives: { n: QUERY_LIMITS.maxDirectives },
    // Armor's token plugin parses in a hook whose errors Apollo answers with HTTP 500, a malformed document
    // included; the parser's own limit fails the request as a parse error, with 400.
    maxTokens: { enabled: false },
    // Armor prices `first` only where it is written in the document; queryCostPlugin prices it from variables and defaults too.
    costLimit: { enabled: false },
    // Armor's own blocking, for Apollo, misses enum values and inline fragments and leaves a stray "?";
    // withoutSuggestions below hides them all where introspection is off.
    blockFieldSuggestion: { enabled: false },
  }).protect();
  return { ...armor, plugins: [...armor.plugins, queryCostPlugin()], parseOptions: { maxTokens: QUERY_LIMITS.maxTokens } };
}

/** GraphQL's "Did you mean …?" hints name fields, arguments, types and enum values; without introspection they would give the schema away. */
const SUGGESTION = / ?Did you mean [^?]*\?/g;

export function withoutSuggestions(error: GraphQLFormattedError): GraphQLFormattedError {
  const message = error.message.replace(SUGGESTION, '');
  return message === error.message ? error : { ...error, message };
}

/** GraphQL Armor and the parser report every limit as a syntax error; each gets a stable code of its own. */
const CODE_BY_MESSAGE: [RegExp, string][] = [
  [/^Syntax Error: Query depth limit/, 'QUERY_TOO_DEEP'],
  [/^Syntax Error: Aliases limit/, 'TOO_MANY_ALIASES'],
  [/^Syntax Error: Directives limit/, 'TOO_MANY_DIRECTIVES'],
  // graphql-js spells it "more that".
  [/^Syntax Error: Document contains more tha[nt] \d+ tokens/, 'TOO_MANY_TOKENS'],
];

/** The stable code of a limit's error, and its message without the misleading "Syntax Error: " in front. */
export function limitErrorOf(message: string): { code: string; message: string } | undefined {
  const code = CODE_BY_MESSAGE.find(([pattern]) => pattern.test(message))?.[1];
  return code ? { code, message: message.replace(/^Syntax Error: /, '') } : undefined;
}
