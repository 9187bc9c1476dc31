import { NextFunction, Request, RequestHandler, Response } from 'express';
import { GraphQLError } from 'graphql';
import { AccessPolicy } from '../config';
import { ErrorCode, UnauthenticatedError } from '../errors/errors';
import { Caller } from './caller';
import { KeyAuthenticator } from './key-authenticator';
import { RateLimiter } from './rate-limiter';

export const OPEN_ACCESS: AccessPolicy = { readsRequireKey: false, anonymousPerMinute: 0, keyPerMinute: 0 };

/** The caller the access middleware identified, for the GraphQL context. */
export function callerOf(res: Response): Caller {
  return res.locals.caller as Caller;
}

/**
 * Identifies the caller (API key or address), applies the rate limit of that caller, and refuses anonymous
 * requests when reads need a key. Roles are checked later, per field, by the schema's auth checker.
 */
export function accessMiddleware(authenticator: KeyAuthenticator, policy: AccessPolicy): RequestHandler {
  const anonymousLimiter = policy.anonymousPerMinute > 0 ? new RateLimiter(policy.anonymousPerMinute) : null;
  const keyLimiter = policy.keyPerMinute > 0 ? new RateLimiter(policy.keyPerMinute) : null;
  return async (req: Request, res: Response, next: NextFunction) => {
    const address = req.ip ?? req.socket.remoteAddress ?? 'unknown';
    let caller: Caller;
    try {
      caller = (await authenticator.authenticate(req.headers.authorization)) ?? { kind: 'anonymous', address };
    } catch (error) {
      // A wrong key costs the address a request, so guessing keys is rate limited too.
      if (anonymousLimiter && !anonymousLimiter.take(address).allowed) return refuseRateLimited(res, anonymousLimiter, 60);
      if (error instanceof GraphQLError) return refuse(res, 401, error);
      return next(error);
    }
    const limiter = caller.kind === 'key' ? keyLimiter : anonymousLimiter;
    if (limiter) {
      const outcome = limiter.take(caller.kind === 'key' ? `key:${caller.keyId}` : `ip:${address}`);
      res.setHeader('RateLimit-Limit', String(limiter.perMinute));
      if (!outcome.allowed) return refuseRateLimited(res, limiter, outcome.retryAfterSeconds);
      res.setHeader('RateLimit-Remaining', String(outcome.remaining));
    }
    if (caller.kind === 'anonymous' && policy.readsRequireKey) {
      return refuse(res, 401, new UnauthenticatedError('This server needs an API key for every request: send "Authorization: Bearer <API key>".'));
    }
    res.locals.caller = caller;
    next();
  };
}

function refuse(res: Response, status: number, error: GraphQLError): void {
  res.status(status).json({ errors: [{ message: error.message, extensions: { code: error.extensions.code } }] });
}

function refuseRateLimited(res: Response, limiter: RateLimiter, retryAfterSeconds: number): void {
  res.setHeader('Retry-After', String(retryAfterSeconds));
  res.setHeader('RateLimit-Limit', String(limiter.perMinute));
  res.setHeader('RateLimit-Remaining', '0');
  res.status(429).json({
    errors: [{ message: `Too many requests: the limit is ${limiter.perMinute} per minute. Retry in ${retryAfterSeconds} s.`, extensions: { code: ErrorCode.RateLimited } }],
  });
}
