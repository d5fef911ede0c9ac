import { execFileSync } from "node:child_process";
import { chmod, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { delimiter, join } from "node:path";
import { simpleGit } from "simple-git";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readHeadCommit } from "../../src/io/git.js";
import { readIndexBlobIds } from "../../src/io/git-index.js";
import { removeTempRepos, repoFromFixture, runCli } from "../helpers/repo.js";

// Each git process costs a small repository's run 5-20 ms of its start-up (docs/performance.md):
// an in-sync plan of a checkout runs two, one for the commit and one for the index. The real git
// runs, through a script first on PATH that logs each command line (vitest runs each test file in
// a process of its own, so PATH changes nothing elsewhere).
let bin: string;
let log: string;
const realGit = execFileSync("sh", ["-c", "command -v git"], { encoding: "utf8" }).trim();
const path = process.env["PATH"];

beforeAll(async () => {
  bin = await mkdtemp(join(tmpdir(), "msr-git-log-"));
  log = join(bin, "git.log");
  await writeFile(join(bin, "git"), `#!/bin/sh\nprintf '%s\\n' "$*" >> '${log}'\nexec '${realGit}' "$@"\n`);
  await chmod(join(bin, "git"), 0o755);
});
afterAll(async () => {
  process.env["PATH"] = path;
  await removeTempRepos();
  await rm(bin, { recursive: true, force: true });
});

async function gitCommands<T>(body: () => Promise<T>): Promise<{ result: T; commands: string[] }> {
  await writeFile(log, "");
  process.env["PATH"] = `${bin}${delimiter}${path ?? ""}`;
  try {
    const result = await body();
    return { result, commands: (await readFile(log, "utf8")).split("\n").filter((l) => l !== "") };
  } finally {
    process.env["PATH"] = path;
  }
}

describe("git processes of a run", () => {
  it("an in-sync plan of a checkout runs two: the commit and the index", async () => {
    const dir = await repoFromFixture("example");
    expect((await runCli(["apply", "--commit", "--repo", dir, "--no-cache"])).code).toBe(0);
    const { result, commands } = await gitCommands(() => runCli(["plan", "--repo", dir, "--no-cache"]));
    expect(result.stdout).toMatch(/^In sync:/m);
    // Both start at once (src/run.ts), so either may log first.
    expect(commands.sort()).toEqual([
      "-c core.quotePath=false ls-files -s -v -c -m -z",
      "rev-parse --is-inside-work-tree --verify HEAD",
    ]);
  });

  it("readHeadCommit: the commit of a work tree, null without a work tree or a commit, one process each", async () => {
    const dir = await repoFromFixture("example");
    const head = (await simpleGit({ baseDir: dir }).revparse(["HEAD"])).trim();
    const empty = await mkdtemp(join(tmpdir(), "msr-git-empty-"));
    const bare = await mkdtemp(join(tmpdir(), "msr-git-bare-"));
    const plain = await mkdtemp(join(tmpdir(), "msr-git-plain-"));
    try {
      await simpleGit({ baseDir: empty }).init();
      await simpleGit({ baseDir: bare }).init(true);
      await simpleGit({ baseDir: bare }).fetch([dir, "main:main"]);
      const { result, commands } = await gitCommands(() =>
        Promise.all([dir, join(dir, "kubernetes"), empty, bare, plain, join(dir, ".git")].map(readHeadCommit)),
      );
      expect(result).toEqual([head, head, null, null, null, null]);
      expect(commands).toHaveLength(6);
    } finally {
      await Promise.all([empty, bare, plain].map((d) => rm(d, { recursive: true, force: true })));
    }
  });

  it("readIndexBlobIds: unmodified tracked files only, in one process; null without a work tree", async () => {
    const dir = await repoFromFixture("example");
    const git = simpleGit({ baseDir: dir });
    const files = (await git.raw(["ls-files"])).split("\n").filter((f) => f !== "");
    const [edited, deleted, skipped, assumed] = files;
    if (assumed === undefined) throw new Error("the example has too few files");
    await writeFile(join(dir, edited ?? ""), "edited: true\n");
    await rm(join(dir, deleted ?? ""));
    await git.raw(["update-index", "--skip-worktree", skipped ?? ""]);
    await git.raw(["update-index", "--assume-unchanged", assumed]);
    await writeFile(join(dir, "untracked.yaml"), "a: 1\n");
    const { result, commands } = await gitCommands(() => readIndexBlobIds(dir));
    expect(commands).toHaveLength(1);
    const expected = new Map(
      (await git.raw(["ls-files", "-s"]))
        .split("\n")
        .filter((l) => l !== "")
        .map((l) => [l.slice(l.indexOf("\t") + 1), l.split(" ")[1] ?? ""] as const)
        .filter(([p]) => ![edited, deleted, skipped, assumed].includes(p)),
    );
    expect(expected.size).toBe(files.length - 4);
    expect(result).toEqual(expected);
    const plain = await mkdtemp(join(tmpdir(), "msr-git-plain-"));
    try {
      expect(await readIndexBlobIds(plain)).toBeNull();
    } finally {
      await rm(plain, { recursive: true, force: true });
    }
  });
});
