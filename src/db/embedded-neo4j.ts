import { spawn, type ChildProcess } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as readline from 'node:readline';
import type { Readable } from 'node:stream';
import neo4j from 'neo4j-driver';

export interface EmbeddedNeo4jOptions {
  dataDir: string; // absolute or relative to cwd; created if missing
  boltPort: number;
  log?: (line: string) => void; // progress/status lines; default writes to stderr
  signal?: AbortSignal; // aborting stops a start still under way (the JVM is killed and the start fails)
}

export interface EmbeddedNeo4j {
  uri: string; // bolt://127.0.0.1:<port>
  pid: number;
  stop(): Promise<void>; // SIGTERM, wait for exit (then SIGKILL after ~30 s); idempotent
  /** Settles when the JVM has exited, saying how, and whether `stop()` asked it to. */
  exited: Promise<{ requested: boolean; how: string }>;
}

const MAIN_CLASS = 'org.partnershipgraph.neo4j.EmbeddedNeo4j';
const CLASS_FILE = path.join('org', 'partnershipgraph', 'neo4j', 'EmbeddedNeo4j');
const FIRST_DOWNLOAD_MB = 150; // measured with an empty local repo: ~128 MB of runtime jars plus Maven plugins and POMs
const READY_TIMEOUT_MS = 120_000;
const STOP_TIMEOUT_MS = 30_000;
const BOLT_CHECK_TIMEOUT_MS = 10_000;
const PROGRESS_INTERVAL_MS = 5_000;
const TAIL_LINES = 40;

const JVM_OPTIONS = [
  '-Xms256m',
  '-Xmx1g',
  '-XX:+UseG1GC',
  '-XX:-OmitStackTraceInFastThrow',
  // As in Neo4j's own launcher; without them the page cache, native tx-log I/O and Netty fall back to slower paths.
  '--add-opens=java.base/java.nio=ALL-UNNAMED',
  '--add-opens=java.base/java.io=ALL-UNNAMED',
  '--add-opens=java.base/sun.nio.ch=ALL-UNNAMED',
  '-Dio.netty.tryReflectionSetAccessible=true',
  '-Djdk.nio.maxCachedBufferSize=1024',
  '-Dlog4j2.disable.jmx=true',
];

const defaultLog = (line: string): void => {
  process.stderr.write(`${line}\n`);
};

export async function startEmbeddedNeo4j(options: EmbeddedNeo4jOptions): Promise<EmbeddedNeo4j> {
  const log = options.log ?? defaultLog;
  const { boltPort } = options;
  if (!Number.isInteger(boltPort) || boltPort < 1 || boltPort > 65535) {
    throw new Error(`Invalid Bolt port: ${boltPort}`);
  }
  const dataDir = path.resolve(options.dataDir);
  fs.mkdirSync(dataDir, { recursive: true });

  const launcher = launcherPaths();
  const reason = buildReason(launcher);
  if (reason) await runMaven(launcher.projectDir, reason, log);
  const classpath = [launcher.classesDir, ...readClasspath(launcher.classpathFile)].join(path.delimiter);

  const started = Date.now();
  log(`Starting embedded Neo4j on bolt://127.0.0.1:${boltPort} (data: ${dataDir})…`);
  const child = spawn(
    javaExecutable(),
    [...JVM_OPTIONS, '-cp', classpath, MAIN_CLASS, '--data-dir', dataDir, '--bolt-port', String(boltPort)],
    // stdin stays an open pipe: the JVM exits when it sees EOF, i.e. when this process is gone. A process group of its
    // own, so that Ctrl-C in a terminal (or a stop signal to the whole group) reaches this process alone, which can then
    // finish its requests before it stops Neo4j, instead of Neo4j stopping underneath them.
    { cwd: dataDir, stdio: ['pipe', 'pipe', 'pipe'], detached: true },
  );
  const instance = track(child);
  const abandon = () => child.kill('SIGKILL');
  options.signal?.addEventListener('abort', abandon, { once: true });

  try {
    const uri = await waitForReady(child, `bolt port ${boltPort}, data dir ${dataDir}`, log);
    await waitForBolt(uri, BOLT_CHECK_TIMEOUT_MS);
    log(`Neo4j ready at ${uri} in ${Date.now() - started} ms (pid ${child.pid}).`);
    const exited = instance.exited.then(() => {
      const requested = instance.stopRequested();
      if (!requested) log(`Neo4j (pid ${child.pid}) exited unexpectedly (${describeExit(child)}).`);
      return { requested, how: describeExit(child) };
    });
    return { uri, pid: child.pid!, stop: instance.stop, exited };
  } catch (err) {
    if (child.pid !== undefined) {
      child.kill('SIGKILL');
      await instance.exited;
    }
    throw err;
  } finally {
    options.signal?.removeEventListener('abort', abandon);
  }
}

