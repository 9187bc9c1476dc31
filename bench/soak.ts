import 'reflect-metadata';
import autocannon from 'autocannon';
import fs from 'node:fs';
import path from 'node:path';
import { repositoryRoot } from '../src/config';
import { openBenchDatabase } from './bench-database';
import { Executor } from '../src/db/executor';
import { importSeeds } from '../src/seed/seed.importer';
import { checkedRequest } from './load';
import { describeMachine, writeResultsSection } from './report';
import { renderSoak, RssSample, SoakMinute, SoakResults } from './soak-report';
import { BENCHMARK_SEED, loadSyntheticGraph } from './synthetic/load-scale';
import { peakRssMiB, resetPeakRss, residentMiB, startTarget } from './targets';
import { Anchors, SEED_GRAPH_ANCHORS, WORKLOADS } from './workloads';

/**
 * A long run at a steady rate: first the maximum throughput of the read mix, then `minutes` at half of it,
 * watching for errors, latency drifting from minute to minute, and resident memory that keeps growing.
 */
interface SoakOptions {
  minutes: number;
  rate: number | undefined;
  probeSeconds: number;
  connections: number;
  scale: 'seed' | '1k';
}

const RSS_INTERVAL_MS = 10_000;
const TIMEOUT_SECONDS = 10;
const log = (line: string) => process.stderr.write(`[soak] ${line}\n`);

function parseArguments(argv: string[]): SoakOptions {
  const option = (name: string) => {
    const index = argv.indexOf(name);
    return index >= 0 ? argv[index + 1] : undefined;
  };
  const positive = (name: string, fallback: number | undefined) => {
    const raw = option(name);
    if (raw === undefined) return fallback;
    const value = Number(raw);
    if (!(value > 0)) throw new Error(`${name} takes a positive number, got "${raw}"`);
    return value;
  };
  const scale = option('--scale') ?? '1k';
  if (scale !== 'seed' && scale !== '1k') throw new Error(`--scale takes seed or 1k, got "${scale}"`);
  return {
    minutes: positive('--minutes', 10)!,
    rate: positive('--rate', undefined),
    probeSeconds: positive('--probe-seconds', 15)!,
    connections: positive('--connections', 16)!,
    scale,
  };
}

async function loadGraph(executor: Executor, scale: SoakOptions['scale']): Promise<{ anchors: Anchors; description: string }> {
  if (scale === 'seed') {
    await executor.write({ cypher: 'MATCH (n) DETACH DELETE n' });
    const report = await importSeeds(executor, path.join(repositoryRoot(), 'seeds'));
    return { anchors: SEED_GRAPH_ANCHORS, description: `the seed graph (${report.labels.Entity ?? 0} entities)` };
  }
  const loaded = await loadSyntheticGraph({ executor, entities: 1_000, seed: BENCHMARK_SEED, log });
  return { anchors: loaded.anchors, description: `synthetic 1k (${loaded.entities.toLocaleString('en-US')} entities, ${loaded.relationships.toLocaleString('en-US')} relationships)` };
}

function run(options: autocannon.Options, listen: (instance: autocannon.Instance) => void = () => {}): Promise<autocannon.Result> {
  return new Promise((resolve, reject) => {
    const instance = autocannon(options, (error, result) => (error ? reject(error) : resolve(result)));
    listen(instance);
  });
}

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return 0;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

/** Counts errors by kind, overall and per minute of the run. */
class ErrorTally {
  readonly byKind: Record<string, number> = {};
  readonly perMinute: number[] = [];

  constructor(private readonly minuteNow: () => number) {}

  add(kind: string): void {
    this.byKind[kind] = (this.byKind[kind] ?? 0) + 1;
    const minute = this.minuteNow();
    this.perMinute[minute] = (this.perMinute[minute] ?? 0) + 1;
  }
}

async function main(): Promise<void> {
  const options = parseArguments(process.argv.slice(2));
  const root = repositoryRoot();
  const database = await openBenchDatabase('soak', log);
  const { driver, uri, embedded } = database;
  try {
    const { anchors, description } = await loadGraph(new Executor(driver, undefined), options.scale);
    const api = await startTarget(
      'ours',
      path.join(root, 'dist', 'src', 'main.js'),
      // All load comes from one address, so the per-address rate limit is off.
      { NEO4J_URI: uri, NEO4J_USER: 'neo4j', NEO4J_PASSWORD: '', HOST: '127.0.0.1', PORT: '0', NODE_ENV: 'production', SEED_ON_START: 'never', RATE_LIMIT_ANONYMOUS_PER_MINUTE: '0' },
      /API ready at (\S+)/,
      log,
    );
    try {
      const measured = await soak(api, embedded?.pid, anchors, options);
      writeResults(root, { ...measured, graph: description, software: `Node ${process.version}, Neo4j 5.26 ${database.described}` });
    } finally {
      await api.stop();
    }
  } finally {
    await database.close();
  }
}

