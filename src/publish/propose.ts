// `apply --pull-request`: push the plan to the bot branch and create, update or close its pull
// request. It composes: git and GitHub are in src/io/, the decision table in pull-request.ts.

import { diagnostic, hasErrors } from "../diagnostics.js";
import type { Diagnostic } from "../diagnostics.js";
import { GitError, UsageError } from "../errors.js";
import { REAL_CLOCK } from "../io/clock.js";
import { commitPaths, fetchBranch, pushHead, readCommitPeople, readRemoteBranch } from "../io/git.js";
import type { Checkout } from "../io/git.js";
import { openGitHubPulls } from "../io/github.js";
import type { GitHubPulls } from "../io/github.js";
import type { Tool } from "../model/tool.js";
import type { PullRequestResult, RunOutcome } from "../report/report.js";
import { commitMessage, contentHash, parseAuthor } from "./message.js";
import type { Identity } from "./message.js";
import { MAX_PUSH_TRIES, backoffMs, commitPathsOf, hasCommit, withNotes } from "./outcome.js";
import type { Note, Reconcile } from "./outcome.js";
import {
  botBranch,
  decidePullRequest,
  githubRepoFromUrl,
  pullRequestMarkdown,
  pullRequestText,
} from "./pull-request.js";
import type { PullRequestAction } from "./pull-request.js";

/** What proposing takes from the options. */
export interface ProposeOptions {
  /** `Name <email>` (validated by options.ts). */
  readonly author: string;
  /** --ref, for the message when it is not a branch. */
  readonly ref?: string | undefined;
  /** --title: the pull request's title (default: the commit subject). */
  readonly title?: string | undefined;
  /** --body-header: Markdown put before the report in the body. */
  readonly bodyHeader?: string | undefined;
  /** --labels, --assignees, --reviewers: added on create and update. */
  readonly labels?: readonly string[];
  readonly assignees?: readonly string[];
  readonly reviewers?: readonly string[];
  /** --draft: open the pull request as a draft. */
  readonly draft?: boolean;
  /** --bot-branch: the head branch (default `meshservice-reconciler/<base>`). */
  readonly botBranch?: string | undefined;
}

export interface GitHubContext {
  readonly token: string | null;
  readonly tokenEnv: string;
  /** GITHUB_API_URL and GITHUB_REPOSITORY, when set. */
  readonly apiUrl: string | undefined;
  readonly repository: string | undefined;
  /** The tool, for the report in the pull request body. */
  readonly tool: Tool;
  /** The redaction every text leaving the process goes through. */
  readonly redact: (text: string) => string;
  /** The run's deadline (--timeout), which every API request obeys as well as its own timeout. */
  readonly signal?: AbortSignal | undefined;
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
  options: ProposeOptions,
  checkout: Checkout,
  github: GitHubContext,
  reconcile: Reconcile,
  note: Note,
): Promise<RunOutcome> {
  const base = checkout.branch;
  if (base === null)
    throw new UsageError(`--ref ${options.ref ?? ""} is not a branch: a pull request needs a base branch`);
  if (github.token === null) throw new UsageError(`--pull-request needs a GitHub token in $${github.tokenEnv}`);
  const pulls = openGitHubPulls(
    github.apiUrl ?? "https://api.github.com",
    gitHubRepository(checkout, github),
    github.token,
    github.signal,
  );
  const outcome = await reconcile(checkout.dir);
  if (hasErrors(outcome.diagnostics)) return outcome;
  const state: BotState = {
    // migrate's pull request is its own: it never shares the bot branch of the MeshService reconcile.
    head: options.botBranch ?? botBranch(outcome.command === "migrate" ? `migrate/${base}` : base),
    base,
    identity: parseAuthor(options.author),
    committed: null,
    options,
  };
  // Another run may push the bot branch between our look and our push (the lease catches it): look
  // again, as a push race would, and most often find that run's pull request already proposing this.
  for (let attempt = 1; ; attempt++) {
    const done = await syncPullRequest({ checkout, github, pulls, state, outcome, note });
    if (done.kind === "done") return done.outcome;
    if (attempt >= MAX_PUSH_TRIES) {
      throw new GitError(
        "push",
        `${state.head} changed on the remote ${attempt} times while this run worked (${done.detail}); nothing was pushed, run again later`,
      );
    }
    await REAL_CLOCK.sleep(backoffMs(attempt, REAL_CLOCK.random));
  }
}

/** `owner/name` of the repository the pull request goes to: GITHUB_REPOSITORY, else the remote's. */
function gitHubRepository(checkout: Checkout, github: GitHubContext): string {
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
  return repository;
}

interface BotState {
  readonly head: string;
  readonly base: string;
  readonly identity: Identity;
  /** The reconcile commit, made once, then pushed on every try; null before. */
  committed: string | null;
  /** Title, body header, labels, assignees, reviewers, draft. */
  readonly options: ProposeOptions;
}

/** One look at the bot branch and its pull requests: what a step of syncPullRequest needs. */
interface Look {
  readonly checkout: Checkout;
  readonly github: GitHubContext;
  readonly pulls: GitHubPulls;
  readonly state: BotState;
  readonly outcome: RunOutcome;
  readonly note: Note;
}

type Synced = { kind: "done"; outcome: RunOutcome } | { kind: "race"; detail: string };

