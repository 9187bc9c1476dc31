import path from 'node:path';
import { Collection } from '../../src/model/relationships';
import { loadReferenceRecords } from '../../src/seed/reference.loader';
import { mergeReferenceRecords } from '../../src/seed/reference.merge';
import { SeedRecord } from '../../src/seed/seed.loader';
import { validateSeedRecords } from '../../src/seed/seed.validator';

const SEEDS = path.join(__dirname, '..', '..', 'seeds');
const record = (collection: Collection, data: Record<string, unknown>, file = `${collection}.yaml`): SeedRecord => ({ collection, file, data });

describe('reference records merge into the seeds', () => {
  const seedCountry = record('countries', { id: 'country:laos', name: 'Laos', native: 'Lào', aliases: ['Lao PDR'], iso: 'LA', cite: [{ source: 'source:a', at: 'L15' }] });
  const seedProvince = record('localities', {
    id: 'province:khammouane',
    name: 'Kham Muon',
    aliases: ['Khammouane'],
    level: 'PROVINCE',
    partOf: { id: 'country:laos' },
    cite: [{ source: 'source:a', at: 'L15' }],
  });
  const referenceCountry = record('countries', {
    id: 'country:lao-people-s-democratic-republic',
    name: "Lao People's Democratic Republic",
    nameLang: 'en',
    aliases: ['Laos'],
    labels: { en: "Lao People's Democratic Republic", lo: 'ລາວ' },
    iso: 'LA',
    cite: [{ source: 'source:i18n-iso-countries', at: 'LA' }],
  });
  const referenceProvince = record('localities', {
    id: 'province:khammouane',
    name: 'Khammouane',
    nameLang: 'en',
    aliases: ['Khammuane', 'Kham Muon'],
    labels: { en: 'Khammouane', lo: 'ຄຳມ່ວນ' },
    level: 'PROVINCE',
    iso: 'LA-KH',
    partOf: { id: 'country:lao-people-s-democratic-republic', cite: [{ source: 'source:iso-3166-2', at: 'LA-KH' }] },
    cite: [{ source: 'source:iso-3166-2', at: 'LA-KH' }],
  });
  const merged = mergeReferenceRecords([seedCountry, seedProvince], [referenceCountry, referenceProvince]);
  const byId = new Map(merged.map((r) => [r.data.id, r.data]));

  it('matches a country by its ISO code and keeps the seed ID and name; the dataset name stays among the labels', () => {
    expect(merged).toHaveLength(2);
    expect(byId.get('country:laos')).toMatchObject({ name: 'Laos', native: 'Lào', iso: 'LA', aliases: ['Lao PDR'], labels: { en: "Lao People's Democratic Republic", lo: 'ລາວ' } });
    expect(byId.get('country:laos')!.nameLang).toBeUndefined();
  });

  it('fills labels and the ISO 3166-2 code, unites aliases and citations, and keeps the seed relation with its own citations', () => {
    expect(byId.get('province:khammouane')).toMatchObject({
      name: 'Kham Muon',
      aliases: ['Khammouane', 'Khammuane'],
      labels: { en: 'Khammouane', lo: 'ຄຳມ່ວນ' },
      iso: 'LA-KH',
      partOf: { id: 'country:laos', cite: [{ source: 'source:a', at: 'L15' }] },
      cite: [
        { source: 'source:a', at: 'L15' },
        { source: 'source:iso-3166-2', at: 'LA-KH' },
      ],
    });
  });

  it('points a new reference place at the seed country that its ISO code matches', () => {
    const added = mergeReferenceRecords([seedCountry], [referenceCountry, { ...referenceProvince, data: { ...referenceProvince.data, id: 'province:bokeo' } }]);
    expect(added.find((r) => r.data.id === 'province:bokeo')!.data.partOf).toEqual({ id: 'country:laos', cite: [{ source: 'source:iso-3166-2', at: 'LA-KH' }] });
  });
});

describe('dataset and legal-text sources', () => {
  const sources = [
    record('sources', { id: 'source:article', title: 'A', publisher: 'P', language: 'fr', file: 'a.txt' }),
    record('sources', { id: 'source:dataset', kind: 'DATASET', title: 'D', publisher: 'P', language: 'en', version: '1.0.0' }),
    record('sources', { id: 'source:law', kind: 'LEGAL_TEXT', title: 'R', publisher: 'P', language: 'vi' }),
  ];
  const country = (cite: { source: string; at: string }[]) => record('countries', { id: 'country:x', name: 'X', iso: 'XX', cite });

  it('cites an article by line, and a dataset or legal text by key', () => {
    expect(validateSeedRecords([...sources, country([{ source: 'source:article', at: 'L3' }, { source: 'source:dataset', at: 'VN-23' }, { source: 'source:law', at: 'Art. 1' }])])).toEqual([]);
  });

  it('refuses a key for an article and a line for a dataset', () => {
    const problems = validateSeedRecords([...sources, country([{ source: 'source:article', at: 'VN-23' }, { source: 'source:dataset', at: 'L3' }])]);
    expect(problems.map((p) => p.field)).toEqual(['cite[0].at', 'cite[1].at']);
  });

  it('requires an archived file of an article only, and refuses one for a dataset', () => {
    const problems = validateSeedRecords([
      record('sources', { id: 'source:no-file', title: 'A', publisher: 'P', language: 'fr' }),
      record('sources', { id: 'source:dataset-file', kind: 'DATASET', title: 'D', publisher: 'P', language: 'en', file: 'd.json' }),
    ]);
    expect(problems.map((p) => [p.recordId, p.field])).toEqual([
      ['source:no-file', 'file'],
      ['source:dataset-file', 'file'],
    ]);
  });
});

describe('the reference table', () => {
  it('gives every Vietnamese, Lao, Cambodian and Thai provincial-level unit once, with its ISO 3166-2 code', () => {
    const { records, problems } = loadReferenceRecords(SEEDS);
    expect(problems).toEqual([]);
    const places = records.filter((r) => r.collection === 'localities');
    const byCountry = (prefix: string) => places.filter((r) => (r.data.iso as string).startsWith(prefix)).length;
    expect([byCountry('VN-'), byCountry('LA-'), byCountry('KH-'), byCountry('TH-')]).toEqual([63, 18, 25, 78]);
    expect(new Set(places.map((r) => r.data.id)).size).toBe(places.length);
    expect(places.filter((r) => r.data.succeededBy)).toHaveLength(29);
  });

  it('labels every unit in Vietnamese, English, French and its own script, each label a real name', () => {
    const NATIVE: Record<string, { language: string; script: RegExp }> = {
      VN: { language: 'vi', script: /^[\p{Script=Latin}\s–'-]+$/u },
      LA: { language: 'lo', script: /^[\p{Script=Lao}\s]+$/u },
      KH: { language: 'km', script: /^[\p{Script=Khmer}\s]+$/u },
      TH: { language: 'th', script: /^[\p{Script=Thai}\s]+$/u },
    };
    const places = loadReferenceRecords(SEEDS).records.filter((r) => r.collection === 'localities');
    const unlabelled = places.flatMap((place) => {
      const labels = place.data.labels as Record<string, string>;
      const native = NATIVE[(place.data.iso as string).slice(0, 2)];
      const missing = ['vi', 'en', 'fr', native.language].filter((language) => !labels[language] || labels[language] === 'undefined');
      if (!native.script.test(labels[native.language] ?? '')) missing.push(`${native.language} script`);
      return missing.length ? [`${place.data.iso}: ${missing.join(', ')}`] : [];
    });
    expect(unlabelled).toEqual([]);
  });
});
