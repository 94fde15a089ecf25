/**
 * Ports the subscription API needs beyond shared/store/ports.ts: a fixed-window rate limiter.
 * The DynamoDB adapter is shared/store/dynamo/rate-limit-repository.ts.
 */

/** The outcome of counting one request against one fixed window. */
export interface RateLimitHit {
  /** False when the window already holds `limit` requests (this one was not counted). */
  allowed: boolean;
  /** Requests counted in the window, this one included when allowed. */
  count: number;
  /** Seconds until the window ends (≥ 1). */
  retryAfterSeconds: number;
}

export interface RateLimitRepository {
  /**
   * Counts one request under `key` in the fixed window of `windowSeconds` that holds `now`, unless
   * the window already holds `limit`. Safe under concurrency: the count never exceeds `limit`.
   */
  hit(key: string, limit: number, windowSeconds: number, now: Date): Promise<RateLimitHit>;
}
