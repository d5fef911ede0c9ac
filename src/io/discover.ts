import { lstat, realpath } from "node:fs/promises";
import { basename, dirname, join, relative, sep } from "node:path";
import fg from "fast-glob";
import { diagnostic } from "../diagnostics.js";
import type { Diagnostic, Location } from "../diagnostics.js";
import { SKIPPED_DIRECTORIES } from "../model/config.js";

/** Never sources: git's own files, installed packages (SKIPPED_DIRECTORIES), and every zone's output directory. */
export const ALWAYS_EXCLUDED: readonly string[] = SKIPPED_DIRECTORIES.map((d) => `**/${d}/**`);

export interface DiscoverRequest {
  readonly include: readonly string[];
  readonly exclude: readonly string[];
  /** Where the globs are configured, for a glob that reads a file as a directory; what the glob is. */
  readonly configured?: { readonly at: Location; readonly what: string };
}

/**
 * Lists the repository files that match the include globs and none of the exclude globs, as sorted
 * repository-relative POSIX paths. Symbolic links are never followed: a linked file is skipped
 * (with a warning when it points outside the repository), so no source can come from outside it.
 */
export async function discoverFiles(
  repoDir: string,
  req: DiscoverRequest,
): Promise<{ files: string[]; diagnostics: Diagnostic[]; failed?: true }> {
  const files: string[] = [];
  const diagnostics: Diagnostic[] = [];
  let entries: fg.Entry[];
  try {
    entries = await fg([...req.include], {
      cwd: repoDir,
      ignore: [...ALWAYS_EXCLUDED, ...req.exclude],
      onlyFiles: false,
      followSymbolicLinks: false,
      dot: false,
      unique: true,
      objectMode: true,
    });
  } catch (cause) {
    // A glob whose directory part is a file (`output: meshservices` where meshservices is a file):
    // fast-glob fails with ENOTDIR on scandir, a fault of the repository's content, not of the machine.
    const e = cause as NodeJS.ErrnoException;
    if (e.code !== "ENOTDIR" || req.configured === undefined) throw cause;
    const path = await firstNonDirectory(repoDir, relative(repoDir, e.path ?? repoDir).split(sep));
    const message = `${req.configured.what} reads ${path} as a directory, but it is a file`;
    return { files, diagnostics: [diagnostic("error", "not-a-directory", message, req.configured.at)], failed: true };
  }
  const root = await realpath(repoDir);
  const realDirs = new Map<string, string | null>();
  for (const entry of entries) {
    if (entry.dirent.isSymbolicLink()) {
      const target = await realpath(join(repoDir, entry.path)).catch(() => null);
      const inside = target !== null && (target === root || target.startsWith(root + sep));
      diagnostics.push(
        inside
          ? diagnostic(
              "info",
              "symlink-skipped",
              "symbolic link is not followed; its target is read only where the globs include it",
              at(entry.path),
            )
          : diagnostic(
              "warning",
              "symlink-outside-repo",
              "symbolic link points outside the repository; it is ignored",
              at(entry.path),
            ),
      );
      continue;
    }
    if (!entry.dirent.isFile()) continue;
    // A glob with a literal directory part (`linked/*.yaml`) makes fast-glob read through a linked
    // directory even without followSymbolicLinks: only a file whose real path is its own path counts.
    // The file itself is no link (its dirent says so), so its directory decides: one realpath per
    // directory, not per file.
    const dir = dirname(entry.path);
    let realDir = realDirs.get(dir);
    if (realDir === undefined) {
      realDir = await realpath(join(repoDir, dir)).catch(() => null);
      realDirs.set(dir, realDir);
    }
    const real = realDir === null ? null : join(realDir, basename(entry.path));
    if (real !== join(root, entry.path)) {
      const inside = real !== null && real.startsWith(root + sep);
      diagnostics.push(
        inside
          ? diagnostic(
              "info",
              "symlink-skipped",
              "path goes through a symbolic link; it is not followed",
              at(entry.path),
            )
          : diagnostic(
              "warning",
              "symlink-outside-repo",
              "path goes through a symbolic link to outside the repository; it is ignored",
              at(entry.path),
            ),
      );
      continue;
    }
    files.push(entry.path);
  }
  files.sort();
  return { files, diagnostics };
}

/** The first of the leading parts of `parts` that exists and is no directory, as a POSIX path. */
async function firstNonDirectory(repoDir: string, parts: readonly string[]): Promise<string> {
  for (let i = 1; i <= parts.length; i++) {
    const st = await lstat(join(repoDir, ...parts.slice(0, i))).catch(() => null);
    if (st !== null && !st.isDirectory()) return parts.slice(0, i).join("/");
  }
  return parts.join("/");
}

function at(file: string) {
  return { file, line: 1, column: 1 };
}
