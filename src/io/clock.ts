/** Waits `ms` milliseconds. */
export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/**
 * The wait before push try `attempt + 1`: exponential from `baseMs`, with full jitter between half
 * and one and a half times, so that runners that lost the same race do not collide again.
 */
export function jitteredBackoff(attempt: number, baseMs: number): number {
  return Math.round(baseMs * 2 ** (attempt - 1) * (0.5 + Math.random()));
}
