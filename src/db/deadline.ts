/** The error a deadline gives when it passes. */
export type DeadlineError = () => Error;

/**
 * A point in time after which the caller stops waiting. `within(work)` settles as `work` does, or rejects with the
 * deadline's error once the time is up; the work itself goes on (a driver call cannot be taken back), and its
 * late failure is swallowed rather than left unhandled. Without a duration (0 or undefined), nothing is bounded.
 */
export class Deadline {
  private readonly endsAt: number;

  constructor(
    private readonly ms: number | undefined,
    private readonly expired: DeadlineError,
  ) {
    this.endsAt = performance.now() + (ms ?? 0);
  }

  get passed(): boolean {
    return !!this.ms && performance.now() >= this.endsAt;
  }

  within<T>(work: Promise<T>): Promise<T> {
    if (!this.ms) return work;
    work.catch(() => undefined);
    let timer: NodeJS.Timeout | undefined;
    const timeUp = new Promise<never>((_resolve, reject) => {
      timer = setTimeout(() => reject(this.expired()), Math.max(0, this.endsAt - performance.now()));
    });
    return Promise.race([work, timeUp]).finally(() => clearTimeout(timer));
  }
}
