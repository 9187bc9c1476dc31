import { ApolloServer, ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { expressMiddleware } from '@as-integrations/express5';
import express, { NextFunction, Request, Response } from 'express';
import { GraphQLFormattedError } from 'graphql';
import { Driver } from 'neo4j-driver';
import { randomUUID } from 'node:crypto';
import http from 'node:http';
import { AccessPolicy, accessMiddleware, callerOf, OPEN_ACCESS } from './access/access.middleware';
import { KeyAuthenticator } from './access/key-authenticator';
import { Context, createContext, Limits } from './context';
import { Executor } from './db/executor';
import { ErrorCode } from './errors/errors';
import { explorerRouter } from './explorer/explorer.router';
import { exportRouter } from './export/export.router';
import { playgroundTabs } from './playground/examples';
import { limitCodeOf, queryLimits } from './limits/query-limits';
import { playgroundRouter } from './playground/playground.router';
import { partnershipSchema } from './schema/build-schema';
import { servedOperationsRule } from './schema/served-operations.rule';

export interface ServerOptions {
  driver: Driver;
  database: string | undefined;
  maxRequestBytes: number;
  limits?: Limits;
  /** Who may read, and the rate limits; open, without limits, when not given. */
  access?: AccessPolicy;
  trustProxy?: string;
  log?: (line: string) => void;
}

/** GraphQL's validation reports a wrongly typed argument value; to the caller that is bad input. */
const ARGUMENT_VALUE_ERROR = /^(Enum "|Value "|Expected value of type|Expected type|Int cannot represent|Float cannot represent|String cannot represent|ID cannot represent|Boolean cannot represent|Argument ".*" of (non-null )?type)/;

export function formatError(formatted: GraphQLFormattedError, error?: unknown): GraphQLFormattedError {
  const code = formatted.extensions?.code;
  const limitCode = limitCodeOf(formatted.message);
  if (limitCode) return { ...formatted, extensions: { code: limitCode } };
  if (code === 'GRAPHQL_VALIDATION_FAILED' && ARGUMENT_VALUE_ERROR.test(formatted.message)) {
    return { ...formatted, extensions: { ...formatted.extensions, code: ErrorCode.BadUserInput } };
  }
  // Apollo rejects some requests (e.g. a persisted-query hash that does not match its text) with a 4xx status but no code.
  const status = (error as { extensions?: { http?: { status?: number } } } | undefined)?.extensions?.http?.status;
  if ((code === undefined || code === ErrorCode.Internal) && status !== undefined && status >= 400 && status < 500) {
    return { ...formatted, extensions: { code: ErrorCode.BadRequest } };
  }
  if (code === ErrorCode.Internal || code === undefined) {
    return { message: 'Internal server error', locations: formatted.locations, path: formatted.path, extensions: { code: ErrorCode.Internal } };
  }
  return formatted;
}

/** Puts the request id and the number of Cypher round trips into each response's `extensions`. */
function requestMetricsPlugin(log: (line: string) => void): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      return {
        async didEncounterErrors({ contextValue, errors }) {
          for (const error of errors) {
            const code = error.extensions?.code;
            if (code === ErrorCode.Internal || code === undefined) log(`[${contextValue.requestId}] unexpected error: ${error.originalError?.stack ?? error.message}`);
          }
        },
        async willSendResponse({ contextValue, response }) {
          if (response.body.kind === 'single') {
            response.body.singleResult.extensions = {
              ...response.body.singleResult.extensions,
              requestId: contextValue.requestId,
              roundTrips: contextValue.executor.roundTrips,
            };
          }
          response.http.headers.set('x-request-id', contextValue.requestId);
        },
      };
    },
  };
}

export interface RunningServer {
  app: express.Express;
  httpServer: http.Server;
  apollo: ApolloServer<Context>;
  url: string;
  stop(): Promise<void>;
}

