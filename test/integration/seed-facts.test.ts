import { Driver } from 'neo4j-driver';
import { Executor } from '../../src/db/executor';
import { seedTestGraph, testDriver, TestApi } from './support';

/**
 * The seed graph says what the five articles say, no more and no less: each test pins a correction or an
 * addition from an audit of every record against its cited line, and reads it back through the HTTP API.
 */
let driver: Driver;
let api: TestApi;
let cypher: Executor;

const HA_TINH_PLAN = 'source:vietnamvn-2023-11-25-ha-tinh-plan';
const REVIEW_2023 = 'source:bqt-2024-01-03-people-diplomacy-review';
const HANOI_2024 = 'source:vna-hanoi-people-diplomacy-2024';

beforeAll(async () => {
  driver = testDriver();
  await seedTestGraph(driver);
  api = await TestApi.start(driver);
  cypher = new Executor(driver, undefined);
}, 300_000);

afterAll(async () => {
  await api.stop();
  await driver.close();
});

async function data(query: string, variables?: Record<string, unknown>): Promise<any> {
  const response = await api.query(query, variables);
  expect(response.errors).toBeUndefined();
  return response.data!;
}

describe('corrected names', () => {
  it('keeps a full name that contains a comma as one alias, and finds the entity by it', async () => {
    const result = await data(`{
      unesco: node(id: "organization:unesco") { ... on Entity { aliases } }
      route: node(id: "association:nine-provinces-route-8-route-12") { ... on Entity { aliases } }
      search(query: "United Nations Educational, Scientific and Cultural Organization", first: 1) { matched entity { id } }
    }`);
    expect(result.unesco.aliases).toEqual(['United Nations Educational, Scientific and Cultural Organization']);
    expect(result.route.aliases).toEqual(['association of nine provinces of Vietnam, Laos and Thailand on Route 8 and Route 12']);
    expect(result.search).toEqual([{ matched: 'United Nations Educational, Scientific and Cultural Organization', entity: { id: 'organization:unesco' } }]);
  });

  it('does not know the Hanoi union as HUFO, an acronym no article gives it', async () => {
    const result = await data(`{
      union: node(id: "association:hanoi-union-of-friendship-organizations") { ... on Entity { aliases } }
      search(query: "hufo") { entity { id } }
    }`);
    expect(result.union.aliases).toEqual(['Union de Hanoi', 'Hanoi Union of Friendship Organizations']);
    expect(result.search).toEqual([]);
  });
});

describe('corrected roles and dates', () => {
  it('has Vo Trong Hai attend the Budapest forum, where the article says he talked with businesses, not speak at it', async () => {
    const result = await data(`{ node(id: "event:european-overseas-vietnamese-business-forum-12") { ... on Event {
      participants { role participant { id } evidence { note locators } } } } }`);
    expect(result.node.participants).toEqual([
      { role: 'ATTENDEE', participant: { id: 'official:vo-trong-hai' }, evidence: { note: expect.stringContaining('talked with European businesses'), locators: ['L13'] } },
    ]);
  });

  it('marks every year an article does not print as inferred, and says why', async () => {
    const result = await data(`{ events(first: 100) { edges { node { id date dateConfidence dateNote } } } }`);
    const byId = new Map(result.events.edges.map((edge: any) => [edge.node.id, edge.node]));
    const inferred = [
      'event:hanoi-directive-45-conference-2025-10',
      'event:hanoi-people-diplomacy-review-conference-2024-07',
      'event:hanoi-liberation-70th-anniversary-2024',
      'event:hanoi-city-for-peace-25th-anniversary-2024',
      'event:peoples-foreign-affairs-information-conference-2025-07',
      'event:people-diplomacy-review-conference-2024-01',
      'event:european-overseas-vietnamese-business-forum-12',
    ];
    for (const id of inferred) {
      expect(byId.get(id)).toMatchObject({ id, dateConfidence: 'inferred', dateNote: expect.stringMatching(/year|2024|2025|2023/) });
    }
    for (const id of ['event:pol-pot-overthrow-45th-anniversary-2024', 'event:spring-friendship-journey-2024', 'event:ha-tinh-delegation-visit-horne-saliby-2023-10']) {
      expect(byId.get(id)).toMatchObject({ id, dateConfidence: 'stated', dateNote: null });
    }
  });
});

