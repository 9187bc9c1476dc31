import { extract } from '../../src/ingestion/candidates';
import { Candidate, ExtractionResult } from '../../src/ingestion/candidate';
import { findMentions } from '../../src/ingestion/mentions';
import { sentences, tokenize } from '../../src/ingestion/text';
import { fixture, seedGazetteer } from './ingestion-support';

function read(name: string, publishedOn?: string): ExtractionResult {
  return extract({ content: fixture(name), publishedOn }, seedGazetteer());
}

function ofClass(result: ExtractionResult, factClass: Candidate['class']): Record<string, unknown>[] {
  return result.candidates.filter((c) => c.class === factClass).map((c) => c.record);
}

function ids(list: unknown): string[] {
  return (list as { id: string }[]).map((party) => party.id);
}

describe('a signing with two partners at once, talks and aid (Son La, Oudomxay and Phongsaly, April 2025)', () => {
  const result = read('son-la-oudomxay-phongsaly-2025.fr.txt', '2025-04-20');

  it('proposes one agreement per partner when the text says "des accords", dated and without the dateline city', () => {
    const agreements = ofClass(result, 'agreement');
    expect(agreements.map((a) => ids(a.parties))).toEqual([
      ['province:son-la', 'province:oudomxay'],
      ['province:son-la', 'province:phongsaly'],
    ]);
    for (const agreement of agreements) expect(agreement).toMatchObject({ issuedOn: '2025-04-15', validFrom: '2025', validUntil: '2029' });
  });

  it('proposes no agreement that the two sides only agreed to sign', () => {
    expect(ofClass(result, 'agreement').some((a) => /protocole/i.test(String(a.name)))).toBe(false);
  });

  it('reads talks between the two leaders as a visit on the day written', () => {
    expect(ofClass(result, 'event')).toEqual([expect.objectContaining({ kind: 'VISIT', date: '2025-04-14' })]);
  });

  it('gives each title of an apposition to its person, in the province the apposition names', () => {
    const posts = Object.fromEntries(ofClass(result, 'position').map((p) => [p.name, (p.positions as { organization: string }[]).map((post) => post.organization)]));
    expect(posts['Hoang Van Minh']).toEqual(['organization:son-la-party-committee']);
    expect(posts['Khamphanh Sisouvanh']).toEqual(['organization:oudomxay-party-committee', 'organization:oudomxay-administration']);
  });

  it('proposes aid to "les deux provinces du Laos" from "la province", and scholarships apart', () => {
    expect(ofClass(result, 'aid').map((a) => [ids([a.funder])[0], ids([a.recipient])[0]])).toEqual([
      ['province:son-la', 'province:oudomxay'],
      ['province:son-la', 'province:phongsaly'],
      ['province:son-la', 'province:phongsaly'],
    ]);
  });
});

describe('a working session, a memorandum and a pledge (Hai Phong and Luang Prabang, May 2025)', () => {
  const result = read('hai-phong-luang-prabang-2025.en.txt', '2025-05-10');

  it('reads the working session as a visit, and dates the memorandum signed "at the session" by it', () => {
    expect(ofClass(result, 'event')).toEqual([expect.objectContaining({ kind: 'VISIT', date: '2025-05-08', place: { id: 'province:luang-prabang' } })]);
    expect(ofClass(result, 'agreement')).toEqual([
      expect.objectContaining({ issuedOn: '2025-05-08', issuedOnConfidence: 'inferred', parties: [{ id: 'city:hai-phong' }, { id: 'province:luang-prabang' }] }),
    ]);
  });

  it('gives the chairman and the vice governor named side by side their own bodies', () => {
    const posts = Object.fromEntries(ofClass(result, 'position').map((p) => [p.name, (p.positions as { organization: string }[]).map((post) => post.organization)]));
    expect(posts).toEqual({ 'Tran Duc Long': ['organization:hai-phong-peoples-committee'], 'Bounmy Keomany': ['organization:luang-prabang-administration'] });
  });

  it('proposes the pledged training as aid, and not what the city is only willing to provide', () => {
    expect(ofClass(result, 'aid')).toEqual([expect.objectContaining({ kind: 'TECHNICAL_ASSISTANCE', funder: { id: 'city:hai-phong' }, recipient: { id: 'province:luang-prabang' } })]);
  });
});

describe('texts carried out and aid given in several ways (Quang Ngai, Sekong and Attapeu, March 2025)', () => {
  const result = read('quang-ngai-sekong-2025.fr.txt', '2025-03-14');

  it('reads a text the sides carry out ("dans le cadre du mémorandum", "mettre en œuvre deux programmes d\'action") as an agreement, one per partner, undated', () => {
    const carriedOut = ofClass(result, 'agreement').filter((a) => !/^Accord de coop/.test(String(a.name)));
    expect(carriedOut.map((a) => ids(a.parties))).toEqual([
      ['province:quang-ngai', 'province:sekong'],
      ['province:quang-ngai', 'province:sekong'],
      ['province:quang-ngai', 'province:attapeu'],
    ]);
    expect(carriedOut.map((a) => a.issuedOn)).toEqual([undefined, undefined, undefined]);
  });

  it('dates a text "signé en 2019" by that year, and proposes none where "mise en œuvre" names tasks, not a text', () => {
    const signed = ofClass(result, 'agreement').filter((a) => /^Accord /.test(String(a.name)));
    expect(signed).toEqual([expect.objectContaining({ issuedOn: '2019', parties: [{ id: 'province:quang-ngai' }, { id: 'province:sekong' }] })]);
  });

  it('gives each sum of one sentence to the receiver named after it, and keeps sums of different sentences apart', () => {
    const aid = ofClass(result, 'aid').map((a) => [ids([a.recipient])[0], a.amount]);
    expect(aid).toEqual([
      ['province:sekong', '2 milliards de dongs'],
      ['province:sekong', '3 milliards de dongs'],
      ['province:attapeu', '500 millions de dongs'],
      ['province:sekong', '10 000 dollars'],
    ]);
  });

  it('reads "la localité vietnamienne a aidé X" as the article\'s own side giving, and "à la localité lao" as its other side receiving', () => {
    for (const aid of ofClass(result, 'aid')) expect(aid.funder).toEqual({ id: 'province:quang-ngai' });
  });
});

describe('reading the text', () => {
  it('links a place written one letter off its name, or by the initials of its first words', () => {
    const text = 'La délégation de Phongsally a rencontré celle de HCM City.';
    const linked = findMentions(text, tokenize(text), seedGazetteer()).map((m) => [m.surface, m.entry.id, m.certain]);
    expect(linked).toEqual([
      ['Phongsally', 'province:phongsaly', false],
      ['HCM City', 'city:ho-chi-minh-city', false],
    ]);
  });

  it('ends a sentence at a full stop that lost its space before a capital, but not after an initial', () => {
    expect(sentences('Les deux provinces coopèrent.Elles signeront. M. Phan est venu.').map((s) => s.text)).toEqual(['Les deux provinces coopèrent.', 'Elles signeront.', 'M. Phan est venu.']);
  });

  it('keeps a caption that reports a signing, without its photo credit', () => {
    const result = extract({ content: 'Cérémonie de signature du mémorandum entre Son La et Oudomxay le 3 mars 2025. Photo : VNA', lang: 'fr' }, seedGazetteer());
    expect(result.text).not.toMatch(/Photo/);
    expect(ofClass(result, 'agreement')).toEqual([expect.objectContaining({ issuedOn: '2025-03-03', parties: [{ id: 'province:son-la' }, { id: 'province:oudomxay' }] })]);
  });
});
