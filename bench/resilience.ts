import { ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import readline from 'node:readline';
import { repositoryRoot } from '../src/config';

/**
 * Runs the built entrypoint with its own embedded Neo4j and measures what a client sees when that Neo4j freezes
 * (SIGSTOP), when its connection pool is full, and after it is killed (SIGKILL). Prints one JSON report.
 *
 *   npm run bench:resilience -- [--freeze-seconds 20] [--query-timeout-ms 10000]
 */
const root = repositoryRoot();
const log = (line: string) => process.stderr.write(`[resilience] ${line}\n`);
const QUERY = JSON.stringify({ query: '{ node(id: "province:ha-tinh") { id } }' });
const POOL_FILLERS = 60;
const RECOVERY_LIMIT_MS = 300_000;

function option(name: string, fallback: number): number {
  const index = process.argv.indexOf(name);
  return index >= 0 ? Number(process.argv[index + 1]) : fallback;
}

interface Answer {
  ms: number;
  status: number | string;
  code?: string;
  message?: string;
}

async function timed(url: string, init: RequestInit = {}): Promise<Answer> {
  const started = performance.now();
  try {
    const response = await fetch(url, { ...init, signal: AbortSignal.timeout(60_000) });
    const body = (await response.json().catch(() => ({}))) as { errors?: { message?: string; extensions?: { code?: string } }[]; data?: { node?: unknown } };
    const code = body.errors?.[0]?.extensions?.code ?? (body.data?.node ? 'ok' : undefined);
    return { ms: Math.round(performance.now() - started), status: response.status, code, message: body.errors?.[0]?.message };
  } catch (error) {
    return { ms: Math.round(performance.now() - started), status: (error as Error).name };
  }
}

const query = (base: string) => timed(`${base}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: QUERY });
const ready = (base: string) => timed(`${base}/ready`);
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

interface Api {
  child: ChildProcess;
  baseUrl: string;
  neo4jPid: () => number;
}

async function startApi(env: Record<string, string>): Promise<Api> {
  const child = spawn(process.execPath, [path.join(root, 'dist', 'src', 'main.js')], { cwd: root, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  let pid = 0;
  const baseUrl = await new Promise<string>((resolve, reject) => {
    for (const stream of [child.stdout!, child.stderr!]) {
      readline.createInterface({ input: stream }).on('line', (line) => {
        const neo4jPid = /Neo4j ready at \S+ in \d+ ms \(pid (\d+)\)/.exec(line)?.[1];
        if (neo4jPid) pid = Number(neo4jPid);
        const url = /API ready at (http:\/\/\S+)\/graphql/.exec(line)?.[1];
        if (url) resolve(url);
        if (/exited|restart|gave up|unavailable/i.test(line)) log(`api: ${line.slice(0, 300)}`);
      });
    }
    child.once('exit', (code) => reject(new Error(`The API exited with code ${code} before it was ready`)));
  });
  return { child, baseUrl, neo4jPid: () => pid };
}

async function untilAnswered(base: string, limitMs: number): Promise<number | null> {
  const started = performance.now();
  while (performance.now() - started < limitMs) {
    if ((await query(base)).code === 'ok') return Math.round(performance.now() - started);
    await sleep(200);
  }
  return null;
}

async function frozen(api: Api, freezeMs: number) {
  const pid = api.neo4jPid();
  log(`SIGSTOP to Neo4j (pid ${pid}) for ${freezeMs} ms`);
  process.kill(pid, 'SIGSTOP');
  try {
    const first = Promise.all([query(api.baseUrl), ready(api.baseUrl)]);
    await sleep(500);
    const fillers = Promise.all(Array.from({ length: POOL_FILLERS }, () => query(api.baseUrl)));
    await sleep(2_000);
    const afterPoolFull = query(api.baseUrl);
    const [[request, readiness], fill, late] = await Promise.all([first, fillers, afterPoolFull]);
    const codes: Record<string, number> = {};
    for (const answer of fill) {
      const key = `${answer.status} ${answer.code}: ${answer.message}`;
      codes[key] = (codes[key] ?? 0) + 1;
    }
    const slowest = Math.max(...fill.map((answer) => answer.ms));
    const remaining = freezeMs - 2_500 - late.ms;
    if (remaining > 0) await sleep(remaining);
    return { request, ready: readiness, poolFillers: { count: POOL_FILLERS, answers: codes, slowestMs: slowest }, requestOnFullPool: late };
  } finally {
    process.kill(pid, 'SIGCONT');
    log('SIGCONT');
  }
}

async function killed(api: Api) {
  const pid = api.neo4jPid();
  log(`SIGKILL to Neo4j (pid ${pid})`);
  process.kill(pid, 'SIGKILL');
  const killedAt = performance.now();
  await sleep(500);
  const duringOutage = { request: await query(api.baseUrl), ready: await ready(api.baseUrl), health: await timed(`${api.baseUrl}/health`) };
  const recovered = await untilAnswered(api.baseUrl, RECOVERY_LIMIT_MS);
  return { duringOutage, firstAnswerAfterKillMs: recovered === null ? null : Math.round(performance.now() - killedAt), readyAfter: await ready(api.baseUrl) };
}

async function main() {
  const freezeMs = option('--freeze-seconds', 20) * 1000;
  const queryTimeoutMs = option('--query-timeout-ms', 10_000);
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'resilience-'));
  const api = await startApi({
    NEO4J_URI: '',
    PORT: String(option('--port', 4031)),
    EMBEDDED_NEO4J_BOLT_PORT: String(option('--bolt-port', 7637)),
    EMBEDDED_NEO4J_DATA_DIR: dataDir,
    QUERY_TIMEOUT_MS: String(queryTimeoutMs),
    RATE_LIMIT_ANONYMOUS_PER_MINUTE: '0',
    LOG_LEVEL: 'info',
  });
  try {
    log(`API at ${api.baseUrl}, baseline ${JSON.stringify(await query(api.baseUrl))}`);
    const freeze = await frozen(api, freezeMs);
    const afterFreeze = await untilAnswered(api.baseUrl, 60_000);
    const crash = await killed(api);
    const exit = api.child.exitCode ?? api.child.signalCode;
    console.log(JSON.stringify({ queryTimeoutMs, freezeMs, freeze, firstAnswerAfterSigcontMs: afterFreeze, crash, apiExitedDuringRun: exit }, null, 2));
  } finally {
    if (api.child.exitCode === null) {
      api.child.kill('SIGTERM');
      await once(api.child, 'exit');
    }
    const pid = api.neo4jPid();
    try {
      if (pid > 0) process.kill(pid, 'SIGKILL');
    } catch {
      // already gone
    }
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
