import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { expectGolden } from "../helpers/golden.js";
import { FIXTURES, removeTempRepos, repoFromFixture, runCli } from "../helpers/repo.js";

// Golden reports of `check` in every format for repositories with creates, updates (drift-explained:
// one Service port, one Dataplane inbound and one HostnameGenerator template changed), deletes, a
// hand-edited file and errors. Volatile values are masked: the temporary repository's path and
// commit, and the tool's version (JSON); step durations (GitHub Actions log groups).
// multizone-services: the global control plane's MeshMultiZoneServices in every format.
const scenarios = ["drift-explained", "example", "multizone-services", "report-drift", "report-errors"];

const tmp: string[] = [];
afterAll(async () => {
  await removeTempRepos();
  await Promise.all(tmp.map((d) => rm(d, { recursive: true, force: true })));
});

/** The JSON report with the values that change from run to run replaced by placeholders. */
export function maskJson(text: string): string {
  const report = JSON.parse(text) as { tool: { version: string }; repo: { source: string; commit: string | null } };
  report.tool.version = "<version>";
  report.repo.source = "<repo>";
  if (report.repo.commit !== null) report.repo.commit = "<commit>";
  return `${JSON.stringify(report, null, 2)}\n`;
}

describe.each(scenarios)("reports of %s", (scenario) => {
  const expected = join(FIXTURES, `${scenario}.expected`);

  it("text, JSON and Markdown reports match the goldens", async () => {
    const repo = await repoFromFixture(scenario);
    const text = await runCli(["check", "--repo", repo]);
    await expectGolden(join(expected, "check.txt"), text.stdout);
    const json = await runCli(["check", "--repo", repo, "--format", "json"]);
    expect(json.code).toBe(text.code);
    await expectGolden(join(expected, "report.json"), maskJson(json.stdout));
    const markdown = await runCli(["check", "--repo", repo, "--format", "markdown"]);
    expect(markdown.code).toBe(text.code);
    await expectGolden(join(expected, "report.md"), markdown.stdout);
  });

  it("GitHub Actions annotations, job summary and outputs match the goldens", async () => {
    const repo = await repoFromFixture(scenario);
    const dir = await mkdtemp(join(tmpdir(), "msr-actions-"));
    tmp.push(dir);
    const summary = join(dir, "summary.md");
    const output = join(dir, "output.txt");
    await writeFile(summary, "");
    await writeFile(output, "");
    const r = await runCli(["check", "--repo", repo], {
      GITHUB_ACTIONS: "true",
      GITHUB_STEP_SUMMARY: summary,
      GITHUB_OUTPUT: output,
    });
    await expectGolden(join(expected, "annotations.txt"), r.stderr.replace(/: \d+ ms$/gm, ": <ms> ms"));
    await expectGolden(join(expected, "outputs.txt"), await readFile(output, "utf8"));
    // Few annotations: the summary is exactly the Markdown report.
    const markdown = await runCli(["check", "--repo", repo, "--format", "markdown"]);
    expect(await readFile(summary, "utf8")).toBe(markdown.stdout);
  });
});
