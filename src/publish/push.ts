// `apply --commit` and `apply --push`: commit the plan in place, or in a clone and push it, retrying a
// lost race on a rebuilt plan. It composes: git is in src/io/, the decisions in the pure files here.

import { diagnostic, hasErrors } from "../diagnostics.js";
import type { Diagnostic } from "../diagnostics.js";
import { GitError, UsageError } from "../errors.js";
import { jitteredBackoff, sleep } from "../io/clock.js";
import { commitPaths, fetchBranch, pushHead, resetHard } from "../io/git.js";
import type { Checkout } from "../io/git.js";
import type { RunOutcome } from "../report/report.js";
import { commitMessage, parseAuthor } from "./message.js";
import { BACKOFF_BASE_MS, MAX_PUSH_TRIES, commitPathsOf, hasCommit, withNotes } from "./outcome.js";
import type { Note, Reconcile } from "./outcome.js";

/** What committing and pushing take from the options. */
export interface PushOptions {
  /** `Name <email>` (validated by options.ts). */
  readonly author: string;
  /** --branch: where --push pushes to (default: the checked-out branch). */
  readonly branch?: string | undefined;
  /** --ref, for the message when it is not a branch. */
  readonly ref?: string | undefined;
}

/** `apply --commit` in a local checkout: one commit of the changed files, none when nothing changed. */
export async function commitInPlace(
  options: PushOptions,
  checkout: Checkout,
  outcome: RunOutcome,
): Promise<RunOutcome> {
  if (!hasCommit(outcome)) return outcome;
  const sha = await commitPaths(
    checkout,
    commitPathsOf(outcome),
    commitMessage(outcome.changes, outcome.command),
    parseAuthor(options.author),
  );
  return { ...outcome, commit: { sha, branch: checkout.branch, pushed: false } };
}

/**
 * `apply --push` in a temporary clone: reconcile, commit, push. When the push loses a race (the remote
 * branch moved), fetch the new head, reset the clone to it, rebuild the whole plan there (its sources
 * may have changed), commit and push again: at most MAX_PUSH_TRIES tries with jittered backoff. A push
 * moves one ref, so a failure leaves the remote as it was.
 */
export async function commitAndPush(
  options: PushOptions,
  checkout: Checkout,
  reconcile: Reconcile,
  note: Note,
): Promise<RunOutcome> {
  const branch = options.branch ?? checkout.branch;
  if (branch === null) throw new UsageError(`--ref ${options.ref ?? ""} is not a branch: pass --branch to push`);
  const identity = parseAuthor(options.author);
  const notes: Diagnostic[] = [];
  for (let attempt = 1; ; attempt++) {
    const outcome = await reconcile(checkout.dir);
    if (hasErrors(outcome.diagnostics) || !hasCommit(outcome)) return withNotes(outcome, notes);
    const commit = await commitPaths(
      checkout,
      commitPathsOf(outcome),
      commitMessage(outcome.changes, outcome.command),
      identity,
    );
    const pushed = await pushHead(checkout, branch);
    if (pushed.kind === "pushed") {
      note(`pushed ${commit} to ${branch}`);
      return withNotes(outcome, notes, { commit: { sha: commit, branch, pushed: true } });
    }
    note(`the push of ${commit} to ${branch} was rejected (${pushed.detail}), try ${attempt} of ${MAX_PUSH_TRIES}`);
    if (attempt >= MAX_PUSH_TRIES) {
      throw new GitError(
        "push",
        `the push to ${branch} was rejected ${attempt} times because the remote branch kept moving (${pushed.detail}); ` +
          `nothing was pushed, run again later`,
      );
    }
    notes.push(await moveToRemoteHead(checkout, branch, attempt, pushed.detail));
  }
}

/** After a lost race: wait, fetch the branch's new head and reset the clone to it, for a rebuilt plan. */
async function moveToRemoteHead(
  checkout: Checkout,
  branch: string,
  attempt: number,
  detail: string,
): Promise<Diagnostic> {
  await sleep(jitteredBackoff(attempt, BACKOFF_BASE_MS));
  const head = await fetchBranch(checkout, branch);
  await resetHard(checkout, head);
  return diagnostic(
    "info",
    "push-retried",
    `the push to ${branch} was rejected (${detail}): the plan was rebuilt on the new remote head ${head.slice(0, 12)}`,
  );
}
