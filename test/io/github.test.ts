import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openGitHubPulls } from "../../src/io/github.js";
import { hashMarker } from "../../src/publish/pull-request.js";
import { startFakeGitHub } from "../helpers/remote.js";
import type { FakeGitHub } from "../helpers/remote.js";

const TOKEN = "ghp_ioGithubToken";
const HASH = "a".repeat(64);
let github: FakeGitHub;
beforeAll(async () => {
  github = await startFakeGitHub(TOKEN);
});
afterAll(async () => {
  await github.close();
});

describe("openGitHubPulls", () => {
  it("lists, creates, updates and closes pulls, reading the content hash back", async () => {
    const pulls = openGitHubPulls(`${github.url}/`, "acme/config", TOKEN);
    expect(await pulls.list("meshservice-reconciler/main", "main")).toEqual([]);
    const created = await pulls.create(
      "meshservice-reconciler/main",
      "main",
      "t",
      `body\n${hashMarker(HASH)}\n`,
      false,
    );
    expect(created).toEqual({
      number: 1,
      state: "open",
      merged: false,
      hash: HASH,
      url: "https://github.com/acme/config/pull/1",
    });
    // GitHub refuses a second open pull request from the same branch: another run was faster.
    expect(await pulls.create("meshservice-reconciler/main", "main", "t", "b", false)).toBeNull();
    expect((await pulls.update(1, "t2", "no marker")).hash).toBeNull();
    await pulls.close(1, "closed");
    expect((await pulls.list("meshservice-reconciler/main", "main")).map((p) => p.state)).toEqual(["closed"]);
    expect(github.requests.map((r) => r.authorization)).toEqual(Array(6).fill(`token ${TOKEN}`));
  });

  it("turns an API failure into an error naming the call and the status", async () => {
    const pulls = openGitHubPulls(github.url, "acme/config", "wrong");
    await expect(pulls.list("x", "main")).rejects.toThrow(
      /^listing pull requests in acme\/config failed \(HTTP 401\): Bad credentials/,
    );
  });
});
