// `apply --commit` and `apply --push`: commit the plan in place, or in a clone and push it, retrying a
// lost race on a rebuilt plan. It composes: git is in src/io/, the decisions in the pure files here.

import { diagnostic, hasErrors } from "../diagnostics.js";
import type { Diagnostic } from "../diagnostics.js";
import { GitError, UsageError } from "../errors.js";
import { REAL_CLOCK } from "../io/clock.js";
import { commitPaths, fetchBranch, pushHead, resetHard } from "../io/git.js";
import type { Checkout } from "../io/git.js";
import type { RunOutcome } from "../report/report.js";
import { commitMessage, parseAuthor } from "./message.js";
import { backoffMs, commitPathsOf, defaultPushTries, hasCommit, withNotes } from "./outcome.js";
import type { Note, Reconcile, RetryClock } from "./outcome.js";

/** What committing and pushing take from the options. */
export interface PushOptions {
  /** `Name <email>` (validated by options.ts). */
  readonly author: string;
  /** --branch: where --push pushes to (default: the checked-out branch). */
  readonly branch?: string | undefined;
  /** --ref, for the message when it is not a branch. */
  readonly ref?: string | undefined;
  /** --push-tries: push tries in all; null or absent: defaultPushTries. */
  readonly pushTries?: number | null;
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
 * may have changed), commit and push again: at most --push-tries tries (default: defaultPushTries,
 * which grows with the zones a `--zone` run contends with), waiting a jittered exponential backoff
 * (backoffMs, drawn from `clock`) in between. The commit holds only the files of the zones run, so
 * concurrent jobs of other zones never touch the same paths and every rebuilt commit lands on any
 * head. A push moves one ref, so a failure leaves the remote as it was.
 */
export async function commitAndPush(
  options: PushOptions,
  checkout: Checkout,
  reconcile: Reconcile,
  note: Note,
  clock: RetryClock = REAL_CLOCK,
): Promise<RunOutcome> {
  const branch = options.branch ?? checkout.branch;
  if (branch === null) throw new UsageError(`--ref ${options.ref ?? ""} is not a branch: pass --branch to push`);
  const identity = parseAuthor(options.author);
  const notes: Diagnostic[] = [];
  let tries = options.pushTries ?? null;
  for (let attempt = 1; ; attempt++) {
    const outcome = await reconcile(checkout.dir);
    tries ??= defaultPushTries({ selected: outcome.zones.length, inConfig: outcome.configZones ?? 0 });
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
    note(`the push of ${commit} to ${branch} was rejected (${pushed.detail}), try ${attempt} of ${tries}`);
    if (attempt >= tries) {
      throw new GitError(
        "push",
        `the push to ${branch} was rejected ${attempt} times because the remote branch kept moving (${pushed.detail}); ` +
          `nothing was pushed, run again later`,
      );
    }
    await clock.sleep(backoffMs(attempt, clock.random));
    notes.push(await moveToRemoteHead(checkout, branch, pushed.detail));
  }
}

/** After a lost race: fetch the branch's new head and reset the clone to it, for a rebuilt plan. */
async function moveToRemoteHead(checkout: Checkout, branch: string, detail: string): Promise<Diagnostic> {
  const head = await fetchBranch(checkout, branch);
  await resetHard(checkout, head);
  return diagnostic(
    "info",
    "push-retried",
    `the push to ${branch} was rejected (${detail}): the plan was rebuilt on the new remote head ${head.slice(0, 12)}`,
  );
}
