import { rename } from "node:fs/promises";
import { afterAll, describe, expect, it } from "vitest";
import { gitStatus, readTree, runCli } from "../helpers/repo.js";
import { removeRemotes } from "../helpers/remote.js";
import { commitAll, dataplane, repoWithFiles, universalZone } from "../helpers/worktree.js";
import type { JsonReport } from "../helpers/worktree.js";

// Issue 15, item 12: an include glob that matched no file gave no warning, and the plan deleted every
// MeshService of the zone. A configured zone whose sources match nothing is an error at `include`.

afterAll(removeRemotes);

describe("a zone whose include matches no file", () => {
  it("is an error at the line of include, and apply deletes none of the zone's MeshServices", async () => {
    const repo = await repoWithFiles({
      "meshservice-reconciler.yaml": universalZone('    include: ["universal/**/*.yaml"]\n'),
      "universal/web.yaml": dataplane("web-1", "web"),
      "universal/api.yaml": dataplane("api-1", "api", "10.0.0.2"),
    });
    expect((await runCli(["apply", "--repo", repo])).code).toBe(0);
    await commitAll(repo, "generated");
    // The sources move; the glob is not updated.
    await rename(`${repo}/universal`, `${repo}/uni`);
    await commitAll(repo, "moved the sources");
    const before = await readTree(repo);

    const apply = await runCli(["apply", "--repo", repo, "--format", "json"]);
    expect(apply.code).toBe(1);
    const report = JSON.parse(apply.stdout) as JsonReport;
    expect(report.result).toBe("error");
    expect(report.diagnostics).toEqual([
      {
        severity: "error",
        code: "no-sources",
        message:
          'zone "zone-1": include ["universal/**/*.yaml"] matches no source file (outside every output directory, ' +
          "after exclude); the zone would lose every MeshService: fix the globs or remove the zone",
        file: "meshservice-reconciler.yaml",
        line: 4,
        column: 14,
      },
    ]);
    expect(await readTree(repo)).toEqual(before);
    expect(await gitStatus(repo)).toBe("");
  });

  it("is an error at the zone when the default include matches nothing", async () => {
    const repo = await repoWithFiles({ "meshservice-reconciler.yaml": universalZone(), "README.md": "# mesh\n" });
    const check = await runCli(["check", "--repo", repo, "--format", "json"]);
    expect(check.code).toBe(1);
    const [d] = (JSON.parse(check.stdout) as JsonReport).diagnostics;
    expect(d).toMatchObject({ code: "no-sources", file: "meshservice-reconciler.yaml", line: 2, column: 5 });
  });

  it("is no error without a config file (an empty repository has nothing to generate)", async () => {
    const repo = await repoWithFiles({ "README.md": "# mesh\n" });
    expect((await runCli(["check", "--repo", repo])).code).toBe(0);
  });
});
