import { ApolloServer, ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { ApolloServerPluginCacheControl } from '@apollo/server/plugin/cacheControl';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { expressMiddleware } from '@as-integrations/express5';
import express, { NextFunction, Request, Response } from 'express';
import { GraphQLFormattedError } from 'graphql';
import { Driver } from 'neo4j-driver';
import http from 'node:http';
import { accessMiddleware, callerOf, OPEN_ACCESS } from './access/access.middleware';
import { KeyAuthenticator } from './access/key-authenticator';
import { httpCachingPlugin } from './caching/http-caching.plugin';
import { AccessPolicy, DEFAULT_CACHE_MAX_AGE_SECONDS, DEFAULT_HTTP_TIMEOUTS, DEFAULT_LIMITS, HttpTimeouts, Limits } from './config';
import { Context, createContext } from './context';
import { Deadline } from './db/deadline';
import { ping } from './db/driver';
import { Executor, isPoolExhausted } from './db/executor';
import { ErrorCode, rootCauseOf } from './errors/errors';
import { explorerRouter } from './explorer/explorer.router';
import { exportRouter } from './export/export.router';
import { createLogger, Logger } from './logging/logger';
import { logEachRequest, RequestLog, requestLogOf } from './logging/request-log';
import { playgroundTabs } from './playground/examples';
import { limitErrorOf, queryLimits, withoutSuggestions } from './limits/query-limits';
import { NetworkWorkers } from './network/network-workers';
import { playgroundAbsent, playgroundRouter } from './playground/playground.router';
import { partnershipSchema } from './schema/build-schema';
import { servedOperationsRule } from './schema/served-operations.rule';

export interface ServerOptions {
  driver: Driver;
  database: string | undefined;
  maxRequestBytes: number;
  /** Bounds left out keep their defaults. */
  limits?: Partial<Limits>;
  /** Who may read, and the rate limits; open, without limits, when not given. */
  access?: AccessPolicy;
  trustProxy?: string;
  /** Request lines and unexpected errors; by default at `info` on standard output, readable at a terminal and JSON lines elsewhere. */
  logger?: Logger;
  /** Production mode keeps why Neo4j is unreachable out of `/ready` (it goes to the log). Off by default. */
  production?: boolean;
  /** The schema for anyone who asks, and GraphQL's "Did you mean …" hints, which would spell it out anyway. On by default. */
  introspection?: boolean;
  /** The GraphiQL page at GET /graphql. On by default. */
  playground?: boolean;
  /** How long stopping waits for in-flight requests before it closes their connections; 10 s by default. */
  shutdownGraceMs?: number;
  /** How long shared caches may keep an anonymous GET query's answer, unless a field's hint says less; 60 s by default, 0 caches nothing. */
  cacheMaxAgeSeconds?: number;
  /** The threads that compute heavy network measures; a pool of its own by default. Closed when the server stops. */
  networkWorkers?: NetworkWorkers;
  /** How long a client may take to send its request's headers, and the whole request; 10 s and 30 s by default. */
  httpTimeouts?: HttpTimeouts;
  /** Why the database is known to be down without asking it (the embedded Neo4j being restarted), or undefined. */
  databaseOutage?: () => string | undefined;
}

/** `/ready` answers within this, whatever state Neo4j is in. */
export const READY_DEADLINE_MS = 1_000;

/** How often Node looks for requests past their header or request timeout (its default, 30 s, would let them overstay). */
const TIMEOUT_CHECK_INTERVAL_MS = 1_000;

/** GraphQL's validation reports a wrongly typed argument value; to the caller that is bad input. */
const ARGUMENT_VALUE_ERROR = /^(Enum "|Value "|Expected value of type|Expected type|Int cannot represent|Float cannot represent|String cannot represent|ID cannot represent|Boolean cannot represent|Argument ".*" of (non-null )?type)/;

export function formatError(formatted: GraphQLFormattedError, error?: unknown): GraphQLFormattedError {
  const code = formatted.extensions?.code;
  const limitError = limitErrorOf(formatted.message);
  if (limitError) return { ...formatted, message: limitError.message, extensions: { code: limitError.code } };
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

/**
 * Puts the request id and the number of Cypher round trips into each response's `extensions`, and the
 * operation name and error codes into the request's log line; logs unexpected errors with their stack.
 */
function requestMetricsPlugin(logger: Logger, requestLogs: WeakMap<Executor, RequestLog>): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      return {
        async didEncounterErrors({ contextValue, errors }) {
          for (const error of errors) {
            const code = error.extensions?.code;
            if (code === ErrorCode.Internal || code === undefined) logger.error({ requestId: contextValue.requestId, err: error.originalError ?? error }, 'Unexpected error');
            if (code === ErrorCode.DatabaseUnavailable || code === ErrorCode.QueryTimeout) {
              logger.warn({ requestId: contextValue.requestId, code, cause: rootCauseOf(error) }, error.message);
            }
          }
        },
        async willSendResponse({ contextValue, response, operationName, request }) {
          const log = requestLogs.get(contextValue.executor);
          if (log) log.fields.operationName = operationName ?? request.operationName;
          if (response.body.kind === 'single') {
            const result = response.body.singleResult;
            result.extensions = { ...result.extensions, requestId: contextValue.requestId, roundTrips: contextValue.executor.roundTrips };
            if (log && result.errors) log.fields.errorCodes = result.errors.map((error) => error.extensions?.code);
          }
        },
      };
    },
  };
}

