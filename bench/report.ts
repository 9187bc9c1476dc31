import fs from 'node:fs';
import os from 'node:os';
import { LoadResult } from './load';

export interface TargetMeasurement extends LoadResult {
  peakRssMiB: number | null;
}

export interface WorkloadResult {
  workload: string;
  title: string;
  nestingDepth: number;
  roundTrips: number;
  floorQueries: number;
  floorWaves: number;
  peer: 'generated' | 'cypher-directive' | 'unsupported';
  peerNote?: string;
  runs: { connections: number; ours: TargetMeasurement; floor: TargetMeasurement; peer?: TargetMeasurement }[];
}

export interface ScaleResult {
  scale: string;
  entities: number;
  relationships: number;
  import?: { seconds: number; entitiesPerSecond: number };
  workloads: WorkloadResult[];
}

export interface BenchmarkResults {
  profile: string;
  startedAt: string;
  machine: string;
  software: string;
  durationSeconds: number;
  warmupSeconds: number;
  scales: ScaleResult[];
}

export function describeMachine(): string {
  const cpus = os.cpus();
  return `${cpus.length} × ${cpus[0]?.model.trim() ?? 'unknown CPU'}, ${Math.round(os.totalmem() / 2 ** 30)} GiB RAM, ${os.type()} ${os.release()}`;
}

const ms = (value: number) => (value >= 100 ? value.toFixed(0) : value.toFixed(1));
const ratio = (value: number | undefined) => (value === undefined || !Number.isFinite(value) ? '–' : value.toFixed(2));

function targetCells(m: TargetMeasurement | undefined): string {
  if (!m) return '– | – | –';
  return `${ms(m.p50)} | ${ms(m.p99)} | ${m.requestsPerSecond.toFixed(0)}`;
}

/** Markdown tables: latency and throughput side by side, the ratios the targets speak of, and round trips; with `before`, the same ratios then and now. */
export function renderResults(results: BenchmarkResults, before?: { file: string; results: BenchmarkResults }): string {
  const lines: string[] = [
    `Profile \`${results.profile}\`, run ${results.startedAt} on ${results.machine}; ${results.software}.`,
    `Each cell: ${results.durationSeconds} s of load after a ${results.warmupSeconds} s warm-up at the same concurrency; latencies in ms, throughput in requests/s.`,
    '',
  ];
  for (const scale of results.scales) {
    lines.push(`#### ${scale.scale}: ${scale.entities.toLocaleString('en')} entities, ${scale.relationships.toLocaleString('en')} relationships`);
    if (scale.import) lines.push('', `Imported through the project's importer in ${scale.import.seconds.toFixed(1)} s (${scale.import.entitiesPerSecond.toFixed(0)} entities/s).`);
    lines.push(
      '',
      '| workload | c | ours p50 | ours p99 | ours req/s | floor p50 | floor p99 | floor req/s | peer p50 | peer p99 | peer req/s | ours/floor p50 | ours/peer req/s | errors | ours peak RSS MiB |',
      '|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|',
    );
    for (const workload of scale.workloads) {
      for (const run of workload.runs) {
        const errors = run.ours.errors + run.floor.errors + (run.peer?.errors ?? 0);
        lines.push(
          `| ${workload.workload} | ${run.connections} | ${targetCells(run.ours)} | ${targetCells(run.floor)} | ${targetCells(run.peer)} | ` +
            `${ratio(oursOverFloorP50(run))} | ${ratio(oursOverPeerThroughput(run))} | ${errors} | ${run.ours.peakRssMiB ?? '–'} |`,
        );
      }
    }
    lines.push('', '| workload | nesting depth | round trips (ours) | floor queries in waves | peer |', '|---|---|---|---|---|');
    for (const w of scale.workloads) {
      lines.push(`| ${w.workload} | ${w.nestingDepth} | ${w.roundTrips} | ${w.floorQueries} in ${w.floorWaves} | ${w.peer}${w.peerNote ? `: ${w.peerNote}` : ''} |`);
    }
    lines.push('');
  }
  if (before) lines.push(...renderBeforeAfter(before.file, before.results, results));
  lines.push(...renderTargets(checkTargets(results)));
  return lines.join('\n');
}

type Run = WorkloadResult['runs'][number];

const oursOverFloorP50 = (run: Run) => run.ours.p50 / run.floor.p50;
const oursOverPeerThroughput = (run: Run) => (run.peer ? run.ours.requestsPerSecond / run.peer.requestsPerSecond : undefined);

