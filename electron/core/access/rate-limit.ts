// A sliding-window limit per key (a remote address, a user name): sign-in attempts, SSO starts.
export class RateLimiter {
  private readonly hits = new Map<string, number[]>();

  constructor(
    private readonly limit: number,
    private readonly windowMs: number,
    private readonly now: () => number = Date.now,
  ) {}

  /** Counts one attempt; false when the key is over its limit (the attempt is not counted then). */
  take(key: string): boolean {
    const t = this.now();
    const recent = (this.hits.get(key) ?? []).filter((at) => t - at < this.windowMs);
    if (recent.length >= this.limit) {
      this.hits.set(key, recent);
      return false;
    }
    recent.push(t);
    this.hits.set(key, recent);
    if (this.hits.size > 10_000) this.prune(t);
    return true;
  }

  /** Milliseconds until the key may try again. */
  retryAfterMs(key: string): number {
    const recent = this.hits.get(key) ?? [];
    return recent.length < this.limit ? 0 : Math.max(0, recent[0]! + this.windowMs - this.now());
  }

  private prune(t: number): void {
    for (const [key, at] of this.hits) if (at.every((x) => t - x >= this.windowMs)) this.hits.delete(key);
  }
}
