import 'reflect-metadata';
import fs from 'node:fs';
import path from 'node:path';
import neo4j, { Driver } from 'neo4j-driver';
import { repositoryRoot } from '../src/config';
import { CypherQuery } from '../src/db/executor';
import { toCypherParams } from '../src/db/records';
import { openBenchDatabase } from './bench-database';
import { BenchScale, loadScale, parseScales } from './bench-scale';
import { recordFloorPlans } from './floor/record-floor';
import { PlansResults, ProfiledOperator, renderPlans, ScalePlans, StatementPlan, summarizeProfile } from './plans-report';
import { writeResultsSection } from './report';
import { WORKLOADS } from './workloads';

/**
 * `npm run bench:plans -- --scales 1k,100k` (default 100k): loads each scale as the benchmark does, records the
 * Cypher our API runs for every workload, and profiles each statement on that graph. Writes the table between the
 * `bench:plans` markers of docs/benchmarks.md and the full plans to bench/results/plans.json.
 */

const log = (line: string) => process.stderr.write(`[bench:plans] ${line}\n`);

function parseArguments(argv: string[]): BenchScale[] {
  const index = argv.indexOf('--scales');
  return parseScales(index >= 0 && argv[index + 1] ? argv[index + 1] : '100k');
}

async function profile(driver: Driver, query: CypherQuery): Promise<ProfiledOperator> {
  const session = driver.session({ defaultAccessMode: neo4j.session.READ });
  try {
    const result = await session.executeRead((tx) => tx.run(`PROFILE\n${query.cypher}`, toCypherParams(query.params)));
    if (!result.summary.profile) throw new Error(`no profile for:\n${query.cypher}`);
    return result.summary.profile as unknown as ProfiledOperator;
  } finally {
    await session.close();
  }
}

async function planScale(driver: Driver, scale: BenchScale): Promise<ScalePlans> {
  log(`scale ${scale.name}: loading`);
  const loaded = await loadScale(driver, scale, log);
  const floorPlans = await recordFloorPlans(driver, WORKLOADS, loaded.anchors);
  const workloads = [];
  for (const floorPlan of floorPlans) {
    const statements: StatementPlan[] = [];
    for (const [w, wave] of floorPlan.waves.entries()) {
      for (const [q, query] of wave.entries()) {
        statements.push(summarizeProfile({ wave: w + 1, index: q + 1, cypher: query.cypher }, await profile(driver, query)));
      }
    }
    log(`scale ${scale.name}, ${floorPlan.workload}: ${statements.length} statements, ${statements.reduce((sum, s) => sum + s.dbHits, 0)} db hits`);
    workloads.push({ workload: floorPlan.workload, statements });
  }
  return { scale: scale.name, entities: loaded.entities, relationships: loaded.relationships, workloads };
}

async function main(): Promise<void> {
  const scales = parseArguments(process.argv.slice(2));
  const root = repositoryRoot();
  const database = await openBenchDatabase('bench-plans', log);
  const results: PlansResults = {
    startedAt: new Date().toISOString().slice(0, 16).replace('T', ' ') + ' UTC',
    software: `Neo4j 5.26 ${database.described}`,
    scales: [],
  };
  try {
    for (const scale of scales) results.scales.push(await planScale(database.driver, scale));
  } finally {
    await database.close();
  }
  const resultsDir = path.join(root, 'bench', 'results');
  fs.mkdirSync(resultsDir, { recursive: true });
  fs.writeFileSync(path.join(resultsDir, 'plans.json'), `${JSON.stringify(results, null, 2)}\n`);
  const markdown = renderPlans(results);
  writeResultsSection(path.join(root, 'docs', 'benchmarks.md'), 'plans', markdown);
  process.stdout.write(`${markdown}\n`);
  log('results: docs/benchmarks.md (section "plans") and bench/results/plans.json');
}

main().catch((error) => {
  log(`failed: ${(error as Error).stack ?? error}`);
  process.exit(1);
});
