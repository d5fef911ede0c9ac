import { randomBytes } from "node:crypto";
import { lstatSync, mkdirSync, realpathSync, renameSync, rmSync, rmdirSync, writeFileSync } from "node:fs";
import { lstat, readdir, realpath, rm } from "node:fs/promises";
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
 * output directory, for the check that writePlan repeats just before each write or delete.
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
    // Never through a link, not even one that stays inside: two zones whose outputs alias each other
    // would overwrite each other's files, and a linked output hides the hand-written files it leads to
    // from discovery. Compared by real path: the one a path has when no component is a link.
    if (real !== join(root, dir))
      throw new IoError(
        "write file",
        `refusing to write ${t.path}: ${dir} is a symbolic link or goes through one; generated files are never written through a link`,
      );
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

/**
 * The check of confineTargets, repeated on the real parent directory just before a write or delete.
 * Synchronous, as is the whole write loop (see writePlan).
 */
function assertParentInside(repoDir: string, path: string, realOutputDir: string): void {
  const parent = realpathSync.native(join(repoDir, dirname(path)));
  if (parent !== realOutputDir && !isInside(parent, realOutputDir))
    throw new Error(`${dirname(path)} leads outside its output directory`);
}

// The temporary files of a write, beside their targets: a new file staged before the renames, and
// the old file kept until every rename is done. Hidden names that no discovery glob matches.
const STAGED = /^\.[0-9a-f]{12}\.msr-(tmp|old)$/;

function stagedName(target: string, kind: "tmp" | "old"): string {
  return join(dirname(target), `.${randomBytes(6).toString("hex")}.msr-${kind}`);
}

/** One step of a plan on disk that can be undone. */
type Done =
  | { readonly kind: "dir"; readonly path: string }
  | { readonly kind: "staged"; readonly path: string }
  | { readonly kind: "moved"; readonly from: string; readonly to: string }
  | { readonly kind: "placed"; readonly path: string };

/**
 * Writes the plan all or nothing. Every target is checked first (confineTargets). Then every new
 * content is staged beside its target (a temporary file in the target's directory, created with
 * the missing directories); only when all are staged, each old file (updated or deleted) is moved
 * aside and each staged file renamed over its target. Any failure undoes every step done, in
 * reverse (old files back, new files and directories removed), and throws: the tree is as before.
 * Only then are the old files and the emptied directories removed. Temporary files left in an
 * output directory by an earlier run that was killed are removed first.
 */
export async function writePlan(
  repoDir: string,
  changes: readonly FileChange[],
  outputDirs: readonly string[],
): Promise<void> {
  // "." (migrate's policy files at the repository root) owns the root's own files only.
  const ownerOf = (path: string): string | undefined =>
    outputDirs.find((o) => (o === "." ? !path.includes("/") : path.startsWith(`${o}/`)));
  const targets = changes
    .filter((c) => c.action === "create" || c.action === "update" || c.action === "delete")
    .map((c) => {
      const owner = ownerOf(c.path);
      if (owner === undefined) throw new Error(`refusing to write ${c.path}: outside every output directory`);
      return { change: c, path: c.path, outputDir: owner };
    });
  const realOutputs = await confineTargets(repoDir, targets);
  await removeStaleStaged(repoDir, outputDirs);
  writeAllOrNothing(repoDir, targets, realOutputs);
}

interface PlannedWrite extends WriteTarget {
  readonly change: FileChange;
}

/**
 * The writes, renames and undo of writePlan, in synchronous calls. Each asynchronous fs call is a
 * round trip through libuv's thread pool, and a file takes about seven of them (lstat, realpath
 * twice, open, write, close, rename): 20,000 new files took 32 s that way, and take about a second
 * in direct system calls (docs/performance.md). Synchronous also means that nothing else of the run
 * happens in between: a SIGINT or SIGTERM that arrives meanwhile is handled (the temporary clone
 * removed, the process killed by it: src/io/git.ts) only once the whole plan is written or undone.
 * Without a handler, the signal's default action ends the process at once, as it would at any
 * point of an asynchronous write; its staged files are removed by the next `apply`.
 */
