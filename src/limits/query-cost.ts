import { ApolloServerPlugin } from '@apollo/server';
import { GraphQLCompositeType, GraphQLError, GraphQLField, getNullableType, GraphQLSchema, isListType } from 'graphql';
import { ComplexityEstimatorArgs, getComplexity } from 'graphql-query-complexity';
import { MAX_PAGE_SIZE } from '../pagination/page-size';

export const MAX_QUERY_COST = 20_000;

/** What a list without a `first` argument (an entity's sources, an event's participants) is assumed to hold. */
export const ASSUMED_LIST_SIZE = 5;

/**
 * Fields that cost more than 1, by what they make the server do: a count over a whole filter, a traversal of
 * the graph (by its number of hops), a projection held and computed on in memory. Every other field costs 1.
 * README, "Query cost".
 */
export const FIELD_COSTS: Record<string, number | ((args: Record<string, unknown>) => number)> = {
  'Query.networkStatistics': 1000,
  'NetworkStatistics.betweenness': 1000,
  'Query.neighborhood': ({ depth }) => 500 * Math.max(Number(depth) || 1, 1),
  'Query.path': 100,
  'Query.paths': 100,
  'ArticleReviewConnection.totalCount': 50,
  'AssociationConnection.totalCount': 50,
  'AuditEntryConnection.totalCount': 50,
  'DocumentConnection.totalCount': 50,
  'EventConnection.totalCount': 50,
  'LocalityConnection.totalCount': 50,
  'OfficialConnection.totalCount': 50,
  'OrganizationConnection.totalCount': 50,
  'PartnershipConnection.totalCount': 50,
};

/**
 * Lists whose default `first` is a cap for the few entities with hundreds of items, not their usual size: left to
 * that default, they are priced like any other list (as they were before they had a `first`).
 */
const DEFAULT_FIRST_IS_A_CAP = new Set(['Query.partnerships']);

/** Lists whose size is already paid for by the field above them: a connection's page, a traversal's result. */
function isPricedAbove(type: GraphQLCompositeType, field: GraphQLField<unknown, unknown>): boolean {
  return (type.name.endsWith('Connection') && field.name === 'edges') || type.name === 'Subgraph' || type.name === 'Path';
}

/**
 * A field costs its own price plus its selection's, times the number of items it may return: `first` as the
 * request gives it (in the document, through a variable, or by default for a connection; at most MAX_PAGE_SIZE), or
 * ASSUMED_LIST_SIZE for other lists.
 */
export function fieldCost({ type, field, args, childComplexity, node }: ComplexityEstimatorArgs): number {
  const price = FIELD_COSTS[`${type.name}.${field.name}`] ?? 1;
  const own = typeof price === 'function' ? price(args) : price;
  const isList = isListType(getNullableType(field.type)) && !isPricedAbove(type, field);
  const capOnly = DEFAULT_FIRST_IS_A_CAP.has(`${type.name}.${field.name}`) && !node.arguments?.some((argument) => argument.name.value === 'first');
  let items = 1;
  // A page over the maximum is refused as BAD_USER_INPUT when it runs, so it costs no more than the largest page.
  if (typeof args.first === 'number' && !capOnly) items = Math.min(Math.max(args.first, 1), MAX_PAGE_SIZE);
  else if (isList) items = ASSUMED_LIST_SIZE;
  return (own + childComplexity) * items;
}

export class QueryTooCostlyError extends GraphQLError {
  constructor(cost: number) {
    super(`The query would cost ${cost}; at most ${MAX_QUERY_COST} is allowed. Ask for smaller pages, fewer aliases or less nesting (README, "Query cost").`, {
      extensions: { code: 'QUERY_TOO_COSTLY', cost, maxCost: MAX_QUERY_COST, http: { status: 400 } },
    });
  }
}

/** The cost of an operation with its variables, as the server prices it. */
export function queryCost(schema: GraphQLSchema, query: Parameters<typeof getComplexity>[0]['query'], variables?: Record<string, unknown>, operationName?: string): number {
  return getComplexity({ schema, query, variables, operationName, estimators: [fieldCost] });
}

/**
 * Prices the operation once it is known to be valid and its variables are at hand, so that a page size given
 * through a variable or left to its default costs what a literal would; a costly one is refused before it runs.
 */
export function queryCostPlugin(): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ schema, document, request, operationName, operation }) {
          if (operation?.selectionSet.selections.every((selection) => selection.kind === 'Field' && selection.name.value.startsWith('__'))) return;
          let cost: number;
          try {
            cost = queryCost(schema, document, request.variables, operationName ?? undefined);
          } catch {
            // Variables that do not fit the operation: execution refuses them before any resolver runs.
            return;
          }
          if (cost > MAX_QUERY_COST) throw new QueryTooCostlyError(cost);
        },
      };
    },
  };
}
