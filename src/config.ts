import fs from 'node:fs';
import path from 'node:path';
import { DEFAULT_LIMITS } from './context';

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
  seedsDir: string;
  seedOnStart: 'if-changed' | 'if-empty' | 'always' | 'never';
  maxRequestBytes: number;
  maxNetworkNodes: number;
  /** How long a shutdown waits for in-flight requests before it closes their connections. */
  shutdownGraceMs: number;
}

function integer(name: string, fallback: number): number {
  const raw = process.env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 0) throw new Error(`${name} must be a non-negative integer, got "${raw}"`);
  return value;
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
  return {
    port: integer('PORT', 4000),
    host: process.env.HOST || '127.0.0.1',
    neo4jUri: process.env.NEO4J_URI || undefined,
    neo4jUser: process.env.NEO4J_USER || 'neo4j',
    neo4jPassword: process.env.NEO4J_PASSWORD || '',
    neo4jDatabase: process.env.NEO4J_DATABASE || undefined,
    embeddedDataDir: path.resolve(root, process.env.EMBEDDED_NEO4J_DATA_DIR || 'data/neo4j'),
    embeddedBoltPort: integer('EMBEDDED_NEO4J_BOLT_PORT', 7687),
    seedsDir: path.resolve(root, process.env.SEEDS_DIR || 'seeds'),
    seedOnStart: oneOf('SEED_ON_START', ['if-changed', 'if-empty', 'always', 'never'] as const, 'if-changed'),
    maxRequestBytes: integer('MAX_REQUEST_BYTES', 100_000),
    maxNetworkNodes: integer('MAX_NETWORK_NODES', DEFAULT_LIMITS.networkNodes),
    shutdownGraceMs: integer('SHUTDOWN_GRACE_MS', 10_000),
  };
}
