import { ApolloServer } from '@apollo/server';
import { startStandaloneServer } from '@apollo/server/standalone';
import { Neo4jGraphQL } from '@neo4j/graphql';
import { Driver } from 'neo4j-driver';
import fs from 'node:fs';
import path from 'node:path';
import { createDriver } from '../../src/db/driver';
import { PEER_TYPE_DEFS } from './type-defs';

/**
 * The benchmark's peer: the Neo4j GraphQL Library's generated API over our graph, served the way the
 * library's documentation shows (Apollo Server's standalone HTTP server). Authorization, subscriptions
 * and the other optional features stay off; the one opt-in is the lexicographic string comparisons
 * that date-range filters on our `YYYY-MM-DD` strings need.
 */

export interface PeerServerOptions {
  driver: Driver;
  port: number;
  host?: string;
}

export interface RunningPeerServer {
  url: string;
  stop(): Promise<void>;
}

/** The installed library's version, for the benchmark's report (its package.json is not exported). */
export function peerLibraryVersion(): string {
  let dir = path.dirname(require.resolve('@neo4j/graphql'));
  while (!fs.existsSync(path.join(dir, 'package.json'))) dir = path.dirname(dir);
  return (JSON.parse(fs.readFileSync(path.join(dir, 'package.json'), 'utf8')) as { version: string }).version;
}

export async function startPeerServer({ driver, port, host = '127.0.0.1' }: PeerServerOptions): Promise<RunningPeerServer> {
  const library = new Neo4jGraphQL({
    typeDefs: PEER_TYPE_DEFS,
    driver,
    features: { filters: { String: { GTE: true, LTE: true } } },
  });
  const server = new ApolloServer({ schema: await library.getSchema() });
  const { url } = await startStandaloneServer(server, { listen: { port, host } });
  return { url, stop: () => server.stop() };
}

async function main(): Promise<void> {
  const driver = createDriver({
    uri: process.env.NEO4J_URI || 'bolt://127.0.0.1:7687',
    user: process.env.NEO4J_USER || 'neo4j',
    password: process.env.NEO4J_PASSWORD || '',
  });
  const peer = await startPeerServer({ driver, port: Number(process.env.PORT || 4001), host: process.env.HOST || '127.0.0.1' });
  process.stdout.write(`Peer: @neo4j/graphql ${peerLibraryVersion()}\nREADY ${peer.url}\n`);
  const shutDown = async () => {
    await peer.stop();
    await driver.close();
    process.exit(0);
  };
  process.once('SIGTERM', shutDown);
  process.once('SIGINT', shutDown);
}

if (require.main === module) {
  main().catch((error) => {
    process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exit(1);
  });
}
