import { renderPlans, summarizeProfile } from '../../bench/plans-report';
import { BenchmarkResults, checkTargets, renderBeforeAfter, renderResults, TargetMeasurement, WorkloadResult } from '../../bench/report';

/** A cell of the benchmark: p50, p99 and requests/s of one target. */
const measured = (p50: number, p99: number, requestsPerSecond: number): TargetMeasurement => ({
  connections: 1,
  seconds: 5,
  p50,
  p99,
  requestsPerSecond,
  requests: requestsPerSecond * 5,
  errors: 0,
  peakRssMiB: null,
});

function workload(name: string, roundTrips: number, runs: { c: number; ours: TargetMeasurement; floor?: TargetMeasurement; peer?: TargetMeasurement }[]): WorkloadResult {
  return {
    workload: name,
    title: name,
    nestingDepth: 3,
    roundTrips,
    floorQueries: roundTrips,
    floorWaves: roundTrips,
    peer: 'generated',
    runs: runs.map((run) => ({ connections: run.c, ours: run.ours, floor: run.floor ?? run.ours, peer: run.peer })),
  };
}

function results(scales: { scale: string; workloads: WorkloadResult[] }[]): BenchmarkResults {
  return {
    profile: 'full',
    startedAt: '2026-12-02 18:00 UTC',
    machine: 'test',
    software: 'test',
    durationSeconds: 5,
    warmupSeconds: 1,
    scales: scales.map((s) => ({ ...s, entities: 1000, relationships: 10000 })),
  };
}

const fast = measured(10, 50, 100);
const check = (run: BenchmarkResults, target: string) => checkTargets(run).find((c) => c.target.startsWith(target))!;

