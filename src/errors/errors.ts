import { GraphQLError } from 'graphql';

export const ErrorCode = {
  BadUserInput: 'BAD_USER_INPUT',
  BadRequest: 'BAD_REQUEST',
  DatabaseUnavailable: 'DATABASE_UNAVAILABLE',
  Internal: 'INTERNAL_SERVER_ERROR',
  ScopeTooLarge: 'SCOPE_TOO_LARGE',
} as const;

export class BadUserInputError extends GraphQLError {
  constructor(message: string, argument?: string) {
    super(message, { extensions: { code: ErrorCode.BadUserInput, ...(argument ? { argument } : {}) } });
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

/** A computation asked for more of the graph than one request may take on. */
export class ScopeTooLargeError extends GraphQLError {
  constructor(message: string, argument: string) {
    super(message, { extensions: { code: ErrorCode.ScopeTooLarge, argument } });
  }
}