/** The goals of the benchmark, as docs/benchmarks.md states them under "Targets". */
export const TARGETS = {
  /** ours/peer requests per second, on every workload both can express, at every scale and concurrency. */
  minOursOverPeerThroughput: 1.25,
  /** ours/floor p50 at concurrency 1, on every workload. */
  maxOursOverFloorP50: 1.25,
  /** Workloads answered in one database round trip per root field; the others stay within their nesting depth. */
  singleRoundTrip: ['partnerships', 'entity-page', 'events-page'],
  /** p99 under this many ms at this concurrency on every workload, at the largest scale. */
  maxP99Ms: 300,
  p99Connections: 16,
  p99Scale: '100k',
  /** p50 at c=1 on the large scale within this multiple of the small scale's, for lookups, search and the events page. */
  maxP50Growth: 1.5,
  growthFrom: '1k',
  growthTo: '100k',
  growthWorkloads: ['partnerships', 'entity-page', 'search-ascii', 'search-diacritics', 'events-page'],
};

export interface TargetCheck {
  target: string;
  goal: string;
  /** Cells (or workloads) held to the goal, and how many of them met it; absent when the run cannot check it. */
  checked?: number;
  met?: number;
  notChecked?: string;
  misses: string[];
  /** Misses outside where the goal applies, reported for information. */
  outsideGoal: string[];
}

const missedRatio = (value: number | undefined) => value === undefined || !Number.isFinite(value);
/** A ratio in a miss line; 0/0 is a cell where no request finished within the load generator's timeout. */
const missFigure = (value: number | undefined) => (missedRatio(value) ? '– (no request finished)' : ratio(value));

/** Every target against one run's figures: how many cells met it, and a line naming the figure and the goal for each miss. */
export function checkTargets(results: BenchmarkResults): TargetCheck[] {
  const t = TARGETS;
  const throughput: TargetCheck = { target: 'ours/peer throughput', goal: `≥ ${t.minOursOverPeerThroughput} on every workload both express, every scale and concurrency`, checked: 0, met: 0, misses: [], outsideGoal: [] };
  const floor: TargetCheck = { target: 'ours/floor p50 at c=1', goal: `≤ ${t.maxOursOverFloorP50} on every workload`, checked: 0, met: 0, misses: [], outsideGoal: [] };
  const roundTrips: TargetCheck = { target: 'round trips per request', goal: `exactly 1 for ${t.singleRoundTrip.join(', ')}; ≤ nesting depth for the rest`, checked: 0, met: 0, misses: [], outsideGoal: [] };
  const p99: TargetCheck = { target: `p99 at c=${t.p99Connections}`, goal: `under ${t.maxP99Ms} ms on every workload at ${t.p99Scale}`, checked: 0, met: 0, misses: [], outsideGoal: [] };
  const growth: TargetCheck = { target: `p50 at c=1, ${t.growthTo} against ${t.growthFrom}`, goal: `≤ ${t.maxP50Growth}× for ${t.growthWorkloads.join(', ')}`, misses: [], outsideGoal: [] };
  const errors: TargetCheck = { target: 'errors (ours)', goal: 'none in any cell', checked: 0, met: 0, misses: [], outsideGoal: [] };
  const tally = (check: TargetCheck, missed: boolean, miss: string) => {
    check.checked! += 1;
    if (missed) check.misses.push(miss);
    else check.met! += 1;
  };

  for (const scale of results.scales) {
    for (const w of scale.workloads) {
      const cell = `${scale.scale} ${w.workload}`;
      if (t.singleRoundTrip.includes(w.workload)) tally(roundTrips, w.roundTrips !== 1, `${cell}: ${w.roundTrips} round trips (goal exactly 1)`);
      else tally(roundTrips, w.roundTrips > w.nestingDepth, `${cell}: ${w.roundTrips} round trips for nesting depth ${w.nestingDepth} (goal ≤ nesting depth)`);
      for (const run of w.runs) {
        const at = `${cell} c=${run.connections}`;
        const peerRatio = oursOverPeerThroughput(run);
        if (run.peer) tally(throughput, peerRatio !== Infinity && (missedRatio(peerRatio) || peerRatio! < t.minOursOverPeerThroughput), `${at}: ours/peer throughput ${missFigure(peerRatio)} (goal ≥ ${t.minOursOverPeerThroughput})`);
        if (run.connections === 1) {
          const floorRatio = oursOverFloorP50(run);
          tally(floor, missedRatio(floorRatio) || floorRatio > t.maxOursOverFloorP50, `${at}: ours/floor p50 ${missFigure(floorRatio)} (goal ≤ ${t.maxOursOverFloorP50})`);
        }
        if (run.connections === t.p99Connections) {
          const missed = run.ours.p99 >= t.maxP99Ms || run.ours.requests === 0;
          const miss = `${at}: ours p99 ${run.ours.requests === 0 ? 'not measured, no request finished' : `${ms(run.ours.p99)} ms`} (goal under ${t.maxP99Ms} ms at ${t.p99Scale})`;
          if (scale.scale === t.p99Scale) tally(p99, missed, miss);
          else if (missed) p99.outsideGoal.push(`${miss}; ${scale.scale} is below the scale the goal applies to`);
        }
        tally(errors, run.ours.errors > 0, `${at}: ${run.ours.errors} errors (goal none)`);
      }
    }
  }
  if (p99.checked === 0) {
    p99.notChecked = `not checked: needs ${t.p99Scale} at c=${t.p99Connections} in the run`;
    delete p99.checked;
    delete p99.met;
  }

  const from = results.scales.find((s) => s.scale === t.growthFrom);
  const to = results.scales.find((s) => s.scale === t.growthTo);
  if (!from || !to) growth.notChecked = `not checked: needs ${t.growthFrom} and ${t.growthTo} in one run`;
  else {
    growth.checked = 0;
    growth.met = 0;
    for (const name of t.growthWorkloads) {
      const small = from.workloads.find((w) => w.workload === name)?.runs.find((r) => r.connections === 1);
      const large = to.workloads.find((w) => w.workload === name)?.runs.find((r) => r.connections === 1);
      if (!small || !large) continue;
      const factor = large.ours.requests === 0 ? Number.NaN : large.ours.p50 / small.ours.p50;
      tally(growth, missedRatio(factor) || factor > t.maxP50Growth, `${name}: ours p50 at c=1 is ${ms(large.ours.p50)} ms at ${t.growthTo} against ${ms(small.ours.p50)} ms at ${t.growthFrom}, ${ratio(factor)}× (goal ≤ ${t.maxP50Growth}×)`);
    }
    if (growth.checked === 0) growth.notChecked = `not checked: needs c=1 at ${t.growthFrom} and ${t.growthTo}`;
  }
  return [throughput, floor, roundTrips, p99, growth, errors];
}