export async function createServer(options: ServerOptions): Promise<{ app: express.Express; httpServer: http.Server; apollo: ApolloServer<Context> }> {
  const log = options.log ?? ((line: string) => console.error(line));
  const app = express();
  const httpServer = http.createServer(app);
  const limits = queryLimits();
  const apollo = new ApolloServer<Context>({
    schema: await partnershipSchema(),
    formatError,
    includeStacktraceInErrorResponses: false,
    // main.ts owns shutdown: it drains HTTP first, then closes the database.
    stopOnTerminationSignals: false,
    // On in every environment: the playground, the typed client's code generation and analysts' tools read the schema.
    introspection: true,
    // Automatic persisted queries: clients may send a query's SHA-256 instead of its text. The cache is
    // per instance and bounded; a client whose hash an instance does not know resends the text once.
    persistedQueries: { ttl: 24 * 60 * 60 },
    plugins: [ApolloServerPluginDrainHttpServer({ httpServer }), ApolloServerPluginLandingPageDisabled(), requestMetricsPlugin(log), ...limits.plugins],
    validationRules: [...limits.validationRules, servedOperationsRule],
    parseOptions: limits.parseOptions,
  });
  await apollo.start();

  app.disable('x-powered-by');
  if (options.trustProxy) app.set('trust proxy', options.trustProxy);
  const access = accessMiddleware(new KeyAuthenticator(new Executor(options.driver, options.database)), options.access ?? OPEN_ACCESS);
  app.get('/health', (_req, res) => {
    res.json({ status: 'ok' });
  });
  app.get('/ready', async (_req, res) => {
    try {
      await options.driver.verifyConnectivity({ database: options.database });
      res.json({ status: 'ready', database: 'reachable' });
    } catch (error) {
      res.status(503).json({ status: 'unavailable', database: 'unreachable', reason: (error as Error).message });
    }
  });
  app.use('/export', access);
  app.use(exportRouter({ driver: options.driver, database: options.database, log }));
  app.use(explorerRouter());
  app.use(playgroundRouter({ endpoint: '/graphql', tabs: playgroundTabs(), title: 'Partnership graph' }));
  app.use(
    '/graphql',
    access,
    express.json({ limit: options.maxRequestBytes }),
    expressMiddleware(apollo, {
      context: async ({ req, res }) =>
        createContext(options.driver, options.database, (req.headers['x-request-id'] as string | undefined)?.slice(0, 64) || randomUUID(), options.limits, callerOf(res)),
    }),
  );
  app.use(requestErrorHandler);
  return { app, httpServer, apollo };
}

/** Body-parser failures (oversized or malformed JSON) answered in GraphQL's error shape with a stable code. */
function requestErrorHandler(error: { type?: string; status?: number; message?: string }, _req: Request, res: Response, next: NextFunction) {
  if (res.headersSent) return next(error);
  if (error.type === 'entity.too.large') {
    res.status(413).json({ errors: [{ message: 'The request body is too large.', extensions: { code: 'PAYLOAD_TOO_LARGE' } }] });
  } else if (error.type === 'entity.parse.failed') {
    res.status(400).json({ errors: [{ message: 'The request body is not valid JSON.', extensions: { code: ErrorCode.BadRequest } }] });
  } else {
    res.status(error.status ?? 500).json({ errors: [{ message: 'The request could not be handled.', extensions: { code: ErrorCode.BadRequest } }] });
  }
}

export async function startServer(options: ServerOptions & { port: number; host: string }): Promise<RunningServer> {
  const { app, httpServer, apollo } = await createServer(options);
  await new Promise<void>((resolve, reject) => {
    httpServer.once('error', reject);
    httpServer.listen(options.port, options.host, () => resolve());
  });
  const address = httpServer.address();
  const port = typeof address === 'object' && address ? address.port : options.port;
  return {
    app,
    httpServer,
    apollo,
    url: `http://${options.host === '0.0.0.0' ? 'localhost' : options.host}:${port}/graphql`,
    stop: () => apollo.stop(),
  };
}
