import fs from 'node:fs';
import http from 'node:http';
import neo4j, { Driver } from 'neo4j-driver';
import { createDriver } from '../../src/db/driver';
import { toCypherParams } from '../../src/db/records';
import { FloorPlan } from './record-floor';

/**
 * The floor: the Cypher our API runs for a workload, wave by wave, through the bare driver, answered as
 * JSON over plain node:http. What our API costs beyond this is GraphQL, resolvers and their mapping.
 */
async function replay(driver: Driver, plan: FloorPlan): Promise<unknown[][]> {
  const answers: unknown[][] = [];
  for (const wave of plan.waves) {
    const results = await Promise.all(
      wave.map(async (query) => {
        const session = driver.session({ defaultAccessMode: neo4j.session.READ });
        try {
          const result = await session.executeRead((tx) => tx.run(query.cypher, toCypherParams(query.params)));
          return result.records.map((record) => record.toObject());
        } finally {
          await session.close();
        }
      }),
    );
    answers.push(...results);
  }
  return answers;
}

export async function startFloorServer(options: { driver: Driver; plans: FloorPlan[]; port: number; host?: string }): Promise<{ url: string; stop(): Promise<void> }> {
  const plans = new Map(options.plans.map((plan) => [plan.workload, plan]));
  const server = http.createServer((req, res) => {
    const plan = plans.get((req.url ?? '').replace(/^\/floor\//, ''));
    req.resume();
    if (!plan) {
      res.writeHead(404).end();
      return;
    }
    replay(options.driver, plan).then(
      (answers) => res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ data: answers })),
      (error: Error) => res.writeHead(500, { 'content-type': 'application/json' }).end(JSON.stringify({ error: error.message })),
    );
  });
  await new Promise<void>((resolve) => server.listen(options.port, options.host ?? '127.0.0.1', resolve));
  const address = server.address() as { port: number };
  return {
    url: `http://${options.host ?? '127.0.0.1'}:${address.port}/floor`,
    stop: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

/** As a child process: NEO4J_URI, FLOOR_PLANS (a JSON file of FloorPlan[]), PORT. */
async function main(): Promise<void> {
  // The same driver settings as the API, so the two differ only in what sits above the driver.
  const driver = createDriver({ uri: process.env.NEO4J_URI ?? 'bolt://127.0.0.1:7687', user: process.env.NEO4J_USER ?? 'neo4j', password: process.env.NEO4J_PASSWORD ?? '' });
  const plans = JSON.parse(fs.readFileSync(process.env.FLOOR_PLANS ?? '', 'utf8')) as FloorPlan[];
  const server = await startFloorServer({ driver, plans, port: Number(process.env.PORT ?? 0) });
  process.stdout.write(`READY ${server.url}\n`);
  process.on('SIGTERM', () => {
    void server.stop().then(() => driver.close()).then(() => process.exit(0));
  });
}

if (require.main === module) void main();
