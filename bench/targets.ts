import { ChildProcess, spawn } from 'node:child_process';
import fs from 'node:fs';

/** A server under test, in a process of its own so that its memory can be read and the load comes from outside it. */
export interface Target {
  name: 'ours' | 'floor' | 'peer';
  url: string;
  pid: number;
  stop(): Promise<void>;
}

const READY_TIMEOUT_MS = 120_000;

/** Starts `node <script>` and resolves once it prints a line matching `ready` whose first group is its URL. */
export function startTarget(name: Target['name'], script: string, env: Record<string, string>, ready: RegExp, log: (line: string) => void): Promise<Target> {
  const child = spawn(process.execPath, [script], { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  return new Promise((resolve, reject) => {
    const output: string[] = [];
    const timer = setTimeout(() => fail(new Error(`${name} did not start within ${READY_TIMEOUT_MS / 1000} s`)), READY_TIMEOUT_MS);
    const onLine = (chunk: Buffer) => {
      for (const line of chunk.toString('utf8').split('\n')) {
        if (!line.trim()) continue;
        // Only the tail is kept for a failure message: our server logs a line per request under load.
        output.push(line);
        if (output.length > 20) output.shift();
        const match = ready.exec(line);
        if (match) {
          clearTimeout(timer);
          log(`${name} ready at ${match[1]} (pid ${child.pid})`);
          resolve({ name, url: match[1], pid: child.pid!, stop: () => stopChild(child) });
        }
      }
    };
    const fail = (error: Error) => {
      clearTimeout(timer);
      child.kill('SIGKILL');
      reject(new Error(`${error.message}\n${output.slice(-20).join('\n')}`));
    };
    child.stdout!.on('data', onLine);
    child.stderr!.on('data', onLine);
    child.on('exit', (code) => fail(new Error(`${name} exited with code ${code} before it was ready`)));
  });
}

function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
    child.removeAllListeners('exit');
    child.once('exit', () => {
      clearTimeout(timer);
      resolve();
    });
    child.kill('SIGTERM');
  });
}

/** Peak resident memory since the last reset (VmHWM), in MiB; Linux only, null elsewhere. */
export function peakRssMiB(pid: number): number | null {
  try {
    const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
    const kib = /VmHWM:\s+(\d+) kB/.exec(status)?.[1];
    return kib ? Math.round(Number(kib) / 1024) : null;
  } catch {
    return null;
  }
}

/** Resets the peak to the current RSS, so the next reading covers one measurement only. */
export function resetPeakRss(pid: number): void {
  try {
    fs.writeFileSync(`/proc/${pid}/clear_refs`, '5');
  } catch {
    // Not permitted or not Linux: the peak then covers the process's whole life, which the report says.
  }
}

/** Current resident memory (VmRSS), in MiB; Linux only, null elsewhere or once the process is gone. */
export function residentMiB(pid: number): number | null {
  try {
    const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
    const kib = /VmRSS:\s+(\d+) kB/.exec(status)?.[1];
    return kib ? Math.round(Number(kib) / 1024) : null;
  } catch {
    return null;
  }
}
