/**
 * A small seeded generator (mulberry32), so that the same seed always gives the same synthetic graph.
 * Math.random cannot be seeded, and the benchmark compares runs across machines and days.
 */
export class SeededRandom {
  private state: number;

  constructor(seed: number) {
    this.state = seed >>> 0;
  }

  /** A float in [0, 1). */
  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  /** An integer in [min, max], both included. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  chance(probability: number): boolean {
    return this.next() < probability;
  }

  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.next() * items.length)];
  }

  /**
   * An item with a heavy-tailed preference for the first ones (index ~ Zipf with exponent `skew`):
   * a few hubs collect most links, the long tail a handful each.
   */
  pickSkewed<T>(items: readonly T[], skew = 1.2): T {
    return items[this.skewedIndex(items.length, skew)];
  }

  skewedIndex(length: number, skew = 1.2): number {
    // Inverse transform of a continuous power law on [1, length + 1), a close stand-in for a discrete Zipf.
    const u = this.next();
    const a = 1 - skew;
    const x = Math.abs(a) < 1e-9 ? Math.exp(u * Math.log(length + 1)) : Math.pow(1 + u * (Math.pow(length + 1, a) - 1), 1 / a);
    return Math.min(length - 1, Math.floor(x) - 1);
  }

  /** `count` distinct items, drawn by `draw`, giving up after a few collisions so a small pool cannot loop. */
  distinct<T>(count: number, draw: () => T, key: (item: T) => string = String): T[] {
    const chosen = new Map<string, T>();
    for (let attempts = 0; chosen.size < count && attempts < count * 4; attempts += 1) {
      const item = draw();
      const k = key(item);
      if (!chosen.has(k)) chosen.set(k, item);
    }
    return [...chosen.values()];
  }
}
