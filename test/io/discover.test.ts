import { mkdir, mkdtemp, rm, symlink, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { discoverFiles } from "../../src/io/discover.js";

const dirs: string[] = [];
afterAll(() => Promise.all(dirs.map((d) => rm(d, { recursive: true, force: true }))));

describe("discoverFiles never reads through a symbolic link", () => {
  // repo/real/a.yaml is a file; repo/real/c.yaml links to a file outside; repo/inner-link links to
  // repo/real; repo/outer-link links to a directory outside.
  it.each([
    { globs: "a wildcard glob", include: ["**/*.yaml"], expected: [["real/c.yaml", "symlink-outside-repo"]] },
    {
      globs: "globs that name the linked directories literally",
      include: ["real/*.yaml", "inner-link/*.yaml", "outer-link/*.yaml"],
      expected: [
        ["inner-link/a.yaml", "symlink-skipped"],
        ["inner-link/c.yaml", "symlink-outside-repo"],
        ["outer-link/b.yaml", "symlink-outside-repo"],
        ["real/c.yaml", "symlink-outside-repo"],
      ],
    },
  ])("with $globs", async ({ include, expected }) => {
    const base = await mkdtemp(join(tmpdir(), "msr-discover-"));
    dirs.push(base);
    const repo = join(base, "repo");
    await mkdir(join(repo, "real"), { recursive: true });
    await mkdir(join(base, "outside"));
    await writeFile(join(repo, "real", "a.yaml"), "a: 1\n");
    await writeFile(join(base, "outside", "b.yaml"), "b: 1\n");
    await symlink(join(repo, "real"), join(repo, "inner-link"));
    await symlink(join(base, "outside"), join(repo, "outer-link"));
    await symlink(join(base, "outside", "b.yaml"), join(repo, "real", "c.yaml"));

    const found = await discoverFiles(repo, { include, exclude: [] });
    expect(found.files).toEqual(["real/a.yaml"]);
    expect(found.diagnostics.map((d) => [d.file, d.code]).sort()).toEqual(expected);
  });
});
