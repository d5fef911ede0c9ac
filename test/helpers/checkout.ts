import { execFile } from "node:child_process";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

/** The repository root of this checkout. */
export const ROOT = fileURLToPath(new URL("../../", import.meta.url)).replace(/\/$/, "");

export interface Run {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs a program to its end; never rejects. */
export function run(
  file: string,
  args: readonly string[],
  options: { cwd: string; env?: Record<string, string | undefined> },
): Promise<Run> {
  return new Promise((resolve) => {
    execFile(
      file,
      [...args],
      { cwd: options.cwd, env: options.env ?? process.env, maxBuffer: 1 << 26 },
      (error, stdout, stderr) => {
        const code = error === null ? 0 : typeof error.code === "number" ? error.code : 1;
        resolve({ code, stdout, stderr });
      },
    );
  });
}

async function git(args: readonly string[], env: Record<string, string | undefined> = process.env): Promise<string> {
  const r = await run("git", args, { cwd: ROOT, env });
  if (r.code !== 0) throw new Error(`git ${args.join(" ")}: ${r.stderr}`);
  return r.stdout.trim();
}

/**
 * The tree a commit of this checkout's working tree would have: HEAD plus every change, added and
 * untracked files too (as `git add -A` sees them, .gitignore honoured), written through a temporary
 * index so that the real index and the branch stay as they are. The tests of what a tag holds then
 * pass before the change is committed, and test exactly what committing it gives.
 */
export async function workingTree(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), "msr-index-"));
  try {
    const env = { ...process.env, GIT_INDEX_FILE: join(dir, "index") };
    await git(["read-tree", "HEAD"], env);
    await git(["add", "-A", "."], env);
    return await git(["write-tree"], env);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** `git archive` of `tree` (workingTree()) extracted into a new temporary directory: what a tag holds. */
export async function archiveInto(tree: string, prefix: string): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), `msr-${prefix}-`));
  const tar = join(dir, "..", `${dir.split("/").pop() ?? "archive"}.tar`);
  await git(["archive", "--format=tar", "-o", tar, tree]);
  const r = await run("tar", ["-xf", tar, "-C", dir], { cwd: dir });
  await rm(tar, { force: true });
  if (r.code !== 0) throw new Error(`tar: ${r.stderr}`);
  return dir;
}
