import 'reflect-metadata';
import fs from 'node:fs';
import path from 'node:path';
import { Driver } from 'neo4j-driver';
import { repositoryRoot } from '../src/config';
import { openBenchDatabase } from './bench-database';
import { BenchScale, loadScale, parseScales } from './bench-scale';
import { recordFloorPlans } from './floor/record-floor';
import { checkedRequest, HttpRequestSpec, measure } from './load';
import { peerLibraryVersion } from './peer/peer-server';
import { PEER_WORKLOADS } from './peer/peer-workloads';
import { nestingDepth } from './query-depth';
import { BenchmarkResults, describeMachine, readResults, renderResults, ScaleResult, TargetMeasurement, WorkloadResult, writeResultsSection } from './report';
import { peakRssMiB, resetPeakRss, startTarget, Target } from './targets';
import { WORKLOADS } from './workloads';

interface Profile {
  name: 'quick' | 'full';
  scales: BenchScale[];
  concurrencies: number[];
  seconds: number;
  warmupSeconds: number;
}

const PROFILES: Record<Profile['name'], Profile> = {
  quick: { name: 'quick', scales: [{ name: '1k', entities: 1_000 }], concurrencies: [1, 16], seconds: 3, warmupSeconds: 1 },
  full: {
    name: 'full',
    scales: [
      { name: '1k', entities: 1_000 },
      { name: '10k', entities: 10_000 },
      { name: '100k', entities: 100_000 },
    ],
    concurrencies: [1, 16, 64],
    seconds: 5,
    warmupSeconds: 1,
  },
};

const log = (line: string) => process.stderr.write(`[bench] ${line}\n`);

function parseArguments(argv: string[]): Profile {
  const profile = { ...PROFILES[argv.includes('--quick') ? 'quick' : 'full'] };
  const option = (name: string) => {
    const index = argv.indexOf(name);
    return index >= 0 ? argv[index + 1] : undefined;
  };
  const scales = option('--scales');
  if (scales) profile.scales = parseScales(scales);
  const concurrency = option('--concurrency');
  if (concurrency) profile.concurrencies = concurrency.split(',').map(Number);
  const seconds = option('--seconds');
  if (seconds) profile.seconds = Number(seconds);
  return profile;
}

async function startTargets(neo4jUri: string, plansFile: string): Promise<Target[]> {
  const dist = path.join(repositoryRoot(), 'dist');
  // Production mode, as the Docker image runs: graphql-js and express skip their development checks.
  const common = { NEO4J_URI: neo4jUri, NEO4J_USER: 'neo4j', NEO4J_PASSWORD: '', HOST: '127.0.0.1', PORT: '0', NODE_ENV: 'production' };
  const ours = await startTarget('ours', path.join(dist, 'src/main.js'), {
      ...common,
      SEED_ON_START: 'never',
      MAX_REQUEST_BYTES: '100000',
      // All load comes from one address; a per-address limit would measure the limiter, not the API.
      RATE_LIMIT_ANONYMOUS_PER_MINUTE: '0',
    }, /API ready at (\S+)/, log);
  const floor = await startTarget('floor', path.join(dist, 'bench/floor/floor-server.js'), { ...common, FLOOR_PLANS: plansFile }, /^READY (\S+)/, log);
  const peer = await startTarget('peer', path.join(dist, 'bench/peer/peer-server.js'), common, /^READY (\S+)/, log);
  return [ours, floor, peer];
}

async function measureTarget(target: Target, spec: HttpRequestSpec, connections: number, profile: Profile): Promise<TargetMeasurement> {
  resetPeakRss(target.pid);
  const result = await measure(spec, connections, profile.seconds, profile.warmupSeconds);
  return { ...result, peakRssMiB: peakRssMiB(target.pid) };
}

