import { ChildProcess, execFile, spawn } from 'node:child_process';
import { once } from 'node:events';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import readline from 'node:readline';
import { promisify } from 'node:util';
import { repositoryRoot } from '../../src/config';
import { isRunning } from './support';

/**
 * The real entrypoint, compiled as `npm run build` compiles it, with its own embedded Neo4j, whose JVM is killed
 * (SIGKILL) the way a JVM crash or the OOM killer ends it.
 */
const root = repositoryRoot();
const entrypoint = path.join(root, 'dist', 'src', 'main.js');
const boltPort = Number(process.env.TEST_NEO4J_SUPERVISED_BOLT_PORT ?? 7689);
const QUERY = JSON.stringify({ query: '{ node(id: "province:ha-tinh") { id } }' });

let dataDir: string;
let child: ChildProcess | undefined;
const neo4jPids: number[] = [];
const output: string[] = [];
let hog: net.Server | undefined;

beforeAll(async () => {
  await promisify(execFile)(process.execPath, [require.resolve('typescript/bin/tsc'), '-p', 'tsconfig.build.json'], { cwd: root });
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'api-embedded-crash-'));
}, 300_000);

afterAll(async () => {
  if (child && child.exitCode === null && child.signalCode === null) {
    child.kill('SIGKILL');
    await once(child, 'exit');
  }
  for (const pid of neo4jPids) if (isRunning(pid)) process.kill(pid, 'SIGKILL');
  await new Promise((resolve) => (hog ? hog.close(resolve) : resolve(undefined)));
  if (dataDir) fs.rmSync(dataDir, { recursive: true, force: true });
});

/** The message of a JSON log line; any other output as it is. */
function messageOf(line: string): string {
  try {
    const parsed = JSON.parse(line) as { msg?: unknown };
    return typeof parsed.msg === 'string' ? parsed.msg : line;
  } catch {
    return line;
  }
}

async function until<T>(what: string, probe: () => Promise<T | undefined> | T | undefined, timeoutMs = 240_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`Timed out waiting until ${what}:\n${output.slice(-30).join('\n')}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

async function answer(baseUrl: string): Promise<{ status: number; code?: string; node?: unknown }> {
  try {
    const response = await fetch(`${baseUrl}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: QUERY, signal: AbortSignal.timeout(30_000) });
    const body = (await response.json()) as { data?: { node?: unknown }; errors?: { extensions?: { code?: string } }[] };
    return { status: response.status, code: body.errors?.[0]?.extensions?.code, node: body.data?.node ?? undefined };
  } catch (error) {
    return { status: 0, code: (error as Error).name };
  }
}

const statusOf = async (url: string) => (await fetch(url)).status;

it('restarts a killed embedded Neo4j, answering 503 on /ready meanwhile and requests again with no API restart; exits non-zero once restarts keep failing', async () => {
  child = spawn(process.execPath, [entrypoint], {
    cwd: root,
    env: {
      ...process.env,
      NEO4J_URI: '',
      HOST: '127.0.0.1',
      PORT: '0',
      EMBEDDED_NEO4J_BOLT_PORT: String(boltPort),
      EMBEDDED_NEO4J_DATA_DIR: dataDir,
      EMBEDDED_NEO4J_MAX_RESTARTS: '2',
      QUERY_TIMEOUT_MS: '1500',
      RATE_LIMIT_ANONYMOUS_PER_MINUTE: '0',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const exit = once(child, 'exit').then(([code, signal]) => ({ code: code as number | null, signal: signal as NodeJS.Signals | null }));
  for (const stream of [child.stdout!, child.stderr!]) {
    readline.createInterface({ input: stream }).on('line', (line) => {
      const message = messageOf(line);
      output.push(message);
      const pid = Number(/Neo4j ready at \S+ in \d+ ms \(pid (\d+)\)/.exec(message)?.[1] ?? 0);
      if (pid) neo4jPids.push(pid);
    });
  }
  const baseUrl = await until('the API is ready', () => /API ready at (http:\/\/\S+)\/graphql/.exec(output.join('\n'))?.[1]);
  expect((await answer(baseUrl)).node).toEqual({ id: 'province:ha-tinh' });
  const [first] = neo4jPids;

  process.kill(first, 'SIGKILL');
  const whileDown = await until('a request fails', async () => {
    const failed = await answer(baseUrl);
    return failed.node ? undefined : { request: failed, ready: await statusOf(`${baseUrl}/ready`), health: await statusOf(`${baseUrl}/health`) };
  });
  expect(whileDown).toEqual({ request: { status: 200, code: 'DATABASE_UNAVAILABLE' }, ready: 503, health: 200 });
  await until('the restart is logged', () => output.find((line) => /^Restarting the embedded Neo4j in \d+ ms \(attempt 1 of 2\)/.test(line)));

  const back = await until('a request is answered again', async () => ((await answer(baseUrl)).node ? true : undefined));
  expect(back).toBe(true);
  expect(child.exitCode).toBeNull();
  expect(await statusOf(`${baseUrl}/ready`)).toBe(200);
  expect(neo4jPids).toHaveLength(2);
  expect(isRunning(first)).toBe(false);
  const second = neo4jPids[1];

  // Something else takes the Bolt port as soon as the second JVM is gone, so that every restart fails.
  process.kill(second, 'SIGKILL');
  await until('the JVM is gone', () => (isRunning(second) ? undefined : true));
  hog = net.createServer();
  await new Promise<void>((resolve, reject) => hog!.once('error', reject).listen(boltPort, '127.0.0.1', resolve));

  expect(await until('the API exits', () => exit, 480_000)).toEqual({ code: 1, signal: null });
  expect(output).toContainEqual(expect.stringMatching(/^Giving up on the embedded Neo4j: 2 restarts in a row failed/));
  expect(neo4jPids.filter(isRunning)).toEqual([]);
}, 900_000);
