import { ChildProcess, execFile, spawn } from 'node:child_process';
import { once } from 'node:events';
import fs from 'node:fs';
import path from 'node:path';
import readline from 'node:readline';
import { promisify } from 'node:util';
import { repositoryRoot } from '../../src/config';

/**
 * The real entrypoint, compiled as `npm run build` compiles it, against the tests' Neo4j. At a terminal (a
 * pseudo-terminal opened by util-linux `script`, as an engineer running `npm start` has) it logs readable lines;
 * through a pipe (CI, files, Docker) it logs JSON lines; LOG_FORMAT overrides either.
 */
const root = repositoryRoot();
const entrypoint = path.join(root, 'dist', 'src', 'main.js');
const ANSI_COLOURS = /\x1b\[[0-9;]*m/g;
const ANSI_COLOUR = /\x1b\[[0-9;]*m/;
const READABLE = /^\[\d{2}:\d{2}:\d{2}\.\d{3}\] (INFO|WARN|ERROR|FATAL): /;

const running: ChildProcess[] = [];

beforeAll(async () => {
  await promisify(execFile)(process.execPath, [require.resolve('typescript/bin/tsc'), '-p', 'tsconfig.build.json'], { cwd: root });
}, 180_000);

afterEach(async () => {
  for (const child of running.splice(0)) {
    if (child.exitCode === null && child.signalCode === null) {
      child.kill('SIGKILL');
      await once(child, 'exit');
    }
  }
});

const shellQuoted = (value: string) => `'${value.replace(/'/g, `'\\''`)}'`;

/**
 * The API under `script`: the node process among its descendants. Whether the shell `script` starts runs a lone
 * command in place of itself depends on the shell, so the tree is searched rather than assumed.
 */
function apiUnder(pid: number): number {
  const childrenOf = (parent: number) =>
    fs.readFileSync(`/proc/${parent}/task/${parent}/children`, 'utf8').trim().split(/\s+/).filter(Boolean).map(Number);
  const pending = childrenOf(pid);
  while (pending.length) {
    const candidate = pending.shift()!;
    const argv = fs.readFileSync(`/proc/${candidate}/cmdline`, 'utf8').split('\0');
    if (argv[0] === process.execPath && argv[1] === entrypoint) return candidate;
    pending.push(...childrenOf(candidate));
  }
  throw new Error(`No API process under script (pid ${pid}).`);
}

async function until(lines: string[], pattern: RegExp, what: string, timeoutMs = 60_000): Promise<RegExpExecArray> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    for (const line of lines) {
      const match = pattern.exec(line);
      if (match) return match;
    }
    if (Date.now() > deadline) throw new Error(`No ${what} in ${timeoutMs} ms. Output:\n${lines.join('\n')}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/**
 * Starts the API, asks it one GraphQL question with `requestId`, stops it with SIGTERM and returns what it wrote on
 * standard output, line by line (colour codes removed; `colours` tells whether there were any).
 */
async function logsOfOneRequest({ terminal, logFormat, requestId }: { terminal: boolean; logFormat?: string; requestId: string }) {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NEO4J_URI: process.env.TEST_NEO4J_URI,
    SEED_ON_START: 'never',
    HOST: '127.0.0.1',
    PORT: '0',
    LOG_LEVEL: 'info',
    LOG_FORMAT: logFormat ?? '',
    TERM: 'xterm-256color',
  };
  delete env.NO_COLOR;
  delete env.FORCE_COLOR;
  const command = [process.execPath, entrypoint].map(shellQuoted).join(' ');
  const child = terminal
    ? spawn('script', ['--quiet', '--flush', '--return', '--command', command, '/dev/null'], { cwd: root, env, stdio: ['ignore', 'pipe', 'pipe'] })
    : spawn(process.execPath, [entrypoint], { cwd: root, env, stdio: ['ignore', 'pipe', 'pipe'] });
  running.push(child);
  const exit = once(child, 'exit');
  let raw = '';
  const lines: string[] = [];
  readline.createInterface({ input: child.stdout! }).on('line', (line) => {
    raw += `${line}\n`;
    lines.push(line.replace(/\r$/, '').replace(ANSI_COLOURS, ''));
  });
  const stderr: string[] = [];
  readline.createInterface({ input: child.stderr! }).on('line', (line) => stderr.push(line));

  const [, baseUrl] = await until(lines, /API ready at (http:\/\/[\d.:]+)\/graphql/, 'ready line');
  const response = await fetch(`${baseUrl}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-request-id': requestId },
    body: JSON.stringify({ query: '{ node(id: "province:ha-tinh") { id } }' }),
  });
  expect(response.status).toBe(200);
  await until(lines, new RegExp(requestId), 'request line');

  process.kill(terminal ? apiUnder(child.pid!) : child.pid!, 'SIGTERM');
  const [code] = await exit;
  expect(code).toBe(0);
  return { lines: lines.filter(Boolean), colours: ANSI_COLOUR.test(raw), stderr };
}

describe('the service logs', () => {
  it('in readable lines, in colour, when standard output is a terminal', async () => {
    const { lines, colours } = await logsOfOneRequest({ terminal: true, requestId: 'log-format-terminal' });
    expect(lines.length).toBeGreaterThan(2);
    for (const line of lines) expect(line).not.toMatch(/^\{/);
    expect(lines).toContainEqual(expect.stringMatching(/^\[[\d:.]+\] INFO: Partnership graph API ready at http:\/\/127\.0\.0\.1:\d+\/graphql/));
    const requestLine = lines.find((line) => line.includes('log-format-terminal'))!;
    expect(requestLine).toMatch(/^\[[\d:.]+\] INFO: graphql request \{.*"requestId":"log-format-terminal".*"status":200/);
    expect(lines).toContainEqual(expect.stringMatching(/^\[[\d:.]+\] INFO: SIGTERM: finishing in-flight requests/));
    expect(lines.filter((line) => READABLE.test(line)).length).toBeGreaterThanOrEqual(3);
    expect(colours).toBe(true);
  });

  it('in JSON lines when standard output is a pipe', async () => {
    const { lines, colours } = await logsOfOneRequest({ terminal: false, requestId: 'log-format-pipe' });
    const parsed = lines.map((line) => JSON.parse(line) as { level: number; time: string; msg: string; requestId?: string });
    expect(parsed.map((line) => line.msg)).toContainEqual(expect.stringMatching(/^Partnership graph API ready at /));
    expect(parsed.find((line) => line.requestId === 'log-format-pipe')).toMatchObject({ level: 30, msg: 'graphql request', status: 200 });
    for (const line of parsed) expect(typeof line.time).toBe('string');
    expect(colours).toBe(false);
  });

  it('in the format LOG_FORMAT names, at a terminal or not', async () => {
    const terminal = await logsOfOneRequest({ terminal: true, logFormat: 'json', requestId: 'log-format-json' });
    expect(terminal.lines.map((line) => JSON.parse(line).msg)).toContain('graphql request');

    const pipe = await logsOfOneRequest({ terminal: false, logFormat: 'pretty', requestId: 'log-format-pretty' });
    expect(pipe.lines.find((line) => line.includes('log-format-pretty'))).toMatch(/^\[[\d:.]+\] INFO: graphql request \{/);
    for (const line of pipe.lines) expect(line).not.toMatch(/^\{/);
    expect(pipe.colours).toBe(false);
  });
});
