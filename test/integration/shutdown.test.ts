import { ChildProcess, execFile, spawn } from 'node:child_process';
import { once } from 'node:events';
import fs from 'node:fs';
import http from 'node:http';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import readline from 'node:readline';
import { promisify } from 'node:util';
import { repositoryRoot } from '../../src/config';
import { isRunning } from './support';

/**
 * The real entrypoint, compiled as `npm run build` compiles it, in a process of its own with its own embedded
 * Neo4j, stopped the way an orchestrator stops it: SIGTERM to the API's process alone.
 */
const root = repositoryRoot();
const entrypoint = path.join(root, 'dist', 'src', 'main.js');
const apiPort = Number(process.env.TEST_SHUTDOWN_API_PORT ?? 0);
const boltPort = Number(process.env.TEST_NEO4J_SHUTDOWN_BOLT_PORT ?? 7700);

interface Api {
  child: ChildProcess;
  baseUrl: string;
  neo4jPid: number;
  output: string[];
  exit: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

let dataDir: string;
const started: Api[] = [];

beforeAll(async () => {
  await promisify(execFile)(process.execPath, [require.resolve('typescript/bin/tsc'), '-p', 'tsconfig.build.json'], { cwd: root });
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'api-shutdown-'));
}, 180_000);

/** Whatever a failed test left running goes, so the next one can open the same data folder. */
afterEach(async () => {
  for (const api of started.splice(0)) {
    if (api.child.exitCode === null && api.child.signalCode === null) {
      api.child.kill('SIGKILL');
      await api.exit;
    }
    if (api.neo4jPid > 0 && isRunning(api.neo4jPid)) process.kill(api.neo4jPid, 'SIGKILL');
  }
});

afterAll(() => {
  if (dataDir) fs.rmSync(dataDir, { recursive: true, force: true });
});

