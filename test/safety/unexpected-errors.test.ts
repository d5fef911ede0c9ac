import { open } from "node:fs/promises";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { gitStatus, runCli } from "../helpers/repo.js";
import { removeRemotes } from "../helpers/remote.js";
import { dataplane, repoWithFiles, universalZone } from "../helpers/worktree.js";
import type { JsonReport } from "../helpers/worktree.js";

// Issue 15, item 17: an output path that is an existing file gave `unexpected error: ENOTDIR scandir`
// with no file or line, and a file over 2 GiB gave an error with no file name. Each is a diagnostic
// naming the file and the config line, and nothing is written.

afterAll(removeRemotes);

async function applyErrors(repo: string): Promise<{ stderr: string; errors: JsonReport["diagnostics"] }> {
  const before = await gitStatus(repo);
  const apply = await runCli(["apply", "--repo", repo, "--format", "json"]);
  expect(apply.code).toBe(1);
  expect(await gitStatus(repo)).toBe(before);
  const report = JSON.parse(apply.stdout) as JsonReport;
  return { stderr: apply.stderr, errors: report.diagnostics.filter((d) => d.severity === "error") };
}

describe("faults of the repository's content that were unexpected errors", () => {
  it.each([
    ["meshservices/zone-1", "meshservices/zone-1"],
    ["meshservices", "meshservices/zone-1"],
  ])("an output path %s that is a file is not-a-directory at the output line", async (file, output) => {
    const repo = await repoWithFiles({
      "meshservice-reconciler.yaml": universalZone(`    output: ${output}\n`),
      "universal/web.yaml": dataplane("web-1", "web"),
      [file]: "not a directory\n",
    });
    const { stderr, errors } = await applyErrors(repo);
    expect(stderr).toBe("");
    expect(errors).toEqual([
      {
        severity: "error",
        code: "not-a-directory",
        message: `the output of zone "zone-1" reads ${file} as a directory, but it is a file`,
        file: "meshservice-reconciler.yaml",
        line: 4,
        column: 13,
      },
    ]);
  });

  it("an include glob through a file is not-a-directory at the include line", async () => {
    const repo = await repoWithFiles({
      "meshservice-reconciler.yaml": universalZone('    include: ["universal/*.yaml", "services.yaml/*.yaml"]\n'),
      "universal/web.yaml": dataplane("web-1", "web"),
      "services.yaml": dataplane("api-1", "api", "10.0.0.2"),
    });
    const { errors } = await applyErrors(repo);
    // Only this error: the sources are unknown, not empty (no `no-sources` beside it).
    expect(errors).toEqual([
      {
        severity: "error",
        code: "not-a-directory",
        message: 'an include glob of zone "zone-1" reads services.yaml as a directory, but it is a file',
        file: "meshservice-reconciler.yaml",
        line: 4,
        column: 14,
      },
    ]);
  });

  it("a source file over 2 GiB is file-too-large, naming the file, without reading it", async () => {
    const repo = await repoWithFiles({
      "meshservice-reconciler.yaml": universalZone(),
      "universal/web.yaml": dataplane("web-1", "web"),
    });
    // A sparse file: 2 GiB + 1 byte on paper, no disk space.
    const size = 2 ** 31 + 1;
    const handle = await open(join(repo, "universal/huge.yaml"), "w");
    await handle.truncate(size);
    await handle.close();
    const { stderr, errors } = await applyErrors(repo);
    expect(stderr).toBe("");
    expect(errors).toEqual([
      {
        severity: "error",
        code: "file-too-large",
        message: `file is ${size} bytes, above the limit of ${8 * 1024 * 1024} bytes`,
        file: "universal/huge.yaml",
        line: 1,
        column: 1,
      },
    ]);
  });
});
