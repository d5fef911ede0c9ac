import { cp, readdir, writeFile } from "node:fs/promises";
import { join, relative } from "node:path";
import { simpleGit } from "simple-git";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { withClone } from "../../src/io/git.js";
import { DEFAULT_AUTHOR, parseOptions } from "../../src/options.js";
import { commitAndPush } from "../../src/publish/push.js";
import { reconcileRepo } from "../../src/run.js";
import { FIXTURES, gitStatus, readTree, removeTempRepos, repoFromFixture, runCli } from "../helpers/repo.js";
import type { CliResult } from "../helpers/repo.js";
import {
  bareFromFixture,
  commitAsPerson,
  installMovingHook,
  installSlowHook,
  readCommit,
  readLog,
  removeRemotes,
  startGitHttpServer,
  tempDir,
} from "../helpers/remote.js";
import type { Listening } from "../helpers/remote.js";

afterAll(async () => {
  await removeRemotes();
  await removeTempRepos();
});

const SUBJECT = /^chore\(meshservices\): reconcile \d+ MeshServices$/;

describe("apply --push over file://", () => {
  it("pushes one commit, then nothing, then one more after a source change", async () => {
    const bare = await bareFromFixture("example");
    const first = await runCli(["apply", "--repo", bare.url, "--push"]);
    expect(first.stderr).toBe("");
    expect(first.code).toBe(0);
    let log = await readLog(bare);
    expect(log).toHaveLength(2);
    expect(log[0]?.author).toBe(DEFAULT_AUTHOR);
    expect(log[0]?.subject).toBe("chore(meshservices): reconcile 9 MeshServices");
    expect(first.stdout).toMatch(new RegExp(`^Pushed ${log[0]?.sha ?? "-"} to main\\.$`, "m"));
    const commit = await readCommit(bare, log[0]?.sha ?? "");
    expect(commit.message).toMatch(/^chore\(meshservices\): reconcile 9 MeshServices\n\n- create meshservices\//);
    expect(commit.message.match(/^- create /gm)).toHaveLength(9);
    expect(commit.files.every((f) => /^A\tmeshservices\//.test(f))).toBe(true);

    const second = await runCli(["apply", "--repo", bare.url, "--push"]);
    expect(second.code).toBe(0);
    expect(second.stdout).toMatch(/^In sync/m);
    expect(await readLog(bare)).toHaveLength(2);

    await commitAsPerson(bare, { "universal/dataplanes/payments.yaml": null });
    const third = await runCli(["apply", "--repo", bare.url, "--push", "--author", "Bot <bot@example.com>"]);
    expect(third.code).toBe(0);
    log = await readLog(bare);
    expect(log.map((e) => e.author)).toEqual([
      "Bot <bot@example.com>",
      "Pat Person <pat@example.com>",
      DEFAULT_AUTHOR,
      "Pat Person <pat@example.com>",
    ]);
    expect(log[0]?.subject).toMatch(SUBJECT);
    expect((await readCommit(bare, log[0]?.sha ?? "")).files.every((f) => /^D\tmeshservices\//.test(f))).toBe(true);
  });

  it("removes the temporary clone on success and on failure", async () => {
    const bare = await bareFromFixture("example");
    const tmp = await tempDir("tmpdir");
    const saved = process.env["TMPDIR"];
    process.env["TMPDIR"] = tmp;
    try {
      expect((await runCli(["plan", "--repo", bare.url])).code).toBe(0);
      expect((await runCli(["plan", "--repo", `${bare.url}-missing`])).code).toBe(1);
      expect((await runCli(["apply", "--repo", bare.url, "--push", "--ref", "no-such-branch"])).code).toBe(1);
    } finally {
      if (saved === undefined) delete process.env["TMPDIR"];
      else process.env["TMPDIR"] = saved;
    }
    expect(await readdir(tmp)).toEqual([]);
  });

  it("keeps the clone until the reports are written: a JSON report of a cloned URL has every position", async () => {
    const bare = await bareFromFixture("example");
    const tmp = await tempDir("tmpdir");
    const saved = process.env["TMPDIR"];
    process.env["TMPDIR"] = tmp;
    let cloned: CliResult;
    try {
      // The inbound positions of the report are computed when it is written, from the clone's files.
      cloned = await runCli(["plan", "--repo", bare.url, "--format", "json"]);
    } finally {
      if (saved === undefined) delete process.env["TMPDIR"];
      else process.env["TMPDIR"] = saved;
    }
    expect(cloned.code).toBe(0);
    expect(await readdir(tmp)).toEqual([]);
    const local = await runCli(["plan", "--repo", await repoFromFixture("example"), "--format", "json"]);
    const sources = (json: string): unknown =>
      (JSON.parse(json) as { meshServices: { sources: unknown }[] }).meshServices.map((m) => m.sources);
    expect(JSON.stringify(sources(cloned.stdout))).toMatch(/"role":"inbound".*"line":\d+,"column":\d+/);
    expect(sources(cloned.stdout)).toEqual(sources(local.stdout));
  });

  it("refuses apply on a URL without --push or --pull-request", async () => {
    const bare = await bareFromFixture("example");
    for (const argv of [["apply"], ["apply", "--commit"]]) {
      const r = await runCli([...argv, "--repo", bare.url]);
      expect(r.code).toBe(1);
      expect(r.stderr).toMatch(/needs --push or --pull-request/);
    }
    expect(await readLog(bare)).toHaveLength(1);
  });

  it("checks out a tag or a commit with --ref, and pushes only with --branch", async () => {
    const bare = await bareFromFixture("example");
    const [fixture] = await readLog(bare);
    await simpleGit({ baseDir: bare.path }).raw(["tag", "v1", "main"]);
    const tag = await runCli(["apply", "--repo", bare.url, "--ref", "v1", "--push"]);
    expect(tag.code).toBe(1);
    expect(tag.stderr).toMatch(/--ref v1 is not a branch: pass --branch/);
    const sha = await runCli([
      "apply",
      "--repo",
      bare.url,
      "--ref",
      fixture?.sha ?? "",
      "--push",
      "--branch",
      "reconciled",
      "--verbose",
    ]);
    expect(sha.code).toBe(0);
    const log = await readLog(bare, "reconciled");
    expect(log.map((e) => e.subject)).toEqual(["chore(meshservices): reconcile 9 MeshServices", "fixture"]);
    // --verbose: progress of the long steps on stderr.
    const notes = sha.stderr
      .split("\n")
      .filter((l) => !/: (discover|read|write|reconcile|save)\b|^read \d+ files:|^heap limit:/.test(l));
    expect(notes.join("\n")).toBe(
      `meshservice-reconciler: cloned ${bare.url} at ${fixture?.sha} (${fixture?.sha})\n` +
        `meshservice-reconciler: pushed ${log[0]?.sha} to reconciled\n`,
    );
    expect(await readLog(bare, "main")).toHaveLength(1);
  });
});

describe("a local checkout", () => {
  it("--commit commits only the generated files, and nothing when in sync", async () => {
    const repo = await repoFromFixture("example");
    await writeFile(join(repo, "notes.txt"), "not ours\n");
    const r = await runCli(["apply", "--repo", repo, "--commit"]);
    expect(r.code).toBe(0);
    const git = simpleGit({ baseDir: repo });
    expect((await git.raw(["log", "--format=%s"])).trim().split("\n")).toEqual([
      "chore(meshservices): reconcile 9 MeshServices",
      "fixture",
    ]);
    expect(await gitStatus(repo)).toBe("?? notes.txt");
    // The commit id and the branch are on stdout, after the verdict.
    const head = (await git.revparse(["HEAD"])).trim();
    expect(r.stdout.trimEnd().split("\n").slice(-2)).toEqual([
      "Applied: 9 to create, 0 to update, 0 to delete, 0 unchanged.",
      `Committed ${head} on main.`,
    ]);
    expect((await runCli(["apply", "--repo", repo, "--commit"])).code).toBe(0);
    expect((await git.raw(["rev-list", "--count", "HEAD"])).trim()).toBe("2");
  });

  it("--commit in a directory that is not a git work tree fails with exit 1 and writes nothing", async () => {
    const dir = await tempDir("msr-plain-");
    await cp(join(FIXTURES, "example"), dir, { recursive: true });
    const before = await readTree(dir);
    const r = await runCli(["apply", "--repo", dir, "--commit"]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/is not a git work tree; --commit needs one/);
    expect(await readTree(dir)).toEqual(before);
  });

  it("--push works on a fresh clone of origin and leaves the checkout as it was", async () => {
    const bare = await bareFromFixture("example");
    const work = join(await tempDir("checkout"), "work");
    await simpleGit().raw(["clone", "--quiet", bare.url, work]);
    // A path remote, relative to the checkout.
    await simpleGit({ baseDir: work }).raw(["remote", "set-url", "origin", relative(work, bare.path)]);
    await writeFile(join(work, "local.txt"), "uncommitted\n");
    const r = await runCli(["apply", "--repo", work, "--push"]);
    expect(r.code).toBe(0);
    expect((await readLog(bare)).map((e) => e.author)[0]).toBe(DEFAULT_AUTHOR);
    expect(await gitStatus(work)).toBe("?? local.txt");
  });
});

describe("smart HTTP with a token", () => {
  const TOKEN = "ghs_s3cr3t+T0ken/with=odd&chars";
  let server: Listening;
  let root: string;
  beforeAll(async () => {
    root = await tempDir("http-root");
    server = await startGitHttpServer(root, TOKEN);
  });
  afterAll(async () => {
    await server.close();
  });

  it("clones and pushes with the right token, passed through git's environment", async () => {
    await bareFromFixture("example", root);
    const url = `${server.url}/example.git`;
    const r = await runCli(["apply", "--repo", url, "--push"], { GITHUB_TOKEN: TOKEN });
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    const again = await runCli(["plan", "--repo", url, "--token-env", "MY_TOKEN"], { MY_TOKEN: TOKEN });
    expect(again.code).toBe(0);
    expect(again.stdout).toMatch(/^In sync/m);
  });

  it.each<[string, Record<string, string>]>([
    ["no token", {}],
    ["a wrong token", { GITHUB_TOKEN: "wrong-token" }],
  ])("fails with exit 1 and %s", async (_, env) => {
    const url = `${server.url}/example.git`;
    const r = await runCli(["apply", "--repo", url, "--push"], env);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/clone: cannot clone http:\/\/127\.0\.0\.1:\d+\/example\.git/);
    for (const secret of Object.values(env)) expect(r.stdout + r.stderr).not.toContain(secret);
  });

  it("never shows a token or a URL password, in any form", async () => {
    const password = "p@ss:w0rd/secret";
    const url = `${server.url.replace("://", `://user:${encodeURIComponent(password)}@`)}/missing.git`;
    const r = await runCli(["plan", "--repo", url, "--format", "json", "--verbose"], { GITHUB_TOKEN: TOKEN });
    expect(r.code).toBe(1);
    const out = r.stdout + r.stderr;
    expect(out).toMatch(/http:\/\/\*\*\*@127\.0\.0\.1/);
    for (const secret of [TOKEN, encodeURIComponent(TOKEN), password, encodeURIComponent(password)]) {
      expect(out).not.toContain(secret);
    }
    expect(out).not.toContain(Buffer.from(`x-access-token:${TOKEN}`).toString("base64"));
  });
});

describe("push race", () => {
  it("several concurrent runs: all exit 0, exactly one reconcile commit lands, the remote is in sync", async () => {
    const bare = await bareFromFixture("example");
    await installSlowHook(bare, 1);
    const runs = await Promise.all(
      [1, 2, 3].map((i) =>
        runCli(["apply", "--repo", bare.url, "--push", "--author", `Runner ${i} <runner-${i}@example.com>`]),
      ),
    );
    expect(runs.map((r) => [r.code, r.stderr])).toEqual([
      [0, ""],
      [0, ""],
      [0, ""],
    ]);
    const log = await readLog(bare);
    expect(log).toHaveLength(2);
    expect(log[0]?.subject).toBe("chore(meshservices): reconcile 9 MeshServices");
    // One run pushed; the others lost the race (or, started late, found the remote in sync already).
    expect(runs.filter((r) => /^Applied: 9 to create/m.test(r.stdout))).toHaveLength(1);
    expect(runs.filter((r) => /^In sync/m.test(r.stdout))).toHaveLength(2);
    expect(runs.filter((r) => /\[push-retried\]/.test(r.stdout)).length).toBeGreaterThanOrEqual(1);
    const after = await runCli(["check", "--repo", bare.url]);
    expect(after.code).toBe(0);
  });

  it("gives up after 3 tries with exit 1, a clear message and nothing pushed", async () => {
    const bare = await bareFromFixture("example");
    await installMovingHook(bare);
    const r = await runCli(["apply", "--repo", bare.url, "--push"]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(
      /^meshservice-reconciler: push: the push to main was rejected 3 times because the remote branch kept moving \(failed to update ref\); nothing was pushed, run again later$/m,
    );
    const log = await readLog(bare);
    expect(log.map((e) => e.subject)).toEqual([
      "moved by the hook",
      "moved by the hook",
      "moved by the hook",
      "fixture",
    ]);
  });

  it("--push-tries sets the tries, and with --zone the default grows by one per other zone", async () => {
    const bare = await bareFromFixture("example");
    await installMovingHook(bare);
    const five = await runCli(["apply", "--repo", bare.url, "--push", "--push-tries", "5"]);
    expect(five.code).toBe(1);
    expect(five.stderr).toMatch(/the push to main was rejected 5 times because the remote branch kept moving/);
    // example has two zones: a job of one of them contends with the other one's job.
    const zone = await runCli(["apply", "--repo", bare.url, "--push", "--zone", "zone-vm"]);
    expect(zone.code).toBe(1);
    expect(zone.stderr).toMatch(/the push to main was rejected 4 times because the remote branch kept moving/);
    expect((await readLog(bare)).filter((e) => e.subject === "moved by the hook")).toHaveLength(9);
  });

  it("waits the jittered exponential backoff of the clock it is given between the tries", async () => {
    const bare = await bareFromFixture("example");
    await installMovingHook(bare);
    const parsed = parseOptions(["apply", "--repo", bare.url, "--push", "--push-tries", "4", "--no-cache"], {
      isTTY: false,
      env: {},
    });
    if (parsed.kind !== "run") throw new Error("not a run");
    const options = parsed.options;
    for (const [random, expected] of [
      [0.5, [200, 400, 800]],
      [0, [100, 200, 400]],
    ] as const) {
      const waits: number[] = [];
      const clock = { random: () => random, sleep: (ms: number) => Promise.resolve(void waits.push(ms)) };
      const attempt = withClone(
        bare.url,
        "main",
        {},
        null,
        () => undefined,
        undefined,
        (checkout) =>
          commitAndPush(
            options,
            checkout,
            (dir) => reconcileRepo(options, dir),
            () => undefined,
            clock,
          ),
      );
      await expect(attempt).rejects.toThrow(/rejected 4 times/);
      expect(waits).toEqual(expected);
    }
  });
});

describe("apply --push --zone", () => {
  it("commits only the files of that zone's output directory", async () => {
    const bare = await bareFromFixture("example");
    const r = await runCli(["apply", "--repo", bare.url, "--push", "--zone", "zone-vm"]);
    expect(r.code).toBe(0);
    const log = await readLog(bare);
    expect(log).toHaveLength(2);
    const { files } = await readCommit(bare, log[0]?.sha ?? "");
    expect(files.length).toBeGreaterThan(0);
    expect(files.filter((f) => !/^A\tmeshservices\/zone-vm\//.test(f))).toEqual([]);
    // The other zone is still to do, and its own job lands on top.
    const other = await runCli(["apply", "--repo", bare.url, "--push", "--zone", "zone-k8s"]);
    expect(other.code).toBe(0);
    const second = await readCommit(bare, (await readLog(bare))[0]?.sha ?? "");
    expect(second.files.filter((f) => !/^A\tmeshservices\/zone-k8s\//.test(f))).toEqual([]);
    expect((await runCli(["check", "--repo", bare.url])).code).toBe(0);
  });
});
