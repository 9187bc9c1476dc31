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

/**
 * Memory under a garbage collector saws up and down, so two single samples say little. A leak shows as a rising
 * floor: the lowest sample of the last two minutes against the lowest of the first two.
 */
function memoryRow(name: string, samples: RssSample[], key: 'apiRssMiB' | 'neo4jRssMiB', kernelPeak: number | null): string {
  const known = samples.filter((sample) => sample[key] !== null);
  if (known.length === 0) return `| ${name} | – | – | – | – | – | – | – |`;
  const value = (sample: RssSample) => sample[key] as number;
  const end = known[known.length - 1].seconds;
  const floor = (from: number, to: number) => Math.min(...known.filter((s) => s.seconds >= from && s.seconds <= to).map(value));
  const [first, last] = [floor(0, 120), floor(Math.max(0, end - 120), end)];
  const change = last - first;
  return `| ${name} | ${value(known[0])} | ${value(known[known.length - 1])} | ${Math.max(...known.map(value))} | ${mib(kernelPeak)} | ${first} | ${last} | ${change >= 0 ? '+' : ''}${change} |`;
}

export function renderSoak(results: SoakResults): string {
  const { probe, soak, rss } = results;
  const errors = Object.entries(soak.errorsByKind).sort(([, a], [, b]) => b - a);
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
    `Resident memory in MiB, sampled every 10 s from the start of the soak. The kernel's peak is VmHWM, reset when the soak`,
    'started. The floor is the lowest sample in the first and in the last two minutes.',
    '',
    '| process | start | end | peak sampled | peak (kernel) | floor, first 2 min | floor, last 2 min | floor change |',
    '|---|---|---|---|---|---|---|---|',
    memoryRow('API', rss.samples, 'apiRssMiB', rss.apiPeakMiB),
    memoryRow('Neo4j', rss.samples, 'neo4jRssMiB', rss.neo4jPeakMiB),
    '',
  ];
  return lines.join('\n');
}
