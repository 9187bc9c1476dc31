import os from 'node:os';
import path from 'node:path';
import { Piscina } from 'piscina';
import type { BetweennessResult, BetweennessTask } from './betweenness.worker';

/** Built, the worker is the .js next to this file; under ts-jest it is the .ts, which tsx loads. */
const WORKER_EXTENSION = path.extname(__filename);
const WORKER_FILE = path.join(__dirname, `betweenness.worker${WORKER_EXTENSION}`);

/**
 * The threads that compute network measures whose cost grows faster than the scope (betweenness: nodes × links),
 * so that a long computation leaves the event loop free for other requests. One pool per server, closed with it.
 */
export class NetworkWorkers {
  private readonly pool: Piscina;
  private closed = false;

  constructor(threads = Math.max(1, os.availableParallelism() - 1)) {
    this.pool = new Piscina({
      filename: WORKER_FILE,
      name: 'betweenness',
      minThreads: 0,
      maxThreads: threads,
      // Threads end after a quiet minute, so an idle server holds none.
      idleTimeout: 60_000,
      execArgv: WORKER_EXTENSION === '.ts' ? ['--require', 'tsx/cjs'] : [],
    });
    // A thread that dies fails the computation it ran, and that request reports it; the pool must not take the process down.
    this.pool.on('error', () => {});
  }

  betweenness(task: BetweennessTask): Promise<BetweennessResult> {
    // Piscina would start a new thread for a task after close; a stopped server starts none.
    if (this.closed) return Promise.reject(new Error('The network workers are closed.'));
    return this.pool.run(task);
  }

  /** Threads alive now, busy or idle. */
  get threadCount(): number {
    return this.pool.threads.length;
  }

  /** Ends every thread, and refuses computations from now on; those still running fail. */
  close(): Promise<void> {
    this.closed = true;
    return this.pool.close({ force: true });
  }
}
