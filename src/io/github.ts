import { Octokit } from "@octokit/rest";
import { GitError } from "../errors.js";
import { hashFromBody } from "../publish/pull-request.js";
import type { PullSummary } from "../publish/pull-request.js";

/** The GitHub REST calls of the pull-request flow, for one repository. */
export interface GitHubPulls {
  /** Pull requests from `head` into `base`, newest first, open and closed. */
  list(head: string, base: string): Promise<PullSummary[]>;
  /** Null when an open pull request from `head` already exists (another run was faster). */
  create(head: string, base: string, title: string, body: string, draft: boolean): Promise<PullSummary | null>;
  /** Adds labels and assignees and requests reviewers; empty lists make no call. */
  decorate(number: number, extras: PullExtras): Promise<void>;
  update(number: number, title: string, body: string): Promise<PullSummary>;
  close(number: number, body: string): Promise<void>;
}

/** What `--labels`, `--assignees` and `--reviewers` add to a pull request. */
export interface PullExtras {
  readonly labels: readonly string[];
  readonly assignees: readonly string[];
  readonly reviewers: readonly string[];
}

interface RawPull {
  number: number;
  state: string;
  merged_at?: string | null;
  body?: string | null;
  html_url: string;
}

function summary(p: RawPull): PullSummary {
  return {
    number: p.number,
    state: p.state === "open" ? "open" : "closed",
    merged: p.merged_at !== null && p.merged_at !== undefined,
    hash: hashFromBody(p.body),
    url: p.html_url,
  };
}

/** A request to the GitHub API that has no answer after this long fails. */
export const API_TIMEOUT_MS = 60_000;

/**
 * A client for `owner/name` at `apiUrl` (GITHUB_API_URL, or https://api.github.com), authenticated
 * with `token`. Failures become GitErrors naming the call; Octokit does not retry. Every request
 * fails after API_TIMEOUT_MS without an answer, and at once when `signal` (the run's --timeout) aborts.
 */
export function openGitHubPulls(
  apiUrl: string,
  repository: string,
  token: string,
  signal?: AbortSignal,
  timeoutMs = API_TIMEOUT_MS,
): GitHubPulls {
  const [owner = "", repo = ""] = repository.split("/");
  // Octokit logs failed requests to the console itself; failures reach the user as errors, through
  // cli.ts and its redaction, instead.
  const quiet = (): void => undefined;
  const octokit = new Octokit({
    log: { debug: quiet, info: quiet, warn: quiet, error: quiet },
    auth: token,
    baseUrl: apiUrl.replace(/\/+$/, ""),
    userAgent: "meshservice-reconciler",
    request: {
      fetch: (url: string | URL, init: RequestInit = {}): Promise<Response> => {
        const signals = [
          AbortSignal.timeout(timeoutMs),
          ...(signal ? [signal] : []),
          ...(init.signal ? [init.signal] : []),
        ];
        return fetch(url, { ...init, signal: AbortSignal.any(signals) });
      },
    },
  });
  const call = async <T>(what: string, f: () => Promise<T>): Promise<T> => {
    try {
      return await f();
    } catch (cause) {
      const status = (cause as { status?: number }).status;
      throw new GitError(
        "github",
        `${what} in ${repository} failed${status === undefined ? "" : ` (HTTP ${status})`}: ${(cause as Error).message}`,
        { cause },
      );
    }
  };
  return {
    list: (head, base) =>
      call("listing pull requests", async () => {
        const res = await octokit.rest.pulls.list({
          owner,
          repo,
          head: `${owner}:${head}`,
          base,
          state: "all",
          sort: "created",
          direction: "desc",
          per_page: 20,
        });
        return res.data.map(summary);
      }),
    create: (head, base, title, body, draft) =>
      call("creating a pull request", async () => {
        try {
          return summary((await octokit.rest.pulls.create({ owner, repo, head, base, title, body, draft })).data);
        } catch (e) {
          // GitHub answers 422 "A pull request already exists for owner:head."
          const status = (e as { status?: number }).status;
          if (status === 422 && /already exists/i.test((e as Error).message)) return null;
          throw e;
        }
      }),
    update: (number, title, body) =>
      call(`updating pull request #${number}`, async () =>
        summary((await octokit.rest.pulls.update({ owner, repo, pull_number: number, title, body })).data),
      ),
    decorate: async (number, extras) => {
      const issue = { owner, repo, issue_number: number };
      if (extras.labels.length > 0)
        await call(`labelling pull request #${number}`, () =>
          octokit.rest.issues.addLabels({ ...issue, labels: [...extras.labels] }),
        );
      if (extras.assignees.length > 0)
        await call(`assigning pull request #${number}`, () =>
          octokit.rest.issues.addAssignees({ ...issue, assignees: [...extras.assignees] }),
        );
      if (extras.reviewers.length > 0)
        await call(`requesting reviewers of pull request #${number}`, () =>
          octokit.rest.pulls.requestReviewers({ owner, repo, pull_number: number, reviewers: [...extras.reviewers] }),
        );
    },
    close: (number, body) =>
      call(`closing pull request #${number}`, async () => {
        await octokit.rest.pulls.update({ owner, repo, pull_number: number, state: "closed", body });
      }),
  };
}
