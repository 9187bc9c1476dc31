import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { LabelledArticle, LabelledEvent, LabelledPartnership, LabelledPosition } from './labelled-facts';

type SeedRecord = Record<string, unknown>;
interface Citation {
  source?: string;
}

/**
 * The seed articles as labelled articles: for each source of `seeds/sources.yaml` that has an archived copy
 * (`file`), the partnerships, positions and events that the seed files cite it for, read from the YAML directly.
 * The curated seed graph is the answer key; `name` is the archived file's name without `.txt`.
 */
export function loadSeedTruth(seedDir: string): LabelledArticle[] {
  const read = (file: string) => (parse(readFileSync(join(seedDir, file), 'utf8')) ?? {}) as Record<string, SeedRecord[]>;
  const sources = read('sources.yaml').sources ?? [];
  const partnerships = read('partnerships.yaml').partnerships ?? [];
  const officials = read('officials.yaml').officials ?? [];
  const events = read('events.yaml').events ?? [];

  return sources
    .filter((source) => typeof source.file === 'string')
    .map((source) => {
      const sourceId = String(source.id);
      const cites = (record: SeedRecord) => citesSource(record.cite, sourceId);
      return {
        name: String(source.file).replace(/\.txt$/, ''),
        article: {
          url: (source.url as string) ?? null,
          publisher: (source.publisher as string) ?? null,
          publishedOn: (source.publishedOn as string) ?? null,
          lang: String(source.language ?? 'fr'),
          title: (source.title as string) ?? null,
        },
        places: [],
        partnerships: partnerships.filter(cites).map(
          (record): LabelledPartnership => ({ parties: (record.parties as { id: string }[]).map((party) => party.id), kind: String(record.kind) }),
        ),
        agreements: [],
        positions: officials.flatMap((official) =>
          ((official.positions as SeedRecord[] | undefined) ?? [])
            .filter((position) => (position.cite ? citesSource(position.cite, sourceId) : cites(official)))
            .map((position): LabelledPosition => ({ person: String(official.name), title: String(position.title), organization: idOf(position.organization) })),
        ),
        events: events.filter(cites).map(
          (record): LabelledEvent => ({
            kind: String(record.kind),
            date: typeof record.date === 'string' ? record.date : null,
            place: record.place ? idOf(record.place) : null,
          }),
        ),
        aid: [],
        memberships: [],
      };
    });
}

function citesSource(cite: unknown, sourceId: string): boolean {
  return Array.isArray(cite) && cite.some((citation: Citation) => citation?.source === sourceId);
}

function idOf(reference: unknown): string {
  return typeof reference === 'string' ? reference : String((reference as { id: string }).id);
}