export function renderTargets(checks: TargetCheck[]): string[] {
  const lines = ['#### Against the targets', '', '| target | goal | met |', '|---|---|---|'];
  for (const check of checks) lines.push(`| ${check.target} | ${check.goal} | ${check.notChecked ?? `${check.met} of ${check.checked}`} |`);
  lines.push('');
  const misses = checks.flatMap((check) => check.misses);
  const outside = checks.flatMap((check) => check.outsideGoal);
  if (misses.length) lines.push('Misses:', '', ...misses.map((m) => `- ${m}`), '');
  else lines.push(`- Every target this run can check is met.`, '');
  if (outside.length) lines.push('Outside the goal (for information):', '', ...outside.map((m) => `- ${m}`), '');
  return lines;
}

/** A committed results file, if there is one (the figures before a change, for renderBeforeAfter). */
export function readResults(file: string): BenchmarkResults | undefined {
  return fs.existsSync(file) ? (JSON.parse(fs.readFileSync(file, 'utf8')) as BenchmarkResults) : undefined;
}

/** Per workload, scale and concurrency of this run: the ratios the targets speak of, and round trips, before → after. */
export function renderBeforeAfter(beforeFile: string, before: BenchmarkResults, after: BenchmarkResults): string[] {
  const lines = [
    '#### Before → after',
    '',
    `Before: \`${beforeFile}\`, profile \`${before.profile}\`, run ${before.startedAt}. Each cell reads before → after.`,
    '',
    '| workload | scale | c | ours/peer req/s | ours/floor p50 | round trips |',
    '|---|---|---|---|---|---|',
  ];
  const missing: string[] = [];
  for (const scale of after.scales) {
    const then = before.scales.find((s) => s.scale === scale.scale);
    if (!then) {
      missing.push(scale.scale);
      continue;
    }
    for (const w of scale.workloads) {
      const thenWorkload = then.workloads.find((b) => b.workload === w.workload);
      for (const run of w.runs) {
        const thenRun = thenWorkload?.runs.find((r) => r.connections === run.connections);
        const peer = `${ratio(thenRun && oursOverPeerThroughput(thenRun))} → ${ratio(oursOverPeerThroughput(run))}`;
        const floor = `${ratio(thenRun && oursOverFloorP50(thenRun))} → ${ratio(oursOverFloorP50(run))}`;
        lines.push(`| ${w.workload} | ${scale.scale} | ${run.connections} | ${peer} | ${floor} | ${thenWorkload?.roundTrips ?? '–'} → ${w.roundTrips} |`);
      }
    }
  }
  if (missing.length === after.scales.length) return ['#### Before → after', '', `No before figures for the scales of this run (${missing.join(', ')}) in \`${beforeFile}\`.`, ''];
  if (missing.length) lines.push('', `No before figures for ${missing.join(', ')}.`);
  lines.push('');
  return lines;
}

const START = (profile: string) => `<!-- bench:${profile}:start -->`;
const END = (profile: string) => `<!-- bench:${profile}:end -->`;

/** Replaces the profile's section of the results document (between its markers), keeping the hand-written text around it. */
export function writeResultsSection(file: string, profile: string, markdown: string): void {
  const text = fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : '';
  const section = `${START(profile)}\n${markdown}\n${END(profile)}`;
  const start = text.indexOf(START(profile));
  const end = text.indexOf(END(profile));
  const updated = start >= 0 && end > start ? text.slice(0, start) + section + text.slice(end + END(profile).length) : `${text}\n${section}\n`;
  fs.writeFileSync(file, updated);
}
