/** What a soak run records, and how docs/soak.md shows it. */

export interface SoakMinute {
  minute: number;
  responses: number;
  errors: number;
  p50: number;
  p99: number;
  max: number;
  /** Resident memory at the end of the minute, from the latest sample. */
  apiRssMiB: number | null;
  neo4jRssMiB: number | null;
}

export interface RssSample {
  seconds: number;
  apiRssMiB: number | null;
  neo4jRssMiB: number | null;
}

export interface SoakResults {
  startedAt: string;
  machine: string;
  software: string;
  graph: string;
  workloads: string[];
  connections: number;
  probe: { seconds: number; requestsPerSecond: number; p50: number; p99: number; errors: number };
  soak: {
    minutes: number;
    targetRate: number;
    /** Whether the rate was given with --rate rather than half the measured maximum. */
    rateGiven: boolean;
    requestsSent: number;
    responses: number;
    achievedRate: number;
    /** Over every response of the run, as timed by autocannon. */
    p50: number;
    p99: number;
    max: number;
    errorsByKind: Record<string, number>;
    byMinute: SoakMinute[];
  };
  rss: { samples: RssSample[]; apiPeakMiB: number | null; neo4jPeakMiB: number | null };
}

const ms = (value: number) => (value >= 100 ? value.toFixed(0) : value.toFixed(1));
const mib = (value: number | null | undefined) => (value === null || value === undefined ? '–' : String(value));
const thousands = (value: number) => value.toLocaleString('en-US');

function memoryRow(name: string, samples: (number | null)[], kernelPeak: number | null, afterFirstMinute: number | null): string {
  const known = samples.filter((value): value is number => value !== null);
  if (known.length === 0) return `| ${name} | – | – | – | – | – | – |`;
  const [start, end] = [known[0], known[known.length - 1]];
  const growth = (from: number | null) => (from === null ? '–' : `${end - from >= 0 ? '+' : ''}${end - from}`);
  return `| ${name} | ${start} | ${end} | ${Math.max(...known)} | ${mib(kernelPeak)} | ${growth(start)} | ${growth(afterFirstMinute)} |`;
}

export function renderSoak(results: SoakResults): string {
  const { probe, soak, rss } = results;
  const errors = Object.entries(soak.errorsByKind).sort(([, a], [, b]) => b - a);
  const sampleAt = (seconds: number, key: 'apiRssMiB' | 'neo4jRssMiB') => rss.samples.find((sample) => sample.seconds >= seconds)?.[key] ?? null;
  const lines = [
    `Run ${results.startedAt} on ${results.machine}; ${results.software}.`,
    `Graph: ${results.graph}. Mix: ${results.workloads.map((w) => `\`${w}\``).join(', ')}, in turn on each of ${results.connections} connections.`,
    '',
    `**Maximum throughput** (${probe.seconds} s, no rate limit): ${probe.requestsPerSecond.toFixed(0)} requests/s, p50 ${ms(probe.p50)} ms, p99 ${ms(probe.p99)} ms, ${probe.errors} errors.`,
    '',
    `**Soak:** ${soak.minutes} min at ${soak.targetRate} requests/s (${soak.rateGiven ? 'given with --rate' : 'half the maximum'}).`,
    '',
    '| | |',
    '|---|---|',
    `| requests sent | ${thousands(soak.requestsSent)} |`,
    `| responses | ${thousands(soak.responses)} (${soak.achievedRate.toFixed(1)}/s) |`,
    `| latency over the run | p50 ${ms(soak.p50)} ms, p99 ${ms(soak.p99)} ms, max ${ms(soak.max)} ms |`,
    `| errors | ${errors.length ? errors.map(([kind, count]) => `${kind}: ${thousands(count)}`).join('; ') : 'none'} |`,
    '',
    '| minute | responses | errors | p50 ms | p99 ms | max ms | API RSS MiB | Neo4j RSS MiB |',
    '|---|---|---|---|---|---|---|---|',
    ...soak.byMinute.map(
      (m) => `| ${m.minute} | ${thousands(m.responses)} | ${m.errors} | ${ms(m.p50)} | ${ms(m.p99)} | ${ms(m.max)} | ${mib(m.apiRssMiB)} | ${mib(m.neo4jRssMiB)} |`,
    ),
    '',
    `Resident memory in MiB, sampled every 10 s from the start of the soak; the kernel's peak is VmHWM, reset when the soak started.`,
    '',
    '| process | start | end | peak sampled | peak (kernel) | growth | growth after minute 1 |',
    '|---|---|---|---|---|---|---|',
    memoryRow('API', rss.samples.map((s) => s.apiRssMiB), rss.apiPeakMiB, sampleAt(60, 'apiRssMiB')),
    memoryRow('Neo4j', rss.samples.map((s) => s.neo4jRssMiB), rss.neo4jPeakMiB, sampleAt(60, 'neo4jRssMiB')),
    '',
  ];
  return lines.join('\n');
}
