import { Role } from '../../src/access/role';
import { Executor } from '../../src/db/executor';
import { importSeeds, loadValidSeeds } from '../../src/seed/seed.importer';
import { graphSnapshot, issueTestKey, SEEDS_DIR, seededApi } from './support';

const seeded = seededApi();

const RESOLUTION = 'resolution:national-assembly-202-2025-qh15';
const RESOLUTION_SOURCE = 'source:resolution-202-2025-qh15';

/** The partnerships of the seed files that a locality is a party to, each with its other party. */
function seededPartnershipsOf(records: ReturnType<typeof loadValidSeeds>, locality: string): { id: string; partner: { id: string } }[] {
  return records
    .filter((record) => record.collection === 'partnerships')
    .map((record) => ({ id: String(record.data.id), parties: (record.data.parties as { id: string }[]).map((party) => party.id) }))
    .filter(({ parties }) => parties.includes(locality))
    .map(({ id, parties }) => ({ id, partner: { id: parties.find((party) => party !== locality)! } }));
}

describe('every country of ISO 3166-1', () => {
  it('is a Country node with its ISO code, the seeded countries among them and not duplicated', async () => {
    const executor = new Executor(seeded.driver, undefined);
    const [row] = await executor.read({
      cypher: `MATCH (c:Country) RETURN count(c) AS countries, count(DISTINCT c.iso) AS codes,
                      [x IN collect(c) WHERE x.iso IN ['VN', 'LA', 'TH', 'KH', 'KR', 'FR', 'US'] | x.id] AS ids`,
    });
    expect(row.countries).toBe(250);
    expect(row.codes).toBe(250);
    expect([...(row.ids as string[])].sort()).toEqual(
      ['country:cambodia', 'country:france', 'country:korea', 'country:laos', 'country:thailand', 'country:united-states-of-america', 'country:vietnam'].sort(),
    );
  });

  it('keeps the seed values and adds the dataset citation, with its version, to a seeded country', async () => {
    const response = await seeded.api.query(`{ node(id: "country:thailand") { ... on Country {
      name iso citations { sourceId locators } sources { id sourceKind version title } } } }`);
    expect(response.errors).toBeUndefined();
    const thailand = response.data!.node;
    expect(thailand.name).toBe('Thaïlande');
    expect(thailand.iso).toBe('TH');
    expect(thailand.citations).toContainEqual({ sourceId: 'source:i18n-iso-countries', locators: ['TH'] });
    const dataset = thailand.sources.find((s: { id: string }) => s.id === 'source:i18n-iso-countries');
    const version = (require('i18n-iso-countries/package.json') as { version: string }).version;
    expect(dataset).toEqual({ id: 'source:i18n-iso-countries', sourceKind: 'DATASET', version, title: expect.stringContaining(`i18n-iso-countries ${version}`) });
  });
});

describe('provinces of Vietnam, Laos, Cambodia and Thailand', () => {
  it('carry their ISO 3166-2 codes, the seeded ones under their seed IDs', async () => {
    const response = await seeded.api.query(`{
      haTinh: node(id: "province:ha-tinh") { ... on Locality { name iso level citations { sourceId locators } } }
      bolikhamxay: node(id: "province:bolikhamxay") { ... on Locality { name iso } }
      khammouane: node(id: "province:khammouane") { ... on Locality { name iso } }
      vientiane: node(id: "city:vientiane-capital") { ... on Locality { name iso level } }
      hanoi: node(id: "city:hanoi") { ... on Locality { iso } }
      phnomPenh: node(id: "city:phnom-penh") { ... on Locality { iso country { id } } }
      bangkok: node(id: "city:bangkok") { ... on Locality { iso country { id } } }
    }`);
    expect(response.errors).toBeUndefined();
    const d = response.data!;
    expect(d.haTinh).toMatchObject({ name: 'Ha Tinh', iso: 'VN-23', level: 'PROVINCE' });
    expect(d.haTinh.citations).toEqual(
      expect.arrayContaining([
        { sourceId: 'source:vietnamvn-2023-11-25-ha-tinh-plan', locators: ['L5'] },
        { sourceId: 'source:iso-3166-2', locators: ['VN-23'] },
        { sourceId: 'source:cldr-subdivisions', locators: ['vn23'] },
      ]),
    );
    expect(d.bolikhamxay).toEqual({ name: 'Bolikhamxay', iso: 'LA-BL' });
    expect(d.khammouane).toEqual({ name: 'Kham Muon', iso: 'LA-KH' });
    expect(d.vientiane).toEqual({ name: 'la capitale Vientiane', iso: 'LA-VT', level: 'CAPITAL' });
    expect(d.hanoi.iso).toBe('VN-HN');
    expect(d.phnomPenh).toEqual({ iso: 'KH-12', country: { id: 'country:cambodia' } });
    expect(d.bangkok).toEqual({ iso: 'TH-10', country: { id: 'country:thailand' } });
  });

  it('counts 63 Vietnamese provincial-level units before 1 July 2025, 34 after, and every Lao province', async () => {
    const executor = new Executor(seeded.driver, undefined);
    const [row] = await executor.read({
      cypher: `MATCH (p:Locality) WHERE p.iso STARTS WITH 'VN-'
               WITH count(p) AS before, count(CASE WHEN p.validUntil IS NULL THEN 1 END) AS after
               MATCH (l:Locality) WHERE l.iso STARTS WITH 'LA-'
               RETURN before, after, count(l) AS lao`,
    });
    expect(row).toEqual({ before: 63, after: 34, lao: 18 });
  });

  it('has the Lao-script label of Vientiane Capital in its record', () => {
    const record = loadValidSeeds(SEEDS_DIR).find((r) => r.data.id === 'city:vientiane-capital')!;
    expect((record.data.labels as Record<string, string>).lo).toBe('ນະຄອນຫຼວງວຽງຈັນ');
    expect(record.data.name).toBe('la capitale Vientiane');
  });
});

