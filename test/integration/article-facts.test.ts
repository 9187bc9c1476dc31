import { Driver } from 'neo4j-driver';
import { seedTestGraph, testDriver, TestApi } from './support';

/**
 * The graph after the reviewed facts of ingested articles (seeds/articles/) entered it: each fact cites its article
 * by offsets into the cleaned text, and the questions the graph exists for get the press's answers.
 */
let driver: Driver;
let api: TestApi;

beforeAll(async () => {
  driver = testDriver();
  await seedTestGraph(driver);
  api = await TestApi.start(driver);
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

describe('facts from ingested articles', () => {
  it('names the agreements the press reports for Ha Tinh and a Lao partner, signed by both, each citing its article by offsets', async () => {
    const { partnerships } = await data(`{
      partnerships(of: "province:ha-tinh", country: "country:laos") {
        id partner { id }
        agreements { id issuedOn parties { role entity { id } } sources { id textHash url } }
        agreementsLinks { evidence { citations { sourceId locators } } }
      }
    }`);
    const bolikhamxay = partnerships.find((p: any) => p.id === 'partnership:ha-tinh--bolikhamxay');
    const memorandum = bolikhamxay.agreements.find((a: any) => a.id === 'agreement:ha-tinh--bolikhamxay-memorandum-2015');
    expect(memorandum.issuedOn).toBe('2015-12-25');
    expect(memorandum.parties.map((p: any) => p.entity.id).sort()).toEqual(['province:bolikhamxay', 'province:ha-tinh']);
    expect(memorandum.sources).toEqual([expect.objectContaining({ textHash: expect.stringMatching(/^[0-9a-f]{64}$/), url: expect.stringMatching(/^https?:\/\/fr\.vietnamplus\.vn\//) })]);
    const locators = bolikhamxay.agreementsLinks.flatMap((link: any) => link.evidence.citations.flatMap((c: any) => c.locators));
    expect(locators.length).toBeGreaterThan(0);
    expect(locators.every((at: string) => /^C\d+-\d+$/.test(at))).toBe(true);
  });

  it('spans at least fifteen Vietnamese provinces and cities partnered with a foreign locality, each partnership sourced', async () => {
    const vietnamese = new Set<string>();
    let after: string | null = null;
    let unsourced = 0;
    do {
      const page: any = (
        await data(
          `query Page($after: String) { allPartnerships(first: 100, after: $after) {
            pageInfo { hasNextPage endCursor }
            edges { node { id sources { id } parties { entity { id ... on Locality { country { id } } } } } }
          } }`,
          { after },
        )
      ).allPartnerships;
      for (const { node } of page.edges) {
        if (node.sources.length === 0) unsourced += 1;
        const countries = node.parties.map((p: any) => p.entity.country?.id ?? null);
        if (!countries.includes('country:vietnam') || !countries.some((c: string | null) => c && c !== 'country:vietnam')) continue;
        node.parties.filter((p: any) => p.entity.country?.id === 'country:vietnam').forEach((p: any) => vietnamese.add(p.entity.id));
      }
      after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
    } while (after);
    expect(unsourced).toBe(0);
    expect(vietnamese.size).toBeGreaterThanOrEqual(15);
    expect([...vietnamese]).toEqual(expect.arrayContaining(['province:ha-tinh', 'province:binh-dinh', 'province:nghe-an', 'city:da-nang', 'province:an-giang']));
  });

  it('answers who gave aid and who received it when both are places, with the amount as written', async () => {
    const { node } = await data(`{ node(id: "aid-project:dong-thap-scholarships-champasak-students") {
      ... on AidProject { amount funder { id kind } recipient { id kind } } } }`);
    expect(node).toEqual({ amount: expect.stringMatching(/81 scholarships/), funder: { id: 'province:dong-thap', kind: 'LOCALITY' }, recipient: { id: 'province:champasak', kind: 'LOCALITY' } });
  });

  it('gives an agreement its period of validity', async () => {
    const { node } = await data(`{ node(id: "agreement:thanh-hoa--houaphanh-cooperation-agreement-2026-2030") { ... on Document { validFrom validUntil parties { entity { id } } } } }`);
    expect(node).toEqual({ validFrom: '2026', validUntil: '2030', parties: expect.arrayContaining([{ entity: { id: 'province:thanh-hoa' } }, { entity: { id: 'province:houaphanh' } }]) });
  });
});
