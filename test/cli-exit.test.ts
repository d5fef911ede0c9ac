import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { main } from "../src/cli.js";
import { removeTempRepos, repoFromFixture, runCli } from "./helpers/repo.js";

// Every exit code of docs/design/interface.md, driven through cli.ts: 0 success, 1 any error (a crash
// included), 2 drift for check and plan --detailed-exitcode.

const dirs: string[] = [];
afterAll(async () => {
  await removeTempRepos();
  await Promise.all(dirs.map((d) => rm(d, { recursive: true, force: true })));
});

type Repo = "drift" | "in-sync" | "error";

async function repoIn(state: Repo): Promise<string> {
  const repo = await repoFromFixture(state === "error" ? "report-errors" : "report-drift");
  if (state === "in-sync") expect((await runCli(["apply", "--repo", repo])).code).toBe(0);
  return repo;
}

describe("exit codes", () => {
  it.each([
    ["plan", "in-sync", [], 0, "in-sync"],
    ["plan", "drift", [], 0, "drift"],
    ["plan", "in-sync", ["--detailed-exitcode"], 0, "in-sync"],
    ["plan", "drift", ["--detailed-exitcode"], 2, "drift"],
    ["plan", "error", ["--detailed-exitcode"], 1, "error"],
    ["check", "in-sync", [], 0, "in-sync"],
    ["check", "drift", [], 2, "drift"],
    ["check", "error", [], 1, "error"],
    ["apply", "in-sync", [], 0, "in-sync"],
    ["apply", "drift", [], 0, "applied"],
    ["apply", "error", [], 1, "error"],
  ] as const)("%s on a repository %s %j exits %i (%s)", async (command, state, flags, code, result) => {
    const repo = await repoIn(state);
    const r = await runCli([command, "--repo", repo, ...flags, "--format", "json"]);
    expect(r.code).toBe(code);
    const report = JSON.parse(r.stdout) as { result: string; exitCode: number };
    expect(report.result).toBe(result);
    expect(report.exitCode).toBe(code);
  });

  it.each([
    [["plan", "--nope"], /unknown option --nope\./],
    [["check", "--detailed-exitcode"], /--detailed-exitcode is only for plan/],
    [["frobnicate"], /unknown command "frobnicate"/],
    [["plan", "--repo", "/nonexistent/repo"], /does not exist/],
  ])("1 for %j, with a message and no stack", async (argv, message) => {
    const r = await runCli(argv);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe("");
    expect(r.stderr).toMatch(message);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });

  it("1 when a report file cannot be written", async () => {
    const repo = await repoIn("drift");
    const r = await runCli(["plan", "--repo", repo, "--report-json", join(repo, "no", "such", "dir", "r.json")]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^meshservice-reconciler: write report: cannot write .*r\.json: ENOENT/m);
  });

  it("1 for an unexpected exception, with the stack only under --verbose", async () => {
    const repo = await repoIn("drift");
    const crash = async (extra: string[]): Promise<{ code: number; stderr: string }> => {
      let stderr = "";
      const code = await main({
        argv: ["check", "--repo", repo, ...extra],
        env: {},
        isTTY: false,
        // A failing stdout (a closed pipe, say) is not one of our error classes: a crash.
        stdout: () => {
          throw new TypeError("stdout is closed");
        },
        stderr: (t) => (stderr += t),
      });
      return { code, stderr };
    };
    const plain = await crash([]);
    expect(plain.code).toBe(1); // never 2: a crash must not read as drift
    expect(plain.stderr).toBe("meshservice-reconciler: unexpected error: stdout is closed\n");
    const verbose = await crash(["--verbose"]);
    expect(verbose.code).toBe(1);
    expect(verbose.stderr).toMatch(/unexpected error: stdout is closed\nTypeError: stdout is closed\n\s+at /);
  });

  it("on GitHub Actions, a failure is an error annotation and result=error", async () => {
    const dir = await mkdtemp(join(tmpdir(), "msr-fail-"));
    dirs.push(dir);
    const output = join(dir, "output.txt");
    await writeFile(output, "");
    const r = await runCli(["plan", "--repo", "/nonexistent/repo"], { GITHUB_ACTIONS: "true", GITHUB_OUTPUT: output });
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^::error title=meshservice-reconciler::open repository: .*does not exist/m);
    expect(await readFile(output, "utf8")).toBe(
      "result=error\nchanges=\npr-url=\npull-request-number=\npull-request-operation=none\npull-request-url=\ncommit-sha=\n",
    );
  });
});

describe("progress", () => {
  const runWith = async (argv: string[], stderrIsTTY: boolean): Promise<string> => {
    let stderr = "";
    await main({ argv, env: {}, isTTY: false, stderrIsTTY, stdout: () => undefined, stderr: (t) => (stderr += t) });
    return stderr;
  };

  it("goes to stderr only on a terminal (slow steps) or with --verbose, never with --quiet", async () => {
    const repo = await repoIn("drift");
    expect(await runWith(["plan", "--repo", repo], false)).toBe("");
    // On a terminal only steps over a second are shown (test/report/terminal.test.ts): none here.
    expect(await runWith(["plan", "--repo", repo], true)).toBe("");
    expect(await runWith(["plan", "--repo", repo, "--verbose"], false)).toMatch(
      /^meshservice-reconciler: discover files: \d+ ms$/m,
    );
    expect(await runWith(["plan", "--repo", repo, "--quiet"], true)).toBe("");
  });
});
