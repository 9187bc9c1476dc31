import { GraphQLError, ValidationRule } from 'graphql';

/**
 * Refuses an operation of a type the schema has no root for (this API serves no subscriptions) while validating,
 * as GRAPHQL_VALIDATION_FAILED. Left to execution, graphql-js throws there, and the error reads as an internal one.
 */
export const servedOperationsRule: ValidationRule = (context) => ({
  OperationDefinition(operation) {
    if (!context.getSchema().getRootType(operation.operation)) {
      context.reportError(new GraphQLError(`This API serves no ${operation.operation} operations.`, { nodes: operation }));
    }
  },
});
