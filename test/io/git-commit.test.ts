import { chmod, mkdir, readFile, rm, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { simpleGit } from "simple-git";
import { afterAll, describe, expect, it } from "vitest";
import { GitError } from "../../src/errors.js";
import { commitPaths, openCheckout } from "../../src/io/git.js";
import { removeRemotes, tempDir } from "../helpers/remote.js";
import { repoWithFiles, writeFiles } from "../helpers/worktree.js";

afterAll(removeRemotes);

// Issue 19: commitPaths commits through a temporary index (read-tree, update-index, write-tree,
// commit-tree, update-ref) instead of `git add -A` and `git commit` with one pathspec per file.
const BOT = { name: "meshservice-reconciler", email: "bot@example.com" };

async function git(dir: string, ...args: string[]): Promise<string> {
  return await simpleGit({ baseDir: dir }).raw(args);
}

/** `git status --porcelain` lines of the work tree, sorted. */
async function status(dir: string): Promise<string[]> {
  return (await git(dir, "status", "--porcelain", "--untracked-files=all"))
    .split("\n")
    .filter((l) => l !== "")
    .sort();
}

describe("commitPaths", () => {
  it("commits exactly the given paths: another staged file stays staged and out of the commit", async () => {
    const dir = await repoWithFiles({
      "gen/[eu]/old.yaml": "old: 1\n",
      "gen/[eu]/gone.yaml": "gone: 1\n",
      "notes.txt": "notes\n",
    });
    await writeFiles(dir, {
      "gen/[eu]/new.yaml": "new: 1\n",
      "gen/[eu]/old.yaml": "old: 2\n",
      "gen/e/decoy.yaml": "a path that the glob gen/[eu]/* would match\n",
      "staged.txt": "the user's own staged file\n",
      "notes.txt": "edited, not staged\n",
    });
    await rm(join(dir, "gen/[eu]/gone.yaml"));
    await git(dir, "add", "staged.txt");
    const head = (await git(dir, "rev-parse", "HEAD")).trim();

    const checkout = await openCheckout(dir, process.env, null);
    const sha = await commitPaths(
      checkout,
      ["gen/[eu]/new.yaml", "gen/[eu]/old.yaml", "gen/[eu]/gone.yaml"],
      "reconcile\n",
      BOT,
    );

    expect((await git(dir, "rev-parse", "HEAD")).trim()).toBe(sha);
    expect((await git(dir, "rev-parse", `${sha}^`)).trim()).toBe(head);
    const changed = await git(dir, "diff-tree", "--no-commit-id", "--name-status", "-r", sha);
    expect(changed.trim().split("\n").sort()).toEqual([
      "A\tgen/[eu]/new.yaml",
      "D\tgen/[eu]/gone.yaml",
      "M\tgen/[eu]/old.yaml",
    ]);
    expect(await git(dir, "show", `${sha}:gen/[eu]/old.yaml`)).toBe("old: 2\n");
    // The committed paths are clean in the index too; the user's staged file is still staged (and
    // not in HEAD), the edited one still edited, the untracked one untracked.
    expect(await status(dir)).toEqual([" M notes.txt", "?? gen/e/decoy.yaml", "A  staged.txt"]);
    expect(await git(dir, "show", ":staged.txt")).toBe("the user's own staged file\n");
    // Author, committer and reflog as `git commit` writes them.
    expect((await git(dir, "show", "--no-patch", "--format=%an <%ae>|%cn <%ce>", sha)).trim()).toBe(
      "meshservice-reconciler <bot@example.com>|meshservice-reconciler <bot@example.com>",
    );
    expect((await git(dir, "reflog", "-1", "--format=%gs")).trim()).toBe("commit: reconcile");
  });

  it("keeps the message byte for byte and runs no commit hook", async () => {
    const dir = await repoWithFiles({ "a.txt": "a\n" });
    const hooks = join(dir, ".git", "hooks");
    await mkdir(hooks, { recursive: true });
    for (const hook of ["pre-commit", "prepare-commit-msg", "commit-msg", "post-commit"]) {
      await writeFile(join(hooks, hook), `#!/bin/sh\necho ${hook} >> "$(git rev-parse --git-dir)/hooks-ran"\nexit 1\n`);
      await chmod(join(hooks, hook), 0o755);
    }
    await writeFiles(dir, { "b.yaml": "b: 1\n" });
    const message = "subject\n\n# not a comment to strip\n  indented   \n\n\nno newline at the end";
    const sha = await commitPaths(await openCheckout(dir, process.env, null), ["b.yaml"], message, BOT);
    const raw = await git(dir, "cat-file", "commit", sha);
    expect(raw.slice(raw.indexOf("\n\n") + 2)).toBe(message);
    await expect(readFile(join(dir, ".git", "hooks-ran"), "utf8")).rejects.toThrow(/ENOENT/);
  });

  it("makes the first commit of an unborn branch, without a parent", async () => {
    const dir = await tempDir("unborn");
    await git(dir, "init", "--quiet", "--initial-branch=main");
    await writeFiles(dir, { "gen/a.yaml": "a: 1\n", "other.txt": "not committed\n" });
    const sha = await commitPaths(await openCheckout(dir, process.env, null), ["gen/a.yaml"], "first\n", BOT);
    expect((await git(dir, "rev-parse", "refs/heads/main")).trim()).toBe(sha);
    expect((await git(dir, "rev-list", "--parents", "-1", sha)).trim()).toBe(sha);
    expect((await git(dir, "ls-tree", "-r", "--name-only", sha)).trim()).toBe("gen/a.yaml");
    expect((await git(dir, "reflog", "-1", "--format=%gs")).trim()).toBe("commit (initial): first");
    expect(await status(dir)).toEqual(["?? other.txt"]);
  });

  it("makes no commit and returns HEAD when the paths hold no change, as git commit did", async () => {
    const dir = await repoWithFiles({ "a.yaml": "a: 1\n" });
    const head = (await git(dir, "rev-parse", "HEAD")).trim();
    expect(await commitPaths(await openCheckout(dir, process.env, null), ["a.yaml"], "x\n", BOT)).toBe(head);
    expect((await git(dir, "rev-parse", "HEAD")).trim()).toBe(head);
    expect(await status(dir)).toEqual([]);
  });

  it("fails with a GitError, and HEAD stays, when git cannot move HEAD (another git holds its lock)", async () => {
    const dir = await repoWithFiles({ "a.yaml": "a: 1\n" });
    await writeFiles(dir, { "b.yaml": "b: 1\n" });
    const head = (await git(dir, "rev-parse", "HEAD")).trim();
    await writeFile(join(dir, ".git", "refs", "heads", "main.lock"), "");
    const committing = commitPaths(await openCheckout(dir, process.env, null), ["b.yaml"], "x\n", BOT);
    await expect(committing).rejects.toThrow(GitError);
    await expect(committing).rejects.toThrow(/cannot commit the generated files: .*main\.lock/);
    expect((await git(dir, "rev-parse", "HEAD")).trim()).toBe(head);
  });

  it("fails with a GitError, and HEAD stays, when git cannot write the index (another git holds index.lock)", async () => {
    const dir = await repoWithFiles({ "a.yaml": "a: 1\n" });
    await writeFiles(dir, { "b.yaml": "b: 1\n" });
    const head = (await git(dir, "rev-parse", "HEAD")).trim();
    await writeFile(join(dir, ".git", "index.lock"), "");
    const committing = commitPaths(await openCheckout(dir, process.env, null), ["b.yaml"], "x\n", BOT);
    await expect(committing).rejects.toThrow(/cannot commit the generated files: .*index\.lock/);
    // No commit was made that the run would not report, and the user's index is as it was.
    expect((await git(dir, "rev-parse", "HEAD")).trim()).toBe(head);
    expect(await status(dir)).toEqual(["?? b.yaml"]);
  });

  it("refuses a path that a .gitignore excludes, as git add does, and commits nothing", async () => {
    const dir = await repoWithFiles({ ".gitignore": "gen/\nout/*.skip.yaml\n", "kept.yaml": "k: 1\n" });
    await writeFiles(dir, {
      "gen/a.yaml": "a: 1\n",
      "out/x.skip.yaml": "x: 1\n",
      "out/y.yaml": "y: 1\n",
      "kept.yaml": "k: 2\n",
    });
    const head = (await git(dir, "rev-parse", "HEAD")).trim();
    const committing = commitPaths(
      await openCheckout(dir, process.env, null),
      ["gen/a.yaml", "kept.yaml", "out/x.skip.yaml", "out/y.yaml"],
      "x\n",
      BOT,
    );
    await expect(committing).rejects.toThrow(GitError);
    await expect(committing).rejects.toThrow(/: gen\/a\.yaml, out\/x\.skip\.yaml are ignored by a \.gitignore file/);
    expect((await git(dir, "rev-parse", "HEAD")).trim()).toBe(head);
    expect(await status(dir)).toEqual([" M kept.yaml", "?? out/y.yaml"]);
  });
});