async function benchScale(driver: Driver, neo4jUri: string, scale: BenchScale, profile: Profile): Promise<ScaleResult> {
  log(`scale ${scale.name}: loading`);
  const loaded = await loadScale(driver, scale, log);
  const plans = await recordFloorPlans(driver, WORKLOADS, loaded.anchors);
  const plansFile = path.join(repositoryRoot(), 'data', 'bench', `floor-plans-${scale.name}.json`);
  fs.mkdirSync(path.dirname(plansFile), { recursive: true });
  fs.writeFileSync(plansFile, JSON.stringify(plans));

  const [ours, floor, peer] = await startTargets(neo4jUri, plansFile);
  try {
    const workloads: WorkloadResult[] = [];
    for (const workload of WORKLOADS) {
      const variables = workload.variables(loaded.anchors);
      const oursSpec = { url: ours.url, body: JSON.stringify({ query: workload.query, variables }) };
      const floorSpec = { url: `${floor.url}/${workload.name}`, body: '' };
      const peerWorkload = PEER_WORKLOADS[workload.name];
      const peerSpec = 'query' in peerWorkload ? { url: peer.url, body: JSON.stringify({ query: peerWorkload.query, variables: peerWorkload.variables(loaded.anchors) }) } : undefined;

      const checked = await checkedRequest(oursSpec);
      await checkedRequest(floorSpec);
      if (peerSpec) await checkedRequest(peerSpec);
      const plan = plans.find((p) => p.workload === workload.name)!;
      const result: WorkloadResult = {
        workload: workload.name,
        title: workload.title,
        nestingDepth: nestingDepth(workload.query),
        roundTrips: checked.body.extensions.roundTrips,
        floorQueries: plan.waves.reduce((sum, wave) => sum + wave.length, 0),
        floorWaves: plan.waves.length,
        peer: 'query' in peerWorkload ? (peerWorkload.via ?? 'generated') : 'unsupported',
        peerNote: 'unsupported' in peerWorkload ? peerWorkload.unsupported : undefined,
        runs: [],
      };
      for (const connections of profile.concurrencies) {
        log(`scale ${scale.name}, ${workload.name}, c=${connections}`);
        // Side by side: the three targets one after the other, so drift on a shared machine hits all alike.
        const run: WorkloadResult['runs'][number] = {
          connections,
          ours: await measureTarget(ours, oursSpec, connections, profile),
          floor: await measureTarget(floor, floorSpec, connections, profile),
          peer: peerSpec ? await measureTarget(peer, peerSpec, connections, profile) : undefined,
        };
        log(`  ours p50 ${run.ours.p50} ms, floor p50 ${run.floor.p50} ms${run.peer ? `, peer p50 ${run.peer.p50} ms` : ''}; req/s ${run.ours.requestsPerSecond} / ${run.floor.requestsPerSecond}${run.peer ? ` / ${run.peer.requestsPerSecond}` : ''}`);
        result.runs.push(run);
      }
      workloads.push(result);
    }
    return { scale: scale.name, entities: loaded.entities, relationships: loaded.relationships, import: loaded.import, workloads };
  } finally {
    await Promise.all([ours.stop(), floor.stop(), peer.stop()]);
  }
}

async function main(): Promise<void> {
  const profile = parseArguments(process.argv.slice(2));
  const root = repositoryRoot();
  const database = await openBenchDatabase('bench', log);
  const { driver, uri } = database;
  const results: BenchmarkResults = {
    profile: profile.name,
    startedAt: new Date().toISOString().slice(0, 16).replace('T', ' ') + ' UTC',
    machine: describeMachine(),
    software: `Node ${process.version}, Neo4j 5.26 ${database.described}, @neo4j/graphql ${peerLibraryVersion()}`,
    durationSeconds: profile.seconds,
    warmupSeconds: profile.warmupSeconds,
    scales: [],
  };
  try {
    for (const scale of profile.scales) results.scales.push(await benchScale(driver, uri, scale, profile));
  } finally {
    await database.close();
  }
  const resultsDir = path.join(root, 'bench', 'results');
  fs.mkdirSync(resultsDir, { recursive: true });
  fs.writeFileSync(path.join(resultsDir, `${profile.name}.json`), `${JSON.stringify(results, null, 2)}\n`);
  const beforeFile = `bench/results/before/${profile.name}.json`;
  const before = readResults(path.join(root, beforeFile));
  const markdown = renderResults(results, before && { file: beforeFile, results: before });
  writeResultsSection(path.join(root, 'docs', 'benchmarks.md'), profile.name, markdown);
  process.stdout.write(`${markdown}\n`);
  log(`results: docs/benchmarks.md (section "${profile.name}") and bench/results/${profile.name}.json`);
}

main().catch((error) => {
  log(`failed: ${(error as Error).stack ?? error}`);
  process.exit(1);
});
