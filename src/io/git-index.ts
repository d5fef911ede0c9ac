import { simpleGit } from "simple-git";

/**
 * Git blob ids of the files under `dir` whose working-tree content equals the index
 * (`git ls-files -s`, minus the modified files of `-m`), keyed by path relative to `dir`. One git
 * process for the whole repository (`-c -m` lists both, the modified ones tagged `C`), and no file
 * is read. Null when `dir` is not inside a git work tree (git fails: not a repository, or a bare one).
 */
export async function readIndexBlobIds(dir: string): Promise<Map<string, string> | null> {
  const git = simpleGit({ baseDir: dir });
  let listing: string;
  try {
    listing = await git.raw(["-c", "core.quotePath=false", "ls-files", "-s", "-v", "-c", "-m", "-z"]);
  } catch {
    return null;
  }
  const ids = new Map<string, string>();
  const modified: string[] = [];
  for (const entry of listing.split("\0")) {
    // "<tag> <mode> <blob id> <stage>\t<path>". Tag C: a modified (or deleted) file, listed by -m
    // after its own entry. Only tag H counts: git compares such a file with the work tree; for
    // skip-worktree (S) and assume-unchanged (lower case) entries -m would not report an edit, so
    // their blob id says nothing about the file on disk.
    const tab = entry.indexOf("\t");
    if (tab < 0) continue;
    const [tag, mode, id, stage] = entry.slice(0, tab).split(" ");
    const path = entry.slice(tab + 1);
    if (tag === "C" || tag === "c") modified.push(path);
    if (tag !== "H") continue;
    if (mode !== "100644" && mode !== "100755") continue;
    if (stage !== "0" || id === undefined) continue;
    ids.set(path, id);
  }
  for (const path of modified) ids.delete(path);
  return ids;
}
