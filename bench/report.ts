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

/** Markdown tables: latency and throughput side by side, the ratios the targets speak of, and round trips. */
export function renderResults(results: BenchmarkResults): string {
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
            `${ratio(run.ours.p50 / run.floor.p50)} | ${ratio(run.peer ? run.ours.requestsPerSecond / run.peer.requestsPerSecond : undefined)} | ${errors} | ${run.ours.peakRssMiB ?? '–'} |`,
        );
      }
    }
    lines.push('', '| workload | nesting depth | round trips (ours) | floor queries in waves | peer |', '|---|---|---|---|---|');
    for (const w of scale.workloads) {
      lines.push(`| ${w.workload} | ${w.nestingDepth} | ${w.roundTrips} | ${w.floorQueries} in ${w.floorWaves} | ${w.peer}${w.peerNote ? `: ${w.peerNote}` : ''} |`);
    }
    lines.push('');
  }
  lines.push(...renderTargets(results));
  return lines.join('\n');
}

function renderTargets(results: BenchmarkResults): string[] {
  const misses: string[] = [];
  let checks = 0;
  for (const scale of results.scales) {
    for (const w of scale.workloads) {
      checks += 1;
      if (w.roundTrips > w.nestingDepth) misses.push(`${scale.scale} ${w.workload}: ${w.roundTrips} round trips for nesting depth ${w.nestingDepth}`);
      for (const run of w.runs) {
        if (run.connections === 1 && run.ours.p50 / run.floor.p50 > 1.5) misses.push(`${scale.scale} ${w.workload}: ours/floor p50 at c=1 is ${ratio(run.ours.p50 / run.floor.p50)} (goal ≤ 1.5)`);
        if (run.peer && run.ours.requestsPerSecond / run.peer.requestsPerSecond < 1) {
          misses.push(`${scale.scale} ${w.workload} c=${run.connections}: ours/peer throughput ${ratio(run.ours.requestsPerSecond / run.peer.requestsPerSecond)} (goal ≥ 1.0)`);
        }
        if (run.connections === 16 && run.ours.p99 > 300) misses.push(`${scale.scale} ${w.workload}: p99 at c=16 is ${ms(run.ours.p99)} ms (goal under a few hundred)`);
        if (run.ours.errors > 0) misses.push(`${scale.scale} ${w.workload} c=${run.connections}: ${run.ours.errors} errors`);
      }
    }
  }
  return ['#### Against the targets', '', misses.length ? misses.map((m) => `- ${m}`).join('\n') : `- All targets met (${checks} workload × scale checks).`, ''];
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
