import fs from 'node:fs';
import { createHash } from 'node:crypto';
import { canonicalJson, extract } from '../../src/ingestion/candidates';
import { Candidate, ExtractionResult } from '../../src/ingestion/candidate';
import { findDates } from '../../src/ingestion/dates';
import { KnownKind, validateRecords } from '../../src/model/validation';
import { ModelRecord } from '../../src/model/records';
import { Collection } from '../../src/model/relationships';
import { fixture, FIXTURES, seedGazetteer } from './ingestion-support';

function read(name: string, publishedOn?: string): ExtractionResult {
  return extract({ content: fixture(name), publishedOn }, seedGazetteer());
}

function only(result: ExtractionResult, cls: Candidate['class'], filter: (c: Candidate) => boolean = () => true): Candidate {
  const found = result.candidates.filter((c) => c.class === cls && filter(c));
  expect(found).toHaveLength(1);
  return found[0];
}

function quoted(result: ExtractionResult, candidate: Candidate): string[] {
  return candidate.evidence.map((e) => result.text.slice(e.start, e.end));
}

describe('extracting candidates from a French article (Quang Tri and Savannakhet, 30 September 2022)', () => {
  const result = read('quang-tri-savannakhet-2022.fr.txt', '2022-09-30');

  it('proposes the partnership between the two linked provinces, comprehensive as the article says, formalized by the memorandum', () => {
    const partnership = only(result, 'partnership');
    expect(partnership.record).toEqual({
      id: 'partnership:quang-tri--savannakhet',
      name: 'Quang Tri – Savannakhet',
      kind: 'COMPREHENSIVE_COOPERATION',
      parties: [{ id: 'province:quang-tri' }, { id: 'province:savannakhet' }],
      agreements: [{ id: 'agreement:quang-tri--savannakhet-memorandum-of-understanding' }],
    });
    expect(partnership.isNew).toBe(true);
    expect(partnership.links.map((l) => l.entityId)).toEqual(expect.arrayContaining(['province:quang-tri', 'province:savannakhet']));
  });

  it('proposes the memorandum with its parties, its signing day resolved from the publication date, and its period', () => {
    const agreement = only(result, 'agreement');
    expect(agreement.collection).toBe('documents');
    expect(agreement.record).toMatchObject({
      kind: 'AGREEMENT',
      issuedOn: '2022-09-27',
      issuedOnConfidence: 'inferred',
      validFrom: '2023',
      validUntil: '2027',
      parties: [{ id: 'province:quang-tri' }, { id: 'province:savannakhet' }],
    });
    expect(quoted(result, agreement)[0]).toMatch(/^Le 27 septembre, les deux provinces ont signé un mémorandum/);
  });

  it('proposes the visit: who went, where, when, and who led it', () => {
    const visit = only(result, 'event');
    expect(visit.record).toMatchObject({
      kind: 'VISIT',
      date: '2022-09-26',
      place: { id: 'province:savannakhet' },
      participants: [
        { id: 'province:quang-tri', role: 'DELEGATION' },
        { id: 'official:le-minh-tuan', role: 'DELEGATION' },
      ],
    });
  });

  it('proposes positions as of the publication date, with the body the title belongs to', () => {
    const secretary = only(result, 'position', (c) => c.record.id === 'official:le-minh-tuan');
    expect(secretary.record).toEqual({
      id: 'official:le-minh-tuan',
      name: 'Le Minh Tuan',
      positions: [{ title: 'Secrétaire', organization: 'organization:quang-tri-party-committee', status: 'current', asOf: '2022-09-30' }],
    });
    const governor = only(result, 'position', (c) => c.record.id === 'official:sengdao-phanthavong');
    expect((governor.record.positions as { title: string }[])[0].title).toBe('Vice-gouverneur');
    expect(only(result, 'entity', (c) => c.record.id === 'organization:quang-tri-party-committee').isNew).toBe(true);
  });

  it('proposes the aid: giver, receiver, kind and amount', () => {
    expect(only(result, 'aid').record).toMatchObject({
      kind: 'NON_REFUNDABLE_AID',
      amount: '5 milliards de VND',
      funder: { id: 'province:quang-tri' },
      recipient: { id: 'province:savannakhet' },
    });
  });

  it('points every piece of evidence into the cleaned text, whose hash it gives', () => {
    expect(result.textHash).toBe(createHash('sha256').update(result.text).digest('hex'));
    for (const candidate of result.candidates) {
      expect(candidate.evidence.length).toBeGreaterThan(0);
      for (const { start, end } of candidate.evidence) {
        expect(0 <= start && start < end && end <= result.text.length).toBe(true);
      }
      for (const link of candidate.links.filter((l) => !l.reason.startsWith('context'))) expect(result.text).toContain(link.mention);
    }
  });

  it('keys each candidate by its class and record, so the same article gives the same keys', () => {
    const again = read('quang-tri-savannakhet-2022.fr.txt', '2022-09-30');
    expect(again.candidates.map((c) => c.key)).toEqual(result.candidates.map((c) => c.key));
    for (const c of result.candidates) {
      expect(c.key).toBe(createHash('sha256').update(c.class + canonicalJson(c.record)).digest('hex').slice(0, 16));
    }
    expect(new Set(result.candidates.map((c) => c.key)).size).toBe(result.candidates.length);
  });

  it('proposes records that the model accepts once they are cited', () => {
    const gazetteer = seedGazetteer();
    const known = new Map<string, KnownKind>(gazetteer.entries.map((e) => [e.id, e.kind]));
    known.set('source:article', 'SOURCE');
    const records: ModelRecord[] = result.candidates
      .filter((c) => c.isNew)
      .map((c) => ({ collection: c.collection as Collection, data: { ...c.record, cite: [{ source: 'source:article', at: 'L1' }] } }));
    expect(validateRecords(records, { known }).map((p) => `${p.recordId} ${p.code} ${p.path}`)).toEqual([]);
  });
});

