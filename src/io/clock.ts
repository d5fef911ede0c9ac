import type { RetryClock } from "../publish/outcome.js";

/** Waits `ms` milliseconds. */
export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/** The waits between push tries as they really happen: Math.random for the jitter, timers for the wait. */
export const REAL_CLOCK: RetryClock = { random: Math.random, sleep };
