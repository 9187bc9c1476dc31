import fs from 'node:fs';
import path from 'node:path';

export const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];

/** `auto`: readable lines at a terminal, JSON lines anywhere else. */
export const LOG_FORMATS = ['auto', 'json', 'pretty'] as const;
export type LogFormat = (typeof LOG_FORMATS)[number];

export interface AccessPolicy {
  /** When true, every GraphQL and export request needs at least a reader key. */
  readsRequireKey: boolean;
  /** Requests per minute for each address without a key; 0 turns the limit off. */
  anonymousPerMinute: number;
  /** Requests per minute for each API key; 0 turns the limit off. */
  keyPerMinute: number;
}

/** Bounds on the work one request may ask for. */
export interface Limits {
  /** The most entities `networkStatistics` computes on. */
  networkNodes: number;
  /** How long Neo4j lets each transaction of a GraphQL request run; 0 leaves it to Neo4j's own setting. */
  queryTimeoutMs: number;
  /** The same for an export, whose read transaction stays open while the client downloads. */
  exportTimeoutMs: number;
}

export const DEFAULT_LIMITS: Limits = { networkNodes: 2000, queryTimeoutMs: 10_000, exportTimeoutMs: 120_000 };

export interface Config {
  port: number;
  host: string;
  /** Unset means: start the embedded Neo4j under `embeddedDataDir`. */
  neo4jUri: string | undefined;
  neo4jUser: string;
  neo4jPassword: string;
  neo4jDatabase: string | undefined;
  embeddedDataDir: string;
  embeddedBoltPort: number;
  /** Restarts in a row of an embedded Neo4j that died before the service gives up and exits non-zero. */
  embeddedMaxRestarts: number;
  seedsDir: string;
  seedOnStart: 'if-changed' | 'if-empty' | 'always' | 'never';
  maxRequestBytes: number;
  maxNetworkNodes: number;
  access: AccessPolicy;
  /** Express's `trust proxy` setting, so that rate limits see clients' addresses behind a load balancer. */
  trustProxy: string | undefined;
  /** Per transaction of a GraphQL request, and of an export; 0 leaves it to Neo4j's `db.transaction.timeout`. */
  queryTimeoutMs: number;
  exportTimeoutMs: number;
  /** NODE_ENV=production: introspection and the playground off unless asked for, and nothing internal in answers. */
  production: boolean;
  introspection: boolean;
  playground: boolean;
  logLevel: LogLevel;
  logFormat: LogFormat;
  /** How long a shutdown waits for in-flight requests before it closes their connections. */
  shutdownGraceMs: number;
  /** How long shared caches may keep an anonymous GET query's answer; 0 caches nothing. */
  cacheMaxAgeSeconds: number;
  /** How long a client may take to send a request's headers, and the whole request (body included). */
  httpHeadersTimeoutMs: number;
  httpRequestTimeoutMs: number;
}

/** Long enough to absorb a burst of the same question, short enough that curated changes show within a minute. */
export const DEFAULT_CACHE_MAX_AGE_SECONDS = 60;

/** How long a client may take to send its request's headers, and the whole request; Node's defaults are minutes. */
export interface HttpTimeouts {
  headersMs: number;
  requestMs: number;
}

export const DEFAULT_HTTP_TIMEOUTS: HttpTimeouts = { headersMs: 10_000, requestMs: 30_000 };

function integer(name: string, fallback: number): number {
  const raw = process.env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 0) throw new Error(`${name} must be a non-negative integer, got "${raw}"`);
  return value;
}

function boolean(name: string, fallback: boolean): boolean {
  const raw = process.env[name];
  if (raw === undefined || raw === '') return fallback;
  if (raw !== 'true' && raw !== 'false') throw new Error(`${name} must be true or false, got "${raw}"`);
  return raw === 'true';
}

function oneOf<T extends string>(name: string, allowed: readonly T[], fallback: T): T {
  const raw = process.env[name];
  if (raw === undefined || raw === '') return fallback;
  if (!allowed.includes(raw as T)) throw new Error(`${name} must be one of ${allowed.join(', ')}, got "${raw}"`);
  return raw as T;
}