describe('extracting candidates from an anniversary (Ha Tinh and Bolikhamxay, June 2024)', () => {
  const result = read('ha-tinh-bolikhamxay-anniversary-2024.fr.txt', '2024-06-14');

  it('links the partnership the graph holds across romanizations and dates its start from the 55th anniversary, marked inferred', () => {
    const partnership = only(result, 'partnership');
    expect(partnership.isNew).toBe(false);
    expect(partnership.record).toMatchObject({ id: 'partnership:ha-tinh--bolikhamxay', kind: 'TWINNING', since: '1969', sinceConfidence: 'inferred' });
    expect(partnership.links.filter((l) => l.entityId === 'province:bolikhamxay').map((l) => l.mention)).toEqual(
      expect.arrayContaining(['Boly Khamsay', 'Bolykhamsay', 'Bolikhamxay']),
    );
  });

  it('proposes the celebration as an anniversary event concerning the partnership', () => {
    expect(only(result, 'event', (c) => c.record.kind === 'ANNIVERSARY').record).toMatchObject({
      date: '2024-06-12',
      concerns: [{ id: 'partnership:ha-tinh--bolikhamxay' }],
      participants: [
        { id: 'province:ha-tinh', role: 'ATTENDEE' },
        { id: 'province:bolikhamxay', role: 'ATTENDEE' },
      ],
    });
  });

  it('proposes the conference with its date, place and organizer', () => {
    expect(only(result, 'event', (c) => c.record.kind === 'CONFERENCE').record).toMatchObject({
      kind: 'CONFERENCE',
      date: '2024-06-13',
      place: { id: 'province:ha-tinh' },
      organizer: { id: 'association:ha-tinh-vietnam-laos-friendship-association' },
    });
  });
});

describe('extracting candidates from an English article (Quang Binh and Khammouane, March 2023)', () => {
  const result = read('quang-binh-khammouane-2023.en.txt', '2023-03-15');

  it('proposes one cooperation agreement, signed on 14 March, valid for 2023–2027', () => {
    expect(only(result, 'agreement').record).toMatchObject({
      name: 'Cooperation agreement between Quang Binh and Khammouane',
      issuedOn: '2023-03-14',
      validFrom: '2023',
      validUntil: '2027',
    });
  });

  it('proposes the twinning, stated since 1996, and no partnership with a district named in passing', () => {
    const partnership = only(result, 'partnership');
    expect(partnership.record).toMatchObject({ id: 'partnership:quang-binh--khammouane', kind: 'TWINNING', since: '1996' });
    expect(partnership.record.sinceConfidence).toBeUndefined();
  });

  it('proposes the chairman and the vice governor with their bodies, and the aid with its amount', () => {
    const chairman = only(result, 'position', (c) => c.record.name === 'Tran Quoc Hai');
    expect(chairman.record.positions).toEqual([{ title: 'Chairman', organization: 'organization:quang-binh-peoples-committee', status: 'current', asOf: '2023-03-15' }]);
    const governor = only(result, 'position', (c) => c.record.name === 'Bounthanh Sisavath');
    expect((governor.record.positions as { organization: string }[])[0].organization).toBe('organization:khammouane-administration');
    expect(only(result, 'aid').record).toMatchObject({ amount: '3 billion VND', funder: { id: 'province:quang-binh' }, recipient: { id: 'province:khammouane' } });
  });
});

