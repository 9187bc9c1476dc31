import { GraphQLError } from 'graphql';

export const ErrorCode = {
  BadUserInput: 'BAD_USER_INPUT',
  BadRequest: 'BAD_REQUEST',
  NotFound: 'NOT_FOUND',
  DatabaseUnavailable: 'DATABASE_UNAVAILABLE',
  QueryTimeout: 'QUERY_TIMEOUT',
  Internal: 'INTERNAL_SERVER_ERROR',
  ScopeTooLarge: 'SCOPE_TOO_LARGE',
  Unauthenticated: 'UNAUTHENTICATED',
  Forbidden: 'FORBIDDEN',
  RateLimited: 'RATE_LIMITED',
  CitationRequired: 'CITATION_REQUIRED',
  Conflict: 'CONFLICT',
} as const;

export class BadUserInputError extends GraphQLError {
  constructor(message: string, argument?: string, details: Record<string, unknown> = {}) {
    super(message, { extensions: { code: ErrorCode.BadUserInput, ...(argument ? { argument } : {}), ...details } });
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

/** The deepest cause of an error, for the log: usually the driver's message, which answers never show. */
export function rootCauseOf(error: unknown): string | undefined {
  let current = error as { originalError?: unknown; cause?: unknown; message?: string } | undefined;
  while (current && (current.originalError || current.cause)) current = (current.originalError ?? current.cause) as typeof current;
  return current?.message;
}

export const DATABASE_UNAVAILABLE_MESSAGE = 'The graph database is unavailable; try again shortly.';

/** Neo4j cannot be reached, did not answer in time, or has no free connection; the message says which. */
export class DatabaseUnavailableError extends GraphQLError {
  constructor(cause?: unknown, message = DATABASE_UNAVAILABLE_MESSAGE) {
    super(message, {
      extensions: { code: ErrorCode.DatabaseUnavailable },
      originalError: cause instanceof Error ? cause : undefined,
    });
  }
}

/**
 * A transaction ran past the time one request may take: Neo4j stopped it, or, when Neo4j said nothing at all by the
 * executor's deadline, the executor stopped waiting; the message says which.
 */
export class QueryTimeoutError extends GraphQLError {
  constructor(cause?: unknown, message = 'The query ran longer than this API allows and was stopped; ask for less (a smaller depth, scope or page) or try again later.') {
    super(message, {
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

/** No API key, or one that is unknown, revoked or malformed, where the request needs one. */
export class UnauthenticatedError extends GraphQLError {
  constructor(message: string) {
    super(message, { extensions: { code: ErrorCode.Unauthenticated, http: { status: 401 } } });
  }
}

/** A valid API key whose role does not allow the operation. */
export class ForbiddenError extends GraphQLError {
  constructor(message: string) {
    super(message, { extensions: { code: ErrorCode.Forbidden, http: { status: 403 } } });
  }
}

/** A write that cites no source: every curated fact must say where it comes from. */
export class CitationRequiredError extends GraphQLError {
  constructor(argument = 'citations') {
    super(`Argument "${argument}" must cite at least one source: every change to the graph says where it comes from.`, {
      extensions: { code: ErrorCode.CitationRequired, argument },
    });
  }
}

/** A write that would clash with what the graph holds, such as an ID already taken. */
export class ConflictError extends GraphQLError {
  constructor(message: string) {
    super(message, { extensions: { code: ErrorCode.Conflict } });
  }
}
