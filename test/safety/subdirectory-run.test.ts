import { join } from "node:path";
import { simpleGit } from "simple-git";
import { afterAll, afterEach, describe, expect, it } from "vitest";
import { gitStatus, readTree, runCli } from "../helpers/repo.js";
import { removeRemotes } from "../helpers/remote.js";
import { dataplane, repoWithFiles, universalZone } from "../helpers/worktree.js";

// Issue 15, item 11: run from a subdirectory of the checkout, the tool took that directory for the
// repository: it ignored the root's config and committed duplicate MeshServices under
// `k8s/meshservices/...`. Without --repo it now works on the work tree's top level, as git does.

afterAll(removeRemotes);
const home = process.cwd();
afterEach(() => process.chdir(home));

const FILES = {
  "meshservice-reconciler.yaml": universalZone('    include: ["universal/**/*.yaml"]\n    output: generated/zone-1\n'),
  "universal/web.yaml": dataplane("web-1", "web"),
  "universal/api.yaml": dataplane("api-1", "api", "10.0.0.2"),
};

describe("a run started in a subdirectory of the work tree", () => {
  it("apply --commit reads the root's config and writes and commits the root's output directory", async () => {
    const repo = await repoWithFiles(FILES);
    process.chdir(join(repo, "universal"));
    const apply = await runCli(["apply", "--commit"]);
    expect(apply.stderr).toBe("");
    expect(apply.code).toBe(0);
    process.chdir(home);
    const tree = [...(await readTree(repo)).keys()];
    expect(tree).toEqual([
      "generated/zone-1/default/api.yaml",
      "generated/zone-1/default/web.yaml",
      "meshservice-reconciler.yaml",
      "universal/api.yaml",
      "universal/web.yaml",
    ]);
    expect(await gitStatus(repo)).toBe("");
    const files = await simpleGit({ baseDir: repo }).raw(["show", "--format=", "--name-only", "HEAD"]);
    expect(files.trim().split("\n")).toEqual([
      "generated/zone-1/default/api.yaml",
      "generated/zone-1/default/web.yaml",
    ]);
  });

  it("check from a subdirectory is in sync right after the root was reconciled", async () => {
    const repo = await repoWithFiles(FILES);
    expect((await runCli(["apply", "--repo", repo])).code).toBe(0);
    process.chdir(join(repo, "generated"));
    const check = await runCli(["check"]);
    expect(check.stdout).toMatch(/^In sync: 2 MeshService files match the sources\.$/m);
    expect(check.code).toBe(0);
  });

  it("an explicit --repo still means that directory", async () => {
    const repo = await repoWithFiles({ ...FILES, "sub/meshservice-reconciler.yaml": universalZone() });
    const plan = await runCli(["plan", "--repo", join(repo, "sub"), "--format", "json"]);
    expect(plan.code).toBe(1); // the sub-directory's own config, whose zone has no sources
    expect(plan.stdout).toContain('"code": "no-sources"');
  });
});
