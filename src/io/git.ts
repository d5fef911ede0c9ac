import { simpleGit } from "simple-git";

/**
 * The commit checked out in `dir`, or null when `dir` is not a git work tree or has no commit yet
 * (a local dry-run in a plain directory is allowed).
 */
export async function readHeadCommit(dir: string): Promise<string | null> {
  const git = simpleGit({ baseDir: dir });
  try {
    if (!(await git.checkIsRepo())) return null;
    return (await git.revparse(["HEAD"])).trim();
  } catch {
    return null;
  }
}
