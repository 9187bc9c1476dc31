import { randomUUID } from 'node:crypto';
import type { Request, RequestHandler, Response } from 'express';
import { Executor } from '../db/executor';
import { Logger } from './logger';

const MAX_REQUEST_ID_LENGTH = 64;
const NOT_IN_REQUEST_ID = /[^A-Za-z0-9._:-]/g;

/** The client's `x-request-id`, kept to a safe alphabet and 64 characters because it is echoed in a header and logged; otherwise a fresh UUID. */
export function requestIdOf(req: Request): string {
  return req.get('x-request-id')?.replace(NOT_IN_REQUEST_ID, '').slice(0, MAX_REQUEST_ID_LENGTH) || randomUUID();
}

/** What the log line of one request says. Handlers add what they learn, such as the operation name or the error codes. */
export interface RequestLog {
  requestId: string;
  /** The executor whose round trips the line reports. */
  executor?: Executor;
  fields: Record<string, unknown>;
}

/**
 * Gives each request its id (answered in `x-request-id`) and writes one line for it once the response is over,
 * whether it was served, refused before it reached a handler, or broken off.
 */
export function logEachRequest(logger: Logger, message: string): RequestHandler {
  return (req, res, next) => {
    const startedAt = performance.now();
    const log: RequestLog = { requestId: requestIdOf(req), fields: {} };
    res.locals.requestLog = log;
    res.setHeader('x-request-id', log.requestId);
    res.once('close', () => {
      logger.info(
        {
          requestId: log.requestId,
          method: req.method,
          path: req.originalUrl.split('?')[0],
          status: res.statusCode,
          durationMs: Math.round((performance.now() - startedAt) * 10) / 10,
          roundTrips: log.executor?.roundTrips,
          ...(res.writableFinished ? {} : { brokenOff: true }),
          ...log.fields,
        },
        message,
      );
    });
    next();
  };
}

export function requestLogOf(res: Response): RequestLog {
  return res.locals.requestLog as RequestLog;
}
