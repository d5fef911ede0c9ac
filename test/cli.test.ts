import { writeFile } from "node:fs/promises";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { removeTempRepos, repoFromFixture, runCli } from "./helpers/repo.js";

afterAll(removeTempRepos);

describe("cli exit codes", () => {
  it("0 for plan with drift, 2 with --detailed-exitcode and for check", async () => {
    const repo = await repoFromFixture("example");
    expect((await runCli(["plan", "--repo", repo])).code).toBe(0);
    expect((await runCli(["plan", "--repo", repo, "--detailed-exitcode"])).code).toBe(2);
    expect((await runCli(["check", "--repo", repo])).code).toBe(2);
  });

  it("1 for bad flags, with usage on stderr", async () => {
    const r = await runCli(["plan", "--nope"]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/--help/);
  });

  it("1 for a repository with an error, and apply writes nothing", async () => {
    const repo = await repoFromFixture("example");
    await writeFile(join(repo, "universal", "broken.yaml"), "type: Dataplane\nname: [unclosed\n");
    const r = await runCli(["apply", "--repo", repo]);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/^universal\/broken\.yaml:\d+:\d+: error: .* \[yaml-syntax\]$/m);
    expect(r.stdout).not.toMatch(/^create /m);
    expect(r.stdout).toMatch(/nothing was written/);
  });

  it("1 for a missing repository, without a stack unless --verbose", async () => {
    const r = await runCli(["plan", "--repo", "/nonexistent/repo"]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/does not exist/);
    expect(r.stderr).not.toMatch(/\n\s+at /);
    const v = await runCli(["plan", "--repo", "/nonexistent/repo", "--verbose"]);
    expect(v.stderr).toMatch(/\n\s+at /);
  });

  it("prints a JSON report with --format json", async () => {
    const repo = await repoFromFixture("example");
    const r = await runCli(["plan", "--repo", repo, "--format", "json"]);
    const report = JSON.parse(r.stdout) as { schemaVersion: number; result: string; summary: { create: number } };
    expect(report.schemaVersion).toBe(1);
    expect(report.result).toBe("drift");
    expect(report.summary.create).toBe(9);
  });
});
