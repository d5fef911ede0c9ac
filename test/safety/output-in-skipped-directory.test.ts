import { afterAll, describe, expect, it } from "vitest";
import { gitStatus, readTree, runCli } from "../helpers/repo.js";
import { removeRemotes } from "../helpers/remote.js";
import { dataplane, repoWithFiles, universalZone } from "../helpers/worktree.js";
import type { JsonReport } from "../helpers/worktree.js";

// Issue 15, item 7: discovery never enters node_modules/ or a .git directory, so the committed files
// of an output there were never found: planned as "create" forever, and a hand-written file at a
// generated path was overwritten. Such an output is a config error at the line of `output`.

afterAll(removeRemotes);

describe("an output directory that discovery skips", () => {
  it.each([
    ["node_modules/meshservices", "node_modules"],
    ["gen/node_modules/zone-1", "node_modules"],
    ["vendor/.git/zone-1", ".git"],
  ])("refuses output %s at its line, and apply writes nothing", async (output, skipped) => {
    const repo = await repoWithFiles({
      "meshservice-reconciler.yaml": universalZone(`    output: ${output}\n`),
      "universal/web.yaml": dataplane("web-1", "web"),
      // A hand-written file at the path the zone would generate: it must survive.
      [`${output}/default/web.yaml`]: "# written by hand\n",
    });
    const before = await readTree(repo);
    const apply = await runCli(["apply", "--repo", repo, "--format", "json"]);
    expect(apply.code).toBe(1);
    const report = JSON.parse(apply.stdout) as JsonReport;
    expect(report.diagnostics).toEqual([
      {
        severity: "error",
        code: "config-invalid",
        message:
          `output "${output}" of zone "zone-1" is inside a ${skipped}/ directory, which discovery never reads: ` +
          `its files would never be found again; choose another directory`,
        file: "meshservice-reconciler.yaml",
        line: 4,
        column: 13,
      },
    ]);
    expect(await readTree(repo)).toEqual(before);
    expect(await gitStatus(repo)).toBe("");
  });

  it("still accepts an output in a hidden directory, which discovery reads by its literal name", async () => {
    const repo = await repoWithFiles({
      "meshservice-reconciler.yaml": universalZone("    output: .generated/zone-1\n"),
      "universal/web.yaml": dataplane("web-1", "web"),
    });
    expect((await runCli(["apply", "--repo", repo])).code).toBe(0);
    expect((await runCli(["check", "--repo", repo])).code).toBe(0);
  });
});
