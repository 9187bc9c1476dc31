import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { renderMarkdown } from '../../src/ingestion/eval/eval.report';
import { evaluateArticles } from '../../src/ingestion/eval/eval.run';
import { Extract, ScoredCandidate } from '../../src/ingestion/eval/extraction.contract';
import { labelledFacts, PartyCanon, proposedFacts, scoreClass, scoreLinking } from '../../src/ingestion/eval/fact-matching';
import { dateMatches } from '../../src/ingestion/eval/label-dates';
import { LabelledArticle } from '../../src/ingestion/eval/labelled-facts';
import { loadSeedTruth } from '../../src/ingestion/eval/seed-truth.loader';
import { loadValidSeedsBeforeArticles } from '../../src/seed/seed.importer';

const SEEDS = path.join(__dirname, '../../seeds');
const canon = new PartyCanon(new Set(loadValidSeedsBeforeArticles(SEEDS).map((record) => String(record.data.id))));

function candidate(factClass: ScoredCandidate['class'], record: Record<string, unknown>, links: ScoredCandidate['links'] = []): ScoredCandidate {
  return { class: factClass, collection: '', record, links };
}

function article(facts: Partial<LabelledArticle>): LabelledArticle {
  return {
    name: '01-test',
    article: { url: null, publisher: null, publishedOn: '2023-03', lang: 'fr', title: null },
    places: [],
    partnerships: [],
    agreements: [],
    positions: [],
    events: [],
    aid: [],
    memberships: [],
    ...facts,
  };
}

function score(labels: Partial<LabelledArticle>, candidates: ScoredCandidate[], factClass: Parameters<typeof scoreClass>[0]) {
  return scoreClass(factClass, labelledFacts(article(labels), canon)[factClass], proposedFacts(candidates, canon)[factClass]);
}

const binhDinhAttapeu = { parties: ['province:binh-dinh', 'province:attapeu'], kind: 'COOPERATION' };

describe('scoring partnerships', () => {
  it('matches the same parties in any order', () => {
    const proposed = [candidate('partnership', { parties: [{ id: 'province:attapeu' }, { id: 'province:binh-dinh', role: 'PARTNER' }], kind: 'COOPERATION' })];
    expect(score({ partnerships: [binhDinhAttapeu] }, proposed, 'partnership')).toEqual({ truePositives: 1, falsePositives: 0, falseNegatives: 0 });
  });

  it('counts a wrong party set as one false positive and one false negative', () => {
    const proposed = [candidate('partnership', { parties: [{ id: 'province:binh-dinh' }, { id: 'province:champasak' }] })];
    expect(score({ partnerships: [binhDinhAttapeu] }, proposed, 'partnership')).toEqual({ truePositives: 0, falsePositives: 1, falseNegatives: 1 });
  });

  it('counts a third party that the label does not have as a miss, not a match', () => {
    const proposed = [candidate('partnership', { parties: [{ id: 'province:binh-dinh' }, { id: 'province:attapeu' }, { id: 'province:sekong' }] })];
    expect(score({ partnerships: [binhDinhAttapeu] }, proposed, 'partnership')).toEqual({ truePositives: 0, falsePositives: 1, falseNegatives: 1 });
  });

  it('counts a partnership proposed twice, once between the provinces and once between their committees, as one', () => {
    const proposed = [
      candidate('partnership', { parties: [{ id: 'province:binh-dinh' }, { id: 'province:attapeu' }] }),
      candidate('partnership', { parties: [{ id: 'organization:binh-dinh-peoples-committee' }, { id: 'organization:attapeu-administration' }] }),
    ];
    expect(score({ partnerships: [binhDinhAttapeu] }, proposed, 'partnership')).toEqual({ truePositives: 1, falsePositives: 0, falseNegatives: 0 });
  });

  it('counts two aid proposals of one funder to one recipient against as many labels, the second as a false positive when only one is labelled', () => {
    const labels = { aid: [{ funder: 'province:thanh-hoa', recipient: 'province:houaphanh', what: 'offices', amount: null }] };
    const proposed = [1, 2].map(() => candidate('aid', { funder: { id: 'province:thanh-hoa' }, recipient: { id: 'province:houaphanh' } }));
    expect(score(labels, proposed, 'aid')).toEqual({ truePositives: 1, falsePositives: 1, falseNegatives: 0 });
  });

  it('takes a body named after a place for that place, and a new place by the slug of its name', () => {
    const labels = { partnerships: [{ parties: ['province:quang-binh', { name: 'Sepon' }], kind: 'COOPERATION' }] };
    const proposed = [candidate('partnership', { parties: [{ id: 'organization:quang-binh-peoples-committee' }, { id: 'district:sepon' }] })];
    expect(score(labels, proposed, 'partnership')).toEqual({ truePositives: 1, falsePositives: 0, falseNegatives: 0 });
  });
});