/** The folder holding package.json, whether this runs from src/ (tests) or dist/src/ (built). */
export function repositoryRoot(): string {
  let dir = __dirname;
  while (!fs.existsSync(path.join(dir, 'package.json'))) {
    const parent = path.dirname(dir);
    if (parent === dir) throw new Error('package.json not found above ' + __dirname);
    dir = parent;
  }
  return dir;
}

export function loadConfig(): Config {
  const root = repositoryRoot();
  const production = process.env.NODE_ENV === 'production';
  return {
    port: integer('PORT', 4000),
    host: process.env.HOST || '127.0.0.1',
    neo4jUri: process.env.NEO4J_URI || undefined,
    neo4jUser: process.env.NEO4J_USER || 'neo4j',
    neo4jPassword: process.env.NEO4J_PASSWORD || '',
    neo4jDatabase: process.env.NEO4J_DATABASE || undefined,
    embeddedDataDir: path.resolve(root, process.env.EMBEDDED_NEO4J_DATA_DIR || 'data/neo4j'),
    embeddedBoltPort: integer('EMBEDDED_NEO4J_BOLT_PORT', 7687),
    embeddedMaxRestarts: integer('EMBEDDED_NEO4J_MAX_RESTARTS', 5),
    seedsDir: path.resolve(root, process.env.SEEDS_DIR || 'seeds'),
    seedOnStart: oneOf('SEED_ON_START', ['if-changed', 'if-empty', 'always', 'never'] as const, 'if-changed'),
    maxRequestBytes: integer('MAX_REQUEST_BYTES', 100_000),
    maxNetworkNodes: integer('MAX_NETWORK_NODES', DEFAULT_LIMITS.networkNodes),
    access: {
      readsRequireKey: oneOf('READS_REQUIRE_KEY', ['true', 'false'] as const, 'false') === 'true',
      anonymousPerMinute: integer('RATE_LIMIT_ANONYMOUS_PER_MINUTE', 300),
      keyPerMinute: integer('RATE_LIMIT_KEY_PER_MINUTE', 1200),
    },
    trustProxy: process.env.TRUST_PROXY || undefined,
    queryTimeoutMs: integer('QUERY_TIMEOUT_MS', DEFAULT_LIMITS.queryTimeoutMs),
    exportTimeoutMs: integer('EXPORT_TIMEOUT_MS', DEFAULT_LIMITS.exportTimeoutMs),
    production,
    introspection: boolean('INTROSPECTION', !production),
    playground: boolean('PLAYGROUND', !production),
    logLevel: oneOf('LOG_LEVEL', LOG_LEVELS, 'info'),
    logFormat: oneOf('LOG_FORMAT', LOG_FORMATS, 'auto'),
    shutdownGraceMs: integer('SHUTDOWN_GRACE_MS', 10_000),
    cacheMaxAgeSeconds: integer('CACHE_MAX_AGE_SECONDS', DEFAULT_CACHE_MAX_AGE_SECONDS),
    ...httpTimeouts(),
  };
}

/** Node refuses a headers timeout longer than the request timeout; 0 turns a timeout off, as in Node. */
function httpTimeouts(): Pick<Config, 'httpHeadersTimeoutMs' | 'httpRequestTimeoutMs'> {
  const httpHeadersTimeoutMs = integer('HTTP_HEADERS_TIMEOUT_MS', DEFAULT_HTTP_TIMEOUTS.headersMs);
  const httpRequestTimeoutMs = integer('HTTP_REQUEST_TIMEOUT_MS', DEFAULT_HTTP_TIMEOUTS.requestMs);
  if (httpRequestTimeoutMs > 0 && httpHeadersTimeoutMs > httpRequestTimeoutMs) {
    throw new Error(`HTTP_HEADERS_TIMEOUT_MS (${httpHeadersTimeoutMs}) must not exceed HTTP_REQUEST_TIMEOUT_MS (${httpRequestTimeoutMs})`);
  }
  return { httpHeadersTimeoutMs, httpRequestTimeoutMs };
}