/** Ends the network workers' threads once the server stops, after the HTTP drain let in-flight requests finish. */
function closeWithServer(networkWorkers: NetworkWorkers): ApolloServerPlugin<Context> {
  return {
    async serverWillStart() {
      return {
        async serverWillStop() {
          await networkWorkers.close();
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
  const logger = options.logger ?? createLogger('info');
  const limits: Limits = { ...DEFAULT_LIMITS, ...options.limits };
  const introspection = options.introspection ?? true;
  // Plugins see a copy of the context, so a request's log line is found through its executor, which the copy shares.
  const requestLogs = new WeakMap<Executor, RequestLog>();
  const app = express();
  const timeouts = options.httpTimeouts ?? DEFAULT_HTTP_TIMEOUTS;
  const httpServer = http.createServer(
    { headersTimeout: timeouts.headersMs, requestTimeout: timeouts.requestMs, connectionsCheckingInterval: TIMEOUT_CHECK_INTERVAL_MS },
    app,
  );
  const documentLimits = queryLimits();
  const networkWorkers = options.networkWorkers ?? new NetworkWorkers();
  const apollo = new ApolloServer<Context>({
    schema: await partnershipSchema(),
    formatError: introspection ? formatError : (formatted, error) => withoutSuggestions(formatError(formatted, error)),
    includeStacktraceInErrorResponses: false,
    // main.ts owns shutdown: it drains HTTP first, then closes the database.
    stopOnTerminationSignals: false,
    // The playground, the typed client's code generation and analysts' tools read the schema; production turns it off unless asked.
    introspection,
    // Automatic persisted queries: clients may send a query's SHA-256 instead of its text. The cache is
    // per instance and bounded; a client whose hash an instance does not know resends the text once.
    persistedQueries: { ttl: 24 * 60 * 60 },
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer, stopGracePeriodMillis: options.shutdownGraceMs }),
      ApolloServerPluginLandingPageDisabled(),
      // Hints (`@cacheControl`, or the default max age) give each answer a policy; httpCachingPlugin writes the header.
      ApolloServerPluginCacheControl({ defaultMaxAge: options.cacheMaxAgeSeconds ?? DEFAULT_CACHE_MAX_AGE_SECONDS, calculateHttpHeaders: false }),
      httpCachingPlugin(),
      requestMetricsPlugin(logger, requestLogs),
      ...documentLimits.plugins,
      closeWithServer(networkWorkers),
    ],
    validationRules: [...documentLimits.validationRules, servedOperationsRule],
    parseOptions: documentLimits.parseOptions,
  });
  await apollo.start();

  app.disable('x-powered-by');
  if (options.trustProxy) app.set('trust proxy', options.trustProxy);
  const access = accessMiddleware(new KeyAuthenticator(new Executor(options.driver, options.database, limits.queryTimeoutMs)), options.access ?? OPEN_ACCESS);
  app.get('/health', (_req, res) => {
    res.json({ status: 'ok' });
  });
  app.get('/ready', async (_req, res) => {
    const notReady = (reason: string, cause?: unknown) => {
      logger.warn({ cause: cause === undefined ? undefined : rootCauseOf(cause) }, `Not ready: ${reason}`);
      res.status(503).json({ status: 'unavailable', database: 'unreachable', ...(options.production ? {} : { reason }) });
    };
    const outage = options.databaseOutage?.();
    if (outage) return notReady(outage);
    const noAnswer = new Error(`Neo4j did not answer within ${READY_DEADLINE_MS} ms`);
    try {
      await new Deadline(READY_DEADLINE_MS, () => noAnswer).within(ping(options.driver, options.database));
      res.json({ status: 'ready', database: 'reachable' });
    } catch (error) {
      if (error === noAnswer) notReady(`Neo4j did not answer within ${READY_DEADLINE_MS} ms.`);
      else if (isPoolExhausted(error)) notReady('every connection to Neo4j is in use.', error);
      else notReady('Neo4j cannot be reached.', error);
    }
  });
  app.use('/export', access);
  app.use(exportRouter({ driver: options.driver, database: options.database, logger, timeoutMs: limits.exportTimeoutMs }));
  app.use(explorerRouter());
  const playground = options.playground ?? true;
  app.use(playground ? playgroundRouter({ endpoint: '/graphql', tabs: playgroundTabs(), title: 'Partnership graph' }) : playgroundAbsent('/graphql'));
  app.use(
    '/graphql',
    logEachRequest(logger, 'graphql request'),
    access,
    express.json({ limit: options.maxRequestBytes }),
    expressMiddleware(apollo, {
      context: async ({ res }) => {
        const log = requestLogOf(res);
        const caller = callerOf(res);
        const context = createContext(options.driver, options.database, networkWorkers, log.requestId, limits, caller);
        log.executor = context.executor;
        log.fields.apiKeyId = caller.kind === 'key' ? caller.keyId : null;
        requestLogs.set(context.executor, log);
        return context;
      },
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
