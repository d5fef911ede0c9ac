import { mkdir, mkdtemp, rm, symlink, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { findReconcileWorkflow } from "../../src/io/repository.js";

const dirs: string[] = [];
afterAll(() => Promise.all(dirs.map((d) => rm(d, { recursive: true, force: true }))));

async function repoWith(files: Record<string, string>): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), "msr-workflows-"));
  dirs.push(dir);
  for (const [path, text] of Object.entries(files)) {
    await mkdir(join(dir, path, ".."), { recursive: true });
    await writeFile(join(dir, path), text);
  }
  return dir;
}

const ACTION =
  "jobs:\n  r:\n    steps:\n      - uses: acme/meshservice-reconciler@v1\n        with:\n          command: apply\n";

describe("findReconcileWorkflow", () => {
  it.each([
    [{}, null],
    [{ ".github/workflows/ci.yml": "jobs: {}\n" }, null],
    [{ ".github/workflows/drift.yml": ACTION.replace("apply", "check") }, null],
    [{ ".github/workflows/b.yaml": ACTION, ".github/workflows/a.yml": "jobs: {}\n" }, ".github/workflows/b.yaml"],
    [{ ".github/workflows/cron.yml": "run: npx meshservice-reconciler apply --push\n" }, ".github/workflows/cron.yml"],
    [{ ".github/workflows/notes.txt": ACTION }, null],
  ])("finds the workflow that runs apply in %j", async (files, found) => {
    expect(await findReconcileWorkflow(await repoWith(files))).toBe(found);
  });

  it("does not follow a symbolic link", async () => {
    const elsewhere = await repoWith({ "reconcile.yml": ACTION });
    const repo = await repoWith({ ".github/workflows/.keep": "" });
    await symlink(join(elsewhere, "reconcile.yml"), join(repo, ".github/workflows/reconcile.yml"));
    expect(await findReconcileWorkflow(repo)).toBeNull();
  });
});
