// What the persist half of apply (push.ts, propose.ts) adds to a run's outcome: pure helpers.
import type { Diagnostic } from "../diagnostics.js";
import type { RunOutcome } from "../report/report.js";
import { changedFiles } from "./message.js";

/** Reconciles a checkout directory from scratch (run.ts reconcileRepo), for a retry on a new head. */
export type Reconcile = (dir: string) => Promise<RunOutcome>;
/** A progress line of the persist steps (stderr). */
export type Note = (message: string) => void;

/** Push tries in all, the first one included (docs/design/interface.md: at most 3). */
export const MAX_PUSH_TRIES = 3;
export const BACKOFF_BASE_MS = 200;

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
