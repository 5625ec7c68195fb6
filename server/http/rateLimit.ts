/** The answer of {@link RateLimiter.take}. */
export type Taken = { ok: true } | { ok: false; retryAfterS: number };

/**
 * A token bucket per key: `perMinute` tokens, refilled evenly over a minute, so a burst of a
 * whole minute's worth is allowed at once (a room of laptops joining together) and after that
 * one every `60 / perMinute` seconds. `perMinute` 0 turns the limit off.
 * The map of keys is bounded: past `maxKeys` the least recently used key is dropped (it starts
 * full again), so a flood from many addresses costs at most `maxKeys` small entries.
 */
export class RateLimiter {
  private readonly buckets = new Map<string, { tokens: number; at: number }>();

  constructor(readonly perMinute: number, private readonly maxKeys = 50_000) {}

  /** Takes one token for `key`, or says how many seconds until the next one. */
  take(key: string, now = Date.now()): Taken {
    if (this.perMinute <= 0) return { ok: true };
    const perMs = this.perMinute / 60_000;
    const bucket = this.buckets.get(key) ?? { tokens: this.perMinute, at: now };
    bucket.tokens = Math.min(this.perMinute, bucket.tokens + (now - bucket.at) * perMs);
    bucket.at = now;
    // Re-inserted so that the Map's order is least recently used first.
    this.buckets.delete(key);
    this.buckets.set(key, bucket);
    if (this.buckets.size > this.maxKeys) this.buckets.delete(this.buckets.keys().next().value!);
    if (bucket.tokens >= 1) {
      bucket.tokens -= 1;
      return { ok: true };
    }
    return { ok: false, retryAfterS: Math.max(1, Math.ceil((1 - bucket.tokens) / perMs / 1000)) };
  }

  /** Drops a key, e.g. a socket that has gone. */
  forget(key: string): void {
    this.buckets.delete(key);
  }
}
