import { mkdtemp, readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { simpleGit } from "simple-git";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { DEFAULT_AUTHOR } from "../../src/options.js";
import type { Report } from "../../src/report/report.js";
import { removeTempRepos, runCli } from "../helpers/repo.js";
import type { CliResult } from "../helpers/repo.js";
import {
  bareFromFixture,
  commitAsPerson,
  installSlowHook,
  PERSON,
  readLog,
  removeRemotes,
  startFakeGitHub,
} from "../helpers/remote.js";
import type { BareRepo, FakeGitHub } from "../helpers/remote.js";

const TOKEN = "ghp_pullRequestToken0123456789";
const BOT = "meshservice-reconciler/main";
const MARKER = /<!-- meshservice-reconciler content-sha256:[0-9a-f]{64} -->/;

let github: FakeGitHub;
beforeAll(async () => {
  github = await startFakeGitHub(TOKEN);
});
afterAll(async () => {
  await github.close();
  await removeRemotes();
  await removeTempRepos();
});
beforeEach(() => {
  github.requests.length = 0;
  github.pulls.length = 0;
});

function env(): Record<string, string> {
  return { GITHUB_TOKEN: TOKEN, GITHUB_API_URL: github.url, GITHUB_REPOSITORY: "acme/config" };
}

async function proposeOn(bare: BareRepo, extraEnv: Record<string, string> = {}): Promise<CliResult> {
  return runCli(["apply", "--repo", bare.url, "--pull-request"], { ...env(), ...extraEnv });
}

/** The calls made to the API, as `METHOD path` (the query string dropped). */
function calls(): string[] {
  return github.requests.map((r) => `${r.method} ${r.path.replace(/\?.*$/, "")}`);
}

async function branchHead(bare: BareRepo, branch: string): Promise<string> {
  return (await simpleGit({ baseDir: bare.path }).revparse([`refs/heads/${branch}`])).trim();
}

describe("apply --pull-request", () => {
  it("writes pull-request-number, -operation, -url and commit-sha for created, unchanged, updated, closed and none", async () => {
    const bare = await bareFromFixture("example");
    const outputs = join(await mkdtemp(join(tmpdir(), "msr-outputs-")), "output.txt");
    const step = async (): Promise<{ r: CliResult; out: Record<string, string> }> => {
      await writeFile(outputs, "");
      const r = await proposeOn(bare, { GITHUB_ACTIONS: "true", GITHUB_OUTPUT: outputs });
      expect(r.code).toBe(0);
      const out = Object.fromEntries(
        (await readFile(outputs, "utf8"))
          .split("\n")
          .filter((l) => l !== "")
          .map((l) => [l.slice(0, l.indexOf("=")), l.slice(l.indexOf("=") + 1)]),
      );
      return { r, out };
    };
    const url = "https://github.com/acme/config/pull/1";

    const created = await step();
    const sha = await branchHead(bare, BOT);
    expect(created.out).toMatchObject({
      "pull-request-number": "1",
      "pull-request-operation": "created",
      "pull-request-url": url,
      "commit-sha": sha,
      "pr-url": url,
    });
    expect(created.r.stdout).toMatch(
      new RegExp(`^Pushed ${sha} to ${BOT}\\. Pull request #1 created: ${url}\\.$`, "m"),
    );

    const unchanged = await step();
    expect(unchanged.out).toMatchObject({
      "pull-request-number": "1",
      "pull-request-operation": "unchanged",
      "pull-request-url": url,
      "commit-sha": "",
      "pr-url": "",
    });
    // The last line says so, not "Drift: ...".
    expect(unchanged.r.stdout.trimEnd().split("\n").at(-1)).toBe(
      "Unchanged: pull request #1 already proposes these 9 changes; nothing was pushed.",
    );

    const json = JSON.parse(
      (await runCli(["apply", "--repo", bare.url, "--pull-request", "--format", "json"], env())).stdout,
    ) as Report;
    expect(json.pullRequest).toEqual({ number: 1, operation: "unchanged", url });
    expect(json.commit).toBeNull();

    await commitAsPerson(bare, { "universal/dataplanes/payments.yaml": null });
    const updated = await step();
    expect(updated.out).toMatchObject({
      "pull-request-operation": "updated",
      "pull-request-number": "1",
      "commit-sha": await branchHead(bare, BOT),
    });

    expect((await runCli(["apply", "--repo", bare.url, "--push"])).code).toBe(0);
    const closed = await step();
    expect(closed.out).toMatchObject({
      "pull-request-operation": "closed",
      "pull-request-number": "1",
      "commit-sha": "",
    });

    const none = await step();
    expect(none.out).toMatchObject({
      "pull-request-operation": "none",
      "pull-request-number": "",
      "pull-request-url": "",
    });
  });

  it("takes the title, body header, labels, assignees, reviewers, draft and bot branch from the flags", async () => {
    const bare = await bareFromFixture("example");
    const flags = [
      "--title",
      "Reconcile the mesh",
      "--body-header",
      "Opened by the nightly job.",
      "--labels",
      "meshservices,needs review",
      "--assignees",
      "alice",
      "--reviewers",
      "bob",
      "--reviewers",
      "carol",
      "--draft",
      "--bot-branch",
      "bots/mesh",
    ];
    const r = await runCli(["apply", "--repo", bare.url, "--pull-request", ...flags], env());
    expect(r.code).toBe(0);
    const pull = github.pulls[0];
    expect(pull?.title).toBe("Reconcile the mesh");
    expect(pull?.body).toMatch(/^Opened by the nightly job\.\n\n### meshservice-reconciler `plan`/);
    expect(pull?.draft).toBe(true);
    expect(pull?.head.ref).toBe("bots/mesh");
    expect(await branchHead(bare, "bots/mesh")).toMatch(/^[0-9a-f]{40}$/);
    expect(pull?.labels.map((l) => l.name)).toEqual(["meshservices", "needs review"]);
    expect(pull?.assignees.map((a) => a.login)).toEqual(["alice"]);
    expect(pull?.requested_reviewers.map((a) => a.login)).toEqual(["bob", "carol"]);
    expect(calls()).toEqual([
      "GET /repos/acme/config/pulls",
      "POST /repos/acme/config/pulls",
      "POST /repos/acme/config/issues/1/labels",
      "POST /repos/acme/config/issues/1/assignees",
      "POST /repos/acme/config/pulls/1/requested_reviewers",
    ]);
    // Unchanged: still only the listing, with the same flags.
    github.requests.length = 0;
    expect((await runCli(["apply", "--repo", bare.url, "--pull-request", ...flags], env())).code).toBe(0);
    expect(calls()).toEqual(["GET /repos/acme/config/pulls"]);
  });

  it.each([
    [["--draft"], "--draft goes with --pull-request"],
    [["--pull-request", "--bot-branch", "../main"], '--bot-branch "../main" is not a valid branch name'],
    [["--pull-request", "--bot-branch", "a..b"], '--bot-branch "a..b" is not a valid branch name'],
  ])("refuses %j", async (flags, message) => {
    const r = await runCli(["apply", "--repo", ".", ...flags], env());
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(message);
  });

  it("ends the body with what to do next: merge it, and the workflow that keeps it up to date", async () => {
    const bare = await bareFromFixture("example");
    expect((await proposeOn(bare)).code).toBe(0);
    expect(github.pulls[0]?.body).toMatch(/\*\*Next:\*\* merge this pull request to apply these changes\.\n/);

    const other = await bareFromFixture("example");
    const workflow =
      "on: { schedule: [{ cron: '17 * * * *' }] }\njobs:\n  r:\n    runs-on: ubuntu-latest\n    steps:\n      - run: npx meshservice-reconciler apply --pull-request\n";
    await commitAsPerson(other, { ".github/workflows/meshservices.yml": workflow });
    github.pulls.length = 0;
    expect((await proposeOn(other)).code).toBe(0);
    expect(github.pulls[0]?.body).toContain(
      "**Next:** merge this pull request to apply these changes; the workflow `.github/workflows/meshservices.yml` updates it when the sources change again.",
    );
  });

  it("creates the pull request, leaves it alone when unchanged, updates it on change, closes it in sync", async () => {
    const bare = await bareFromFixture("example");
    const main = await branchHead(bare, "main");

    const created = await proposeOn(bare);
    expect(created.code).toBe(0);
    expect(created.stderr).toBe("pull request: https://github.com/acme/config/pull/1\n");
    expect(calls()).toEqual(["GET /repos/acme/config/pulls", "POST /repos/acme/config/pulls"]);
    expect(github.requests[0]?.path).toMatch(/[?&]head=acme%3Ameshservice-reconciler%2Fmain(&|$)/);
    expect(github.requests.every((r) => r.authorization === `token ${TOKEN}`)).toBe(true);
    const pull = github.pulls[0];
    expect(pull?.head.ref).toBe(BOT);
    expect(pull?.base.ref).toBe("main");
    expect(pull?.title).toBe("chore(meshservices): reconcile 9 MeshServices");
    expect(pull?.body).toMatch(MARKER);
    expect(pull?.body).toMatch(/<details><summary>create <code>meshservices\//);
    expect(await branchHead(bare, "main")).toBe(main);
    const bot = await readLog(bare, BOT);
    expect(bot.map((e) => [e.author, e.subject])).toEqual([
      [DEFAULT_AUTHOR, "chore(meshservices): reconcile 9 MeshServices"],
      [`${PERSON.name} <${PERSON.email}>`, "fixture"],
    ]);

    github.requests.length = 0;
    const unchanged = await proposeOn(bare);
    expect(unchanged.code).toBe(0);
    expect(unchanged.stdout).toMatch(/\[pull-request-unchanged\]/);
    expect(calls()).toEqual(["GET /repos/acme/config/pulls"]);
    expect(await branchHead(bare, BOT)).toBe(bot[0]?.sha);

    github.requests.length = 0;
    const body = pull?.body;
    await commitAsPerson(bare, { "universal/dataplanes/payments.yaml": null });
    const updated = await proposeOn(bare);
    expect(updated.code).toBe(0);
    expect(updated.stderr).toBe("pull request: https://github.com/acme/config/pull/1\n");
    expect(calls()).toEqual(["GET /repos/acme/config/pulls", "PATCH /repos/acme/config/pulls/1"]);
    expect(github.pulls).toHaveLength(1);
    expect(github.pulls[0]?.body).toMatch(MARKER);
    expect(github.pulls[0]?.body).not.toBe(body);
    const rebuilt = await readLog(bare, BOT);
    expect(rebuilt).toHaveLength(3);
    expect(rebuilt[1]?.sha).toBe(await branchHead(bare, "main"));

    // The base catches up (someone merged by hand): the pull request is closed.
    github.requests.length = 0;
    expect((await runCli(["apply", "--repo", bare.url, "--push"])).code).toBe(0);
    const closed = await proposeOn(bare);
    expect(closed.code).toBe(0);
    expect(closed.stdout).toMatch(/\[pull-request-closed\]/);
    expect(calls()).toEqual(["GET /repos/acme/config/pulls", "PATCH /repos/acme/config/pulls/1"]);
    expect(github.requests[1]?.body).toMatchObject({ state: "closed" });
    expect(github.pulls[0]?.state).toBe("closed");
    expect(github.pulls[0]?.body).not.toMatch(MARKER);

    github.requests.length = 0;
    expect((await proposeOn(bare)).code).toBe(0);
    expect(calls()).toEqual(["GET /repos/acme/config/pulls"]);
  });

  it("keeps a truncated report whole, its truncation note included, beside the marker within 65,536 characters", async () => {
    const bare = await bareFromFixture("example");
    // So many MeshServices that not even their names all fit: the report ends within a name of its limit.
    const dataplanes = Array.from({ length: 900 }, (_, i) => {
      const name = `bulk-service-with-a-rather-long-name-${String(i).padStart(4, "0")}`;
      const address = `10.9.${Math.floor(i / 200)}.${(i % 200) + 1}`;
      return `type: Dataplane\nmesh: default\nname: ${name}-01\nnetworking:\n  address: ${address}\n  inbound:\n    - port: 8080\n      tags:\n        kuma.io/service: ${name}\n`;
    });
    const bulk = { "universal/bulk.yaml": dataplanes.join("---\n") };
    await commitAsPerson(bare, bulk);
    const r = await proposeOn(bare);
    expect(r.code).toBe(0);
    const body = github.pulls[0]?.body ?? "";
    expect(body.length).toBeGreaterThan(60_000);
    expect(body.length).toBeLessThanOrEqual(65_536);
    expect(body).toContain("> **Truncated** to stay within GitHub's size limit");
    expect(body).not.toContain("_Truncated: run");
    expect(body).toMatch(new RegExp(`${MARKER.source}\n$`));
  });

  it("never overwrites a bot branch carrying a commit by someone else", async () => {
    const bare = await bareFromFixture("example");
    expect((await proposeOn(bare)).code).toBe(0);
    const human = await commitAsPerson(bare, { "NOTES.md": "please keep\n" }, BOT, "a fix on the bot branch");
    await commitAsPerson(bare, { "universal/dataplanes/payments.yaml": null });
    github.requests.length = 0;
    const r = await proposeOn(bare);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(
      /warning: meshservice-reconciler\/main carries commit [0-9a-f]{12} by Pat Person <pat@example\.com>: it was not overwritten and nothing was pushed \[bot-branch-foreign-commit\]/,
    );
    expect(calls()).toEqual([]);
    expect(await branchHead(bare, BOT)).toBe(human);
  });

  it("does not propose again what a person closed, until the content changes", async () => {
    const bare = await bareFromFixture("example");
    expect((await proposeOn(bare)).code).toBe(0);
    const pushed = await branchHead(bare, BOT);
    const first = github.pulls[0];
    if (first) first.state = "closed";
    github.requests.length = 0;
    const again = await proposeOn(bare);
    expect(again.code).toBe(0);
    expect(again.stdout).toMatch(/closed without merging.*\[pull-request-declined\]/);
    expect(calls()).toEqual(["GET /repos/acme/config/pulls"]);
    expect(await branchHead(bare, BOT)).toBe(pushed);

    await commitAsPerson(bare, { "universal/dataplanes/payments.yaml": null });
    const changed = await proposeOn(bare);
    expect(changed.code).toBe(0);
    expect(changed.stderr).toBe("pull request: https://github.com/acme/config/pull/2\n");
    expect(github.pulls.map((p) => p.state)).toEqual(["closed", "open"]);
  });

  it("concurrent runs: all exit 0, one pull request, the bot branch pushed once", async () => {
    const bare = await bareFromFixture("example");
    await installSlowHook(bare, 1);
    const runs = await Promise.all([1, 2].map(() => proposeOn(bare)));
    expect(runs.map((r) => r.code)).toEqual([0, 0]);
    expect(github.pulls).toHaveLength(1);
    expect(runs.filter((r) => /\[pull-request-unchanged\]/.test(r.stdout))).toHaveLength(1);
    expect((await readLog(bare, BOT)).map((e) => e.subject)).toEqual([
      "chore(meshservices): reconcile 9 MeshServices",
      "fixture",
    ]);
  });

  it.each<[string, Record<string, string>, RegExp]>([
    ["no token", { GITHUB_TOKEN: "" }, /--pull-request needs a GitHub token in \$GITHUB_TOKEN/],
    ["no repository for a non-GitHub remote", { GITHUB_REPOSITORY: "" }, /needs GITHUB_REPOSITORY/],
    [
      "a rejected token",
      { GITHUB_TOKEN: "ghp_wrongWrongWrong" },
      /github: listing pull requests in acme\/config failed \(HTTP 401\)/,
    ],
  ])("fails with exit 1 and nothing pushed with %s", async (_, extra, message) => {
    const bare = await bareFromFixture("example");
    const r = await proposeOn(bare, extra);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(message);
    expect(r.stderr).not.toContain("ghp_wrongWrongWrong");
    expect(await readLog(bare, BOT)).toEqual([]);
  });
});