async function soak(
  api: { url: string; pid: number },
  neo4jPid: number | undefined,
  anchors: Anchors,
  options: SoakOptions,
): Promise<Omit<SoakResults, 'graph' | 'software'>> {
  const started = Date.now();
  let soakStarted = Infinity;
  const minuteNow = () => Math.floor((Date.now() - soakStarted) / 60_000);
  const errors = new ErrorTally(minuteNow);
  const bodies = WORKLOADS.map((workload) => JSON.stringify({ query: workload.query, variables: workload.variables(anchors) }));
  for (const body of bodies) await checkedRequest({ url: api.url, body });

  // autocannon counts statuses only; a GraphQL error comes with 200, so the answers are read for it.
  const requests: autocannon.Request[] = bodies.map((body) => ({
    method: 'POST',
    path: '/graphql',
    headers: { 'content-type': 'application/json' },
    body,
    onResponse: (status, text) => {
      if (status === 200 && text.includes('"errors"')) {
        const codes = ((JSON.parse(text) as { errors?: { extensions?: { code?: string } }[] }).errors ?? []).map((e) => e.extensions?.code ?? 'no code');
        errors.add(`GraphQL ${[...new Set(codes)].join('+')}`);
      }
    },
  }));
  const load = { url: api.url, requests, connections: options.connections, timeout: TIMEOUT_SECONDS };

  log(`probing the maximum throughput: ${options.probeSeconds} s at ${options.connections} connections after a 3 s warm-up`);
  await run({ ...load, duration: 3 });
  const probe = await run({ ...load, duration: options.probeSeconds });
  const maxRate = probe.requests.average;
  const rate = options.rate ?? Math.max(1, Math.floor(maxRate / 2));
  log(`maximum ${maxRate.toFixed(0)} requests/s (p50 ${probe.latency.p50} ms, p99 ${probe.latency.p99} ms); soaking ${options.minutes} min at ${rate}/s`);

  const samples: RssSample[] = [];
  const sample = () =>
    samples.push({ seconds: Math.round((Date.now() - soakStarted) / 1000), apiRssMiB: residentMiB(api.pid), neo4jRssMiB: neo4jPid ? residentMiB(neo4jPid) : null });
  const latencies: number[][] = Array.from({ length: Math.ceil(options.minutes) }, () => []);
  resetPeakRss(api.pid);
  if (neo4jPid) resetPeakRss(neo4jPid);
  soakStarted = Date.now();
  sample();
  const sampler = setInterval(sample, RSS_INTERVAL_MS);
  let reported = 0;
  const progress = setInterval(() => {
    const done = minuteNow();
    if (done === reported || done > latencies.length) return;
    reported = done;
    const sorted = [...latencies[done - 1]].sort((a, b) => a - b);
    const last = samples[samples.length - 1];
    log(`minute ${done}: ${sorted.length} responses, p50 ${Math.round(percentile(sorted, 50))} ms, p99 ${Math.round(percentile(sorted, 99))} ms, errors ${errors.perMinute[done - 1] ?? 0}, API RSS ${last.apiRssMiB} MiB, Neo4j RSS ${last.neo4jRssMiB ?? '–'} MiB`);
  }, 1_000);

  let result: autocannon.Result;
  try {
    // autocannon's own percentiles are not used: at a rate, it pads them for coordinated omission with an interval
    // of ceil(1 / rate) ms, where rate is per second, which fills the histogram with made-up short latencies.
    result = await run({ ...load, duration: Math.round(options.minutes * 60), overallRate: rate, ignoreCoordinatedOmission: true }, (instance) => {
      instance.on('response', (_client, status, _bytes, responseTime) => {
        latencies[Math.min(minuteNow(), latencies.length - 1)].push(responseTime);
        if (status < 200 || status >= 300) errors.add(`HTTP ${status}`);
      });
      instance.on('reqError', (error: NodeJS.ErrnoException) => errors.add(error.message === 'request timed out' ? 'timeout' : `transport ${error.code ?? error.message}`));
    });
  } finally {
    clearInterval(sampler);
    clearInterval(progress);
  }
  sample();

  const byMinute: SoakMinute[] = latencies.map((values, index) => {
    const sorted = [...values].sort((a, b) => a - b);
    const atEnd = [...samples].reverse().find((s) => s.seconds <= (index + 1) * 60) ?? samples[samples.length - 1];
    return {
      minute: index + 1,
      responses: sorted.length,
      errors: errors.perMinute[index] ?? 0,
      p50: percentile(sorted, 50),
      p99: percentile(sorted, 99),
      max: sorted[sorted.length - 1] ?? 0,
      apiRssMiB: atEnd.apiRssMiB,
      neo4jRssMiB: atEnd.neo4jRssMiB,
    };
  });
  const all = latencies.flat().sort((a, b) => a - b);
  log(`done in ${((Date.now() - started) / 60_000).toFixed(1)} min`);
  return {
    startedAt: new Date(started).toISOString().slice(0, 16).replace('T', ' ') + ' UTC',
    machine: describeMachine(),
    workloads: WORKLOADS.map((workload) => workload.name),
    connections: options.connections,
    probe: { seconds: options.probeSeconds, requestsPerSecond: maxRate, p50: probe.latency.p50, p99: probe.latency.p99, errors: probe.errors + probe.non2xx },
    soak: {
      minutes: options.minutes,
      targetRate: rate,
      rateGiven: options.rate !== undefined,
      requestsSent: result.requests.sent,
      responses: result.requests.total,
      achievedRate: result.requests.total / result.duration,
      p50: percentile(all, 50),
      p99: percentile(all, 99),
      max: all[all.length - 1] ?? 0,
      errorsByKind: errors.byKind,
      byMinute,
    },
    rss: { samples, apiPeakMiB: peakRssMiB(api.pid), neo4jPeakMiB: neo4jPid ? peakRssMiB(neo4jPid) : null },
  };
}

function writeResults(root: string, results: SoakResults): void {
  const resultsDir = path.join(root, 'bench', 'results');
  fs.mkdirSync(resultsDir, { recursive: true });
  fs.writeFileSync(path.join(resultsDir, 'soak.json'), `${JSON.stringify(results, null, 2)}\n`);
  const markdown = renderSoak(results);
  writeResultsSection(path.join(root, 'docs', 'soak.md'), 'soak', markdown);
  process.stdout.write(`${markdown}\n`);
  log('results: docs/soak.md and bench/results/soak.json');
}

main().catch((error) => {
  log(`failed: ${(error as Error).stack ?? error}`);
  process.exit(1);
});