function writeAllOrNothing(
  repoDir: string,
  targets: readonly PlannedWrite[],
  realOutputs: ReadonlyMap<string, string>,
): void {
  const done: Done[] = [];
  const current = { path: "", operation: "write file" };
  // Directories found or created by this write, so that each is looked up once, not once per file.
  // The parent of every file is still resolved again just before the file is written or renamed.
  const existing = new Set<string>();
  try {
    const staged = new Map<string, string>();
    for (const { change: c, outputDir } of targets) {
      if (c.action === "delete") continue;
      Object.assign(current, { path: c.path, operation: "write file" });
      makeDirs(repoDir, dirname(c.path), existing, done);
      assertParentInside(repoDir, c.path, realOutputs.get(outputDir) ?? "");
      const tmp = stagedName(join(repoDir, c.path), "tmp");
      writeFileSync(tmp, c.after ?? "", { encoding: "utf8", flag: "wx" });
      done.push({ kind: "staged", path: tmp });
      staged.set(c.path, tmp);
    }
    for (const { change: c, outputDir } of targets) {
      const target = join(repoDir, c.path);
      Object.assign(current, { path: c.path, operation: c.action === "delete" ? "delete file" : "write file" });
      assertParentInside(repoDir, c.path, realOutputs.get(outputDir) ?? "");
      if (c.action !== "create") {
        const old = stagedName(target, "old");
        if (moveIfPresent(target, old)) done.push({ kind: "moved", from: target, to: old });
      }
      const tmp = staged.get(c.path);
      if (tmp === undefined) continue;
      renameSync(tmp, target);
      done.push({ kind: "placed", path: target });
    }
  } catch (cause) {
    undo(done);
    throw new IoError(
      current.operation,
      `cannot ${current.operation === "delete file" ? "delete" : "write"} ${current.path}: ${(cause as Error).message}; nothing was changed`,
      { cause },
    );
  }
  for (const step of done) if (step.kind === "moved") rmSync(step.to, { force: true });
  for (const { change: c, outputDir } of targets)
    if (c.action === "delete") removeEmptyDirs(repoDir, dirname(c.path), outputDir);
}

/**
 * Creates the missing directories of `dir` one by one, recording each for undo. `existing` holds
 * the directories known to exist already (found or made by this write).
 */
function makeDirs(repoDir: string, dir: string, existing: Set<string>, done: Done[]): void {
  const missing: string[] = [];
  for (let d = dir; d !== "." && d !== ""; d = dirname(d)) {
    if (existing.has(d)) break;
    if (lstatSync(join(repoDir, d), { throwIfNoEntry: false }) !== undefined) {
      existing.add(d);
      break;
    }
    missing.unshift(d);
  }
  for (const d of missing) {
    mkdirSync(join(repoDir, d));
    done.push({ kind: "dir", path: join(repoDir, d) });
    existing.add(d);
  }
}

function moveIfPresent(from: string, to: string): boolean {
  try {
    renameSync(from, to);
    return true;
  } catch (cause) {
    if ((cause as NodeJS.ErrnoException).code === "ENOENT") return false;
    throw cause;
  }
}

/** Undoes the steps of writePlan in reverse; keeps going past a step that fails. */
function undo(done: readonly Done[]): void {
  for (const step of [...done].reverse()) {
    try {
      if (step.kind === "placed" || step.kind === "staged") rmSync(step.path, { force: true });
      else if (step.kind === "moved") renameSync(step.to, step.from);
      else rmdirSync(step.path);
    } catch {
      // Best effort: the next run removes a staged file that is left (removeStaleStaged).
    }
  }
}

/**
 * Removes the staged files that an earlier, killed run left anywhere below the output directories.
 * Links are not followed, and an output directory that is reached through one is left alone.
 */
async function removeStaleStaged(repoDir: string, outputDirs: readonly string[]): Promise<void> {
  const root = await realpath(repoDir);
  for (const dir of new Set(outputDirs)) {
    if ((await realpath(join(repoDir, dir)).catch(() => null)) !== join(root, dir)) continue;
    const entries = await readdir(join(root, dir), { withFileTypes: true, recursive: true }).catch(() => []);
    for (const e of entries)
      if (e.isFile() && STAGED.test(e.name)) await rm(join(e.parentPath, e.name), { force: true });
  }
}

/** Removes `dir` and its parents up to (not including) `stopAt` while they are empty. */
function removeEmptyDirs(repoDir: string, dir: string, stopAt: string): void {
  for (let d = dir; d !== stopAt && d.startsWith(`${stopAt}/`); d = dirname(d)) {
    try {
      rmdirSync(join(repoDir, d));
    } catch {
      break; // not empty
    }
  }
}
