import { chmod, readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { simpleGit } from "simple-git";
import { afterAll, describe, expect, it } from "vitest";
import { checkBranchName } from "../../src/io/git.js";
import { parseOptions } from "../../src/options.js";
import { runCli } from "../helpers/repo.js";
import { bareFromFixture, readLog, removeRemotes } from "../helpers/remote.js";
import type { BareRepo } from "../helpers/remote.js";

// Issue 15, item 16: `--branch=--force`, `--branch -d` and `--branch HEAD` created such refs on the
// remote; `--ref refs/heads/main` (what `${{ github.ref }}` gives) was refused; and a pre-receive
// rejection whose text said "non-fast-forward" was retried as a lost race.

afterAll(removeRemotes);

async function remoteRefs(bare: BareRepo): Promise<string[]> {
  const out = await simpleGit({ baseDir: bare.path }).raw(["for-each-ref", "--format=%(refname)"]);
  return out.trim().split("\n");
}

describe("branch and ref names", () => {
  it.each([["--branch=--force"], ["--branch=-d"], ["--branch=HEAD"], ["--branch=a..b"], ["--branch=@{-1}"]])(
    "apply --push %s is refused before anything is cloned or pushed",
    async (flag) => {
      const bare = await bareFromFixture("example");
      const r = await runCli(["apply", "--repo", bare.url, "--push", flag]);
      expect(r.code).toBe(1);
      const name = flag.slice("--branch=".length);
      expect(r.stderr).toBe(
        `meshservice-reconciler: --branch ${JSON.stringify(name)} is not a valid branch name\n` +
          "Run 'meshservice-reconciler --help' for usage.\n",
      );
      expect(await remoteRefs(bare)).toEqual(["refs/heads/main"]);
    },
  );

  // One rule for both branch flags: --bot-branch had a regex of its own, which let `HEAD` through.
  it.each([["HEAD"], ["@{-1}"], ["a..b"], ["../main"], ["-x"], ["x.lock"]])(
    "apply --pull-request --bot-branch=%s is refused by git's rule before anything is cloned or pushed",
    async (name) => {
      const bare = await bareFromFixture("example");
      const r = await runCli(["apply", "--repo", bare.url, "--pull-request", `--bot-branch=${name}`], {
        GITHUB_TOKEN: "ghs_branchnames0123",
      });
      expect(r.code).toBe(1);
      expect(r.stderr).toBe(
        `meshservice-reconciler: --bot-branch ${JSON.stringify(name)} is not a valid branch name\n` +
          "Run 'meshservice-reconciler --help' for usage.\n",
      );
      expect(await remoteRefs(bare)).toEqual(["refs/heads/main"]);
    },
  );

  it("--bot-branch takes what git takes as a branch, and its full ref name, as --branch does", async () => {
    const ctx = { isTTY: false, env: {} };
    for (const [given, name] of [
      ["bots/mesh+zone", "bots/mesh+zone"],
      ["refs/heads/bots/café", "bots/café"],
    ] as const) {
      const parsed = parseOptions(["apply", "--pull-request", "--bot-branch", given], ctx);
      expect(parsed.kind === "run" ? parsed.options.botBranch : null).toBe(name);
      await expect(checkBranchName("--bot-branch", name)).resolves.toBeUndefined();
    }
    expect(() => parseOptions(["apply", "--pull-request", "--bot-branch", "refs/tags/v1"], ctx)).toThrow(
      '--bot-branch must name a branch, not "refs/tags/v1"',
    );
  });

  it("--branch refs/tags/v1 is no branch, and is refused", async () => {
    const bare = await bareFromFixture("example");
    const r = await runCli(["apply", "--repo", bare.url, "--push", "--branch", "refs/tags/v1"]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('--branch must name a branch, not "refs/tags/v1"');
    expect(await remoteRefs(bare)).toEqual(["refs/heads/main"]);
  });

  it("--branch -d (a separate argument) is refused by the flag parser", async () => {
    const bare = await bareFromFixture("example");
    const r = await runCli(["apply", "--repo", bare.url, "--push", "--branch", "-d"]);
    expect(r.code).toBe(1);
    expect(await remoteRefs(bare)).toEqual(["refs/heads/main"]);
  });

  it("accepts full ref names: --ref refs/heads/main and --branch refs/heads/<name>", async () => {
    const bare = await bareFromFixture("example");
    const pushed = await runCli(["apply", "--repo", bare.url, "--ref", "refs/heads/main", "--push"]);
    expect(pushed.stderr).toBe("");
    expect(pushed.code).toBe(0);
    expect(await readLog(bare)).toHaveLength(2);
    const check = await runCli(["check", "--repo", bare.url, "--ref", "refs/heads/main"]);
    expect(check.code).toBe(0);

    const other = await bareFromFixture("example");
    const branch = await runCli(["apply", "--repo", other.url, "--push", "--branch", "refs/heads/reconciled"]);
    expect(branch.code).toBe(0);
    expect(await remoteRefs(other)).toEqual(["refs/heads/main", "refs/heads/reconciled"]);
  });

  it("a pre-receive rejection that mentions non-fast-forward fails at once and is not retried", async () => {
    const bare = await bareFromFixture("example");
    const calls = join(bare.path, "hook-calls");
    const hook = join(bare.path, "hooks", "pre-receive");
    await writeFile(
      hook,
      `#!/bin/sh\ncat >/dev/null\necho call >> '${calls}'\necho "policy: protected branch (non-fast-forward)" >&2\nexit 1\n`,
    );
    await chmod(hook, 0o755);
    const r = await runCli(["apply", "--repo", bare.url, "--push"]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain("meshservice-reconciler: push: cannot push to main:");
    expect(r.stderr).toContain("[remote rejected] (pre-receive hook declined)");
    expect(r.stderr).not.toContain("rejected 3 times");
    expect((await readFile(calls, "utf8")).split("\n").filter((l) => l === "call")).toHaveLength(1);
    expect(await readLog(bare)).toHaveLength(1);
  });
});