describe('search by the romanizations the press uses', () => {
  const ROMANIZATIONS: [string, string][] = [
    ...['Bolikhamxay', 'Bolikhamsai', 'Borikhamxay', 'Bolykhamsay', 'Boly Khamsay'].map((q): [string, string] => [q, 'province:bolikhamxay']),
    ...['Khammouane', 'Khammuane', 'Kham Muon', 'Khamouane', 'Khăm Muộn'].map((q): [string, string] => [q, 'province:khammouane']),
    ...['Houaphanh', 'Houaphan', 'Hua Phan'].map((q): [string, string] => [q, 'province:houaphanh']),
    ...['Champasak', 'Champassak'].map((q): [string, string] => [q, 'province:champasak']),
    ...['Attapeu', 'Attapu'].map((q): [string, string] => [q, 'province:attapeu']),
    ...['Xaysomboun', 'Saysomboun'].map((q): [string, string] => [q, 'province:xaysomboun']),
    ...['Sekong', 'Xekong'].map((q): [string, string] => [q, 'province:sekong']),
    ...['Salavan', 'Saravane'].map((q): [string, string] => [q, 'province:salavan']),
    ...['Phongsaly', 'Phongsali'].map((q): [string, string] => [q, 'province:phongsaly']),
    ...['Oudomxay', 'Oudomxai'].map((q): [string, string] => [q, 'province:oudomxay']),
    ...['Luang Prabang', 'Louangphrabang'].map((q): [string, string] => [q, 'province:luang-prabang']),
    ...['Xieng Khouang', 'Xiangkhouang'].map((q): [string, string] => [q, 'province:xieng-khouang']),
    ...['Xayaboury', 'Sayaboury', 'Xaignabouli'].map((q): [string, string] => [q, 'province:xayaboury']),
    ...['Vientiane Capital', 'Vientiane (capitale)', 'ນະຄອນຫຼວງວຽງຈັນ'].map((q): [string, string] => [q, 'city:vientiane-capital']),
  ];

  it.each(ROMANIZATIONS)('"%s" finds %s first', async (query, id) => {
    const response = await seeded.api.query(`query($q: String!) { search(query: $q, kinds: [LOCALITY], first: 3) { entity { id } } }`, { q: query });
    expect(response.errors).toBeUndefined();
    expect(response.data!.search[0]?.entity.id).toBe(id);
  });

  it('finds a Vietnamese province with and without diacritics', async () => {
    for (const query of ['Quảng Bình', 'quang binh', 'QUANG BINH']) {
      const response = await seeded.api.query(`query($q: String!) { search(query: $q, first: 1) { entity { id } } }`, { q: query });
      expect(response.data!.search[0].entity.id).toBe('province:quang-binh');
    }
  });
});

