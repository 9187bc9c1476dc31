import path from 'node:path';
import { Driver } from 'neo4j-driver';
import { repositoryRoot } from '../src/config';
import { Executor } from '../src/db/executor';
import { importSeeds } from '../src/seed/seed.importer';
import { BENCHMARK_SEED, loadSyntheticGraph } from './synthetic/load-scale';
import { Anchors, SEED_GRAPH_ANCHORS } from './workloads';

/** A graph the benchmark runs on: `seed` (the real seed graph) or a synthetic one of about `entities` entities. */
export interface BenchScale {
  name: string;
  entities: number;
}

export interface LoadedScale {
  anchors: Anchors;
  entities: number;
  relationships: number;
  /** Absent for the seed graph, whose import is not what the benchmark measures. */
  import?: { seconds: number; entitiesPerSecond: number };
}

/** `seed,1k,100k` → scales; a number with `k` counts thousands. */
export function parseScales(names: string): BenchScale[] {
  return names.split(',').map((name) => {
    if (name === 'seed') return { name, entities: 0 };
    const match = /^(\d+)(k?)$/.exec(name);
    if (!match) throw new Error(`--scales takes names such as seed,1k,10k,100k; got "${name}"`);
    return { name, entities: Number(match[1]) * (match[2] ? 1000 : 1) };
  });
}

/** Empties the database and loads the scale through the project's importer, with the anchors its workloads ask about. */
export async function loadScale(driver: Driver, scale: BenchScale, log: (line: string) => void): Promise<LoadedScale> {
  const executor = new Executor(driver, undefined);
  if (scale.name === 'seed') {
    await executor.write({ cypher: 'MATCH (n) DETACH DELETE n' });
    const report = await importSeeds(executor, path.join(repositoryRoot(), 'seeds'));
    const relationships = Object.entries(report.relationships).filter(([type]) => type !== 'CITED_IN').reduce((sum, [, n]) => sum + n, 0);
    return { anchors: SEED_GRAPH_ANCHORS, entities: report.records, relationships };
  }
  const loaded = await loadSyntheticGraph({ executor, entities: scale.entities, seed: BENCHMARK_SEED, log });
  return {
    anchors: loaded.anchors,
    entities: loaded.entities,
    relationships: loaded.relationships,
    import: { seconds: loaded.seconds, entitiesPerSecond: loaded.entitiesPerSecond },
  };
}
