import 'reflect-metadata';
import path from 'node:path';
import { repositoryRoot } from '../src/config';
import { Executor } from '../src/db/executor';
import { openBenchDatabase } from './bench-database';
import { BENCHMARK_SEED, loadSyntheticGraph } from './synthetic/load-scale';
import { startTarget } from './targets';

/**
 * Does heavy work stall cheap requests? A loop of `node(id:)` lookups runs alone, then while `HEAVY_CLIENTS`
 * clients each ask for betweenness around the graph's hub again and again; the lookups' latencies are compared.
 * Options: --entities <n> (synthetic graph size, default 2000), --depth <n> of the scope (default 2; three hops
 * keep Neo4j itself busy for seconds on a small machine), --seconds <n> per phase (default 20).
 */

const HEAVY_CLIENTS = 5;
const PROBE_ID_QUERY = 'query($id: ID!) { node(id: $id) { id } }';
const STATISTICS_QUERY = `query($around: ID!, $depth: Int) {
  networkStatistics(scope: { around: $around, depth: $depth }) { nodeCount edgeCount betweenness(first: 5) { score entity { id } } }
}`;

const log = (line: string) => process.stderr.write(`[event-loop] ${line}\n`);

function option(name: string, fallback: number): number {
  const index = process.argv.indexOf(name);
  return index >= 0 ? Number(process.argv[index + 1]) : fallback;
}

async function post(url: string, query: string, variables: Record<string, unknown>): Promise<any> {
  const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query, variables }) });
  const body = (await response.json()) as any;
  if (body.errors?.length) throw new Error(`${response.status}: ${JSON.stringify(body.errors).slice(0, 300)}`);
  return body;
}

interface ProbeResult {
  requests: number;
  p50: number;
  p99: number;
  max: number;
}

/** Sequential lookups until `until`, each timed from send to answer. */
async function probe(url: string, id: string, until: number): Promise<ProbeResult> {
  const latencies: number[] = [];
  while (Date.now() < until) {
    const started = performance.now();
    // A failed lookup (a timeout) is a slow one all the same.
    await post(url, PROBE_ID_QUERY, { id }).catch(() => null);
    latencies.push(performance.now() - started);
  }
  latencies.sort((a, b) => a - b);
  const at = (q: number) => Math.round(latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))] * 10) / 10;
  return { requests: latencies.length, p50: at(0.5), p99: at(0.99), max: at(1) };
}

/** Statistics requests one after another until `until`; a refused one (e.g. a timeout on a busy machine) is counted, not fatal. */
async function heavyClient(url: string, scope: { around: string; depth: number }, until: number): Promise<{ answered: number; failed: number }> {
  const counts = { answered: 0, failed: 0 };
  while (Date.now() < until) {
    const ok = await post(url, STATISTICS_QUERY, scope).then(
      () => true,
      () => false,
    );
    counts[ok ? 'answered' : 'failed'] += 1;
  }
  return counts;
}

async function main() {
  const entities = option('--entities', 2_000);
  const seconds = option('--seconds', 20);
  const depth = option('--depth', 2);
  const database = await openBenchDatabase('event-loop', log);
  try {
    const executor = new Executor(database.driver, undefined);
    const loaded = await loadSyntheticGraph({ executor, entities, seed: BENCHMARK_SEED, log });
    const around = loaded.anchors.partnerOf;
    const server = await startTarget(
      'ours',
      path.join(repositoryRoot(), 'dist/src/main.js'),
      {
        NEO4J_URI: database.uri,
        NEO4J_USER: 'neo4j',
        NEO4J_PASSWORD: '',
        HOST: '127.0.0.1',
        PORT: '0',
        NODE_ENV: 'production',
        SEED_ON_START: 'never',
        RATE_LIMIT_ANONYMOUS_PER_MINUTE: '0',
        MAX_NETWORK_NODES: '3000',
        // The scope's projection takes Neo4j seconds under this load on a small machine; what is measured is the API's own loop.
        QUERY_TIMEOUT_MS: '120000',
      },
      /API ready at (\S+)/,
      log,
    );
    try {
      const scope = { around, depth };
      const { nodeCount, edgeCount } = (await post(server.url, STATISTICS_QUERY, scope)).data.networkStatistics;
      log(`Scope: ${around}, depth ${depth}: ${nodeCount} entities, ${edgeCount} links.`);
      await probe(server.url, around, Date.now() + 2000);

      const quiet = await probe(server.url, around, Date.now() + seconds * 1000);
      const until = Date.now() + seconds * 1000;
      const [loaded5, ...heavy] = await Promise.all([probe(server.url, around, until), ...Array.from({ length: HEAVY_CLIENTS }, () => heavyClient(server.url, scope, until))]);
      const statistics = heavy.reduce((sum, n) => sum + n.answered, 0);
      const failed = heavy.reduce((sum, n) => sum + n.failed, 0);

      const row = (name: string, r: ProbeResult) => `| ${name} | ${r.requests} | ${r.p50} | ${r.p99} | ${r.max} |`;
      process.stdout.write(
        [
          `Synthetic graph of ${loaded.entities} entities; scope around ${around}, depth ${depth}: ${nodeCount} entities, ${edgeCount} links; ${seconds} s per phase.`,
          '',
          '| node(id:) lookups | requests | p50 ms | p99 ms | max ms |',
          '|---|---:|---:|---:|---:|',
          row('alone', quiet),
          row(`with ${HEAVY_CLIENTS} clients asking for betweenness`, loaded5),
          '',
          `Statistics requests answered meanwhile: ${statistics} (${(statistics / seconds).toFixed(2)}/s); failed: ${failed}.`,
          '',
        ].join('\n'),
      );
    } finally {
      await server.stop();
    }
  } finally {
    await database.close();
  }
}

main().catch((error) => {
  log(error instanceof Error ? (error.stack ?? error.message) : String(error));
  process.exit(1);
});
