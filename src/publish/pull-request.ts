// The pure half of the pull-request flow: where the repository is, what the bot branch is called,
// what the pull request says, and what to do given what GitHub and the remote hold.

import type { Tool } from "../model/tool.js";
import { renderMarkdown } from "../report/markdown.js";
import { buildReport } from "../report/report.js";
import type { RunOutcome } from "../report/report.js";

export const BOT_BRANCH_PREFIX = "meshservice-reconciler/";

export function botBranch(base: string): string {
  return `${BOT_BRANCH_PREFIX}${base}`;
}

/**
 * `owner/name` of a github.com remote URL (`https://github.com/o/r(.git)`, `ssh://git@github.com/o/r`,
 * `git@github.com:o/r.git`), or null for any other host.
 */
export function githubRepoFromUrl(url: string): string | null {
  const m =
    /^(?:https?|ssh|git):\/\/(?:[^/@]+@)?github\.com(?::\d+)?\/([^/]+)\/([^/]+?)(?:\.git)?\/?$/i.exec(url) ??
    /^[\w.-]+@github\.com:([^/]+)\/([^/]+?)(?:\.git)?\/?$/i.exec(url);
  return m?.[1] && m[2] ? `${m[1]}/${m[2]}` : null;
}

const MARKER = /<!-- meshservice-reconciler content-sha256:([0-9a-f]{64}) -->/;

/** The hidden marker that records the content hash in a pull request body. */
export function hashMarker(hash: string): string {
  return `<!-- meshservice-reconciler content-sha256:${hash} -->`;
}

export function hashFromBody(body: string | null | undefined): string | null {
  return MARKER.exec(body ?? "")?.[1] ?? null;
}

/** GitHub rejects a pull request body longer than this many characters. */
export const PULL_REQUEST_BODY_LIMIT = 65_536;

/**
 * The `limit` to render the Markdown report with (renderMarkdown stays strictly below it), so that the
 * report, its own truncation note included, fits whole in a body of `maxLength` beside the marker.
 */
export function pullRequestReportLimit(maxLength = PULL_REQUEST_BODY_LIMIT): number {
  return maxLength - hashMarker("0".repeat(64)).length - 3 + 1;
}

/**
 * The report in the pull request body: the plan as the drift it is on the base branch, rendered to
 * leave room for the hidden marker, so that its own truncation note is never cut.
 */
export function pullRequestMarkdown(outcome: RunOutcome, tool: Tool): string {
  const report = buildReport({ ...outcome, command: "plan", applied: false }, tool, 0, "pull-request");
  return renderMarkdown(report, { limit: pullRequestReportLimit() });
}

/**
 * Title and body of the pull request: the subject line, the Markdown report, the hidden marker. A
 * report longer than {@link pullRequestReportLimit} allows is cut here as a last resort.
 */
export function pullRequestText(
  subject: string,
  markdown: string,
  hash: string,
  maxLength = PULL_REQUEST_BODY_LIMIT,
): { title: string; body: string } {
  const marker = hashMarker(hash);
  const note = "\n\n_Truncated: run `meshservice-reconciler plan` for the full report._";
  let report = markdown.replace(/\n+$/, "");
  const room = maxLength - marker.length - 3; // "\n\n" before the marker, "\n" after
  if (report.length > room) report = report.slice(0, room - note.length) + note;
  return { title: subject, body: `${report}\n\n${marker}\n` };
}

export interface PullSummary {
  readonly number: number;
  readonly state: "open" | "closed";
  readonly merged: boolean;
  readonly hash: string | null;
  readonly url: string;
}

export type PullRequestAction =
  | { kind: "none" }
  | { kind: "close"; pull: PullSummary }
  | { kind: "unchanged"; pull: PullSummary }
  | { kind: "closed-by-person"; pull: PullSummary }
  | { kind: "update"; pull: PullSummary }
  | { kind: "create" };

/**
 * What to do with the pull requests of the bot branch (newest first), given the content hash of the
 * changes to propose (null when the base is in sync):
 * - in sync: close the open pull request, if any;
 * - an open one with the same hash is left alone, with another hash it is updated;
 * - no open one, and the newest closed without merging carries the same hash: a person closed it,
 *   so nothing is proposed again until the content changes;
 * - otherwise a new pull request is created.
 */
export function decidePullRequest(pulls: readonly PullSummary[], hash: string | null): PullRequestAction {
  const open = pulls.find((p) => p.state === "open");
  if (hash === null) return open ? { kind: "close", pull: open } : { kind: "none" };
  if (open) return open.hash === hash ? { kind: "unchanged", pull: open } : { kind: "update", pull: open };
  const lastClosed = pulls.find((p) => p.state === "closed");
  if (lastClosed && !lastClosed.merged && lastClosed.hash === hash)
    return { kind: "closed-by-person", pull: lastClosed };
  return { kind: "create" };
}
