import { simpleGit } from "simple-git";

/**
 * Git blob ids of the files under `dir` whose working-tree content equals the index
 * (`git ls-files -s`, minus `git ls-files -m`), keyed by path relative to `dir`. Two git processes
 * for the whole repository, and no file is read. Null when `dir` is not inside a git work tree.
 */
export async function readIndexBlobIds(dir: string): Promise<Map<string, string> | null> {
  const git = simpleGit({ baseDir: dir });
  try {
    if (!(await git.checkIsRepo())) return null;
    const [staged, modified] = await Promise.all([
      git.raw(["-c", "core.quotePath=false", "ls-files", "-s", "-v", "-z"]),
      git.raw(["-c", "core.quotePath=false", "ls-files", "-m", "-z"]),
    ]);
    const ids = new Map<string, string>();
    for (const entry of staged.split("\0")) {
      // "<tag> <mode> <blob id> <stage>\t<path>". Only tag H: git compares such a file with the work
      // tree; for skip-worktree (S) and assume-unchanged (lower case) entries `ls-files -m` would not
      // report an edit, so their blob id says nothing about the file on disk.
      const tab = entry.indexOf("\t");
      if (tab < 0) continue;
      const [tag, mode, id, stage] = entry.slice(0, tab).split(" ");
      if (tag !== "H") continue;
      if (mode !== "100644" && mode !== "100755") continue;
      if (stage !== "0" || id === undefined) continue;
      ids.set(entry.slice(tab + 1), id);
    }
    for (const path of modified.split("\0")) if (path !== "") ids.delete(path);
    return ids;
  } catch {
    return null;
  }
}
