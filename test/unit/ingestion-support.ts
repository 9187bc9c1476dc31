import fs from 'node:fs';
import path from 'node:path';
import { repositoryRoot } from '../../src/config';
import { Gazetteer } from '../../src/ingestion/gazetteer';
import { loadValidSeedsBeforeArticles } from '../../src/seed/seed.importer';

export const FIXTURES = path.join(repositoryRoot(), 'test', 'fixtures', 'articles');
/** The five seed articles as their pages were saved, noise included; they stay outside the repository. */
export const SEED_PAGES = path.join(repositoryRoot(), '..', 'shared', 'sources');

export function fixture(name: string): string {
  return fs.readFileSync(path.join(FIXTURES, name), 'utf8');
}

let seeded: Gazetteer | undefined;
/**
 * The gazetteer of the seed graph (seed files and reference places) without the reviewed facts of ingested articles,
 * built from the records as the import reads them: the graph as it was before the pipeline's articles entered it.
 */
export function seedGazetteer(): Gazetteer {
  seeded ??= Gazetteer.fromRecords(loadValidSeedsBeforeArticles(path.join(repositoryRoot(), 'seeds')));
  return seeded;
}
