import { Router, type Request, type Response } from 'express';
import { GraphQLError } from 'graphql';
import { Driver } from 'neo4j-driver';
import { Executor } from '../db/executor';
import { ErrorCode, NotFoundError, rootCauseOf } from '../errors/errors';
import { Logger } from '../logging/logger';
import { logEachRequest, RequestLog, requestLogOf } from '../logging/request-log';
import { OutputClosedError } from './chunked-output';
import { downloadName, EXPORT_FORMATS, formatOfFile } from './export.formats';
import { parseExportScope } from './export.request';
import { runExport } from './export.service';

export interface ExportRouterOptions {
  driver: Driver;
  database: string | undefined;
  logger: Logger;
  /** How long Neo4j lets an export's read transaction run; 0 leaves it to Neo4j's own setting. */
  timeoutMs: number;
}

const STATUS_BY_CODE: Record<string, number> = {
  [ErrorCode.BadUserInput]: 400,
  [ErrorCode.NotFound]: 404,
  [ErrorCode.DatabaseUnavailable]: 503,
  [ErrorCode.QueryTimeout]: 504,
};

/** GET /export/<file>?around=<id>&depth=<1..3>: the graph, or the neighbourhood of one entity, streamed as a download. */
export function exportRouter(options: ExportRouterOptions): Router {
  const router = Router();

  router.get('/export', (_req, res) => {
    res.json({ exports: EXPORT_FORMATS.map((format) => ({ path: `/export/${format.fileName}`, format: format.name, contentType: format.contentType })) });
  });

  router.get('/export/:fileName', logEachRequest(options.logger, 'export request'), async (req: Request<{ fileName: string }>, res: Response) => {
    const log = requestLogOf(res);
    try {
      const format = formatOfFile(req.params.fileName);
      if (!format) {
        const available = EXPORT_FORMATS.map((known) => known.fileName).join(', ');
        throw new NotFoundError(`There is no export named "${req.params.fileName}"; the exports are ${available}.`);
      }
      const scope = parseExportScope(req.query.around, req.query.depth);
      log.fields.export = { format: format.name, around: scope?.around, depth: scope?.depth };
      log.executor = new Executor(options.driver, options.database, options.timeoutMs);
      const summary = await runExport(log.executor, format, scope, () => {
        res.setHeader('Content-Type', format.contentType);
        res.setHeader('Content-Disposition', `attachment; filename="${downloadName(format, scope)}"`);
        res.setHeader('Cache-Control', 'no-store');
        res.setHeader('X-Content-Type-Options', 'nosniff');
        return res;
      });
      log.fields.rows = summary;
      res.end();
    } catch (error) {
      answerWithError(res, error, log, options.logger);
    }
  });

  return router;
}

/** Before the first byte went out, a JSON error with a stable code; after it, only breaking the connection tells the client. */
function answerWithError(res: Response, error: unknown, log: RequestLog, logger: Logger): void {
  if (error instanceof OutputClosedError) return;
  const code = error instanceof GraphQLError ? (error.extensions.code as string | undefined) : undefined;
  const status = (code && STATUS_BY_CODE[code]) || 500;
  log.fields.errorCode = status === 500 ? ErrorCode.Internal : code;
  if (status === 500 || res.headersSent) logger.error({ requestId: log.requestId, err: error }, 'Export failed');
  else if (status === 503 || status === 504) logger.warn({ requestId: log.requestId, code, cause: rootCauseOf(error) }, (error as Error).message);
  if (res.headersSent) {
    res.destroy();
    return;
  }
  res.removeHeader('Content-Disposition');
  const message = status === 500 ? 'Internal server error' : (error as Error).message;
  res.status(status).json({ error: { code: status === 500 ? ErrorCode.Internal : code, message } });
}
