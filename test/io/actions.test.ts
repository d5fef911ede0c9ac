import { mkdtemp, readFile, rm, stat, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { STEP_SUMMARY_LIMIT } from "../../src/report/github.js";
import { removeTempRepos, repoFromFixture, runCli } from "../helpers/repo.js";

const dirs: string[] = [];
afterAll(async () => {
  await removeTempRepos();
  await Promise.all(dirs.map((d) => rm(d, { recursive: true, force: true })));
});

describe("the job summary", () => {
  it.each([
    [2_500, /Truncated/],
    [100, null],
  ])("keeps the step's file within 1 MiB when only %i bytes are left", async (left, appended) => {
    const repo = await repoFromFixture("report-drift");
    const dir = await mkdtemp(join(tmpdir(), "msr-summary-"));
    dirs.push(dir);
    const summary = join(dir, "summary.md");
    const earlier = `${"x".repeat(STEP_SUMMARY_LIMIT - left - 1)}\n`;
    await writeFile(summary, earlier);
    const r = await runCli(["check", "--repo", repo], { GITHUB_ACTIONS: "true", GITHUB_STEP_SUMMARY: summary });
    expect(r.code).toBe(2);
    expect((await stat(summary)).size).toBeLessThan(STEP_SUMMARY_LIMIT);
    const added = (await readFile(summary, "utf8")).slice(earlier.length);
    if (appended === null) expect(added).toBe("");
    else expect(added).toMatch(appended);
  });
});
