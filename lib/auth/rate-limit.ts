/**
 * A fixed-window in-memory limiter (per process). Used for sign-in and password-reset server
 * actions, which call Better Auth's API directly and so bypass its HTTP rate limiter.
 */
export function createRateLimiter(options: { max: number; windowMs: number; now?: () => number }) {
  const hits = new Map<string, { count: number; resetAt: number }>();
  const now = options.now ?? Date.now;
  return {
    /** Counts one attempt for `key`; returns the seconds to wait when over the limit, else 0. */
    hit(key: string): number {
      const t = now();
      if (hits.size > 10_000) for (const [k, v] of hits) if (v.resetAt <= t) hits.delete(k);
      const entry = hits.get(key);
      if (!entry || entry.resetAt <= t) {
        hits.set(key, { count: 1, resetAt: t + options.windowMs });
        return 0;
      }
      entry.count += 1;
      return entry.count > options.max ? Math.ceil((entry.resetAt - t) / 1000) : 0;
    },
    /** Forgets a key, e.g. after a successful sign-in. */
    reset(key: string): void {
      hits.delete(key);
    },
  };
}
