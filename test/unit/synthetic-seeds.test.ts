import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { distance } from '../../bench/synthetic/synthetic.anchors';
import { ANCHORS_FILE, generateSyntheticSeeds } from '../../bench/synthetic/synthetic.seeds';
import { dateRange } from '../../src/model/partial-date';
import { searchForm } from '../../src/model/fold';
import { buildGraphRows } from '../../src/model/rows';
import { loadValidSeeds } from '../../src/seed/seed.importer';

const folders: string[] = [];

function generate(entities: number, seed: number) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'synthetic-seeds-'));
  folders.push(dir);
  return { dir, ...generateSyntheticSeeds({ entities, seed, dir }) };
}

function filesOf(dir: string): Record<string, string> {
  return Object.fromEntries(fs.readdirSync(dir).sort().map((file) => [file, fs.readFileSync(path.join(dir, file), 'utf8')]));
}

afterAll(() => {
  for (const dir of folders) fs.rmSync(dir, { recursive: true, force: true });
});

describe('synthetic seed generator', () => {
  const first = generate(1000, 7);
  const records = loadValidSeeds(first.dir);
  const graph = buildGraphRows(records);
  const nodes = new Map(graph.nodes.map((n) => [n.properties.id as string, n.properties]));
  const { anchors } = first;

  it('writes byte-identical files for the same seed and size, and different ones for another seed', () => {
    expect(filesOf(generate(1000, 7).dir)).toEqual(filesOf(first.dir));
    const other = filesOf(generate(1000, 8).dir);
    expect(Object.keys(other)).toEqual(Object.keys(filesOf(first.dir)));
    expect(other['events.yaml']).not.toEqual(filesOf(first.dir)['events.yaml']);
  });

  it('writes a seed folder the project’s own loader and validator accept, with the seeds/ file names', () => {
    expect(fs.readdirSync(first.dir).filter((f) => f.endsWith('.yaml')).sort()).toEqual(
      fs.readdirSync(path.join(__dirname, '..', '..', 'seeds')).filter((f) => f.endsWith('.yaml')).sort(),
    );
    expect(graph.nodes).toHaveLength(1000);
    expect(first.counts.entities).toBe(1000);
    expect(JSON.parse(fs.readFileSync(path.join(first.dir, ANCHORS_FILE), 'utf8'))).toEqual(anchors);
  });

  it('has about ten relationships per entity and every record cites a synthetic source', () => {
    expect(first.counts.totalRelationships / first.counts.entities).toBeGreaterThan(8);
    expect(first.counts.totalRelationships / first.counts.entities).toBeLessThan(12);
    expect(graph.nodes.every((n) => (n.properties.sourceIds as string[]).length > 0)).toBe(true);
    expect(graph.sources.every((s) => /^synthetic-\d{6}\.txt$/.test(s.file as string) && /synthetic/i.test(s.note as string))).toBe(true);
  });

  it('names Vietnamese places and people with diacritics', () => {
    expect(records.filter((r) => r.collection === 'officials').some((r) => /[ễệạảấầậắặđươ]/.test(r.data.native as string))).toBe(true);
    expect(records.filter((r) => (r.data.id as string).startsWith('commune:')).some((r) => /[ễệạảấầậắặđươ]/.test(r.data.name as string))).toBe(true);
  });

  it('chooses anchors that exist and answer their workload', () => {
    for (const id of [anchors.partnerOf, anchors.partnerCountry, anchors.official, anchors.neighborhoodOf, anchors.pathFrom, anchors.pathTo]) {
      expect(nodes.has(id)).toBe(true);
    }
    expect(searchForm(anchors.searchDiacritics)).toBe(searchForm(anchors.searchAscii));
    expect(anchors.searchDiacritics).not.toBe(anchors.searchAscii);
    expect(nodes.get(anchors.partnerOf)!.searchNames).toContain(searchForm(anchors.searchAscii));

    const partnershipsOfHub = graph.edges.filter((e) => e.type === 'HAS_PARTY' && e.to === anchors.partnerOf).map((e) => e.from);
    const partnersInCountry = graph.edges.filter(
      (e) =>
        e.type === 'HAS_PARTY' &&
        partnershipsOfHub.includes(e.from) &&
        e.to !== anchors.partnerOf &&
        (nodes.get(e.to)!.countryIds as string[]).includes(anchors.partnerCountry),
    );
    expect(partnershipsOfHub.length).toBeGreaterThanOrEqual(10);
    expect(partnersInCountry.length).toBeGreaterThanOrEqual(3);

    const officialEdges = graph.edges.filter((e) => e.from === anchors.official);
    expect(officialEdges.filter((e) => e.type === 'HOLDS_POSITION').length).toBeGreaterThanOrEqual(2);
    expect(officialEdges.filter((e) => e.type === 'PARTICIPATED_IN').length).toBeGreaterThanOrEqual(5);

    expect(distance(graph, anchors.pathFrom, anchors.pathTo, 4)).not.toBeNull();

    const fromDay = dateRange(anchors.eventsFrom).start;
    const toDay = dateRange(anchors.eventsTo).end;
    const inRange = graph.nodes.filter((n) => n.label === 'Event' && n.properties.dateStart && (n.properties.dateEnd as string) >= fromDay && (n.properties.dateStart as string) <= toDay);
    expect(inRange.length).toBeGreaterThanOrEqual(20);
  });
});
