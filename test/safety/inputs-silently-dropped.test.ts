import { afterAll, describe, expect, it } from "vitest";
import { gitStatus, readTree, runCli } from "../helpers/repo.js";
import { removeRemotes, tempDir } from "../helpers/remote.js";
import { dataplane, repoWithFiles, universalZone, writeFiles } from "../helpers/worktree.js";
import type { JsonReport } from "../helpers/worktree.js";

// Issue 15, item 15: inputs that were silently dropped with exit 0. Each is now an error with file
// and line, and `apply` writes nothing.

afterAll(removeRemotes);

/** apply as JSON, which must fail and change nothing; the report with its errors only. */
async function applyJson(repo: string): Promise<JsonReport> {
  const before = await readTree(repo);
  const apply = await runCli(["apply", "--repo", repo, "--format", "json"]);
  expect(apply.code).toBe(1);
  expect(await readTree(repo)).toEqual(before);
  expect(await gitStatus(repo)).toBe("");
  const report = JSON.parse(apply.stdout) as JsonReport;
  return { ...report, diagnostics: report.diagnostics.filter((d) => d.severity === "error") };
}

describe("inputs that were silently dropped", () => {
  it("a source inside an output directory is an error at that source", async () => {
    const repo = await repoWithFiles({
      "meshservice-reconciler.yaml": universalZone(),
      "universal/web.yaml": dataplane("web-1", "web"),
      // Outputs are never sources: this Dataplane was read by no one.
      "meshservices/zone-1/default/db.yaml": `# the database\n${dataplane("db-1", "db", "10.0.0.9")}`,
    });
    const report = await applyJson(repo);
    expect(report.diagnostics).toEqual([
      {
        severity: "error",
        code: "source-in-output",
        message:
          "a Dataplane in the output directory meshservices/zone-1 is never read as a source: move it out of meshservices/zone-1",
        file: "meshservices/zone-1/default/db.yaml",
        line: 2,
        column: 1,
      },
    ]);
  });

  it("a UTF-16 file without a byte-order mark is not-utf8 at its first line", async () => {
    const repo = await repoWithFiles({
      "meshservice-reconciler.yaml": universalZone(),
      "universal/web.yaml": dataplane("web-1", "web"),
      "universal/api.yaml": Buffer.from(dataplane("api-1", "api", "10.0.0.2"), "utf16le"),
    });
    const report = await applyJson(repo);
    expect(report.diagnostics).toEqual([
      {
        severity: "error",
        code: "not-utf8",
        message: "file is not UTF-8 text",
        file: "universal/api.yaml",
        line: 1,
        column: 1,
      },
    ]);
  });

  it("a second YAML document in the config file is an error at its first line", async () => {
    const repo = await repoWithFiles({
      "meshservice-reconciler.yaml": `${universalZone()}---\nzones:\n  - name: zone-2\n    environment: kubernetes\n`,
      "universal/web.yaml": dataplane("web-1", "web"),
    });
    const report = await applyJson(repo);
    expect(report.diagnostics).toEqual([
      {
        severity: "error",
        code: "config-invalid",
        message: "config file holds a second YAML document; only one is read: merge them into one document",
        file: "meshservice-reconciler.yaml",
        line: 5,
        column: 1,
      },
    ]);
  });

  it("an absolute include glob is an error at its line, and no file outside the repository is named", async () => {
    const outside = await tempDir("outside");
    await writeFiles(outside, { "secret-name.yaml": dataplane("x-1", "x") });
    const repo = await repoWithFiles({
      "meshservice-reconciler.yaml": universalZone(`    include: ["universal/*.yaml", "${outside}/*.yaml"]\n`),
      "universal/web.yaml": dataplane("web-1", "web"),
    });
    const report = await applyJson(repo);
    expect(report.diagnostics).toEqual([
      {
        severity: "error",
        code: "config-invalid",
        message: `include glob "${outside}/*.yaml" of zone "zone-1" must be a relative pattern inside the repository`,
        file: "meshservice-reconciler.yaml",
        line: 4,
        column: 35,
      },
    ]);
    expect(JSON.stringify(report)).not.toContain("secret-name");
  });

  it.each(["../*.yaml", "universal/../../*.yaml"])(
    "an include glob that climbs out (%s) is an error too",
    async (glob) => {
      const repo = await repoWithFiles({
        "meshservice-reconciler.yaml": universalZone(`    include: ["${glob}"]\n`),
        "universal/web.yaml": dataplane("web-1", "web"),
      });
      const [d] = (await applyJson(repo)).diagnostics;
      expect(d).toMatchObject({ code: "config-invalid", file: "meshservice-reconciler.yaml", line: 4, column: 15 });
    },
  );
});
