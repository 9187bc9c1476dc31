import { Driver } from 'neo4j-driver';
import { recordFloorPlans, FloorPlan } from '../../bench/floor/record-floor';
import { startFloorServer } from '../../bench/floor/floor-server';
import { nestingDepth } from '../../bench/query-depth';
import { SEED_GRAPH_ANCHORS, WORKLOADS } from '../../bench/workloads';
import { seedTestGraph, testDriver, TestApi } from './support';

let driver: Driver;
let api: TestApi;
let plans: FloorPlan[];

beforeAll(async () => {
  driver = testDriver();
  await seedTestGraph(driver);
  api = await TestApi.start(driver);
  plans = await recordFloorPlans(driver, WORKLOADS, SEED_GRAPH_ANCHORS);
});

afterAll(async () => {
  await api.stop();
  await driver.close();
});

describe('benchmark floor', () => {
  it('records the same number of queries our API reports: one per request, whatever its nesting depth', async () => {
    for (const workload of WORKLOADS) {
      const plan = plans.find((p) => p.workload === workload.name)!;
      const response = await api.query(workload.query, workload.variables(SEED_GRAPH_ANCHORS));
      expect(response.errors).toBeUndefined();
      const recorded = plan.waves.reduce((sum, wave) => sum + wave.length, 0);
      expect({ workload: workload.name, recorded }).toEqual({ workload: workload.name, recorded: response.extensions!.roundTrips });
      expect({ workload: workload.name, recorded }).toEqual({ workload: workload.name, recorded: 1 });
    }
  });

  it('replays the recorded Cypher through the bare driver and gets the rows our API is built from', async () => {
    const floor = await startFloorServer({ driver, plans, port: 0 });
    try {
      const response = await fetch(`${floor.url}/partnerships`, { method: 'POST' });
      expect(response.status).toBe(200);
      const { data } = (await response.json()) as { data: Record<string, any>[][] };
      const partnershipIds = data[0][0].page.map((item: Record<string, any>) => item.partnership.id).sort();
      const api_ = await api.query(`{ partnerships(of: "province:ha-tinh", country: "country:laos") { id } }`);
      expect(partnershipIds).toEqual(api_.data!.partnerships.map((p: any) => p.id).sort());
      expect(partnershipIds).toContain('partnership:ha-tinh--savannakhet');
      expect((await fetch(`${floor.url}/no-such-workload`, { method: 'POST' })).status).toBe(404);
    } finally {
      await floor.stop();
    }
  });

  it('counts nesting depth in levels of object fields', () => {
    expect(nestingDepth('{ a }')).toBe(0);
    expect(nestingDepth('{ a { id } }')).toBe(1);
    expect(nestingDepth('{ a { ... on B { c { id } } } d { id } }')).toBe(2);
  });
});
