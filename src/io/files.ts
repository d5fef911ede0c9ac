import { randomBytes } from "node:crypto";
import { lstat, mkdir, realpath, rename, rm, rmdir, writeFile } from "node:fs/promises";
import { basename, dirname, join, sep } from "node:path";
import { IoError } from "../errors.js";
import type { FileChange } from "../plan/plan.js";

/** A file the plan writes or deletes, and the output directory it belongs to (both repository-relative). */
export interface WriteTarget {
  readonly path: string;
  readonly outputDir: string;
}

/**
 * Checks, before anything is written, that every target stays in its output directory on disk: the
 * real path its parent directory has (or will have once the missing directories are created) must be
 * inside the real path of the output directory, itself inside the real repository root. A committed
 * symbolic link (`meshservices/zone-1/default -> /elsewhere`) would otherwise take the write outside.
 * Throws an IoError naming the first path that leaves; changes nothing. Returns the real path of each
 * output directory, for the check that writeFileAtomic and deleteFile repeat just before they act.
 */
export async function confineTargets(repoDir: string, targets: readonly WriteTarget[]): Promise<Map<string, string>> {
  const root = await realpath(repoDir).catch((cause: unknown) => {
    throw new IoError("write file", `cannot resolve the repository directory: ${(cause as Error).message}`, {
      cause,
    });
  });
  const outputs = new Map<string, string>();
  const dirs = new Map<string, string>();
  for (const t of targets) {
    let out = outputs.get(t.outputDir);
    if (out === undefined) {
      out = await futureRealPath(repoDir, t.outputDir, t.path);
      if (!isInside(out, root))
        throw new IoError("write file", `refusing to write ${t.path}: ${t.outputDir} leads outside the repository`);
      outputs.set(t.outputDir, out);
    }
    const dir = dirname(t.path);
    let real = dirs.get(dir);
    if (real === undefined) {
      real = await futureRealPath(repoDir, dir, t.path);
      dirs.set(dir, real);
    }
    if (real !== out && !isInside(real, out))
      throw new IoError("write file", `refusing to write ${t.path}: ${dir} leads outside ${t.outputDir}`);
  }
  return outputs;
}

/**
 * The real path of `path` once its missing directories are created: the real path of its deepest
 * existing ancestor, joined with the missing rest (new directories are no links). A component that
 * exists but cannot be resolved (a dangling link) is refused.
 */
async function futureRealPath(repoDir: string, path: string, target: string): Promise<string> {
  let existing = path;
  const missing: string[] = [];
  for (;;) {
    try {
      return join(await realpath(join(repoDir, existing)), ...missing);
    } catch (cause) {
      const exists = await lstat(join(repoDir, existing)).then(
        () => true,
        () => false,
      );
      if (exists || existing === "." || existing === "")
        throw new IoError("write file", `refusing to write ${target}: cannot resolve ${existing}`, { cause });
      missing.unshift(basename(existing));
      existing = dirname(existing);
    }
  }
}

function isInside(path: string, dir: string): boolean {
  return path.startsWith(dir.endsWith(sep) ? dir : dir + sep);
}

/** The check of confineTargets, repeated on the real parent directory just before a write or delete. */
async function assertParentInside(repoDir: string, path: string, realOutputDir: string): Promise<void> {
  const parent = await realpath(join(repoDir, dirname(path)));
  if (parent !== realOutputDir && !isInside(parent, realOutputDir))
    throw new Error(`${dirname(path)} leads outside its output directory`);
}

/**
 * Writes a file atomically: a temporary file in the same directory, then a rename over the target.
 * The parent directory, once created, must be inside `realOutputDir` (see confineTargets).
 */
export async function writeFileAtomic(
  repoDir: string,
  path: string,
  content: string,
  realOutputDir: string,
): Promise<void> {
  const target = join(repoDir, path);
  const tmp = join(dirname(target), `.${randomBytes(6).toString("hex")}.msr-tmp`);
  let created = false;
  try {
    await mkdir(dirname(target), { recursive: true });
    await assertParentInside(repoDir, path, realOutputDir);
    created = true;
    await writeFile(tmp, content, { encoding: "utf8", flag: "wx" });
    await rename(tmp, target);
  } catch (cause) {
    if (created) await rm(tmp, { force: true });
    throw new IoError("write file", `cannot write ${path}: ${(cause as Error).message}`, { cause });
  }
}

/**
 * Deletes a file, then its parent directories up to (not including) `stopAt` while they are empty.
 * The parent directory must be inside `realOutputDir` (see confineTargets).
 */
export async function deleteFile(repoDir: string, path: string, stopAt: string, realOutputDir: string): Promise<void> {
  try {
    const parentExists = await lstat(join(repoDir, dirname(path))).then(
      () => true,
      () => false,
    );
    if (!parentExists) return;
    await assertParentInside(repoDir, path, realOutputDir);
    await rm(join(repoDir, path), { force: true });
  } catch (cause) {
    throw new IoError("delete file", `cannot delete ${path}: ${(cause as Error).message}`, { cause });
  }
  let dir = dirname(path);
  while (dir !== stopAt && dir.startsWith(`${stopAt}/`)) {
    try {
      await rmdir(join(repoDir, dir));
    } catch {
      break; // not empty
    }
    dir = dirname(dir);
  }
}

/**
 * Writes the plan: creates and updates atomically, then deletes stale marked files; never outside an
 * output dir, by path or through a symbolic link: every target is checked before the first write.
 */
export async function writePlan(
  repoDir: string,
  changes: readonly FileChange[],
  outputDirs: readonly string[],
): Promise<void> {
  const ownerOf = (path: string): string | undefined => outputDirs.find((o) => path.startsWith(`${o}/`));
  const targets = changes
    .filter((c) => c.action === "create" || c.action === "update" || c.action === "delete")
    .map((c) => {
      const owner = ownerOf(c.path);
      if (owner === undefined) throw new Error(`refusing to write ${c.path}: outside every output directory`);
      return { change: c, path: c.path, outputDir: owner };
    });
  const realOutputs = await confineTargets(repoDir, targets);
  for (const { change: c, outputDir } of targets) {
    const real = realOutputs.get(outputDir) ?? "";
    if (c.action === "delete") await deleteFile(repoDir, c.path, outputDir, real);
    else await writeFileAtomic(repoDir, c.path, c.after ?? "", real);
  }
}
