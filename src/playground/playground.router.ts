import { Router, type Request, type Response } from 'express';
import path from 'node:path';
import { PlaygroundTab } from './examples';

export interface PlaygroundOptions {
  endpoint: string;
  /** The tabs a fresh browser profile opens with; the first is shown. */
  tabs: PlaygroundTab[];
  title?: string;
}

const ASSET_BASE = '/playground';
const CACHE_SECONDS = 24 * 60 * 60;

const CSP = [
  "default-src 'none'",
  "script-src 'self'",
  // GraphiQL's dialogs (via react-remove-scroll) inject a <style> element at runtime.
  "style-src 'self' 'unsafe-inline'",
  // The stylesheet embeds its fonts and icons as data: URLs.
  "font-src 'self' data:",
  "img-src 'self' data:",
  "connect-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

const JS = 'text/javascript; charset=utf-8';
const CSS = 'text/css; charset=utf-8';

const BOOT_SCRIPT = `(function () {
  'use strict';
  var config = JSON.parse(document.getElementById('playground-config').textContent);
  var first = config.tabs[0];
  // GraphiQL 3 fills the first tab's variables editor from its stored "variables" entry, never from
  // defaultTabs, so seed that entry on a fresh profile (no saved tabs yet).
  if (first.variables && localStorage.getItem('graphiql:tabState') === null) {
    localStorage.setItem('graphiql:variables', first.variables);
  }
  ReactDOM.createRoot(document.getElementById('graphiql')).render(
    React.createElement(GraphiQL, {
      // Plain JSON POSTs: Apollo does no incremental delivery with graphql 16.
      fetcher: GraphiQL.createFetcher({ url: config.endpoint, enableIncrementalDelivery: false }),
      defaultQuery: first.query,
      defaultTabs: config.tabs,
      defaultEditorToolsVisibility: 'variables',
    }),
  );
})();
`;

const PAGE_CSS = `html, body, #graphiql { height: 100%; margin: 0; overflow: hidden; }
`;

/** Files inside an installed package; their "exports" maps hide the UMD builds from require.resolve. */
function packageFile(pkg: string, file: string): string {
  return path.join(path.dirname(require.resolve(`${pkg}/package.json`)), file);
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

function renderPage(options: PlaygroundOptions): string {
  const config = JSON.stringify({ endpoint: options.endpoint, tabs: options.tabs }).replace(/</g, '\\u003c');
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(options.title ?? 'GraphQL Playground')}</title>
<link rel="icon" href="data:,">
<link rel="stylesheet" href="${ASSET_BASE}/graphiql.min.css">
<link rel="stylesheet" href="${ASSET_BASE}/playground.css">
</head>
<body>
<div id="graphiql">Loading…</div>
<script type="application/json" id="playground-config">${config}</script>
<script src="${ASSET_BASE}/react.production.min.js"></script>
<script src="${ASSET_BASE}/react-dom.production.min.js"></script>
<script src="${ASSET_BASE}/graphiql.min.js"></script>
<script src="${ASSET_BASE}/playground.js"></script>
</body>
</html>
`;
}

/** A browser opening the endpoint, as opposed to a GraphQL request over GET. */
function opensPlayground(req: Request): boolean {
  // Like Apollo's own landing page: `accept: */*` (curl, fetch) still means JSON.
  const preferred = req.accepts(['application/json', 'application/graphql-response+json', 'text/html']);
  return preferred === 'text/html' && req.query.query === undefined;
}

/** Where the playground is turned off, a browser opening `endpoint` gets a plain 404 instead of a GraphQL error about a missing query. */
export function playgroundAbsent(endpoint: string): Router {
  const router = Router();
  router.get(endpoint, (req: Request, res: Response, next) => {
    if (!opensPlayground(req)) return next();
    res.status(404).type('text/plain').send('Not found: this server does not serve the GraphQL playground.');
  });
  return router;
}

/** Serves a GraphiQL IDE at GET `endpoint` for browsers, with every asset from node_modules. */
export function playgroundRouter(options: PlaygroundOptions): Router {
  const files: Record<string, { path: string; type: string }> = {
    'graphiql.min.js': { path: packageFile('graphiql', 'graphiql.min.js'), type: JS },
    'graphiql.min.css': { path: packageFile('graphiql', 'graphiql.min.css'), type: CSS },
    'react.production.min.js': { path: packageFile('react', 'umd/react.production.min.js'), type: JS },
    'react-dom.production.min.js': {
      path: packageFile('react-dom', 'umd/react-dom.production.min.js'),
      type: JS,
    },
  };
  const inline: Record<string, { body: string; type: string }> = {
    'playground.js': { body: BOOT_SCRIPT, type: JS },
    'playground.css': { body: PAGE_CSS, type: CSS },
  };
  const page = renderPage(options);
  const router = Router();

  router.get(options.endpoint, (req: Request, res: Response, next) => {
    if (!opensPlayground(req)) return next();
    res
      .set({
        'Content-Type': 'text/html; charset=utf-8',
        'Content-Security-Policy': CSP,
        'Cache-Control': 'no-cache',
        'X-Content-Type-Options': 'nosniff',
        Vary: 'Accept',
      })
      .send(page);
  });

  router.get(`${ASSET_BASE}/:file`, (req: Request<{ file: string }>, res: Response, next) => {
    const name = req.params.file;
    const headers = {
      'Cache-Control': `public, max-age=${CACHE_SECONDS}`,
      'X-Content-Type-Options': 'nosniff',
    };
    if (Object.hasOwn(files, name)) {
      res.set({ ...headers, 'Content-Type': files[name].type }).sendFile(files[name].path);
    } else if (Object.hasOwn(inline, name)) {
      res.set({ ...headers, 'Content-Type': inline[name].type }).send(inline[name].body);
    } else {
      next();
    }
  });

  return router;
}