async function startApi(env: Record<string, string>, { ownProcessGroup = false } = {}): Promise<Api> {
  const child = spawn(process.execPath, [entrypoint], {
    cwd: root,
    detached: ownProcessGroup,
    env: {
      ...process.env,
      NEO4J_URI: '',
      HOST: '127.0.0.1',
      PORT: String(apiPort),
      EMBEDDED_NEO4J_BOLT_PORT: String(boltPort),
      EMBEDDED_NEO4J_DATA_DIR: dataDir,
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const exit = once(child, 'exit').then(([code, signal]) => ({ code: code as number | null, signal: signal as NodeJS.Signals | null }));
  const output: string[] = [];
  let neo4jPid = 0;
  const ready = new Promise<string>((resolve, reject) => {
    for (const stream of [child.stdout!, child.stderr!]) {
      readline.createInterface({ input: stream }).on('line', (raw) => {
        const line = messageOf(raw);
        output.push(line);
        neo4jPid ||= Number(/Neo4j ready at \S+ in \d+ ms \(pid (\d+)\)/.exec(line)?.[1] ?? 0);
        const url = /API ready at (http:\/\/\S+)\/graphql/.exec(line)?.[1];
        if (url) resolve(url);
      });
    }
    void exit.then(({ code }) => reject(new Error(`The API exited with code ${code} before it was ready:\n${output.join('\n')}`)));
  });
  const api: Api = { child, baseUrl: '', neo4jPid: 0, output, exit };
  started.push(api);
  api.baseUrl = await ready;
  api.neo4jPid = neo4jPid;
  expect(isRunning(api.neo4jPid)).toBe(true);
  return api;
}

/** The message of a JSON log line; any other output as it is. */
function messageOf(line: string): string {
  try {
    const parsed = JSON.parse(line) as { msg?: unknown };
    return typeof parsed.msg === 'string' ? parsed.msg : line;
  } catch {
    return line;
  }
}

/** Resolves once the API has logged a line matching `pattern`. */
async function logged(api: Api, pattern: RegExp, timeoutMs = 30_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!api.output.some((line) => pattern.test(line))) {
    if (Date.now() > deadline) throw new Error(`The API logged nothing matching ${pattern} in ${timeoutMs} ms:\n${api.output.join('\n')}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** A GET on a fresh connection: its status, or the connection error's code. */
function getOnNewConnection(url: string): Promise<number | string> {
  return new Promise((resolve) => {
    http
      .get(url, { agent: false }, (res) => {
        res.resume();
        resolve(res.statusCode!);
      })
      .on('error', (error: NodeJS.ErrnoException) => resolve(error.code ?? error.message));
  });
}

/**
 * A POST whose body comes in two parts. Once the server has answered `100 Continue` it holds the request, in flight,
 * while the rest of the body has not arrived; `finish` sends it and reads the answer.
 */
async function postInTwoParts(url: string, body: string) {
  const request = http.request(url, {
    method: 'POST',
    agent: false,
    headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body), expect: '100-continue' },
  });
  const failed = new Promise<Error>((resolve) => request.on('error', resolve));
  const response = new Promise<http.IncomingMessage>((resolve) => request.on('response', resolve));
  await once(request, 'continue');
  request.write(body.slice(0, body.length / 2));
  return {
    failed,
    async finish(): Promise<{ status: number; json: any }> {
      request.end(body.slice(body.length / 2));
      const res = await response;
      const chunks: Buffer[] = [];
      for await (const chunk of res) chunks.push(chunk as Buffer);
      return { status: res.statusCode!, json: JSON.parse(Buffer.concat(chunks).toString('utf8')) };
    },
  };
}

/** Whether something could listen on the port, i.e. nothing holds it. */
async function portIsFree(port: number): Promise<boolean> {
  const server = net.createServer();
  try {
    await new Promise<void>((resolve, reject) => server.once('error', reject).listen(port, '127.0.0.1', resolve));
    return true;
  } catch {
    return false;
  } finally {
    await new Promise((resolve) => server.close(resolve));
  }
}

const QUERY = JSON.stringify({ query: '{ node(id: "province:ha-tinh") { id ... on Entity { name } } }' });

it('on SIGTERM finishes in-flight requests, refuses new connections, closes idle ones, exits 0 and stops its Neo4j', async () => {
  const api = await startApi({ SHUTDOWN_GRACE_MS: '60000' });
  const exportUrl = `${api.baseUrl}/export/graph.graphml`;
  const wholeExport = Buffer.from(await (await fetch(exportUrl)).arrayBuffer());

  const keepAlive = new http.Agent({ keepAlive: true });
  const idleClosed = await new Promise<Promise<unknown>>((resolve) =>
    http.get(`${api.baseUrl}/health`, { agent: keepAlive }, (res) => {
      const closed = once(res.socket, 'close');
      res.resume().on('end', () => resolve(closed));
    }),
  );

  const post = await postInTwoParts(`${api.baseUrl}/graphql`, QUERY);
  const download = await new Promise<http.IncomingMessage>((resolve) => http.get(exportUrl, { agent: false }, resolve));
  download.pause();

  api.child.kill('SIGTERM');
  await logged(api, /^SIGTERM: /);
  let answer = await getOnNewConnection(`${api.baseUrl}/health`);
  for (let attempt = 0; attempt < 100 && answer === 200; attempt += 1) {
    await new Promise((resolve) => setTimeout(resolve, 50));
    answer = await getOnNewConnection(`${api.baseUrl}/health`);
  }
  expect([503, 'ECONNREFUSED']).toContain(answer);
  await idleClosed;
  expect(api.child.exitCode).toBeNull();

  // The query was in flight, its body half sent, when the signal came: Neo4j still answers it. The download arrives whole.
  expect(await post.finish()).toEqual({ status: 200, json: expect.objectContaining({ data: { node: { id: 'province:ha-tinh', name: expect.any(String) } } }) });
  const chunks: Buffer[] = [];
  for await (const chunk of download) chunks.push(chunk as Buffer);
  expect(download.statusCode).toBe(200);
  expect(Buffer.concat(chunks).equals(wholeExport)).toBe(true);

  expect(await api.exit).toEqual({ code: 0, signal: null });
  expect(isRunning(api.neo4jPid)).toBe(false);
  expect(await portIsFree(boltPort)).toBe(true);
  keepAlive.destroy();
}, 180_000);

it('a client that never finishes its request holds the shutdown for SHUTDOWN_GRACE_MS only, and the exit is still clean', async () => {
  const graceMs = 1_000;
  const api = await startApi({ SHUTDOWN_GRACE_MS: String(graceMs) });
  const stuck = await postInTwoParts(`${api.baseUrl}/graphql`, QUERY);

  const signalled = Date.now();
  api.child.kill('SIGTERM');
  await stuck.failed;
  const cutAfter = Date.now() - signalled;
  // Not before the grace period, and well before the 10 s default.
  expect(cutAfter).toBeGreaterThanOrEqual(graceMs - 100);
  expect(cutAfter).toBeLessThan(8_000);

  expect(await api.exit).toEqual({ code: 0, signal: null });
  expect(isRunning(api.neo4jPid)).toBe(false);
  expect(await portIsFree(boltPort)).toBe(true);
}, 180_000);

it('on Ctrl-C in a terminal (SIGINT to its whole process group) keeps Neo4j up until the in-flight requests are answered', async () => {
  const api = await startApi({ SHUTDOWN_GRACE_MS: '60000' }, { ownProcessGroup: true });
  const post = await postInTwoParts(`${api.baseUrl}/graphql`, QUERY);

  expect(api.child.pid).toBeGreaterThan(0);
  process.kill(-api.child.pid!, 'SIGINT');
  await logged(api, /^SIGINT: /);
  // A Neo4j in the same group would take the signal too, and be gone within a second or two.
  await new Promise((resolve) => setTimeout(resolve, 3_000));
  expect(isRunning(api.neo4jPid)).toBe(true);

  expect(await post.finish()).toEqual({ status: 200, json: expect.objectContaining({ data: { node: { id: 'province:ha-tinh', name: expect.any(String) } } }) });
  expect(await api.exit).toEqual({ code: 0, signal: null });
  expect(isRunning(api.neo4jPid)).toBe(false);
}, 180_000);
