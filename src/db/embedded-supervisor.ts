import { EmbeddedNeo4j, EmbeddedNeo4jOptions, startEmbeddedNeo4j } from './embedded-neo4j';

export interface SupervisorOptions extends EmbeddedNeo4jOptions {
  /** Restarts in a row that may fail (or die within STABLE_AFTER_MS) before the supervisor gives up. */
  maxRestarts: number;
  /** Called once, when the supervisor gives up; the process should then exit non-zero so that its own supervisor takes over. */
  onGiveUp: (error: Error) => void;
  /** The wait before the first restart, doubled for each further one up to `maxBackoffMs`. */
  firstBackoffMs?: number;
  maxBackoffMs?: number;
}

/** The embedded Neo4j under supervision: started again when it dies, until it keeps dying. */
export interface SupervisedNeo4j {
  uri: string;
  /** The running JVM's process id (a new one after each restart). */
  pid(): number;
  /** Why the database is down, while a restart is pending or under way; undefined while it runs. */
  outage(): string | undefined;
  stop(): Promise<void>;
}

/** An instance that stayed up this long has recovered: the next death starts the count of restarts afresh. */
const STABLE_AFTER_MS = 60_000;

/**
 * Starts the embedded Neo4j and restarts it, on the same port and data, whenever it exits without being asked to (a
 * JVM crash, the OOM killer, SIGKILL). Restarts back off exponentially; after `maxRestarts` in a row that failed to
 * start or died again within a minute, it gives up and says so through `onGiveUp`. The driver needs no change: the
 * same URI answers again once the restart is done.
 */
export async function superviseEmbeddedNeo4j(options: SupervisorOptions): Promise<SupervisedNeo4j> {
  const log = options.log ?? ((line: string) => process.stderr.write(`${line}\n`));
  const firstBackoffMs = options.firstBackoffMs ?? 1_000;
  const maxBackoffMs = options.maxBackoffMs ?? 30_000;
  let current: EmbeddedNeo4j = await startEmbeddedNeo4j(options);
  let outage: string | undefined;
  let failures = 0;
  let stopping = false;
  let stableTimer: NodeJS.Timeout | undefined;
  let restarting: Promise<void> = Promise.resolve();
  let wakeUp: (() => void) | undefined;
  const stopped = new AbortController();

  const pause = (ms: number) =>
    new Promise<void>((resolve) => {
      const timer = setTimeout(resolve, ms);
      wakeUp = () => {
        clearTimeout(timer);
        resolve();
      };
    });

  const watch = (instance: EmbeddedNeo4j) => {
    stableTimer = setTimeout(() => (failures = 0), STABLE_AFTER_MS);
    stableTimer.unref();
    void instance.exited.then(({ requested, how }) => {
      if (requested || stopping) return;
      clearTimeout(stableTimer);
      restarting = restart(how);
    });
  };

  const restart = async (how: string) => {
    while (!stopping) {
      failures += 1;
      if (failures > options.maxRestarts) {
        outage = 'the embedded Neo4j could not be kept running';
        log(`Giving up on the embedded Neo4j: ${options.maxRestarts} restarts in a row failed or did not last a minute.`);
        options.onGiveUp(new Error(`The embedded Neo4j exited (${how}) and ${options.maxRestarts} restarts in a row failed or did not last a minute.`));
        return;
      }
      const backoffMs = Math.min(firstBackoffMs * 2 ** (failures - 1), maxBackoffMs);
      outage = `the embedded Neo4j exited (${how}) and is being restarted`;
      log(`Restarting the embedded Neo4j in ${backoffMs} ms (attempt ${failures} of ${options.maxRestarts}).`);
      await pause(backoffMs);
      if (stopping) return;
      try {
        const instance = await startEmbeddedNeo4j({ ...options, signal: stopped.signal });
        if (stopping) {
          await instance.stop();
          return;
        }
        current = instance;
        outage = undefined;
        log(`The embedded Neo4j is back (pid ${instance.pid}).`);
        watch(instance);
        return;
      } catch (error) {
        how = 'a failed start';
        log(`Restarting the embedded Neo4j failed: ${(error as Error).message.split('\n')[0]}`);
      }
    }
  };

  watch(current);
  return {
    uri: current.uri,
    pid: () => current.pid,
    outage: () => outage,
    async stop() {
      stopping = true;
      clearTimeout(stableTimer);
      wakeUp?.();
      stopped.abort();
      await restarting;
      await current.stop();
    },
  };
}
