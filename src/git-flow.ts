// The "persist" half of apply: commit the plan, push it (retrying a lost race on a rebuilt plan), or
// propose it as a pull request. Like run.ts it only composes: git and GitHub are in src/io/, the
// decisions in src/publish/.

import { diagnostic, hasErrors } from "./diagnostics.js";
import type { Diagnostic } from "./diagnostics.js";
import { GitError, UsageError } from "./errors.js";
import { jitteredBackoff, sleep } from "./io/clock.js";
import { commitPaths, fetchBranch, readCommitPeople, readRemoteBranch, pushHead, resetHard } from "./io/git.js";
import type { Checkout, Identity } from "./io/git.js";
import { openGitHubPulls } from "./io/github.js";
import type { GitHubPulls } from "./io/github.js";
import type { Options } from "./options.js";
import { changedFiles, commitMessage, contentHash, parseAuthor } from "./publish/message.js";
import { botBranch, decidePullRequest, githubRepoFromUrl, pullRequestText } from "./publish/pull-request.js";
import type { RunOutcome } from "./report/report.js";

/** Push tries in all, the first one included (interface.md: at most 3). */
export const MAX_PUSH_TRIES = 3;
const BACKOFF_BASE_MS = 200;

export type Reconcile = (dir: string) => Promise<RunOutcome>;
export type Progress = (message: string) => void;

export interface GitHubContext {
  readonly token: string | null;
  readonly tokenEnv: string;
  /** GITHUB_API_URL and GITHUB_REPOSITORY, when set. */
  readonly apiUrl: string | undefined;
  readonly repository: string | undefined;
  /** Renders the pull request body from an outcome (the Markdown report). */
  readonly markdown: (outcome: RunOutcome) => string;
  /** The redaction every text leaving the process goes through. */
  readonly redact: (text: string) => string;
}

/** True when the outcome wrote changes that a commit should hold. */
function hasCommit(outcome: RunOutcome): boolean {
  return outcome.applied && changedFiles(outcome.changes).length > 0;
}

function withNotes(outcome: RunOutcome, notes: readonly Diagnostic[], extra: Partial<RunOutcome> = {}): RunOutcome {
  return { ...outcome, ...extra, diagnostics: [...outcome.diagnostics, ...notes] };
}

/** `apply --commit` in a local checkout: one commit of the changed files, none when nothing changed. */
export async function commitInPlace(options: Options, checkout: Checkout, outcome: RunOutcome): Promise<RunOutcome> {
  if (!hasCommit(outcome)) return outcome;
  const files = changedFiles(outcome.changes).map((c) => c.path);
  await commitPaths(checkout, files, commitMessage(outcome.changes), parseAuthor(options.author));
  return outcome;
}

/**
 * `apply --push` in a temporary clone: reconcile, commit, push. When the push loses a race (the remote
 * branch moved), fetch the new head, reset the clone to it, rebuild the whole plan there (its sources
 * may have changed), commit and push again: at most MAX_PUSH_TRIES tries with jittered backoff. A push
 * moves one ref, so a failure leaves the remote as it was.
 */
export async function commitAndPush(
  options: Options,
  checkout: Checkout,
  reconcile: Reconcile,
  progress: Progress,
): Promise<RunOutcome> {
  const branch = options.branch ?? checkout.branch;
  if (branch === null) throw new UsageError(`--ref ${options.ref ?? ""} is not a branch: pass --branch to push`);
  const identity = parseAuthor(options.author);
  const notes: Diagnostic[] = [];
  for (let attempt = 1; ; attempt++) {
    const outcome = await reconcile(checkout.dir);
    if (hasErrors(outcome.diagnostics) || !hasCommit(outcome)) return withNotes(outcome, notes);
    const files = changedFiles(outcome.changes).map((c) => c.path);
    const commit = await commitPaths(checkout, files, commitMessage(outcome.changes), identity);
    const pushed = await pushHead(checkout, branch);
    if (pushed.kind === "pushed") {
      progress(`pushed ${commit} to ${branch}`);
      return withNotes(outcome, notes);
    }
    progress(`the push of ${commit} to ${branch} was rejected (${pushed.detail}), try ${attempt} of ${MAX_PUSH_TRIES}`);
    if (attempt >= MAX_PUSH_TRIES) {
      throw new GitError(
        "push",
        `the push to ${branch} was rejected ${attempt} times because the remote branch kept moving (${pushed.detail}); ` +
          `nothing was pushed, run again later`,
      );
    }
    await sleep(jitteredBackoff(attempt, BACKOFF_BASE_MS));
    const head = await fetchBranch(checkout, branch);
    await resetHard(checkout, head);
    notes.push(
      diagnostic(
        "info",
        "push-retried",
        `the push to ${branch} was rejected (${pushed.detail}): the plan was rebuilt on the new remote head ${head.slice(0, 12)}`,
      ),
    );
  }
}

/**
 * `apply --pull-request` in a temporary clone of the base branch: reconcile, then push the bot
 * branch `meshservice-reconciler/<base>` with --force-with-lease and create or update the pull
 * request, only when its content (hash in a hidden marker) changed; close it when the base is in
 * sync. A bot branch whose head was not authored and committed by the bot is never overwritten, and a
 * pull request that a person closed is not proposed again for the same content. When the lease fails
 * (another run pushed the bot branch meanwhile), look again: at most MAX_PUSH_TRIES tries.
 */
