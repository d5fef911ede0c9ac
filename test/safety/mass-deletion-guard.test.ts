import { rm } from "node:fs/promises";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { gitStatus, readTree, runCli } from "../helpers/repo.js";
import { removeRemotes } from "../helpers/remote.js";
import { commitAll, dataplane, repoWithFiles, universalZone } from "../helpers/worktree.js";
import type { JsonReport } from "../helpers/worktree.js";

// Issue 15, item 13: pruning was always on and unbounded. A plan that deletes more than a zone's
// threshold of its generated files is refused (exit 1) unless --allow-deletions, the report names
// every file that would have been deleted, and `prune: false` reports stale files and keeps them.

afterAll(removeRemotes);

const svc = (i: number): string => `svc-${String(i).padStart(2, "0")}`;

/** A repository with `n` Universal services, reconciled and committed, then the first `removed` sources deleted and committed. */
async function reconciledThenRemoved(n: number, removed: number, config = ""): Promise<string> {
  const files: Record<string, string> = { "meshservice-reconciler.yaml": `${config}${universalZone()}` };
  for (let i = 0; i < n; i++) files[`universal/${svc(i)}.yaml`] = dataplane(`${svc(i)}-1`, svc(i), `10.0.0.${i + 1}`);
  const repo = await repoWithFiles(files);
  expect((await runCli(["apply", "--repo", repo])).code).toBe(0);
  await commitAll(repo, "generated");
  for (let i = 0; i < removed; i++) await rm(join(repo, `universal/${svc(i)}.yaml`));
  await commitAll(repo, "removed sources");
  return repo;
}

const generatedPath = (i: number): string => `meshservices/zone-1/default/${svc(i)}.yaml`;

async function json(argv: string[]): Promise<{ code: number; report: JsonReport }> {
  const r = await runCli([...argv, "--format", "json"]);
  return { code: r.code, report: JSON.parse(r.stdout) as JsonReport };
}

describe("the mass-deletion guard", () => {
  it("refuses 11 of 12 deletions, names each file, and apply writes nothing", async () => {
    const repo = await reconciledThenRemoved(12, 11);
    const before = await readTree(repo);
    const { code, report } = await json(["apply", "--repo", repo]);
    expect(code).toBe(1);
    expect(report.result).toBe("error");
    const guard = report.diagnostics.filter((d) => d.code === "mass-deletion" || d.code === "deletion-refused");
    expect(guard[0]).toEqual({
      severity: "error",
      code: "mass-deletion",
      message:
        'zone "zone-1" would delete 11 of its 12 generated MeshService files (more than 10 files and more than 25% of them): ' +
        "refused, nothing is deleted; check the zone's include globs and sources, or pass --allow-deletions",
      file: "meshservice-reconciler.yaml",
      line: 2,
      column: 5,
    });
    expect(guard.slice(1).map((d) => [d.severity, d.file, d.message])).toEqual(
      Array.from({ length: 11 }, (_, i) => [
        "info",
        generatedPath(i),
        "would be deleted: the sources no longer generate it",
      ]),
    );
    expect(await readTree(repo)).toEqual(before);
    expect(await gitStatus(repo)).toBe("");

    // The text report lists them too, although an error leaves the diffs out.
    const text = await runCli(["plan", "--repo", repo]);
    expect(text.code).toBe(1);
    for (let i = 0; i < 11; i++) expect(text.stdout).toContain(`${generatedPath(i)}:1:1: info: would be deleted`);
  });

  it("--allow-deletions lets the same plan delete them", async () => {
    const repo = await reconciledThenRemoved(12, 11);
    const { code, report } = await json(["apply", "--repo", repo, "--allow-deletions"]);
    expect(code).toBe(0);
    expect(report.summary).toEqual({ create: 0, update: 0, delete: 11, unchanged: 1 });
    expect([...(await readTree(repo, "meshservices")).keys()]).toEqual([generatedPath(11)]);
  });

  it.each([
    [12, 10, 0], // 10 files: not more than 10
    [50, 11, 0], // 11 files, but 22% of the zone
    [40, 11, 1], // 11 files and 27.5%
  ])("with %i generated files, deleting %i exits %i", async (n, removed, exit) => {
    const repo = await reconciledThenRemoved(n, removed);
    expect((await runCli(["plan", "--repo", repo])).code).toBe(exit);
  });

  it.each([
    [2, 0],
    [3, 1],
  ])("maxDeletions: 2 and %i deletions exits %i", async (removed, exit) => {
    const repo = await reconciledThenRemoved(4, removed, "maxDeletions: 2\n");
    const { code, report } = await json(["check", "--repo", repo]);
    expect(code).toBe(exit === 0 ? 2 : 1);
    expect(report.diagnostics.some((d) => d.code === "mass-deletion")).toBe(exit === 1);
  });

  it("prune: false reports the stale files, keeps them, and check is in sync", async () => {
    const repo = await reconciledThenRemoved(3, 2, "prune: false\n");
    const { code, report } = await json(["check", "--repo", repo]);
    expect(code).toBe(0);
    expect(report.summary).toEqual({ create: 0, update: 0, delete: 0, unchanged: 1 });
    expect(report.diagnostics.filter((d) => d.code === "stale-kept")).toEqual(
      [0, 1].map((i) => ({
        severity: "warning",
        code: "stale-kept",
        message: "no longer generated from the sources; kept because prune is false (delete it by hand)",
        file: generatedPath(i),
        line: 1,
        column: 1,
      })),
    );
    const before = await readTree(repo);
    expect((await runCli(["apply", "--repo", repo])).code).toBe(0);
    expect(await readTree(repo)).toEqual(before);
  });
});