describe('scoring agreements', () => {
  const labelled = (signedOn: string | null) => ({ agreements: [{ parties: ['province:kon-tum', 'province:attapeu'], signedOn, kind: 'AGREEMENT' }] });
  const proposed = (issuedOn: string) => [candidate('agreement', { kind: 'AGREEMENT', issuedOn, parties: [{ id: 'province:attapeu' }, { id: 'province:kon-tum' }] })];

  it('matches the parties and the signing date at the precision the label gives', () => {
    expect(score(labelled('2022-10-26'), proposed('2022-10-26'), 'agreement').truePositives).toBe(1);
    expect(score(labelled('2022-10'), proposed('2022-10-26'), 'agreement').truePositives).toBe(1);
    expect(score(labelled('2022-10-26'), proposed('2022-10-25'), 'agreement')).toEqual({ truePositives: 0, falsePositives: 1, falseNegatives: 1 });
  });

  it('takes a year-less label as that day of any year, and a proposal less precise than the label as no match', () => {
    expect(score(labelled('2022-10-26'), proposed('2022-10'), 'agreement').truePositives).toBe(0);
    expect(score(labelled('--11-30'), proposed('2025-11-30'), 'agreement').truePositives).toBe(1);
    expect(score(labelled('--11-30'), proposed('--11-30'), 'agreement').truePositives).toBe(1);
    expect(score(labelled('--11-30'), proposed('2025-11-29'), 'agreement').truePositives).toBe(0);
  });

  it('matches an undated label on its parties alone', () => {
    expect(score(labelled(null), proposed('2022-04'), 'agreement').truePositives).toBe(1);
  });
});

describe('scoring positions, events and aid', () => {
  it('matches a person by folded name and the place or body of the post', () => {
    const labels = { positions: [{ person: 'Do Minh Tuan', title: 'chairman', organization: 'province:thanh-hoa' }] };
    const right = [candidate('position', { name: 'Dô Minh Tuân', positions: [{ title: 'président', organization: { id: 'organization:thanh-hoa-peoples-committee' } }] })];
    const elsewhere = [candidate('position', { name: 'Do Minh Tuan', positions: [{ title: 'président', organization: 'province:houaphanh' }] })];
    expect(score(labels, right, 'position').truePositives).toBe(1);
    expect(score(labels, elsewhere, 'position')).toEqual({ truePositives: 0, falsePositives: 1, falseNegatives: 1 });
  });

  it('matches an event by kind and date, and an undated one by kind and place', () => {
    const dated = { events: [{ kind: 'VISIT', date: '2024-08-22', place: 'province:dien-bien' }] };
    expect(score(dated, [candidate('event', { kind: 'VISIT', date: '2024-08-22', place: { id: 'province:dien-bien' } })], 'event').truePositives).toBe(1);
    expect(score(dated, [candidate('event', { kind: 'CONFERENCE', date: '2024-08-22' })], 'event').truePositives).toBe(0);
    const undated = { events: [{ kind: 'VISIT', date: null, place: 'province:binh-dinh' }] };
    expect(score(undated, [candidate('event', { kind: 'VISIT', place: { id: 'province:binh-dinh' } })], 'event').truePositives).toBe(1);
    expect(score(undated, [candidate('event', { kind: 'VISIT', place: { id: 'province:champasak' } })], 'event').truePositives).toBe(0);
  });

  it('matches the celebration of an anniversary whether it is filed as ANNIVERSARY or CELEBRATION', () => {
    const labels = { events: [{ kind: 'CELEBRATION', date: '--10-31', place: 'province:yen-bai' }] };
    expect(score(labels, [candidate('event', { kind: 'ANNIVERSARY', date: '2018-10-31' })], 'event').truePositives).toBe(1);
    expect(score(labels, [candidate('event', { kind: 'VISIT', date: '2018-10-31' })], 'event').truePositives).toBe(0);
  });

  it('pairs as many labels as it can: a label that two proposals match leaves to the next the one only it matches', () => {
    const labels = {
      events: [
        { kind: 'VISIT', date: '2022-06', place: null },
        { kind: 'VISIT', date: '2022-06-19', place: null },
      ],
    };
    const proposed = [candidate('event', { kind: 'VISIT', date: '2022-06-19' }), candidate('event', { kind: 'VISIT', date: '2022-06-20' })];
    expect(score(labels, proposed, 'event')).toEqual({ truePositives: 2, falsePositives: 0, falseNegatives: 0 });
  });

  it('matches aid by funder and recipient, in that order', () => {
    const labels = { aid: [{ funder: 'province:kon-tum', recipient: 'province:champasak', what: 'scholarships', amount: null }] };
    expect(score(labels, [candidate('aid', { funder: { id: 'province:kon-tum' }, recipient: { id: 'province:champasak' } })], 'aid').truePositives).toBe(1);
    expect(score(labels, [candidate('aid', { funder: { id: 'province:champasak' }, recipient: { id: 'province:kon-tum' } })], 'aid')).toEqual({
      truePositives: 0,
      falsePositives: 1,
      falseNegatives: 1,
    });
  });
});