describe('benchmark report against the targets', () => {
  it('holds partnerships, entity-page and events-page to one round trip and the other workloads to their nesting depth', () => {
    const run = results([{ scale: '1k', workloads: [workload('partnerships', 3, [{ c: 1, ours: fast }]), workload('events-page', 1, [{ c: 1, ours: fast }]), workload('neighborhood', 3, [{ c: 1, ours: fast }])] }]);
    const roundTrips = check(run, 'round trips');
    expect(roundTrips.misses).toEqual(['1k partnerships: 3 round trips (goal exactly 1)']);
    expect({ checked: roundTrips.checked, met: roundTrips.met }).toEqual({ checked: 3, met: 2 });
  });

  it('misses ours/peer throughput below 1.25 and ours/floor p50 above 1.25 at c=1, naming the figure and the goal', () => {
    const run = results([
      { scale: '10k', workloads: [workload('search-ascii', 1, [{ c: 1, ours: measured(13, 20, 120), floor: measured(10, 20, 150), peer: measured(12, 20, 100) }, { c: 16, ours: fast, peer: measured(10, 50, 70) }])] },
    ]);
    expect(check(run, 'ours/peer').misses).toEqual(['10k search-ascii c=1: ours/peer throughput 1.20 (goal ≥ 1.25)']);
    expect(check(run, 'ours/floor').misses).toEqual(['10k search-ascii c=1: ours/floor p50 1.30 (goal ≤ 1.25)']);
  });

  it('holds p99 at c=16 to 300 ms at 100k, and lists slower cells at smaller scales apart, as outside the goal', () => {
    const slow = measured(100, 450, 20);
    const run = results([
      { scale: '1k', workloads: [workload('path', 1, [{ c: 16, ours: slow }])] },
      { scale: '100k', workloads: [workload('path', 1, [{ c: 16, ours: slow }])] },
    ]);
    const p99 = check(run, 'p99');
    expect(p99.misses).toEqual(['100k path c=16: ours p99 450 ms (goal under 300 ms at 100k)']);
    expect(p99.outsideGoal).toEqual(['1k path c=16: ours p99 450 ms (goal under 300 ms at 100k); 1k is below the scale the goal applies to']);
    expect(check(results([{ scale: '1k', workloads: [workload('path', 1, [{ c: 16, ours: slow }])] }]), 'p99').notChecked).toMatch(/^not checked/);
  });

  it('compares p50 at 100k with 1k only when both are in the run', () => {
    const oneScale = results([{ scale: '1k', workloads: [workload('entity-page', 1, [{ c: 1, ours: fast }])] }]);
    expect(check(oneScale, 'p50 at c=1').notChecked).toBe('not checked: needs 1k and 100k in one run');
    const both = results([
      { scale: '1k', workloads: [workload('entity-page', 1, [{ c: 1, ours: measured(10, 20, 100) }]), workload('neighborhood', 1, [{ c: 1, ours: measured(10, 20, 100) }])] },
      { scale: '100k', workloads: [workload('entity-page', 1, [{ c: 1, ours: measured(20, 40, 50) }]), workload('neighborhood', 1, [{ c: 1, ours: measured(90, 99, 10) }])] },
    ]);
    const growth = check(both, 'p50 at c=1');
    expect(growth.misses).toEqual(['entity-page: ours p50 at c=1 is 20.0 ms at 100k against 10.0 ms at 1k, 2.00× (goal ≤ 1.5×)']);
    expect(growth.checked).toBe(1);
    expect(renderResults(both)).toContain('| p50 at c=1, 100k against 1k | ≤ 1.5× for partnerships, entity-page, search-ascii, search-diacritics, events-page | 0 of 1 |');
  });

  it('sets the ratios and round trips of a committed run beside this one, per workload, scale and concurrency', () => {
    const before = results([{ scale: '1k', workloads: [workload('partnerships', 3, [{ c: 1, ours: measured(30, 60, 30), floor: measured(20, 40, 45), peer: measured(18, 40, 50) }])] }]);
    const after = results([
      { scale: 'seed', workloads: [workload('partnerships', 1, [{ c: 1, ours: fast }])] },
      { scale: '1k', workloads: [workload('partnerships', 1, [{ c: 1, ours: measured(15, 30, 66), floor: measured(13, 30, 75), peer: measured(18, 40, 50) }])] },
    ]);
    const table = renderBeforeAfter('bench/results/before/full.json', before, after).join('\n');
    expect(table).toContain('| partnerships | 1k | 1 | 0.60 → 1.32 | 1.50 → 1.15 | 3 → 1 |');
    expect(table).toContain('No before figures for seed.');
  });

  it('flags a plan that scans a whole label, and sums db hits over every operator', () => {
    const operator = (operatorType: string, dbHits: number, rows: number, children: any[] = [], details?: string) => ({ operatorType, arguments: details ? { Details: details } : {}, dbHits, rows, children });
    const profile = operator('ProduceResults@neo4j', 0, 4, [operator('Expand(All)@neo4j', 30, 4, [operator('NodeByLabelScan@neo4j', 101, 100, [], 'p:Partnership')])]);
    const plan = summarizeProfile({ wave: 1, index: 1, cypher: 'MATCH (p:Partnership)' }, profile);
    expect(plan.operators.map((o) => o.name)).toEqual(['ProduceResults', 'Expand(All)', 'NodeByLabelScan']);
    expect({ dbHits: plan.dbHits, rows: plan.rows, scans: plan.scans }).toEqual({ dbHits: 131, rows: 4, scans: ['NodeByLabelScan p:Partnership'] });
    const table = renderPlans({ startedAt: 'now', software: 'test', scales: [{ scale: '1k', entities: 1000, relationships: 10000, workloads: [{ workload: 'partnerships', statements: [{ ...plan, cypher: 'CALL () {\n  MATCH (p:Partnership)\n}' }] }] }] });
    expect(table).toContain('| partnerships | 1.1 `MATCH (p:Partnership)` | ProduceResults, Expand(All), NodeByLabelScan | 131 | 4 | **yes**: NodeByLabelScan p:Partnership |');
    expect(table).toContain('- 1k partnerships 1.1: NodeByLabelScan p:Partnership');
  });
});