describe('a date the sources contradict', () => {
  it('shows Directive 45 as issued on its printed date, disputed, with the reason', async () => {
    const result = await data(`{ node(id: "directive:hanoi-45-ct-tu") { ... on Document { issuedOn issuedOnConfidence issuedOnNote } } }`);
    expect(result.node).toEqual({ issuedOn: '2020-08-08', issuedOnConfidence: 'disputed', issuedOnNote: expect.stringContaining('Directive 12') });
  });

  it('leaves a disputed date out of date-range filters, while undisputed dates still match', async () => {
    const in2020 = await data(`{ documents(issuedFrom: "2020", issuedTo: "2020") { totalCount edges { node { id } } } }`);
    expect(in2020.documents).toEqual({ totalCount: 0, edges: [] });
    const untilNow = await data(`{ documents(kind: DIRECTIVE, issuedTo: "2025") { edges { node { id } } } }`);
    expect(untilNow.documents.edges.map((edge: any) => edge.node.id)).toEqual(['directive:secretariat-12-ct-tw']);
    const [stored] = await cypher.read({ cypher: `MATCH (d:Document {id: 'directive:hanoi-45-ct-tu'}) RETURN d.issuedOnStart AS start, d.issuedOnEnd AS end` });
    expect(stored).toEqual({ start: null, end: null });
  });
});

