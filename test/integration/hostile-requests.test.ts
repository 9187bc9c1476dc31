import { Driver } from 'neo4j-driver';
import { revokeKeyQuery } from '../../src/access/api-key.repository';
import { Role } from '../../src/access/role';
import { Executor } from '../../src/db/executor';
import { ANONYMOUS_PER_MINUTE, HOSTILE_CLASSES } from './hostile/corpus';
import { HostileClass, IssuedKeys, requestText } from './hostile/hostile-case';
import { authorizationFor, problemsWith, sendRaw } from './hostile/judge';
import { graphSnapshot, issueTestKey, seedTestGraph, testDriver, TestApi } from './support';

let driver: Driver;
let executor: Executor;
let keys: IssuedKeys;
const servers = {} as Record<HostileClass['server'], TestApi>;

interface Tally {
  name: string;
  run: number;
  passed: number;
  failed: number;
  graphChanged: boolean;
}
const tallies: Tally[] = [];

beforeAll(async () => {
  driver = testDriver();
  executor = new Executor(driver, undefined);
  await seedTestGraph(driver);
  const revoked = await issueTestKey(driver, Role.EDITOR, 'Revoked editor');
  await executor.write(revokeKeyQuery(revoked.id));
  keys = {
    reader: await issueTestKey(driver, Role.READER, 'Hostile reader'),
    editor: await issueTestKey(driver, Role.EDITOR, 'Hostile editor'),
    admin: await issueTestKey(driver, Role.ADMIN, 'Hostile admin'),
    revoked,
  };
  servers.default = await TestApi.start(driver);
  // Keys are unlimited there, so a reader key can check that the server still answers.
  servers['rate-limited'] = await TestApi.start(driver, { access: { readsRequireKey: false, anonymousPerMinute: ANONYMOUS_PER_MINUTE, keyPerMinute: 0 } });
});

afterAll(async () => {
  printTally();
  await servers.default?.stop();
  await servers['rate-limited']?.stop();
  await driver?.close();
});

function printTally(): void {
  if (!tallies.length) return;
  const total = tallies.reduce((sum, t) => ({ ...sum, run: sum.run + t.run, passed: sum.passed + t.passed, failed: sum.failed + t.failed }), { run: 0, passed: 0, failed: 0 });
  const width = Math.max(...tallies.map((t) => t.name.length), 'class'.length) + 2;
  const row = (name: string, run: number | string, passed: number | string, failed: number | string, note = '') =>
    `${name.padEnd(width)}${String(run).padStart(6)}${String(passed).padStart(8)}${String(failed).padStart(8)}${note}`;
  const lines = [
    'Hostile-request corpus',
    row('class', 'cases', 'passed', 'failed'),
    ...tallies.map((t) => row(t.name, t.run, t.passed, t.failed, t.graphChanged ? '   GRAPH CHANGED' : '')),
    row('total', total.run, total.passed, total.failed),
  ];
  process.stdout.write(`\n${lines.join('\n')}\n\n`);
}

/** The ordinary request every hostile one is followed by: the server must still answer it, and correctly. */
async function answersNormally(hostileClass: HostileClass): Promise<string | null> {
  const api = servers[hostileClass.server];
  const authorization = hostileClass.server === 'rate-limited' ? `Bearer ${keys.reader.token}` : undefined;
  try {
    const response = await sendRaw(api.baseUrl, { method: 'POST', path: '/graphql', headers: { 'content-type': 'application/json' }, body: '{"query":"{ node(id: \\"province:ha-tinh\\") { id } }"}' }, authorization);
    const body = JSON.parse(response.text);
    if (response.status === 200 && body.data?.node?.id === 'province:ha-tinh' && !body.errors) return null;
    return `the next normal request got HTTP ${response.status}: ${response.text.slice(0, 200)}`;
  } catch (error) {
    return `the next normal request failed: ${(error as Error).message}`;
  }
}

describe('the hostile-request corpus', () => {
  it('holds at least 200 distinct hostile requests, several in every class', () => {
    const all = HOSTILE_CLASSES.flatMap((c) => c.cases);
    expect(all.length).toBeGreaterThanOrEqual(200);
    for (const hostileClass of HOSTILE_CLASSES) expect(hostileClass.cases.length).toBeGreaterThanOrEqual(5);
    const identity = (c: (typeof all)[number]) => `${c.request.method} ${requestText(c.request)} ${String(c.auth)} ${c.burst ?? 1} ${c.request.chunked ?? false}`;
    const repeated = all.map(identity).filter((id, i, ids) => ids.indexOf(id) !== i);
    expect(repeated).toEqual([]);
    const descriptions = HOSTILE_CLASSES.flatMap((c) => c.cases.map((hostile) => `${c.name}: ${hostile.description}`));
    expect(descriptions.filter((d, i) => descriptions.indexOf(d) !== i)).toEqual([]);
  });

  it.each(HOSTILE_CLASSES.map((c) => [c.name, c] as const))(
    '%s: each gets its stable code, the next normal request is answered, and nothing is written',
    async (_name, hostileClass) => {
      const api = servers[hostileClass.server];
      const tally: Tally = { name: hostileClass.name, run: 0, passed: 0, failed: 0, graphChanged: false };
      tallies.push(tally);
      const failures: string[] = [];
      const before = await graphSnapshot(executor);
      for (const hostile of hostileClass.cases) {
        const problems: string[] = [];
        try {
          let response = await sendRaw(api.baseUrl, hostile.request, authorizationFor(hostile.auth, keys));
          for (let sent = 1; sent < (hostile.burst ?? 1); sent += 1) response = await sendRaw(api.baseUrl, hostile.request, authorizationFor(hostile.auth, keys));
          problems.push(...problemsWith(hostile, response));
        } catch (error) {
          problems.push(`no answer: ${(error as Error).message}`);
        }
        const next = await answersNormally(hostileClass);
        if (next) problems.push(next);
        tally.run += 1;
        if (problems.length) {
          tally.failed += 1;
          failures.push(`${hostile.description}: ${problems.join('; ')}`);
        } else {
          tally.passed += 1;
        }
      }
      tally.graphChanged = (await graphSnapshot(executor)) !== before;
      if (tally.graphChanged) failures.push('the graph changed: a refused request wrote something');
      expect(failures).toEqual([]);
    },
    180_000,
  );
});