describe('extracting candidates from an HTML page (Hanoi and Vientiane, November 2024)', () => {
  const result = read('hanoi-vientiane-visit-2024.en.html', '2024-11-06');

  it('proposes the visit and links the leader to a body the graph knows', () => {
    expect(only(result, 'event').record).toMatchObject({ kind: 'VISIT', date: '2024-11-05', place: { id: 'city:vientiane-capital' } });
    const leader = only(result, 'position');
    expect(leader.record.positions).toEqual([
      { title: 'Vice Chairwoman', organization: 'association:hanoi-union-of-friendship-organizations', status: 'current', asOf: '2024-11-06' },
    ]);
    expect(result.candidates.filter((c) => c.class === 'aid')).toEqual([]);
  });
});

describe('extracting candidates from a reception (Quang Nam and Sekong, May 2024)', () => {
  const result = read('quang-nam-sekong-2024.en.txt', '2024-05-10');

  it('tells the visitors from the hosts: the delegation from Sekong and its leader, received in Quang Nam by its vice chairman', () => {
    expect(only(result, 'event').record).toMatchObject({
      kind: 'VISIT',
      date: '2024-05-08',
      place: { id: 'province:quang-nam' },
      participants: [
        { id: 'province:sekong', role: 'DELEGATION' },
        { id: 'official:tran-anh-tuan', role: 'ATTENDEE' },
        { id: 'official:khamphan-sivilay', role: 'DELEGATION' },
      ],
    });
  });

  it('reads a name that follows its body ("… People\'s Committee Tran Anh Tuan") and a governor of the province just named', () => {
    expect(only(result, 'position', (c) => c.record.name === 'Tran Anh Tuan').record.positions).toEqual([
      { title: 'Vice Chairman', organization: 'organization:quang-nam-peoples-committee', status: 'current', asOf: '2024-05-10' },
    ]);
    expect(only(result, 'position', (c) => c.record.name === 'Khamphan Sivilay').record.positions).toEqual([
      { title: 'Deputy Governor', organization: 'organization:sekong-administration', status: 'current', asOf: '2024-05-10' },
    ]);
  });

  it('gives "the two sides signed" the places and the day of the sentence before', () => {
    expect(only(result, 'agreement').record).toMatchObject({
      parties: [{ id: 'province:quang-nam' }, { id: 'province:sekong' }],
      issuedOn: '2024-05-08',
      validFrom: '2024',
      validUntil: '2028',
    });
  });
});

describe('titles whose body the sentence does not name', () => {
  it("reads a Vietnamese province's chairman and a party secretary as heads of its people's and party committees", () => {
    const result = extract(
      {
        content:
          'Une délégation conduite par le secrétaire adjoint du Parti de la province de Champassak, Sengphet Vongsa, a été reçue le 12 mai par le président de la province de Binh Dinh, Pham Van Binh.',
        publishedOn: '2023-05-15',
      },
      seedGazetteer(),
    );
    expect(only(result, 'position', (c) => c.record.name === 'Sengphet Vongsa').record.positions).toEqual([
      { title: 'Secrétaire adjoint', organization: 'organization:champasak-party-committee', status: 'current', asOf: '2023-05-15' },
    ]);
    expect(only(result, 'position', (c) => c.record.name === 'Pham Van Binh').record.positions).toEqual([
      { title: 'Président', organization: 'organization:binh-dinh-peoples-committee', status: 'current', asOf: '2023-05-15' },
    ]);
    expect(only(result, 'event').record).toMatchObject({
      kind: 'VISIT',
      date: '2023-05-12',
      place: { id: 'province:binh-dinh' },
      participants: [
        { id: 'province:champasak', role: 'DELEGATION' },
        { id: 'official:sengphet-vongsa', role: 'DELEGATION' },
        { id: 'official:pham-van-binh', role: 'ATTENDEE' },
      ],
    });
  });
});

describe('places where something happens are not parties to it', () => {
  it('leaves the city where an agreement was signed out of its parties and out of the partnership', () => {
    const result = extract(
      { content: "Le 18 avril, à Vientiane, la province de Nghe An et la province lao de Xieng Khouang ont signé un accord de coopération. Les deux provinces fêtent cette année le 30e anniversaire de leur amitié.", publishedOn: '2023-04-20' },
      seedGazetteer(),
    );
    expect(result.article.lang).toBe('fr');
    expect(only(result, 'agreement').record.parties).toEqual([{ id: 'province:nghe-an' }, { id: 'province:xieng-khouang' }]);
    expect(only(result, 'partnership').record).toMatchObject({ parties: [{ id: 'province:nghe-an' }, { id: 'province:xieng-khouang' }], since: '1993' });
  });
});

