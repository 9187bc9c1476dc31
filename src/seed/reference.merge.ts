import { RecordData as SeedData } from '../model/records';
import { SeedRecord } from './seed.loader';
import { EntityCollection, RELATIONS_BY_COLLECTION } from '../model/relationships';

type Citation = { source: string; at: string };
type Reference = { id: string; cite?: Citation[] };

/**
 * The seed records with the reference records merged in. A reference record for a place the seeds already hold
 * (the same ID, or for a country the same ISO code) merges into it: the seed's values win, the reference fills
 * what the seed lacks (labels language by language, aliases added), and the citations of both are kept. Each
 * relationship keeps the citations of the record it came from. Other reference records are added as they are.
 */
export function mergeReferenceRecords(seedRecords: SeedRecord[], referenceRecords: SeedRecord[]): SeedRecord[] {
  const merged = seedRecords.map((record) => ({ ...record, data: { ...record.data } }));
  const byId = new Map(merged.map((record) => [record.data.id as string, record]));
  const countryByIso = new Map(
    merged.filter((record) => record.collection === 'countries' && typeof record.data.iso === 'string').map((record) => [record.data.iso as string, record]),
  );

  const renamed = new Map<string, string>();
  for (const record of referenceRecords) {
    const seedCountry = record.collection === 'countries' ? countryByIso.get(record.data.iso as string) : undefined;
    if (seedCountry && seedCountry.data.id !== record.data.id) renamed.set(record.data.id as string, seedCountry.data.id as string);
  }
  const rename = (id: string) => renamed.get(id) ?? id;

  for (const reference of referenceRecords) {
    const data = withRenamedReferences(reference, rename);
    const seed = byId.get(data.id as string);
    if (!seed || seed.collection !== reference.collection) {
      const added = { ...reference, data };
      merged.push(added);
      byId.set(data.id as string, added);
      continue;
    }
    seed.data = mergeInto(seed, { ...reference, data });
  }
  return merged;
}

function withRenamedReferences(record: SeedRecord, rename: (id: string) => string): SeedData {
  const data: SeedData = { ...record.data, id: rename(record.data.id as string) };
  for (const spec of relationsOf(record)) {
    const value = data[spec.field] as Reference | Reference[] | undefined;
    if (value === undefined) continue;
    data[spec.field] = Array.isArray(value) ? value.map((r) => ({ ...r, id: rename(r.id) })) : { ...value, id: rename(value.id) };
  }
  return data;
}

function mergeInto(seed: SeedRecord, reference: SeedRecord): SeedData {
  const result: SeedData = { ...pinRelationCitations(reference), ...pinRelationCitations(seed) };
  const seedNames = new Set([seed.data.name, seed.data.native].filter(Boolean));
  result.aliases = [...new Set([...((seed.data.aliases as string[] | undefined) ?? []), ...((reference.data.aliases as string[] | undefined) ?? [])])].filter(
    (alias) => !seedNames.has(alias),
  );
  // The seed's labels win and keep their order; the reference adds the languages the seed lacks, after them.
  const seedLabels = (seed.data.labels as Record<string, string> | undefined) ?? {};
  const referenceLabels = (reference.data.labels as Record<string, string> | undefined) ?? {};
  result.labels = { ...seedLabels, ...Object.fromEntries(Object.entries(referenceLabels).filter(([lang]) => !(lang in seedLabels))) };
  // The reference's nameLang speaks of the reference's name, which the seed's replaces.
  if (seed.data.nameLang === undefined) delete result.nameLang;
  result.cite = uniqueCitations([...(seed.data.cite as Citation[]), ...(reference.data.cite as Citation[])]);
  return result;
}

/** A relationship without citations of its own rests on its record's; once records merge, it says so explicitly. */
function pinRelationCitations(record: SeedRecord): SeedData {
  const data = { ...record.data };
  for (const spec of relationsOf(record)) {
    const value = data[spec.field] as Reference | Reference[] | undefined;
    if (value === undefined) continue;
    const pin = (reference: Reference) => ({ ...reference, cite: reference.cite ?? (record.data.cite as Citation[]) });
    data[spec.field] = Array.isArray(value) ? value.map(pin) : pin(value);
  }
  return data;
}

function uniqueCitations(citations: Citation[]): Citation[] {
  const seen = new Set<string>();
  return citations.filter((citation) => {
    const key = `${citation.source}|${citation.at}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function relationsOf(record: SeedRecord) {
  return record.collection === 'sources' ? [] : RELATIONS_BY_COLLECTION[record.collection as EntityCollection];
}