describe('facts the articles give that the graph lacked', () => {
  it("knows Hanoi means to widen its cooperation with other capitals", async () => {
    const result = await data(`{ partnerships(of: "city:hanoi") { id partnershipKind partner { id } basis { id } sources { id } citations { sourceId locators } } }`);
    expect(result.partnerships).toContainEqual({
      id: 'partnership:hanoi--other-capitals',
      partnershipKind: 'COOPERATION',
      partner: { id: 'locality-group:other-capitals' },
      basis: [],
      sources: [{ id: HANOI_2024 }],
      citations: [{ sourceId: HANOI_2024, locators: ['L6', 'L7'] }],
    });
  });

  it('lists the awards of the 2023 review and who gave or handed them, each with its line', async () => {
    const result = await data(`{ node(id: "event:people-diplomacy-review-conference-2024-01") { ... on Event {
      awards { award count recipients givenBy { id } evidence { confidence sourceIds locators } } } } }`);
    const awards = result.node.awards.map((award: any) => ({ ...award, recipients: Boolean(award.recipients) }));
    const commission = 'organization:central-external-relations-commission';
    // Evidence lists each source once, its lines joined in the one locator entry of that source.
    const stated = (locators: string[]) => ({ confidence: 'stated', sourceIds: [REVIEW_2023], locators: [locators.join(', ')] });
    expect(awards).toHaveLength(5);
    expect(awards).toEqual(
      expect.arrayContaining([
        { award: "drapeau d'émulation", count: 5, recipients: true, givenBy: { id: commission }, evidence: stated(['L23']) },
        { award: 'certificat de mérite', count: 39, recipients: true, givenBy: { id: commission }, evidence: stated(['L23']) },
        { award: 'médaille « Pour la cause des affaires étrangères du peuple »', count: 7, recipients: true, givenBy: { id: commission }, evidence: stated(['L23']) },
        { award: "drapeau d'émulation", count: null, recipients: false, givenBy: { id: 'official:le-hoai-trung' }, evidence: stated(['L14']) },
        {
          award: 'certificat de mérite',
          count: null,
          recipients: false,
          givenBy: { id: 'official:le-hoai-trung' },
          evidence: { ...stated(['L19', 'L22', 'L6']), confidence: 'inferred' },
        },
      ]),
    );
  });

  it("knows the peoples, international organizations and embassies Ha Tinh's plan means to build relations with", async () => {
    const result = await data(`{ partnerships(of: "province:ha-tinh") { partnershipKind partner { id } basis { id } citations { sourceId locators } } }`);
    const byPartner = new Map(result.partnerships.map((p: any) => [p.partner.id, p]));
    for (const partner of ['locality-group:asean-countries', 'country:japan', 'country:korea', 'locality-group:europe']) {
      expect(byPartner.get(partner)).toMatchObject({
        partnershipKind: 'FRIENDSHIP',
        basis: [{ id: 'plan:ha-tinh-peoples-committee-people-diplomacy-plan' }],
        citations: [{ sourceId: HA_TINH_PLAN, locators: ['L16'] }],
      });
    }
    for (const partner of ['organization:international-organizations', 'organization:foreign-embassies-in-vietnam']) {
      expect(byPartner.get(partner)).toMatchObject({ partnershipKind: 'COOPERATION', citations: [{ sourceId: HA_TINH_PLAN, locators: ['L16', 'L20'] }] });
    }
    const japan = await data(`{ partnerships(of: "province:ha-tinh", country: "country:japan") { partner { id name } } }`);
    expect(japan.partnerships).toEqual([{ partner: { id: 'country:japan', name: 'Japon' } }]);
  });

  it('knows the signed border agreements on friendly relations, tied to the twinning of border villages as an inference', async () => {
    const result = await data(`{
      agreement: node(id: "agreement:ha-tinh-border-friendly-relations-agreements") { ... on Document { documentKind named citations { sourceId locators } } }
      twinning: node(id: "partnership:ha-tinh-laos-border-village-twinning") { ... on Partnership { partnershipKind agreements { id } citations { sourceId locators } } }
      paths(from: "partnership:ha-tinh-laos-border-village-twinning", to: "agreement:ha-tinh-border-friendly-relations-agreements", maxHops: 1) {
        edges { type evidence { confidence note locators } }
      }
    }`);
    expect(result.agreement).toEqual({ documentKind: 'AGREEMENT', named: false, citations: [{ sourceId: HA_TINH_PLAN, locators: ['L19'] }] });
    // The 2022 anniversary article reports the twinning but names no agreement, so only the plan supports the inferred tie.
    expect(result.twinning).toEqual({
      partnershipKind: 'TWINNING',
      agreements: [{ id: 'agreement:ha-tinh-border-friendly-relations-agreements' }],
      citations: expect.arrayContaining([
        { sourceId: HA_TINH_PLAN, locators: ['L19'] },
        { sourceId: 'source:vietnamplus-undated-ha-tinh-lao-provinces-cooperation', locators: [expect.stringMatching(/^C\d+-\d+$/)] },
      ]),
    });
    expect(result.twinning.citations).toHaveLength(2);
    expect(result.paths).toEqual([{ edges: [{ type: 'FORMALIZED_BY', evidence: { confidence: 'inferred', note: expect.any(String), locators: ['L19'] } }] }]);
  });

  it('knows the memorial plaque to President Ho Chi Minh at Horne Saliby', async () => {
    const result = await data(`{ node(id: "event:ho-chi-minh-memorial-plaque-horne-saliby") { ... on Event {
      eventKind date place { id } concerns { id name } citations { sourceId locators } } } }`);
    expect(result.node).toEqual({
      eventKind: 'MEMORIAL',
      date: null,
      place: { id: 'municipality:horne-saliby' },
      concerns: [{ id: 'official:ho-chi-minh', name: 'Ho Chi Minh' }],
      citations: [{ sourceId: HA_TINH_PLAN, locators: ['L7'] }],
    });
  });

  it('lists the groups of attendees the articles name, each citing its line', async () => {
    const query = `query($id: ID!) { node(id: $id) { ... on Event { participants { role participant { id } evidence { confidence locators } } } } }`;
    const attendees = async (id: string) =>
      (await data(query, { id })).node.participants
        .filter((p: any) => p.role === 'ATTENDEE')
        .map((p: any) => [p.participant.id, p.evidence.confidence, p.evidence.locators.join(' ')])
        .sort();
    expect(await attendees('event:hanoi-directive-45-conference-2025-10')).toEqual([
      ['association:hanoi-union-member-organizations', 'stated', 'L8'],
      ['association:hanoi-union-of-friendship-organizations', 'stated', 'L8'],
      ['locality-group:hanoi-communes-and-wards', 'stated', 'L8'],
      ['organization:hanoi-peoples-foreign-affairs-advisory-council', 'stated', 'L8'],
    ]);
    expect(await attendees('event:peoples-foreign-affairs-information-conference-2025-07')).toEqual([
      ['organization:peoples-organizations', 'inferred', 'L17, L25, L30'],
    ]);
    expect(await attendees('event:people-diplomacy-review-conference-2024-01')).toEqual([
      ['organization:central-departments-ministries-and-branches', 'stated', 'L8'],
      ['organization:central-mass-organizations', 'stated', 'L8'],
      ['organization:party-central-secretariat', 'stated', 'L9'],
      ['organization:peoples-organizations', 'stated', 'L8'],
      ['organization:vietnam-fatherland-front', 'stated', 'L8'],
    ]);
  });
});
