import { GraphQLError } from 'graphql';

export const ErrorCode = {
  BadUserInput: 'BAD_USER_INPUT',
  BadRequest: 'BAD_REQUEST',
  NotFound: 'NOT_FOUND',
  DatabaseUnavailable: 'DATABASE_UNAVAILABLE',
  QueryTimeout: 'QUERY_TIMEOUT',
  Internal: 'INTERNAL_SERVER_ERROR',
  ScopeTooLarge: 'SCOPE_TOO_LARGE',
} as const;

export class BadUserInputError extends GraphQLError {
  constructor(message: string, argument?: string) {
    super(message, { extensions: { code: ErrorCode.BadUserInput, ...(argument ? { argument } : {}) } });
  }
}

/** A numeric argument within its bounds, or BAD_USER_INPUT naming it. */
export function requireWithin(value: number, min: number, max: number, argument: string): number {
  if (value < min || value > max) throw new BadUserInputError(`Argument "${argument}" must be between ${min} and ${max}.`, argument);
  return value;
}

/** For lookups where an answer without the entity would mislead, such as an export around it; GraphQL fields answer null instead. */
export class NotFoundError extends GraphQLError {
  constructor(message: string) {
    super(message, { extensions: { code: ErrorCode.NotFound } });
  }
}

export class DatabaseUnavailableError extends GraphQLError {
  constructor(cause?: unknown) {
    super('The graph database is unavailable; try again shortly.', {
      extensions: { code: ErrorCode.DatabaseUnavailable },
      originalError: cause instanceof Error ? cause : undefined,
    });
  }
}

/** Neo4j stopped a transaction that ran past the time one request may take. */
export class QueryTimeoutError extends GraphQLError {
  constructor(cause?: unknown) {
    super('The query ran longer than this API allows and was stopped; ask for less (a smaller depth, scope or page) or try again later.', {
      extensions: { code: ErrorCode.QueryTimeout },
      originalError: cause instanceof Error ? cause : undefined,
    });
  }
}

/** A computation asked for more of the graph than one request may take on. */
export class ScopeTooLargeError extends GraphQLError {
  constructor(message: string, argument: string) {
    super(message, { extensions: { code: ErrorCode.ScopeTooLarge, argument } });
  }
}
