// What the persist half of apply (push.ts, propose.ts) adds to a run's outcome: pure helpers.
import type { Diagnostic } from "../diagnostics.js";
import type { RunOutcome } from "../report/report.js";
import { changedFiles } from "./message.js";

/** Reconciles a checkout directory from scratch (run.ts reconcileRepo), for a retry on a new head. */
export type Reconcile = (dir: string) => Promise<RunOutcome>;
/** A progress line of the persist steps (stderr). */
export type Note = (message: string) => void;

/** Push tries in all, the first one included, of a run of every zone (docs/design/interface.md: 3). */
export const MAX_PUSH_TRIES = 3;
export const BACKOFF_BASE_MS = 200;
/** No wait between two tries is longer than this (before the jitter): late tries stay minutes apart at most. */
export const BACKOFF_CAP_MS = 10_000;
/** The largest --push-tries. */
export const PUSH_TRIES_LIMIT = 100;

/** Where the waits between push tries come from: the real clock in src/io/clock.ts, a fixed one in tests. */
export interface RetryClock {
  /** A number in [0, 1): the jitter. */
  readonly random: () => number;
  readonly sleep: (ms: number) => Promise<void>;
}

/**
 * The wait before try `attempt + 1` (attempt >= 1): exponential from `baseMs` (200, 400, 800 ms...),
 * capped at BACKOFF_CAP_MS, times a jitter between 0.5 and 1.5 drawn from `random`, so that jobs
 * that lost the same race do not push at the same moment again.
 */
export function backoffMs(attempt: number, random: () => number, baseMs = BACKOFF_BASE_MS): number {
  const exponential = Math.min(BACKOFF_CAP_MS, baseMs * 2 ** Math.max(0, attempt - 1));
  return Math.round(exponential * (0.5 + random()));
}

/**
 * Push tries in all when --push-tries is not given. A run of every zone: MAX_PUSH_TRIES. A run of
 * some zones (`--zone`, one job of an Actions matrix) contends with the jobs of the other zones,
 * each of which may land first once: one more try for each zone of the config it does not run.
 * A lost race means another push landed, so N concurrent zone jobs need at most N tries each.
 */
export function defaultPushTries(zones: { readonly selected: number; readonly inConfig: number }): number {
  return MAX_PUSH_TRIES + Math.max(0, zones.inConfig - zones.selected);
}

/** True when the outcome wrote changes that a commit should hold. */
export function hasCommit(outcome: RunOutcome): boolean {
  return outcome.applied && changedFiles(outcome.changes).length > 0;
}

/** The repository-relative paths a reconcile commit holds. */
export function commitPathsOf(outcome: RunOutcome): string[] {
  return changedFiles(outcome.changes).map((c) => c.path);
}

export function withNotes(
  outcome: RunOutcome,
  notes: readonly Diagnostic[],
  extra: Partial<RunOutcome> = {},
): RunOutcome {
  return { ...outcome, ...extra, diagnostics: [...outcome.diagnostics, ...notes] };
}
