import { edgesOf } from '../../src/model/rows';
import { ModelRecord } from '../../src/model/records';
import { KnownKind, validateRecords } from '../../src/model/validation';
import { SeedRecord } from '../../src/seed/seed.loader';
import { validateSeedRecords } from '../../src/seed/seed.validator';

const cite = [{ source: 'source:article', at: 'L3' }];
const known = new Map<string, KnownKind>([
  ['source:article', 'SOURCE'],
  ['province:quang-tri', 'LOCALITY' as KnownKind],
  ['province:savannakhet', 'LOCALITY' as KnownKind],
  ['official:someone', 'OFFICIAL' as KnownKind],
]);

const agreement = (extra: Record<string, unknown> = {}): ModelRecord => ({
  collection: 'documents',
  data: {
    id: 'agreement:quang-tri--savannakhet-memorandum',
    name: 'Mémorandum d’entente entre Quang Tri et Savannakhet',
    kind: 'AGREEMENT',
    issuedOn: '2022-09-27',
    validFrom: '2023',
    validUntil: '2027',
    parties: [{ id: 'province:quang-tri' }, { id: 'province:savannakhet' }],
    cite,
    ...extra,
  },
});

describe('an agreement names its parties and its period of validity', () => {
  it('accepts localities as the parties of an agreement and writes them as SIGNED_BY with the role PARTNER', () => {
    expect(validateRecords([agreement()], { known })).toEqual([]);
    expect(edgesOf(agreement()).map((e) => [e.type, e.to, e.properties.role])).toEqual([
      ['SIGNED_BY', 'province:quang-tri', 'PARTNER'],
      ['SIGNED_BY', 'province:savannakhet', 'PARTNER'],
    ]);
  });

  it('refuses a person as a party, and a period that ends before it begins', () => {
    const problems = validateRecords([agreement({ parties: [{ id: 'official:someone' }], validFrom: '2027', validUntil: '2023' })], { known });
    expect(problems.map((p) => [p.code, p.path])).toEqual([
      ['ENDS_BEFORE_IT_BEGINS', 'validUntil'],
      ['WRONG_REFERENCE_KIND', 'parties[0].id'],
    ]);
  });

  it('is accepted by the seed files’ schema with its parties, period and roles', () => {
    const records: SeedRecord[] = [
      { collection: 'sources', file: 'sources.yaml', data: { id: 'source:article', title: 'T', publisher: 'P', language: 'fr', file: 'a.txt' } },
      { collection: 'countries', file: 'countries.yaml', data: { id: 'country:vietnam', name: 'Vietnam', iso: 'VN', cite } },
      { collection: 'countries', file: 'countries.yaml', data: { id: 'country:laos', name: 'Laos', iso: 'LA', cite } },
      { collection: 'localities', file: 'localities.yaml', data: { id: 'province:quang-tri', name: 'Quang Tri', level: 'PROVINCE', partOf: { id: 'country:vietnam' }, cite } },
      { collection: 'localities', file: 'localities.yaml', data: { id: 'province:savannakhet', name: 'Savannakhet', level: 'PROVINCE', partOf: { id: 'country:laos' }, cite } },
      { ...agreement({ parties: [{ id: 'province:quang-tri', role: 'SUPPORTER' }, { id: 'province:savannakhet', role: 'BENEFICIARY' }] }), file: 'documents.yaml' },
    ];
    expect(validateSeedRecords(records)).toEqual([]);
  });
});

describe('aid may come from a province and go to a province', () => {
  it('accepts localities as funder and recipient, with the amount the source gives', () => {
    const aid: ModelRecord = {
      collection: 'aidProjects',
      data: {
        id: 'aid-project:quang-tri-to-savannakhet-2022',
        name: 'Aide de Quang Tri à Savannakhet',
        kind: 'NON_REFUNDABLE_AID',
        amount: '5 milliards de VND',
        funder: { id: 'province:quang-tri' },
        recipient: { id: 'province:savannakhet' },
        cite,
      },
    };
    expect(validateRecords([aid], { known })).toEqual([]);
  });
});