const done = (outcome: RunOutcome): Synced => ({ kind: "done", outcome });

/** No pull request was created, updated, closed or found proposing these changes. */
const NO_PULL_REQUEST: PullRequestResult = { number: null, operation: "none", url: null };

/** One look at the bot branch and its pull requests, and what follows from it. */
async function syncPullRequest(look: Look): Promise<Synced> {
  const { checkout, state, outcome } = look;
  const botHead = await readRemoteBranch(checkout, state.head);
  const foreign = botHead === null ? null : await foreignCommit(checkout, state, botHead);
  if (foreign !== null) return done(withNotes(outcome, [foreign], { applied: false, pullRequest: NO_PULL_REQUEST }));
  const hash = hasCommit(outcome) ? contentHash(outcome.changes) : null;
  const decided = decidePullRequest(await look.pulls.list(state.head, state.base), hash);
  // An open pull request whose branch was deleted needs the branch pushed again.
  const action = decided.kind === "unchanged" && botHead === null ? { ...decided, kind: "update" as const } : decided;
  switch (action.kind) {
    case "none":
      return done({ ...outcome, pullRequest: NO_PULL_REQUEST });
    case "close":
      return done(
        withNotes(outcome, [await closePull(look, action.pull.number)], {
          pullRequest: { number: action.pull.number, operation: "closed", url: action.pull.url },
        }),
      );
    case "unchanged":
      return done(
        withNotes(outcome, [leftAlone(action)], {
          applied: false,
          pullRequest: { number: action.pull.number, operation: "unchanged", url: action.pull.url },
        }),
      );
    case "closed-by-person":
      return done(withNotes(outcome, [leftAlone(action)], { applied: false, pullRequest: NO_PULL_REQUEST }));
    case "update":
    case "create":
      return await pushAndPropose(look, action, botHead, hash ?? "");
  }
}

/** A warning when the bot branch's head was authored or committed by anyone but the bot; else null. */
async function foreignCommit(checkout: Checkout, state: BotState, botHead: string): Promise<Diagnostic | null> {
  await fetchBranch(checkout, state.head, 1);
  const people = await readCommitPeople(checkout, botHead);
  const foreign = [people.author, people.committer].find((p) => p.email !== state.identity.email);
  if (!foreign) return null;
  return diagnostic(
    "warning",
    "bot-branch-foreign-commit",
    `${state.head} carries commit ${botHead.slice(0, 12)} by ${foreign.name} <${foreign.email}>: it was not overwritten and nothing was pushed`,
  );
}

/** The base is in sync: close the pull request. Its marker goes with the closing, so that a later drift with the same content is not taken as closed by a person. */
async function closePull(look: Look, number: number): Promise<Diagnostic> {
  const { base } = look.state;
  await look.pulls.close(number, `${base} is in sync: closed by meshservice-reconciler.\n`);
  return diagnostic("info", "pull-request-closed", `${base} is in sync: closed pull request #${number}`);
}

/** The note of a pull request that is left as it is. */
function leftAlone(action: Extract<PullRequestAction, { kind: "unchanged" | "closed-by-person" }>): Diagnostic {
  if (action.kind === "unchanged")
    return diagnostic(
      "info",
      "pull-request-unchanged",
      `pull request #${action.pull.number} already proposes these changes`,
    );
  return diagnostic(
    "warning",
    "pull-request-declined",
    `pull request #${action.pull.number} with these same changes was closed without merging: not proposed again until the changes differ`,
  );
}

/** Commit (once), push the bot branch with a lease on the head we saw, then create or update the pull request. */
async function pushAndPropose(
  look: Look,
  action: Extract<PullRequestAction, { kind: "update" | "create" }>,
  botHead: string | null,
  hash: string,
): Promise<Synced> {
  const { checkout, github, pulls, state, outcome, note } = look;
  const message = commitMessage(outcome.changes, outcome.command);
  state.committed ??= await commitPaths(checkout, commitPathsOf(outcome), message, state.identity);
  const pushed = await pushHead(checkout, state.head, botHead ?? "");
  if (pushed.kind === "race") {
    note(`the push to ${state.head} was rejected (${pushed.detail}): looking again`);
    return pushed;
  }
  note(`pushed ${state.head}`);
  const { options } = state;
  const header = options.bodyHeader === undefined ? "" : `${options.bodyHeader.replace(/\n+$/, "")}\n\n`;
  const markdown = github.redact(header + pullRequestMarkdown(outcome, github.tool));
  const text = pullRequestText(options.title ?? message.split("\n")[0] ?? "", markdown, hash);
  const pull =
    action.kind === "update"
      ? await pulls.update(action.pull.number, text.title, text.body)
      : await pulls.create(state.head, state.base, text.title, text.body, options.draft === true);
  if (pull === null) return { kind: "race", detail: "a pull request was opened meanwhile" };
  await pulls.decorate(pull.number, {
    labels: options.labels ?? [],
    assignees: options.assignees ?? [],
    reviewers: options.reviewers ?? [],
  });
  note(`${action.kind === "update" ? "updated" : "opened"} pull request #${pull.number}`);
  return done({
    ...outcome,
    pullRequestUrl: pull.url,
    pullRequest: { number: pull.number, operation: action.kind === "update" ? "updated" : "created", url: pull.url },
    commit: { sha: state.committed, branch: state.head, pushed: true },
  });
}