describe("the article's own province", () => {
  const text =
    'La province de Quang Tri renforce ses liens avec le Laos. Le vice-président du Comité populaire provincial, Hoang Nam, a reçu une délégation de la province de Savannakhet le 3 mars.';
  const result = extract({ content: text, publishedOn: '2024-03-05' }, seedGazetteer());

  it('owns "le Comité populaire provincial", even where the graph gives that name to another province\'s committee', () => {
    expect(only(result, 'position').record.positions).toEqual([
      { title: 'Vice-président', organization: 'organization:quang-tri-peoples-committee', status: 'current', asOf: '2024-03-05' },
    ]);
    const haTinhCommittee = result.candidates.find((c) => c.record.id === 'organization:ha-tinh-peoples-committee');
    expect(haTinhCommittee?.links.every((l) => !l.certain)).toBe(true);
  });

  it('is where a delegation it receives visits', () => {
    expect(only(result, 'event').record).toMatchObject({
      kind: 'VISIT',
      date: '2024-03-03',
      place: { id: 'province:quang-tri' },
      participants: [
        { id: 'province:savannakhet', role: 'DELEGATION' },
        { id: 'official:hoang-nam', role: 'ATTENDEE' },
      ],
    });
  });
});

describe('memberships', () => {
  it('proposes "X est membre de Y" as a memberOf of the member, and ignores a person\'s membership of a committee', () => {
    const result = extract(
      {
        content: "L'Association d'amitié Vietnam - Laos de Ha Tinh est membre de l'Union des organisations d'amitié du Vietnam. Nguyen Van An, membre du Comité permanent de l'Union des organisations d'amitié du Vietnam, a pris la parole.",
        lang: 'fr',
      },
      seedGazetteer(),
    );
    const membership = only(result, 'membership');
    expect(membership).toMatchObject({
      collection: 'associations',
      isNew: false,
      record: { id: 'association:ha-tinh-vietnam-laos-friendship-association', memberOf: [{ id: 'association:vietnam-union-of-friendship-organizations' }] },
    });
  });
});

describe('dates', () => {
  it('resolves a day written without its year against the publication date', () => {
    expect(findDates('Le 26 septembre, la délégation est arrivée.', 'fr', '2022-09-30').map((d) => d.value)).toEqual(['2022-09-26']);
    expect(findDates('On 28 December the two sides met.', 'en', '2024-01-10').map((d) => d.value)).toEqual(['2023-12-28']);
  });

  it('takes a day or month without its year as past, not as more than two months after the publication', () => {
    expect(findDates('Du 3 au 5 mars, les deux provinces ont échangé.', 'fr', '2022-09-30').map((d) => d.value)).toEqual(['2022-03-03']);
    expect(findDates('Le 2 octobre, la délégation partira.', 'fr', '2022-09-30').map((d) => d.value)).toEqual(['2022-10-02']);
    expect(findDates('En septembre, puis in December.', 'fr', '2023-01-10').map((d) => d.value)).toEqual(['2022-09', '2022-12']);
  });

  it('keeps the precision written: a year, a month and year', () => {
    expect(findDates('En mars 2019, puis en 2021.', 'fr', '2022-09-30').map((d) => d.value)).toEqual(['2019-03', '2021']);
  });

  it('leaves out a date without its year when neither the publication date nor the article gives a year', () => {
    expect(findDates('Le 26 septembre, la délégation est arrivée.', 'fr')).toEqual([]);
    expect(findDates('Le 26 septembre 2022, la délégation est arrivée.', 'fr').map((d) => d.value)).toEqual(['2022-09-26']);
  });

  it('without a publication date, dates a day by the first year of a period the article writes, marked inferred', () => {
    expect(findDates('Le 26 septembre, la délégation est arrivée.', 'fr', undefined, '2023').map((d) => [d.value, d.yearFromText])).toEqual([['2023-09-26', true]]);
    const result = extract({ content: fixture('quang-tri-savannakhet-2022.fr.txt') }, seedGazetteer());
    const agreement = result.candidates.find((c) => c.class === 'agreement')!.record;
    expect(agreement).toMatchObject({ issuedOn: '2023-09-27', issuedOnConfidence: 'inferred', validFrom: '2023' });
    expect(result.candidates.find((c) => c.class === 'partnership')?.record.since).toBeUndefined();
  });
});

describe('evidence of every candidate, on every fixture article of ours', () => {
  const articles = fs.readdirSync(FIXTURES).filter((name) => /\.(txt|html)$/.test(name));

  it.each(articles)('%s: each span lies inside the cleaned text and starts before it ends', (name) => {
    const result = extract({ content: fixture(name) }, seedGazetteer());
    const spans = result.candidates.flatMap((c) => c.evidence.map((e) => ({ id: String(c.record.id), ...e })));
    expect(spans.length).toBeGreaterThan(0);
    expect(spans.filter((e) => !(e.start >= 0 && e.start < e.end && e.end <= result.text.length))).toEqual([]);
  });
});
