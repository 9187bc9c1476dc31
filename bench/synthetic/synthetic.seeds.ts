import fs from 'node:fs';
import path from 'node:path';
import { buildGraphRows, GraphRows } from '../../src/model/rows';
import { SeedRecord } from '../../src/seed/seed.loader';
import { Anchors } from '../workloads';
import { chooseAnchors } from './synthetic.anchors';
import { buildSyntheticCollections, Collection, COLLECTIONS, SyntheticCollections } from './synthetic.graph';

/** Bump when the generator's output changes, so that cached folders of an older shape are regenerated. */
export const GENERATOR_VERSION = 1;
export const ANCHORS_FILE = 'anchors.json';
export const MANIFEST_FILE = 'synthetic.json';

/** The seed file each collection goes to, as in seeds/. */
const FILE_BY_COLLECTION: Record<Collection | 'sources', string> = {
  sources: 'sources.yaml',
  countries: 'countries.yaml',
  localities: 'localities.yaml',
  localityGroups: 'localities.yaml',
  organizations: 'organizations.yaml',
  associations: 'associations.yaml',
  officials: 'officials.yaml',
  documents: 'documents.yaml',
  events: 'events.yaml',
  partnerships: 'partnerships.yaml',
  aidProjects: 'aid-projects.yaml',
};

export interface SyntheticCounts {
  entities: number;
  sources: number;
  records: number;
  byCollection: Record<string, number>;
  /** Relationships by type as the importer writes them, CITED_IN (entity to source) included. */
  relationships: Record<string, number>;
  totalRelationships: number;
  yamlBytes: number;
}

export interface SyntheticManifest {
  generatorVersion: number;
  entities: number;
  seed: number;
  counts: SyntheticCounts;
  anchors: Anchors;
}

export interface SyntheticSeedOptions {
  entities: number;
  seed: number;
  dir: string;
  onProgress?: (line: string) => void;
}

/**
 * Writes a complete seed folder of about `entities` entities in the project's own format (same files, same
 * record shapes, so `loadValidSeeds` reads it), plus `anchors.json` (the workloads' anchors) and `synthetic.json`
 * (counts and parameters). Records are written one per line in YAML flow style, which the project's loader reads
 * like the block style of seeds/. The same entities and seed give byte-identical files.
 */
export function generateSyntheticSeeds(options: SyntheticSeedOptions): { anchors: Anchors; counts: SyntheticCounts } {
  const progress = options.onProgress ?? (() => {});
  const started = Date.now();
  const collections = buildSyntheticCollections(options.entities, options.seed);
  progress(`Generated ${COLLECTIONS.reduce((sum, c) => sum + collections[c].length, 0)} entities in ${seconds(started)} s.`);

  fs.mkdirSync(options.dir, { recursive: true });
  for (const file of fs.readdirSync(options.dir)) if (/\.ya?ml$/.test(file)) fs.rmSync(path.join(options.dir, file));
  let yamlBytes = 0;
  for (const [file, content] of seedFileContents(collections, options)) {
    fs.writeFileSync(path.join(options.dir, file), content);
    yamlBytes += Buffer.byteLength(content);
    progress(`Wrote ${file} (${(Buffer.byteLength(content) / 1e6).toFixed(1)} MB).`);
  }

  const graph = buildGraphRows(seedRecords(collections));
  const anchors = chooseAnchors(graph);
  const counts = countsOf(collections, graph, yamlBytes);
  const manifest: SyntheticManifest = { generatorVersion: GENERATOR_VERSION, entities: options.entities, seed: options.seed, counts, anchors };
  fs.writeFileSync(path.join(options.dir, ANCHORS_FILE), `${JSON.stringify(anchors, null, 2)}\n`);
  fs.writeFileSync(path.join(options.dir, MANIFEST_FILE), `${JSON.stringify(manifest, null, 2)}\n`);
  progress(`Synthetic seeds ready in ${seconds(started)} s: ${counts.entities} entities, ${counts.totalRelationships} relationships, ${(yamlBytes / 1e6).toFixed(1)} MB of YAML.`);
  return { anchors, counts };
}

/** The manifest of a folder written by the current generator for these parameters, or null (absent, other parameters, older generator). */
export function readSyntheticManifest(dir: string, entities: number, seed: number): SyntheticManifest | null {
  const file = path.join(dir, MANIFEST_FILE);
  if (!fs.existsSync(file)) return null;
  const manifest = JSON.parse(fs.readFileSync(file, 'utf8')) as SyntheticManifest;
  const current = manifest.generatorVersion === GENERATOR_VERSION && manifest.entities === entities && manifest.seed === seed;
  return current ? manifest : null;
}

function seedFileContents(collections: SyntheticCollections, options: SyntheticSeedOptions): Map<string, string> {
  const files = new Map<string, string[]>();
  for (const collection of ['sources', ...COLLECTIONS] as const) {
    const file = FILE_BY_COLLECTION[collection];
    if (!files.has(file)) {
      files.set(file, [`# Synthetic seed data for benchmarks (${options.entities} entities, seed ${options.seed}); no such facts exist.`]);
    }
    const lines = files.get(file)!;
    lines.push(`${collection}:`);
    for (const record of collections[collection]) lines.push(`  - ${JSON.stringify(record)}`);
  }
  return new Map([...files].map(([file, lines]) => [file, `${lines.join('\n')}\n`]));
}

function seedRecords(collections: SyntheticCollections): SeedRecord[] {
  return (['sources', ...COLLECTIONS] as const).flatMap((collection) =>
    collections[collection].map((data) => ({ collection, file: FILE_BY_COLLECTION[collection], data })),
  );
}

function countsOf(collections: SyntheticCollections, graph: GraphRows, yamlBytes: number): SyntheticCounts {
  const relationships: Record<string, number> = {};
  for (const edge of graph.edges) relationships[edge.type] = (relationships[edge.type] ?? 0) + 1;
  relationships.CITED_IN = graph.citations.length;
  const byCollection = Object.fromEntries(COLLECTIONS.map((c) => [c, collections[c].length]));
  return {
    entities: graph.nodes.length,
    sources: graph.sources.length,
    records: graph.nodes.length + graph.sources.length,
    byCollection,
    relationships,
    totalRelationships: Object.values(relationships).reduce((sum, n) => sum + n, 0),
    yamlBytes,
  };
}

function seconds(since: number): string {
  return ((Date.now() - since) / 1000).toFixed(1);
}