describe('the 2025 reorganization of Vietnam', () => {
  it('answers in one query what Quảng Bình is now, since when, and says who', async () => {
    const response = await seeded.api.query(`{ search(query: "Quảng Bình", first: 1) { entity { id name ... on Locality {
      validUntil
      succeededBy { successor { id name } on document { id ... on Document { code issuedOn issuer { id name } } }
                    evidence { sourceIds locators sources { id sourceKind url } } }
    } } } }`);
    expect(response.errors).toBeUndefined();
    const quangBinh = response.data!.search[0].entity;
    expect(quangBinh.id).toBe('province:quang-binh');
    expect(quangBinh.validUntil).toBe('2025-06-30');
    expect(quangBinh.succeededBy).toEqual([
      {
        successor: { id: 'province:quang-tri', name: 'Quang Tri' },
        on: '2025-07-01',
        document: { id: RESOLUTION, code: '202/2025/QH15', issuedOn: '2025-06-12', issuer: { id: 'organization:national-assembly-of-vietnam', name: 'National Assembly of Vietnam' } },
        evidence: { sourceIds: [RESOLUTION_SOURCE], locators: ['Art. 1'], sources: [{ id: RESOLUTION_SOURCE, sourceKind: 'LEGAL_TEXT', url: expect.stringMatching(/^https:\/\//) }] },
      },
    ]);
  });

  it('leaves Ha Tinh unmerged, and lists each successor’s predecessors', async () => {
    const response = await seeded.api.query(`{
      haTinh: node(id: "province:ha-tinh") { ... on Locality { validUntil succeededBy { on } predecessors { on } } }
      quangTri: node(id: "province:quang-tri") { ... on Locality { validUntil predecessors { predecessor { id } on } } }
      ninhBinh: node(id: "province:ninh-binh") { ... on Locality { predecessors { predecessor { id } } } }
      hcmc: node(id: "city:ho-chi-minh-city") { ... on Locality { predecessors { predecessor { id } } } }
    }`);
    expect(response.errors).toBeUndefined();
    const d = response.data!;
    expect(d.haTinh).toEqual({ validUntil: null, succeededBy: [], predecessors: [] });
    expect(d.quangTri).toEqual({ validUntil: null, predecessors: [{ predecessor: { id: 'province:quang-binh' }, on: '2025-07-01' }] });
    expect(d.ninhBinh.predecessors.map((p: { predecessor: { id: string } }) => p.predecessor.id).sort()).toEqual(['province:ha-nam', 'province:nam-dinh']);
    expect(d.hcmc.predecessors.map((p: { predecessor: { id: string } }) => p.predecessor.id).sort()).toEqual(['province:ba-ria-vung-tau', 'province:binh-duong']);
  });

  it('keeps a merged province’s partnership with it, and lists it for the successor only when asked, marked with the predecessor', async () => {
    const editor = await issueTestKey(seeded.driver, Role.EDITOR, 'Reference editor');
    const created = await seeded.api.query(
      `mutation ($input: NewPartnershipInput!) { createPartnership(input: $input) { entity { id } } }`,
      {
        input: {
          name: 'Quang Binh – Khammouane cooperation',
          kind: 'COOPERATION',
          parties: [{ id: 'province:quang-binh' }, { id: 'province:khammouane' }],
          citations: [{ sourceId: 'source:vietnamvn-2023-11-25-ha-tinh-plan', locators: ['L15'] }],
        },
      },
      editor.token,
    );
    expect(created.errors).toBeUndefined();
    const id = created.data!.createPartnership.entity.id;

    const response = await seeded.api.query(`{
      own: partnerships(of: "province:quang-binh") { id partner { id } through { id } }
      successorOnly: partnerships(of: "province:quang-tri") { id }
      withPredecessors: partnerships(of: "province:quang-tri", includePredecessors: true) { id partner { id } through { id name } }
    }`);
    expect(response.errors).toBeUndefined();
    const d = response.data!;
    // The articles give both provinces partnerships of their own; the list has no defined order.
    const byId = (a: { id: string }, b: { id: string }) => a.id.localeCompare(b.id);
    const records = loadValidSeeds(SEEDS_DIR);
    const quangBinhOwn = [...seededPartnershipsOf(records, 'province:quang-binh'), { id, partner: { id: 'province:khammouane' } }];
    const quangTriOwn = seededPartnershipsOf(records, 'province:quang-tri');
    expect([...d.own].sort(byId)).toEqual(quangBinhOwn.map((p) => ({ ...p, through: null })).sort(byId));
    expect(d.successorOnly.map((p: { id: string }) => p.id).sort()).toEqual(quangTriOwn.map((p) => p.id).sort());
    expect(d.successorOnly.map((p: { id: string }) => p.id)).not.toContain(id);
    expect([...d.withPredecessors].sort(byId)).toEqual(
      [
        ...quangTriOwn.map((p) => ({ ...p, through: null })),
        ...quangBinhOwn.map((p) => ({ ...p, through: { id: 'province:quang-binh', name: 'Quang Binh' } })),
      ].sort(byId),
    );
  });
});

describe('the reference import', () => {
  it('is idempotent: importing again changes nothing', async () => {
    const executor = new Executor(seeded.driver, undefined);
    await executor.write({ cypher: `MATCH (p:Partnership) WHERE p.origin <> 'seed' DETACH DELETE p` });
    await importSeeds(executor, SEEDS_DIR);
    const before = await graphSnapshot(executor);
    const report = await importSeeds(executor, SEEDS_DIR);
    expect(report.changes).toEqual({ nodesCreated: 0, nodesDeleted: 0, relationshipsCreated: 0, relationshipsDeleted: 0 });
    expect(await graphSnapshot(executor)).toBe(before);
  });
});