describe('scoring memberships', () => {
  it('reads a membership from the member\'s record and the bodies it is a member of', () => {
    const labels = { memberships: [{ member: 'province:ha-tinh', of: 'association:nine-provinces-route-8-route-12' }] };
    const proposed = [candidate('membership', { id: 'province:ha-tinh', name: 'Ha Tinh', memberOf: [{ id: 'association:nine-provinces-route-8-route-12' }] })];
    expect(score(labels, proposed, 'membership')).toEqual({ truePositives: 1, falsePositives: 0, falseNegatives: 0 });
  });
});

describe('dates at the label precision', () => {
  it('compares a year, a month or a day as written, and a year-less day in any year', () => {
    expect(dateMatches('2023', '2023-03-30')).toBe(true);
    expect(dateMatches('2023-03', '2023-04-01')).toBe(false);
    expect(dateMatches('--03-30', '2023-03-30')).toBe(true);
    expect(dateMatches('2023-03-30', '--03-30')).toBe(false);
    expect(dateMatches('2023', null)).toBe(false);
  });
});

describe('linking accuracy', () => {
  it('counts a labelled mention as right, wrong or missed by its folded form', () => {
    const places = [
      { mention: 'Attapu', id: 'province:attapeu' },
      { mention: 'Champassak', id: 'province:champasak' },
      { mention: 'Sekong', id: 'province:sekong' },
    ];
    const candidates = [
      candidate('entity', {}, [
        { mention: 'attapu', entityId: 'province:attapeu', reason: 'alias', certain: true },
        { mention: 'Champassak', entityId: 'district:champasak', reason: 'name', certain: false },
      ]),
    ];
    expect(scoreLinking(places, candidates)).toEqual({ mentions: 3, correct: 1, wrong: 1, missed: 1 });
  });
});

describe('the evaluation run', () => {
  const textDir = mkdtempSync(path.join(tmpdir(), 'ingestion-eval-'));
  writeFileSync(path.join(textDir, '01-test.txt'), 'Binh Dinh et Attapu ont signé un accord le 30 mars.');

  it('scores each article against what the extraction proposes, and counts an article without text as all missed', async () => {
    const seen: string[] = [];
    const extract: Extract = async (text, meta) => {
      seen.push(`${meta.publishedOn} ${text.slice(0, 9)}`);
      return { candidates: [candidate('partnership', { parties: [{ id: 'province:binh-dinh' }, { id: 'province:attapeu' }] }, [{ mention: 'Attapu', entityId: 'province:attapeu', reason: 'alias', certain: true }])] };
    };
    const labelled = article({ partnerships: [binhDinhAttapeu], places: [{ mention: 'Attapu', id: 'province:attapeu' }] });
    const summary = await evaluateArticles([labelled, { ...labelled, name: '02-missing' }], textDir, extract, canon);

    expect(seen).toEqual(['2023-03 Binh Dinh']);
    expect(summary.byClass.partnership).toEqual({ truePositives: 1, falsePositives: 0, falseNegatives: 1, precision: 1, recall: 0.5 });
    expect(summary.byClass.agreement.precision).toBeNull();
    expect(summary.linking).toEqual({ mentions: 2, correct: 1, wrong: 0, missed: 1, accuracy: 0.5 });
    expect(summary.perArticle[1].error).toBe('no text file 02-missing.txt');
    expect(summary.perArticle[1].unmatched.partnership).toEqual({ missed: [{ parties: ['province:attapeu', 'province:binh-dinh'] }], spurious: [] });
    expect(renderMarkdown({ measuredOn: '2026-12-02', devset: summary, seeds: summary })).toContain('| partnership | 1 | 0 | 1 | 1.00 | 0.50 |');
  });

  it('counts the labels of an article whose extraction fails as missed, and goes on', async () => {
    const failing: Extract = async () => {
      throw new Error('boom');
    };
    const summary = await evaluateArticles([article({ partnerships: [binhDinhAttapeu] })], textDir, failing, canon);
    expect(summary.byClass.partnership).toMatchObject({ truePositives: 0, falseNegatives: 1 });
    expect(summary.perArticle[0].error).toBe('extraction failed: boom');
  });
});

describe('the seed articles as an answer key', () => {
  it('holds, for each archived seed article, the partnerships, positions and events the seed files cite it for', () => {
    const truth = loadSeedTruth(SEEDS);
    expect(truth.map((seed) => seed.name)).toHaveLength(5);
    const haTinh = truth.find((seed) => seed.partnerships.some((fact) => fact.parties.includes('province:savannakhet')))!;
    expect(haTinh.partnerships.length).toBeGreaterThanOrEqual(5);
    const directive45 = truth.find((seed) => seed.events.some((event) => event.date === '2025-10-09'))!;
    expect(directive45.positions.map((position) => position.person)).toContain('Nguyen Viet Thao');
  });
});
