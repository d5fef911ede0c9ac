import { cp, mkdtemp, readdir, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, relative, sep } from "node:path";
import { simpleGit } from "simple-git";
import { main } from "../../src/cli.js";

export const FIXTURES = new URL("../../fixtures/", import.meta.url).pathname;

const dirs: string[] = [];

/** A real git repository in a temporary directory holding a copy of `fixtures/<name>`, committed. */
export async function repoFromFixture(name: string): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), `msr-${name}-`));
  dirs.push(dir);
  await cp(join(FIXTURES, name), dir, { recursive: true });
  await commitAsFixture(dir);
  return dir;
}

/** Makes `dir` a git repository on `main` whose one commit holds everything in it. */
export async function commitAsFixture(dir: string): Promise<void> {
  const git = simpleGit({ baseDir: dir });
  await git.init(["--initial-branch=main"]);
  await git.addConfig("user.name", "Test");
  await git.addConfig("user.email", "test@example.com");
  await git.add(".");
  await git.commit("fixture");
}

export async function removeTempRepos(): Promise<void> {
  await Promise.all(dirs.splice(0).map((d) => rm(d, { recursive: true, force: true })));
}

export interface CliResult {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs the command line in-process, as the bin would, and captures its output. */
export async function runCli(
  argv: readonly string[],
  env: Record<string, string | undefined> = {},
): Promise<CliResult> {
  let stdout = "";
  let stderr = "";
  const code = await main({
    argv,
    env,
    isTTY: false,
    stdout: (t) => (stdout += t),
    stderr: (t) => (stderr += t),
  });
  return { code, stdout, stderr };
}

/** Every file below `dir` as repository-relative POSIX path -> content, `.git` excluded. */
export async function readTree(dir: string, sub = ""): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  const root = join(dir, sub);
  const walk = async (d: string): Promise<void> => {
    for (const e of await readdir(d, { withFileTypes: true }).catch(() => [])) {
      if (e.name === ".git") continue;
      const p = join(d, e.name);
      if (e.isDirectory()) await walk(p);
      else out.set(relative(dir, p).split(sep).join("/"), await readFile(p, "utf8"));
    }
  };
  await walk(root);
  return new Map([...out].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

export async function gitStatus(dir: string): Promise<string> {
  return (await simpleGit({ baseDir: dir }).raw(["status", "--porcelain", "--untracked-files=all"])).trim();
}
