import { Gazetteer } from '../../src/ingestion/gazetteer';
import { extract } from '../../src/ingestion/candidates';
import { findMentions } from '../../src/ingestion/mentions';
import { tokenize } from '../../src/ingestion/text';
import { seedGazetteer } from './ingestion-support';

function mentionsIn(text: string, gazetteer = seedGazetteer()) {
  return findMentions(text, tokenize(text), gazetteer).filter((m) => !m.nested);
}

describe('linking what an article names to the graph', () => {
  it('links "Bolykhamsay", "Boly Khamsay", "Bolikhamxay" and "Bô-ly-khăm-xay" to one Lao province, saying why', () => {
    const text = 'Bolykhamsay, Boly Khamsay, Bolikhamxay, Bô-ly-khăm-xay et BOLIKHAMSAI.';
    const mentions = mentionsIn(text);
    expect(mentions.map((m) => [m.surface, m.entry.id, m.reason])).toEqual([
      ['Bolykhamsay', 'province:bolikhamxay', 'alias'],
      ['Boly Khamsay', 'province:bolikhamxay', 'alias'],
      ['Bolikhamxay', 'province:bolikhamxay', 'exact label'],
      ['Bô-ly-khăm-xay', 'province:bolikhamxay', 'exact label'],
      ['BOLIKHAMSAI', 'province:bolikhamxay', 'folded match'],
    ]);
    expect(mentions.every((m) => m.certain)).toBe(true);
    for (const m of mentions) expect(text.slice(m.start, m.end)).toBe(m.surface);
  });

  it('reads names in Lao script and in Vietnamese with or without diacritics', () => {
    const mentions = mentionsIn('ແຂວງ ຄຳມ່ວນ, Khăm Muộn, Kham Muon et Khammouane');
    expect(new Set(mentions.map((m) => m.entry.id))).toEqual(new Set(['province:khammouane']));
    expect(mentions).toHaveLength(4);
  });

  it('takes the longest name: a body named after its place is the body, the place inside it nested', () => {
    const all = findMentions("l'Association d'amitié Vietnam - Laos de Ha Tinh", tokenize("l'Association d'amitié Vietnam - Laos de Ha Tinh"), seedGazetteer());
    expect(all.filter((m) => !m.nested).map((m) => m.entry.id)).toEqual(['association:ha-tinh-vietnam-laos-friendship-association']);
    expect(all.filter((m) => m.nested).map((m) => m.entry.id)).toEqual(expect.arrayContaining(['province:ha-tinh', 'country:laos']));
  });

  it('takes a place name that ends a person\'s name for the name, not the place: Ms Thu Trang is not Trang province', () => {
    const mentions = mentionsIn('Mme Nguyen Thi Thu Trang, vice-présidente, a reçu la délégation de la province de Trang.');
    expect(mentions.map((m) => [m.surface, m.entry.id])).toEqual([['Trang', 'province:trang']]);
    expect(mentions[0].start).toBeGreaterThan(60);
  });

  it('marks a link through a lower-case alias ("la capitale") as uncertain', () => {
    const [capital] = mentionsIn('Les jeunes de la capitale ont participé.');
    expect(capital).toMatchObject({ surface: 'la capitale', certain: false, reason: 'alias' });
  });

  it('matches a short form only as written: "AN" is not "an"', () => {
    const gazetteer = new Gazetteer([{ id: 'organization:an', kind: 'ORGANIZATION' as never, name: 'AN', forms: [{ value: 'AN', source: 'name' }], countryIds: [] }]);
    expect(mentionsIn('Il y a un an, AN a voté.', gazetteer).map((m) => m.start)).toEqual([14]);
  });

  it('gives the reason "context: province lao de X" to a province the sentence introduces as Lao', () => {
    const result = extract({ content: 'La délégation a visité la province lao de Bolykhamsay.', lang: 'fr' }, seedGazetteer());
    const province = result.candidates.find((c) => c.class === 'entity' && c.record.id === 'province:bolikhamxay');
    expect(province?.isNew).toBe(false);
    expect(province?.links).toEqual(expect.arrayContaining([{ mention: 'Bolykhamsay', entityId: 'province:bolikhamxay', reason: 'context: province lao de Bolykhamsay', certain: true }]));
  });

  it('proposes a province the graph does not know, from "la province lao de X", as a new Lao locality', () => {
    const gazetteer = Gazetteer.fromRecords([{ collection: 'countries', data: { id: 'country:laos', name: 'Laos', iso: 'LA' } }]);
    const result = extract({ content: 'La délégation a visité la province lao de Xaynhaboury.', lang: 'fr' }, gazetteer);
    const province = result.candidates.find((c) => c.class === 'entity' && c.isNew);
    expect(province).toMatchObject({ collection: 'localities', record: { id: 'province:xaynhaboury', name: 'Xaynhaboury', level: 'PROVINCE', partOf: { id: 'country:laos' } } });
  });

  it.each([
    ['Le 25 juin, la province de Dien Bien et la ville française de Caen ont parlé de leur partenariat.', 'fr', 'city:caen', 'CITY', 'country:france'],
    ['Yen Bai and the French department of Val-de-Marne marked 20 years of cooperation.', 'en', 'province:val-de-marne', 'PROVINCE', 'country:france'],
    ['Hô Chi Minh-Ville coopère avec la province sud-coréenne de Chungcheongbuk.', 'fr', 'province:chungcheongbuk', 'PROVINCE', 'country:korea'],
  ])('proposes a foreign place the graph lacks from how the sentence introduces it: %s', (content, lang, id, level, country) => {
    const result = extract({ content, lang }, seedGazetteer());
    const place = result.candidates.find((c) => c.class === 'entity' && c.isNew);
    expect(place?.record).toEqual({ id, name: expect.any(String), level, partOf: { id: country } });
    expect(result.candidates.find((c) => c.class === 'partnership')?.record.parties).toEqual([expect.objectContaining({}), { id }]);
  });

  it('builds the gazetteer from plain records, following partOf up to the country', () => {
    const gazetteer = Gazetteer.fromRecords([
      { collection: 'countries', data: { id: 'country:laos', name: 'Laos', iso: 'LA' } },
      { collection: 'localities', data: { id: 'province:attapeu', name: 'Attapeu', aliases: ['Attopeu'], level: 'PROVINCE', partOf: { id: 'country:laos' } } },
      { collection: 'localities', data: { id: 'district:sanamxay', name: 'Sanamxay', level: 'DISTRICT', partOf: { id: 'province:attapeu' } } },
    ]);
    expect(gazetteer.entry('district:sanamxay')?.countryIds).toEqual(['country:laos']);
    expect(gazetteer.lookup('ATTOPEU').map((e) => e.id)).toEqual(['province:attapeu']);
  });
});