/** Polls until a Bolt server at `uri` (auth disabled) accepts a connection. */
export async function waitForBolt(uri: string, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    // Without a token the driver authenticates with scheme 'none', which is what auth_enabled=false expects.
    const driver = neo4j.driver(uri, undefined, { connectionTimeout: 2_000 });
    try {
      await driver.verifyConnectivity();
      return;
    } catch (err) {
      if (Date.now() >= deadline) {
        throw new Error(`Bolt at ${uri} did not answer within ${timeoutMs} ms: ${(err as Error).message}`);
      }
    } finally {
      await driver.close();
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

interface LauncherPaths {
  projectDir: string;
  pomFile: string;
  sourceFile: string;
  classesDir: string;
  classFile: string;
  classpathFile: string;
}

function launcherPaths(): LauncherPaths {
  // Runs from src/db (ts-jest) or dist/src/db (compiled); dist/ may hold a copied package.json, hence the pom check.
  let dir = __dirname;
  while (!(fs.existsSync(path.join(dir, 'package.json')) && fs.existsSync(path.join(dir, 'neo4j-embedded', 'pom.xml')))) {
    const parent = path.dirname(dir);
    if (parent === dir) throw new Error(`Cannot find neo4j-embedded/pom.xml above ${__dirname}`);
    dir = parent;
  }
  const projectDir = path.join(dir, 'neo4j-embedded');
  const classesDir = path.join(projectDir, 'target', 'classes');
  return {
    projectDir,
    pomFile: path.join(projectDir, 'pom.xml'),
    sourceFile: path.join(projectDir, 'src', 'main', 'java', `${CLASS_FILE}.java`),
    classesDir,
    classFile: path.join(classesDir, `${CLASS_FILE}.class`),
    classpathFile: path.join(projectDir, 'target', 'classpath.txt'),
  };
}

type BuildReason = 'download' | 'compile';

function buildReason(p: LauncherPaths): BuildReason | undefined {
  const classpathTime = mtime(p.classpathFile);
  if (classpathTime === undefined || classpathTime < mtime(p.pomFile)!) return 'download';
  const jars = readClasspath(p.classpathFile);
  if (jars.length === 0 || jars.some((jar) => !fs.existsSync(jar))) return 'download';
  const classTime = mtime(p.classFile);
  if (classTime === undefined || classTime < mtime(p.sourceFile)!) return 'compile';
  return undefined;
}

function readClasspath(file: string): string[] {
  return fs.readFileSync(file, 'utf8').trim().split(path.delimiter).filter(Boolean);
}

function mtime(file: string): number | undefined {
  return fs.statSync(file, { throwIfNoEntry: false })?.mtimeMs;
}

async function runMaven(projectDir: string, reason: BuildReason, log: (line: string) => void): Promise<void> {
  log(
    reason === 'download'
      ? `First start: resolving Neo4j 5.26 jars with Maven; this downloads about ${FIRST_DOWNLOAD_MB} MB once (into ~/.m2)…`
      : 'Compiling the embedded Neo4j launcher with Maven…',
  );
  const started = Date.now();
  const isWindows = process.platform === 'win32';
  // The pom binds dependency:build-classpath (-> target/classpath.txt) to generate-sources, so `compile` does both.
  const mvn = spawn(isWindows ? 'mvn.cmd' : 'mvn', ['-B', '-Dstyle.color=never', 'compile'], {
    cwd: projectDir,
    stdio: ['ignore', 'pipe', 'pipe'],
    shell: isWindows,
  });

  const tail: string[] = [];
  let files = 0;
  let bytes = 0;
  const onLine = (raw: string): void => {
    const line = raw.replace(/\x1b\[[0-9;]*m/g, ''); // Maven 3.8 emits colour resets even in batch mode
    if (line.trim() === '') return;
    pushTail(tail, line);
    const download = /Downloaded from .*\((\d+(?:\.\d+)?) (B|kB|MB|GB) at/.exec(line);
    if (download) {
      files += 1;
      bytes += Number(download[1]) * { B: 1, kB: 1e3, MB: 1e6, GB: 1e9 }[download[2] as 'B' | 'kB' | 'MB' | 'GB'];
    }
  };
  lines(mvn.stdout!, onLine);
  lines(mvn.stderr!, onLine);

  let reported = 0;
  const progress = setInterval(() => {
    if (files === reported) return;
    reported = files;
    log(`Maven: downloaded ${files} files (${mb(bytes)} MB) so far…`);
  }, PROGRESS_INTERVAL_MS);

  try {
    const code = await new Promise<number | null>((resolve, reject) => {
      mvn.once('error', (err: NodeJS.ErrnoException) =>
        reject(err.code === 'ENOENT' ? new Error('Maven (mvn) is not on PATH; install Maven 3.6.3 or newer.') : err),
      );
      mvn.once('close', resolve);
    });
    if (code !== 0) {
      throw new Error(`Maven build of ${projectDir} failed (exit ${code}). Last output:\n${tail.join('\n')}`);
    }
  } finally {
    clearInterval(progress);
  }
  const downloaded = files > 0 ? `, downloaded ${files} files (${mb(bytes)} MB)` : '';
  log(`Maven finished in ${((Date.now() - started) / 1000).toFixed(1)} s${downloaded}.`);
}

function javaExecutable(): string {
  const javaHome = process.env.JAVA_HOME;
  return javaHome ? path.join(javaHome, 'bin', process.platform === 'win32' ? 'java.exe' : 'java') : 'java';
}

function waitForReady(child: ChildProcess, context: string, log: (line: string) => void): Promise<string> {
  const stderrTail: string[] = [];
  let settled = false;
  lines(child.stderr!, (line) => {
    pushTail(stderrTail, line);
    if (!line.startsWith('FAILED ')) log(`neo4j: ${line}`); // the FAILED line goes into the rejection instead
  });

  return new Promise<string>((resolve, reject) => {
    const fail = (message: string): void => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      const output = stderrTail.length > 0 ? `\n${stderrTail.join('\n')}` : '';
      reject(new Error(`${message} [${context}]${output}`));
    };
    const timer = setTimeout(() => fail(`Neo4j did not report READY within ${READY_TIMEOUT_MS / 1000} s.`), READY_TIMEOUT_MS);

    lines(child.stdout!, (line) => {
      const match = /^READY (bolt:\/\/\S+)$/.exec(line);
      if (match && !settled) {
        settled = true;
        clearTimeout(timer);
        resolve(match[1]);
      } else if (!match) {
        log(`neo4j: ${line}`);
      }
    });
    child.once('error', (err) => fail(`Could not start java (${javaExecutable()}): ${err.message}`));
    // 'close' rather than 'exit' so the stderr tail (the FAILED line) has been read.
    child.once('close', () => fail(`Neo4j exited before it was ready (${describeExit(child)}).`));
  });
}

// Children still running, so a process exit or signal can take them down.
const running = new Map<ChildProcess, () => Promise<void>>();

interface Tracked {
  exited: Promise<void>;
  stop: () => Promise<void>;
  stopRequested: () => boolean;
}

function track(child: ChildProcess): Tracked {
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  let stopping: Promise<void> | undefined;
  const stop = (): Promise<void> => {
    stopping ??= (async () => {
      if (child.exitCode === null && child.signalCode === null) {
        const killTimer = setTimeout(() => child.kill('SIGKILL'), STOP_TIMEOUT_MS);
        child.kill('SIGTERM');
        await exited;
        clearTimeout(killTimer);
      }
    })();
    return stopping;
  };

  // A broken stdin pipe just means the JVM is already gone.
  child.stdin?.on('error', () => undefined);
  const untrack = (): void => {
    running.delete(child);
    if (running.size === 0) removeProcessHooks();
  };
  child.once('exit', untrack);
  child.once('error', () => child.pid === undefined && untrack()); // spawn failed: there will be no 'exit'
  if (running.size === 0) installProcessHooks();
  running.set(child, stop);
  return { exited, stop, stopRequested: () => stopping !== undefined };
}

function installProcessHooks(): void {
  process.on('exit', killAllSync);
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
}

function removeProcessHooks(): void {
  process.off('exit', killAllSync);
  process.off('SIGINT', onSignal);
  process.off('SIGTERM', onSignal);
}

// Last resort: 'exit' handlers cannot wait, so a graceful stop is impossible here.
function killAllSync(): void {
  for (const child of running.keys()) child.kill('SIGKILL');
}

async function onSignal(signal: NodeJS.Signals): Promise<void> {
  // If the app handles this signal itself, it owns the shutdown order (and should await stop()).
  if (process.listenerCount(signal) > 0) return;
  await Promise.allSettled([...running.values()].map((stop) => stop()));
  // Our listener suppressed Node's default action; re-raise so the process still terminates with the usual status.
  removeProcessHooks();
  process.kill(process.pid, signal);
}

function describeExit(child: ChildProcess): string {
  return child.signalCode ?? `exit code ${child.exitCode}`;
}

function lines(stream: Readable, onLine: (line: string) => void): void {
  readline.createInterface({ input: stream, crlfDelay: Infinity }).on('line', onLine);
}

function pushTail(tail: string[], line: string): void {
  tail.push(line);
  if (tail.length > TAIL_LINES) tail.shift();
}

function mb(bytes: number): string {
  return (bytes / 1e6).toFixed(1);
}
