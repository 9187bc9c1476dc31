import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';

/** The ID prefixes of places: what a party, a venue, a funder or a recipient is compared as. */
export const PLACE_PREFIXES = ['country', 'province', 'city', 'district', 'region', 'municipality', 'commune', 'ward', 'village', 'locality-group'];
const ENTITY_ID = /^[a-z-]+:[a-z0-9-]+$/;

/**
 * Every entity ID that the seed files and the reference table define or name, read from the YAML directly (no
 * database): what the evaluator calls the places and bodies "the graph knows".
 */
export function graphIdsInSeedFiles(seedDir: string): Set<string> {
  const ids = new Set<string>();
  for (const dir of [seedDir, join(seedDir, 'reference')]) {
    for (const file of readdirSync(dir).filter((name) => /\.ya?ml$/.test(name))) {
      collectIds(parse(readFileSync(join(dir, file), 'utf8')), ids);
    }
  }
  return ids;
}

function collectIds(value: unknown, ids: Set<string>): void {
  if (Array.isArray(value)) {
    value.forEach((item) => collectIds(item, ids));
  } else if (value && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) {
      if (key === 'id' && typeof item === 'string' && ENTITY_ID.test(item) && !item.startsWith('source:')) ids.add(item);
      else collectIds(item, ids);
    }
  }
}

export function prefixOf(id: string): string {
  return id.slice(0, id.indexOf(':'));
}

export function slugOf(id: string): string {
  return id.slice(id.indexOf(':') + 1);
}
