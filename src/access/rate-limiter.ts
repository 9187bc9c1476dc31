/**
 * A token bucket per caller: `perMinute` requests, refilled continuously, so a burst may use the whole
 * minute's allowance at once. Buckets live in this instance's memory: behind N instances a caller gets up
 * to N times the limit, which is the price of keeping instances stateless.
 */
export class RateLimiter {
  private readonly buckets = new Map<string, { tokens: number; at: number }>();

  constructor(
    readonly perMinute: number,
    private readonly now: () => number = Date.now,
  ) {}

  /** Takes one token for `who`; when none is left, how many seconds until one is. */
  take(who: string): { allowed: true; remaining: number } | { allowed: false; retryAfterSeconds: number } {
    const now = this.now();
    const perMs = this.perMinute / 60_000;
    const bucket = this.buckets.get(who) ?? { tokens: this.perMinute, at: now };
    bucket.tokens = Math.min(this.perMinute, bucket.tokens + (now - bucket.at) * perMs);
    bucket.at = now;
    if (this.buckets.size > 50_000) this.forgetIdle(now);
    this.buckets.set(who, bucket);
    if (bucket.tokens < 1) return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil((1 - bucket.tokens) / perMs / 1000)) };
    bucket.tokens -= 1;
    return { allowed: true, remaining: Math.floor(bucket.tokens) };
  }

  /** Buckets that have refilled carry no information; dropping them bounds memory under many addresses. */
  private forgetIdle(now: number): void {
    for (const [who, bucket] of this.buckets) {
      if (bucket.tokens + (now - bucket.at) * (this.perMinute / 60_000) >= this.perMinute) this.buckets.delete(who);
    }
  }
}
