import { writeFile } from "node:fs/promises";
import { join } from "node:path";
import { simpleGit } from "simple-git";
import { afterAll, describe, expect, it } from "vitest";
import { gitStatus, readTree, runCli } from "../helpers/repo.js";
import { removeRemotes } from "../helpers/remote.js";
import { dataplane, repoWithFiles, universalZone } from "../helpers/worktree.js";
import type { JsonReport } from "../helpers/worktree.js";

// Issue 15, item 14: `apply --commit` with uncommitted source edits committed files generated from
// sources that were not in the commit, so HEAD failed `check`. It now refuses, unless --allow-dirty.

afterAll(removeRemotes);

const FILES = {
  "meshservice-reconciler.yaml": universalZone(),
  "universal/web.yaml": dataplane("web-1", "web"),
};

async function head(repo: string): Promise<string> {
  return (await simpleGit({ baseDir: repo }).revparse(["HEAD"])).trim();
}

describe("apply --commit in a work tree with uncommitted sources", () => {
  it.each([
    ["an edited source", "universal/web.yaml", dataplane("web-1", "web", "10.0.0.7")],
    ["a new source not yet added", "universal/api.yaml", dataplane("api-1", "api", "10.0.0.2")],
    ["an edited config", "meshservice-reconciler.yaml", `${universalZone()}    vipCidr: 10.0.0.0/8\n`],
  ])("refuses %s, naming it, and writes and commits nothing", async (_, path, content) => {
    const repo = await repoWithFiles(FILES);
    const commit = await head(repo);
    await writeFile(join(repo, path), content);
    const before = await readTree(repo);
    const status = await gitStatus(repo);

    const apply = await runCli(["apply", "--repo", repo, "--commit", "--format", "json"]);
    expect(apply.code).toBe(1);
    const report = JSON.parse(apply.stdout) as JsonReport;
    expect(report.diagnostics.filter((d) => d.severity === "error")).toEqual([
      {
        severity: "error",
        code: "source-uncommitted",
        message:
          "has uncommitted changes: the commit would hold MeshServices generated from a source it does not hold; " +
          "commit the source first, or pass --allow-dirty",
        file: path,
        line: 1,
        column: 1,
      },
    ]);
    expect(await readTree(repo)).toEqual(before);
    expect(await gitStatus(repo)).toBe(status);
    expect(await head(repo)).toBe(commit);
  });

  it("--allow-dirty commits anyway, as asked", async () => {
    const repo = await repoWithFiles(FILES);
    const commit = await head(repo);
    await writeFile(join(repo, "universal/api.yaml"), dataplane("api-1", "api", "10.0.0.2"));
    const apply = await runCli(["apply", "--repo", repo, "--commit", "--allow-dirty"]);
    expect(apply.code).toBe(0);
    expect(await head(repo)).not.toBe(commit);
    expect(await gitStatus(repo)).toBe("?? universal/api.yaml");
  });

  it("an uncommitted file that is no input (a README) does not stop the commit", async () => {
    const repo = await repoWithFiles({ ...FILES, "README.md": "# mesh\n" });
    await writeFile(join(repo, "README.md"), "# mesh, edited\n");
    expect((await runCli(["apply", "--repo", repo, "--commit"])).code).toBe(0);
    expect(await gitStatus(repo)).toBe("M README.md");
  });

  it("--allow-dirty is only for apply", async () => {
    const repo = await repoWithFiles(FILES);
    const r = await runCli(["plan", "--repo", repo, "--allow-dirty"]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain("--allow-dirty is only for apply");
  });

  it("apply without --commit still writes in a dirty work tree", async () => {
    const repo = await repoWithFiles(FILES);
    await writeFile(join(repo, "universal/web.yaml"), dataplane("web-1", "web", "10.0.0.7"));
    expect((await runCli(["apply", "--repo", repo])).code).toBe(0);
  });
});