export async function proposePullRequest(
  options: Options,
  checkout: Checkout,
  github: GitHubContext,
  reconcile: Reconcile,
  progress: Progress,
): Promise<RunOutcome> {
  const base = checkout.branch;
  if (base === null)
    throw new UsageError(`--ref ${options.ref ?? ""} is not a branch: a pull request needs a base branch`);
  if (github.token === null) throw new UsageError(`--pull-request needs a GitHub token in $${github.tokenEnv}`);
  const fromUrl = githubRepoFromUrl(checkout.remoteUrl ?? "");
  const repository = github.repository ?? fromUrl;
  if (repository === null) {
    throw new UsageError("--pull-request needs GITHUB_REPOSITORY (owner/name) when the remote is not on github.com");
  }
  // In Actions GITHUB_REPOSITORY is the workflow's repository, which need not be the one cloned.
  if (fromUrl !== null && fromUrl.toLowerCase() !== repository.toLowerCase()) {
    throw new UsageError(
      `GITHUB_REPOSITORY is ${repository} but the remote is github.com/${fromUrl}: unset it or clone ${repository}`,
    );
  }
  const pulls = openGitHubPulls(github.apiUrl ?? "https://api.github.com", repository, github.token);
  const outcome = await reconcile(checkout.dir);
  if (hasErrors(outcome.diagnostics)) return outcome;
  const state: BotState = { head: botBranch(base), base, identity: parseAuthor(options.author), committed: false };
  // Another run may push the bot branch between our look and our push (the lease catches it): look
  // again, as a push race would, and most often find that run's pull request already proposing this.
  for (let attempt = 1; ; attempt++) {
    const done = await syncPullRequest(checkout, github, pulls, state, outcome, progress);
    if (done.kind === "done") return done.outcome;
    if (attempt >= MAX_PUSH_TRIES) {
      throw new GitError(
        "push",
        `${state.head} changed on the remote ${attempt} times while this run worked (${done.detail}); nothing was pushed, run again later`,
      );
    }
    await sleep(jitteredBackoff(attempt, BACKOFF_BASE_MS));
  }
}

interface BotState {
  readonly head: string;
  readonly base: string;
  readonly identity: Identity;
  /** The reconcile commit is made once, then pushed on every try. */
  committed: boolean;
}

/** One look at the bot branch and its pull requests, and what follows from it. */
async function syncPullRequest(
  checkout: Checkout,
  github: GitHubContext,
  pulls: GitHubPulls,
  state: BotState,
  outcome: RunOutcome,
  progress: Progress,
): Promise<{ kind: "done"; outcome: RunOutcome } | { kind: "race"; detail: string }> {
  const { head, base, identity } = state;
  const done = (o: RunOutcome): { kind: "done"; outcome: RunOutcome } => ({ kind: "done", outcome: o });
  const hash = hasCommit(outcome) ? contentHash(outcome.changes) : null;
  const botHead = await readRemoteBranch(checkout, head);
  if (botHead !== null) {
    await fetchBranch(checkout, head, 1);
    const people = await readCommitPeople(checkout, botHead);
    const foreign = [people.author, people.committer].find((p) => p.email !== identity.email);
    if (foreign) {
      const note = diagnostic(
        "warning",
        "bot-branch-foreign-commit",
        `${head} carries commit ${botHead.slice(0, 12)} by ${foreign.name} <${foreign.email}>: it was not overwritten and nothing was pushed`,
      );
      return done(withNotes(outcome, [note], { applied: false }));
    }
  }

  const decided = decidePullRequest(await pulls.list(head, base), hash);
  // An open pull request whose branch was deleted needs the branch pushed again.
  const action = decided.kind === "unchanged" && botHead === null ? { ...decided, kind: "update" as const } : decided;
  switch (action.kind) {
    case "none":
      return done(outcome);
    case "close":
      // The marker goes, so that a later drift with the same content is not taken as closed by a person.
      await pulls.close(action.pull.number, `${base} is in sync: closed by meshservice-reconciler.\n`);
      return done(
        withNotes(outcome, [
          diagnostic("info", "pull-request-closed", `${base} is in sync: closed pull request #${action.pull.number}`),
        ]),
      );
    case "unchanged":
      return done(
        withNotes(
          outcome,
          [
            diagnostic(
              "info",
              "pull-request-unchanged",
              `pull request #${action.pull.number} already proposes these changes`,
            ),
          ],
          { applied: false },
        ),
      );
    case "closed-by-person":
      return done(
        withNotes(
          outcome,
          [
            diagnostic(
              "warning",
              "pull-request-declined",
              `pull request #${action.pull.number} with these same changes was closed without merging: not proposed again until the changes differ`,
            ),
          ],
          { applied: false },
        ),
      );
    case "update":
    case "create": {
      const message = commitMessage(outcome.changes);
      if (!state.committed) {
        const files = changedFiles(outcome.changes).map((c) => c.path);
        await commitPaths(checkout, files, message, identity);
        state.committed = true;
      }
      const pushed = await pushHead(checkout, head, botHead ?? "");
      if (pushed.kind === "race") {
        progress(`the push to ${head} was rejected (${pushed.detail}): looking again`);
        return pushed;
      }
      progress(`pushed ${head}`);
      const markdown = github.redact(github.markdown(outcome));
      const text = pullRequestText(message.split("\n")[0] ?? "", markdown, hash ?? "");
      const pull =
        action.kind === "update"
          ? await pulls.update(action.pull.number, text.title, text.body)
          : await pulls.create(head, base, text.title, text.body);
      if (pull === null) return { kind: "race", detail: "a pull request was opened meanwhile" };
      progress(`${action.kind === "update" ? "updated" : "opened"} pull request #${pull.number}`);
      return done({ ...outcome, pullRequestUrl: pull.url });
    }
  }
}
