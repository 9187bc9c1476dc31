import path from 'node:path';
import { repositoryRoot } from '../../src/config';
import { Executor } from '../../src/db/executor';
import { importSeeds } from '../../src/seed/seed.importer';
import { Anchors } from '../workloads';
import { generateSyntheticSeeds, readSyntheticManifest } from './synthetic.seeds';
import { emptyGraph } from './synthetic.repository';

/** The generator seed of the benchmark's graphs, so that every run and the soak measure the same ones. */
export const BENCHMARK_SEED = 20261123;

export interface SyntheticLoadOptions {
  executor: Executor;
  entities: number;
  seed: number;
  /** Where generated folders are kept (`<entities>-<seed>/` inside); default data/bench, which git ignores. */
  workDir?: string;
  log?: (line: string) => void;
  /** Rows per transaction of the batched import. */
  batchRows?: number;
}

export interface SyntheticLoad {
  dir: string;
  anchors: Anchors;
  /** As counted in Neo4j after the import. */
  entities: number;
  relationships: number;
  /** The import through importSeeds (reading, validating, building, writing); generation is not included. */
  seconds: number;
  entitiesPerSecond: number;
  relationshipsPerSecond: number;
  /** Seconds per phase; `generate` is 0 when the folder was reused. */
  phases: { generate: number; parse: number; validate: number; build: number; write: number };
}

/**
 * Empties the database, then imports a synthetic graph of about `entities` entities through the project's own
 * importer in batched mode. The seed folder is generated once per size and seed and reused afterwards.
 */
export async function loadSyntheticGraph(options: SyntheticLoadOptions): Promise<SyntheticLoad> {
  const log = options.log ?? (() => {});
  const dir = path.join(options.workDir ?? path.join(repositoryRoot(), 'data', 'bench'), `${options.entities}-${options.seed}`);

  let generate = 0;
  let anchors = readSyntheticManifest(dir, options.entities, options.seed)?.anchors;
  if (anchors) {
    log(`Reusing the synthetic seeds in ${dir}.`);
  } else {
    const started = Date.now();
    log(`Generating ${options.entities} synthetic entities (seed ${options.seed}) in ${dir}…`);
    anchors = generateSyntheticSeeds({ entities: options.entities, seed: options.seed, dir, onProgress: log }).anchors;
    generate = (Date.now() - started) / 1000;
  }

  log('Emptying the database…');
  await emptyGraph(options.executor);
  const started = Date.now();
  const report = await importSeeds(options.executor, dir, log, { mode: 'batched', batchRows: options.batchRows });
  const seconds = (Date.now() - started) / 1000;

  const { Source: sources = 0, Entity: entities = 0 } = report.labels;
  const relationships = Object.values(report.relationships).reduce((sum, n) => sum + n, 0);
  log(
    `Imported ${entities} entities, ${sources} sources and ${relationships} relationships in ${seconds.toFixed(1)} s: ` +
      `${Math.round(entities / seconds)} entities/s (parse ${report.seconds.parse.toFixed(1)} s, validate ${report.seconds.validate.toFixed(1)} s, ` +
      `build ${report.seconds.build.toFixed(1)} s, write ${report.seconds.write.toFixed(1)} s).`,
  );
  return {
    dir,
    anchors,
    entities,
    relationships,
    seconds,
    entitiesPerSecond: entities / seconds,
    relationshipsPerSecond: relationships / seconds,
    phases: { generate, ...report.seconds },
  };
}
