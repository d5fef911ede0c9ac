import { describe, expect, it } from "vitest";
import {
  botBranch,
  decidePullRequest,
  githubRepoFromUrl,
  hashFromBody,
  hashMarker,
  pullRequestText,
} from "../../src/publish/pull-request.js";
import type { PullSummary } from "../../src/publish/pull-request.js";

const H1 = "1".repeat(64);
const H2 = "2".repeat(64);

function pull(number: number, state: PullSummary["state"], hash: string | null, merged = false): PullSummary {
  return { number, state, merged, hash, url: `https://github.com/o/r/pull/${number}` };
}

describe("githubRepoFromUrl", () => {
  it.each([
    ["https://github.com/acme/config.git", "acme/config"],
    ["https://x-access-token:t@github.com/acme/config", "acme/config"],
    ["ssh://git@github.com/acme/config.git", "acme/config"],
    ["git@github.com:acme/config.git", "acme/config"],
    ["git@github.com:acme/config", "acme/config"],
    ["https://gitlab.com/acme/config.git", null],
    ["file:///srv/git/config.git", null],
  ])("%s -> %s", (url, expected) => {
    expect(githubRepoFromUrl(url)).toBe(expected);
  });
});

describe("decidePullRequest", () => {
  it.each<[string, PullSummary[], string | null, string]>([
    ["nothing to propose, nothing open", [], null, "none"],
    ["in sync with an open pull request", [pull(3, "open", H1)], null, "close"],
    ["in sync, only closed ones", [pull(3, "closed", H1)], null, "none"],
    ["first proposal", [], H1, "create"],
    ["open with the same content", [pull(3, "open", H1)], H1, "unchanged"],
    ["open with other content", [pull(3, "open", H2)], H1, "update"],
    ["open without a marker", [pull(3, "open", null)], H1, "update"],
    ["closed by a person with the same content", [pull(3, "closed", H1)], H1, "closed-by-person"],
    ["closed by a person with other content", [pull(3, "closed", H2)], H1, "create"],
    ["merged with the same content", [pull(3, "closed", H1, true)], H1, "create"],
    ["an older closed one does not count", [pull(4, "closed", H2), pull(3, "closed", H1)], H1, "create"],
  ])("%s: %s", (_, pulls, hash, expected) => {
    expect(decidePullRequest(pulls, hash).kind).toBe(expected);
  });
});

describe("pull request text", () => {
  it("carries the hash in a hidden marker that reads back", () => {
    const { title, body } = pullRequestText("chore(meshservices): reconcile 1 MeshServices", "# report\n", H1);
    expect(title).toBe("chore(meshservices): reconcile 1 MeshServices");
    expect(body).toBe(`# report\n\n${hashMarker(H1)}\n`);
    expect(hashFromBody(body)).toBe(H1);
    expect(hashFromBody("no marker")).toBeNull();
  });

  it("stays under the size limit, keeping the marker", () => {
    const { body } = pullRequestText("t", "x".repeat(70_000), H2, 65_536);
    expect(body.length).toBeLessThanOrEqual(65_536);
    expect(hashFromBody(body)).toBe(H2);
    expect(body).toMatch(/_Truncated/);
  });

  it("names the bot branch after the base", () => {
    expect(botBranch("main")).toBe("meshservice-reconciler/main");
  });
});
