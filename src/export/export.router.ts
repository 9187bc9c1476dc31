import { randomUUID } from 'node:crypto';
import { Router, type Request, type Response } from 'express';
import { GraphQLError } from 'graphql';
import { Driver } from 'neo4j-driver';
import { Executor } from '../db/executor';
import { ErrorCode, NotFoundError } from '../errors/errors';
import { OutputClosedError } from './chunked-output';
import { downloadName, EXPORT_FORMATS, formatOfFile } from './export.formats';
import { parseExportScope } from './export.request';
import { runExport } from './export.service';

export interface ExportRouterOptions {
  driver: Driver;
  database: string | undefined;
  log: (line: string) => void;
}

const STATUS_BY_CODE: Record<string, number> = {
  [ErrorCode.BadUserInput]: 400,
  [ErrorCode.NotFound]: 404,
  [ErrorCode.DatabaseUnavailable]: 503,
};

/** GET /export/<file>?around=<id>&depth=<1..3>: the graph, or the neighbourhood of one entity, streamed as a download. */
export function exportRouter(options: ExportRouterOptions): Router {
  const router = Router();

  router.get('/export', (_req, res) => {
    res.json({ exports: EXPORT_FORMATS.map((format) => ({ path: `/export/${format.fileName}`, format: format.name, contentType: format.contentType })) });
  });

  router.get('/export/:fileName', async (req: Request<{ fileName: string }>, res: Response) => {
    const requestId = (req.headers['x-request-id'] as string | undefined)?.slice(0, 64) || randomUUID();
    res.setHeader('x-request-id', requestId);
    try {
      const format = formatOfFile(req.params.fileName);
      if (!format) {
        const available = EXPORT_FORMATS.map((known) => known.fileName).join(', ');
        throw new NotFoundError(`There is no export named "${req.params.fileName}"; the exports are ${available}.`);
      }
      const scope = parseExportScope(req.query.around, req.query.depth);
      await runExport(new Executor(options.driver, options.database), format, scope, () => {
        res.setHeader('Content-Type', format.contentType);
        res.setHeader('Content-Disposition', `attachment; filename="${downloadName(format, scope)}"`);
        res.setHeader('Cache-Control', 'no-store');
        res.setHeader('X-Content-Type-Options', 'nosniff');
        return res;
      });
      res.end();
    } catch (error) {
      answerWithError(res, error, requestId, options.log);
    }
  });

  return router;
}

/** Before the first byte went out, a JSON error with a stable code; after it, only breaking the connection tells the client. */
function answerWithError(res: Response, error: unknown, requestId: string, log: (line: string) => void): void {
  if (error instanceof OutputClosedError) return;
  const code = error instanceof GraphQLError ? (error.extensions.code as string | undefined) : undefined;
  const status = (code && STATUS_BY_CODE[code]) || 500;
  if (status === 500 || res.headersSent) log(`[${requestId}] export failed: ${(error as Error)?.stack ?? error}`);
  if (res.headersSent) {
    res.destroy();
    return;
  }
  res.removeHeader('Content-Disposition');
  const message = status === 500 ? 'Internal server error' : (error as Error).message;
  res.status(status).json({ error: { code: status === 500 ? ErrorCode.Internal : code, message } });
}
