import { Router, type Request, type Response } from 'express';
import { explorerAssetLoader, type ExplorerAssets } from './explorer.bundle';

export const EXPLORER_PATH = '/explore';

const CSP = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "connect-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

const CONTENT_TYPES: Record<string, string> = {
  'app.js': 'text/javascript; charset=utf-8',
  'app.css': 'text/css; charset=utf-8',
};

const COMMON_HEADERS = { 'X-Content-Type-Options': 'nosniff', 'Cache-Control': 'no-cache' };

/** Serves the explorer page at /explore and its bundled script and stylesheet under /explore/. */
export function explorerRouter(loadAssets: () => Promise<ExplorerAssets> = explorerAssetLoader()): Router {
  const router = Router();

  const serve = async (res: Response, name: string, headers: Record<string, string>) => {
    let assets: ExplorerAssets;
    try {
      assets = await loadAssets();
    } catch (error) {
      res
        .status(503)
        .type('text/plain')
        .send(`The explorer is not built: run \`npm run build\`. (${error instanceof Error ? error.message : String(error)})`);
      return;
    }
    res.set({ ...COMMON_HEADERS, ...headers }).send(assets.get(name));
  };

  router.get(EXPLORER_PATH, (_req: Request, res: Response) =>
    serve(res, 'index.html', { 'Content-Type': 'text/html; charset=utf-8', 'Content-Security-Policy': CSP }),
  );

  router.get(`${EXPLORER_PATH}/:file`, (req: Request<{ file: string }>, res: Response, next) => {
    const name = req.params.file;
    if (!Object.hasOwn(CONTENT_TYPES, name)) return next();
    return serve(res, name, { 'Content-Type': CONTENT_TYPES[name] });
  });

  return router;
}
