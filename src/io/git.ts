import { rmSync } from "node:fs";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { simpleGit } from "simple-git";
import type { SimpleGit } from "simple-git";
import { GitError, UsageError } from "../errors.js";
import { printable } from "../model/printable.js";
import type { Identity } from "../publish/message.js";

/**
 * The commit checked out in `dir`, or null when `dir` is not a git work tree or has no commit yet
 * (a local dry-run in a plain directory is allowed).
 */
export async function readHeadCommit(dir: string): Promise<string | null> {
  const git = simpleGit({ baseDir: dir });
  try {
    // One git process: "true" (a work tree) and the commit; git fails outside a repository and
    // when HEAD has no commit yet.
    const [inWorkTree, commit] = (await git.raw(["rev-parse", "--is-inside-work-tree", "--verify", "HEAD"])).split(
      "\n",
    );
    return inWorkTree === "true" && commit !== undefined && commit !== "" ? commit.trim() : null;
  } catch {
    return null;
  }
}

/** A work tree the tool may commit in, and how to reach its remote `origin`. */
export interface Checkout {
  readonly dir: string;
  /** The branch checked out, or null on a detached HEAD (a tag or a commit). */
  readonly branch: string | null;
  /** The URL of `origin`, or null when there is no such remote. */
  readonly remoteUrl: string | null;
  /** Environment for git: authentication header and no prompts. */
  readonly env: Readonly<Record<string, string>>;
  /** The run's deadline (--timeout): aborting it kills every git process of the checkout. */
  readonly signal?: AbortSignal | undefined;
}

/** The environment of the process (RunContext.env): what git inherits, less the unsafe variables. */
export type Ambient = Readonly<Record<string, string | undefined>>;

// Variables that make git run a program or read other config; simple-git refuses to pass them unless
// told to. Editors, pagers and prompts are never wanted here; an ssh command is the user's own choice.
const UNSAFE_ENV = /^(git_.*|editor|visual|pager|prefix|ssh_askpass)$/i;
const PASSED_ENV = new Set(["GIT_SSH_COMMAND", "GIT_SSH"]);

/**
 * The environment git runs with. The token travels as an HTTP `Authorization` header set through
 * GIT_CONFIG_COUNT/KEY/VALUE (git >= 2.31): not in the URL (which git would store in the clone's
 * config and print in errors), not on a command line that `ps` shows. The header is scoped to the
 * remote's scheme, host and port, so a submodule on another host never receives it, and redirects
 * are not followed at all (`http.followRedirects=false`). Other ambient GIT_* variables are dropped.
 */
export function gitEnv(ambient: Ambient, token: string | null, remoteUrl: string | null): Record<string, string> {
  const env: Record<string, string> = {};
  for (const [k, v] of Object.entries(ambient)) {
    if (v === undefined || (UNSAFE_ENV.test(k) && !PASSED_ENV.has(k.toUpperCase()))) continue;
    env[k] = v;
  }
  // Never wait for a person: no password prompt over HTTP, no passphrase or host-key prompt over ssh.
  env["GIT_TERMINAL_PROMPT"] = "0";
  if (env["GIT_SSH_COMMAND"] === undefined && env["GIT_SSH"] === undefined)
    env["GIT_SSH_COMMAND"] = "ssh -o BatchMode=yes";
  // No redirects: git follows one on its first request and then sends every later request, with the
  // header, to the host it was sent to, so a remote that redirects elsewhere would receive the token.
  // A server that accepts and then stops answering: give up after a minute below 1 byte per second.
  const config: [string, string][] = [
    ["http.followRedirects", "false"],
    ["http.lowSpeedLimit", "1"],
    ["http.lowSpeedTime", String(LOW_SPEED_SECONDS)],
  ];
  const origin = remoteUrl === null ? null : httpOrigin(remoteUrl);
  if (token !== null && token !== "" && origin !== null) {
    // GitHub's documented form for a token over HTTPS (the one actions/checkout sets).
    const basic = Buffer.from(`x-access-token:${token}`, "utf8").toString("base64");
    config.push([`http.${origin}/.extraHeader`, `Authorization: Basic ${basic}`]);
  }
  env["GIT_CONFIG_COUNT"] = String(config.length);
  config.forEach(([key, value], i) => {
    env[`GIT_CONFIG_KEY_${i}`] = key;
    env[`GIT_CONFIG_VALUE_${i}`] = value;
  });
  return env;
}

/** How long git waits on a stalled HTTP transfer (http.lowSpeedTime) before it fails. */
export const LOW_SPEED_SECONDS = 60;

function httpOrigin(url: string): string | null {
  try {
    const u = new URL(url);
    return u.protocol === "https:" || u.protocol === "http:" ? `${u.protocol}//${u.host}` : null;
  } catch {
    return null;
  }
}

/** A simple-git client in `dir` with `env`; `input`, when given, is written to the stdin of each command. */
function client(dir: string, env: Readonly<Record<string, string>>, signal?: AbortSignal, input?: string): SimpleGit {
  const allowed = Object.keys(env).filter((k) => /^git_/i.test(k));
  return simpleGit({
    baseDir: dir,
    ...(signal === undefined ? {} : { abort: signal }),
    ...(input === undefined ? {} : { input: () => input }),
    allowEnvironment: allowed,
    unsafe: {
      allowUnsafeConfigEnvCount: allowed.includes("GIT_CONFIG_COUNT"),
      allowUnsafeSshCommand: allowed.some((k) => PASSED_ENV.has(k.toUpperCase())),
    },
  }).env({ ...env });
}

async function gitStep<T>(operation: string, what: string, step: () => Promise<T>): Promise<T> {
  try {
    return await step();
  } catch (cause) {
    throw new GitError(operation, `${what}: ${gitMessage(cause)}`, { cause });
  }
}

function gitMessage(e: unknown): string {
  return ((e as Error).message || String(e)).trim().replace(/\n+/g, "; ");
}

const SHA = /^[0-9a-f]{40}$/i;

/**
 * Clones `url` shallowly (`--depth 1`, the one ref: a branch, a tag or a full commit id; the remote's
 * default branch when `ref` is undefined) into a fresh temporary directory and runs `use` on it. The
 * directory is removed on every path out: at once on an error, and by releaseClones once `use`
 * succeeded (its result may read the clone's files lazily).
 */
export async function withClone<T>(
  url: string,
  ref: string | undefined,
  ambient: Ambient,
  token: string | null,
  progress: (message: string) => void,
  signal: AbortSignal | undefined,
  use: (checkout: Checkout) => Promise<T>,
): Promise<T> {
  const parent = await mkdtemp(join(tmpdir(), "meshservice-reconciler-"));
  liveTempDirs.add(parent);
  installSignalCleanup();
  try {
    const dir = join(parent, "repo");
    const env = gitEnv(ambient, token, url);
    const shown = `cannot clone ${url}${ref === undefined ? "" : ` at ${ref}`}`;
    if (ref !== undefined && SHA.test(ref)) {
      await gitStep("clone", shown, async () => {
        await client(parent, env, signal).raw(["init", "--quiet", dir]);
        const git = client(dir, env, signal);
        await git.raw(["remote", "add", "origin", url]);
        await git.raw(["fetch", "--quiet", "--depth", "1", "origin", ref]);
        await git.raw(["checkout", "--quiet", "--detach", "FETCH_HEAD"]);
      });
    } else {
      const branchArgs = ref === undefined ? [] : ["--branch", ref];
      await gitStep("clone", shown, () =>
        client(parent, env, signal).raw([
          "clone",
          "--quiet",
          "--depth",
          "1",
          "--single-branch",
          ...branchArgs,
          "--",
          url,
          dir,
        ]),
      );
    }
    const branch = await currentBranch(dir, env);
    progress(`cloned ${url} at ${branch ?? ref ?? "HEAD"} (${(await client(dir, env).revparse(["HEAD"])).trim()})`);
    const result = await use({ dir, branch, remoteUrl: url, env, signal });
    keptClones.add(parent);
    return result;
  } finally {
    if (!keptClones.has(parent)) {
      await rm(parent, { recursive: true, force: true });
      liveTempDirs.delete(parent);
    }
  }
}

// A clone whose run succeeded is kept until its reports are written (src/cli.ts calls releaseClones):
// a report reads positions and texts from the clone's files only when it shows them
// (src/parse/yaml.ts locate, src/io/parse-pool.ts fileText). A signal or the exit removes it too.
const keptClones = new Set<string>();

/** Removes the clones kept by withClone. */
export async function releaseClones(): Promise<void> {
  for (const parent of keptClones) {
    await rm(parent, { recursive: true, force: true });
    liveTempDirs.delete(parent);
  }
  keptClones.clear();
}

// `finally` does not run when the process is killed by a signal (a cancelled CI job sends SIGINT or
// SIGTERM): remove the clones then, and die of the same signal as before.
const liveTempDirs = new Set<string>();
let signalCleanupInstalled = false;

function installSignalCleanup(): void {
  if (signalCleanupInstalled) return;
  signalCleanupInstalled = true;
  const removeAll = (): void => {
    for (const dir of liveTempDirs) rmSync(dir, { recursive: true, force: true });
    liveTempDirs.clear();
  };
  process.once("exit", removeAll);
  // One handler stays installed until the clones are gone: a second signal during the removal (a
  // terminal's Ctrl-C reaches the process twice when dist/bin.js passes it on) waits for it.
  const signals = ["SIGINT", "SIGTERM", "SIGHUP"] as const;
  const onSignal = (signal: NodeJS.Signals): void => {
    removeAll();
    for (const s of signals) process.off(s, onSignal);
    process.kill(process.pid, signal);
  };
  for (const s of signals) process.on(s, onSignal);
}

/** A local checkout as a Checkout: its current branch and its `origin`. */
export async function openCheckout(
  dir: string,
  ambient: Ambient,
  token: string | null,
  signal?: AbortSignal,
): Promise<Checkout> {
  const probe = client(dir, gitEnv(ambient, null, null));
  const isRepo = await probe.checkIsRepo().catch(() => false);
  if (!isRepo) throw new GitError("open repository", `${dir} is not a git work tree; --commit needs one`);
  const remoteUrl = await probe
    .raw(["remote", "get-url", "origin"])
    .then((s) => s.trim())
    .catch(() => null);
  const env = gitEnv(ambient, token, remoteUrl);
  return { dir, branch: await currentBranch(dir, env), remoteUrl, env, signal };
}

async function currentBranch(dir: string, env: Readonly<Record<string, string>>): Promise<string | null> {
  const name = await client(dir, env)
    .raw(["symbolic-ref", "--quiet", "--short", "HEAD"])
    .catch(() => "");
  return name.trim() === "" ? null : name.trim();
}

export async function readHead(checkout: Checkout): Promise<string> {
  return (
    await gitStep("rev-parse", "cannot read HEAD", () =>
      client(checkout.dir, checkout.env, checkout.signal).revparse(["HEAD"]),
    )
  ).trim();
}

/**
 * Commits exactly `paths` (files written or deleted by the plan; other staged changes stay staged
 * and out of the commit) with `identity` as author and committer, on top of HEAD (or as the first
 * commit of an unborn branch). Returns the new commit id, or HEAD unchanged when the paths hold no
 * change against it. Throws a GitError when git fails, or when HEAD moved meanwhile.
 *
 * What `git commit <paths>` does, in plumbing: a temporary index (GIT_INDEX_FILE) is read from
 * HEAD, the paths are added or removed there (`update-index --add --remove`, which stores what
 * `git add` would: the same clean filters and end-of-line conversion), its tree becomes a commit
 * (`commit-tree`) and HEAD moves to it only if it is still the commit read (`update-ref <new>
 * <old>`); then the real index takes the same paths. `add -A` and `commit` with 20,000 pathspecs
 * took 15 s, because git matches every index entry against every pathspec; `update-index` takes
 * literal paths, none of them a pattern (`gen/[eu]`), and no hook runs. A path that a .gitignore
 * excludes is refused, as `git add` refuses it.
 */
export async function commitPaths(
  checkout: Checkout,
  paths: readonly string[],
  message: string,
  identity: Identity,
): Promise<string> {
  const env = {
    ...checkout.env,
    GIT_AUTHOR_NAME: identity.name,
    GIT_AUTHOR_EMAIL: identity.email,
    GIT_COMMITTER_NAME: identity.name,
    GIT_COMMITTER_EMAIL: identity.email,
  };
  if (paths.length === 0) throw new GitError("commit", "cannot commit the generated files: no paths to commit");
  const git = client(checkout.dir, env, checkout.signal);
  // The paths reach git on stdin and the message in a file, not on the command line: tens of
  // thousands of paths, or a message body naming a few thousand files (one argument is at most
  // 128 KiB on Linux), would exceed the system's argument limits (E2BIG).
  const list = paths.map((p) => `${p}\0`).join("");
  // --replace: a generated file where a directory was (or the reverse), which `git add` replaced too.
  const updateIndex = ["update-index", "--add", "--remove", "--replace", "-z", "--stdin"];
  const tempDir = await mkdtemp(join(tmpdir(), "meshservice-reconciler-commit-"));
  try {
    const messageFile = join(tempDir, "message");
    await writeFile(messageFile, message, "utf8");
    const staging = client(checkout.dir, { ...env, GIT_INDEX_FILE: join(tempDir, "index") }, checkout.signal, list);
    return await gitStep("commit", "cannot commit the generated files", async () => {
      // `git add` refused a path that a .gitignore excludes (and is not tracked); update-index would
      // add it: refuse it here as add did. The ignored untracked files and directories of the work
      // tree, an ignored directory as one `dir/` entry (`check-ignore --stdin` took 11 s for 20,000).
      const excluded = new Set(
        (
          await git.raw([
            "-c",
            "core.quotePath=false",
            "ls-files",
            "-z",
            "--others",
            "--ignored",
            "--exclude-standard",
            "--directory",
          ])
        ).split("\0"),
      );
      const ignored = paths.filter((p) => {
        for (let end = p.length; end > 0; end = p.lastIndexOf("/", end - 1))
          if (excluded.has(end === p.length ? p : p.slice(0, end + 1))) return true;
        return false;
      });
      if (ignored.length > 0)
        throw new Error(
          `${ignored.slice(0, 3).map(printable).join(", ")}${ignored.length > 3 ? ` and ${ignored.length - 3} more` : ""} ` +
            `${ignored.length === 1 ? "is" : "are"} ignored by a .gitignore file; git add refuses such paths`,
        );
      // Exit 1 without a message on an unborn branch: simple-git resolves with "".
      const head = (await git.raw(["rev-parse", "--verify", "--quiet", "HEAD"])).trim();
      await staging.raw(head === "" ? ["read-tree", "--empty"] : ["read-tree", head]);
      await staging.raw(updateIndex);
      const tree = (await staging.raw(["write-tree"])).trim();
      // Nothing to commit (the files are as in HEAD): no commit, HEAD stays, as `git commit` did here.
      if (head !== "" && tree === (await git.revparse([`${head}^{tree}`])).trim()) return head;
      // commit-tree keeps the message byte for byte (as `commit --cleanup=verbatim`). Plumbing
      // starts no automatic gc or maintenance, which would still be writing in .git while a
      // temporary clone is removed.
      const commit = (
        await git.raw(["commit-tree", tree, ...(head === "" ? [] : ["-p", head]), "-F", messageFile])
      ).trim();
      // The real index first, as `git add` came before `git commit`: when it cannot be written (a
      // concurrent git holds index.lock) HEAD has not moved, and when update-ref fails the paths
      // are staged, as after a failed commit.
      await client(checkout.dir, env, checkout.signal, list).raw(updateIndex);
      const subject = message.split("\n", 1)[0] ?? "";
      await git.raw(["update-ref", "-m", `commit${head === "" ? " (initial)" : ""}: ${subject}`, "HEAD", commit, head]);
      return commit;
    });
  } finally {
    await rm(tempDir, { recursive: true, force: true });
  }
}

export type PushResult = { readonly kind: "pushed" } | { readonly kind: "race"; readonly detail: string };

// Rejections that mean "the remote moved while we worked": fetch and try again. The remote ones come
// from a concurrent push that won the ref lock after both passed the fast-forward check. Only git's
// own status line of the ref counts (`--porcelain`: `!<TAB>from:to<TAB>[rejected] (reason)`): a
// pre-receive hook's text (`remote: ...`) may say "non-fast-forward" and is no race.
const RACE = /^(fetch first|non-fast-forward|stale info|failed to update ref|cannot lock ref.*|incorrect old value.*)$/;
const REJECTED = /^!\t[^\t]*\t\[(?:rejected|remote rejected)\] \((.*)\)$/m;

/**
 * Pushes HEAD to `refs/heads/<branch>` of origin. With `lease`, as `--force-with-lease` against that
 * expected remote commit ("" for "the branch must not exist"). A push updates one ref, so it lands
 * whole or not at all. A rejection because the remote moved is returned as `race`; any other failure
 * throws.
 */
export async function pushHead(checkout: Checkout, branch: string, lease?: string): Promise<PushResult> {
  const args = ["push", "--porcelain", "--no-verify"];
  if (lease !== undefined) args.push(`--force-with-lease=refs/heads/${branch}:${lease}`);
  args.push("origin", `HEAD:refs/heads/${branch}`);
  try {
    await client(checkout.dir, checkout.env, checkout.signal).raw(args);
    return { kind: "pushed" };
  } catch (cause) {
    const message = gitMessage(cause);
    const reason = REJECTED.exec((cause as Error).message ?? "")?.[1] ?? "";
    if (RACE.test(reason)) return { kind: "race", detail: reason };
    throw new GitError("push", `cannot push to ${branch}: ${message}`, { cause });
  }
}

/** The commit `refs/heads/<branch>` points to on origin, or null when there is no such branch. */
export async function readRemoteBranch(checkout: Checkout, branch: string): Promise<string | null> {
  const out = await gitStep("ls-remote", `cannot read ${branch} on the remote`, () =>
    client(checkout.dir, checkout.env, checkout.signal).raw(["ls-remote", "origin", `refs/heads/${branch}`]),
  );
  const sha = out.split(/\s/)[0] ?? "";
  return SHA.test(sha) ? sha : null;
}

/**
 * Fetches `branch` from origin (shallow when `depth` is given) and returns the fetched commit. The
 * clone is shallow, so a fetch brings only what is new.
 */
export async function fetchBranch(checkout: Checkout, branch: string, depth?: number): Promise<string> {
  const args = ["fetch", "--quiet", ...(depth === undefined ? [] : ["--depth", String(depth)])];
  await gitStep("fetch", `cannot fetch ${branch}`, () =>
    client(checkout.dir, checkout.env, checkout.signal).raw([...args, "origin", `refs/heads/${branch}`]),
  );
  return (await client(checkout.dir, checkout.env, checkout.signal).revparse(["FETCH_HEAD"])).trim();
}

/** Moves the checked-out branch (or detached HEAD) and the work tree to `commit`, dropping local edits. */
export async function resetHard(checkout: Checkout, commit: string): Promise<void> {
  await gitStep("reset", `cannot reset to ${commit}`, () =>
    client(checkout.dir, checkout.env, checkout.signal).raw(["reset", "--quiet", "--hard", commit]),
  );
}

/** Author and committer of `commit`. */
export async function readCommitPeople(
  checkout: Checkout,
  commit: string,
): Promise<{ author: Identity; committer: Identity }> {
  const out = await gitStep("log", `cannot read commit ${commit}`, () =>
    client(checkout.dir, checkout.env, checkout.signal).raw([
      "show",
      "--no-patch",
      "--format=%an%x00%ae%x00%cn%x00%ce",
      commit,
    ]),
  );
  const [an = "", ae = "", cn = "", ce = ""] = out.trim().split("\0");
  return { author: { name: an, email: ae }, committer: { name: cn, email: ce } };
}

/**
 * The top level of the work tree that holds `dir` (`git rev-parse --show-toplevel`), or null when
 * `dir` is in no work tree: a run started in a subdirectory reads the whole repository, as git does.
 */
export async function readTopLevel(dir: string): Promise<string | null> {
  try {
    const top = (await simpleGit({ baseDir: dir }).raw(["rev-parse", "--show-toplevel"])).trim();
    return top === "" ? null : top;
  } catch {
    return null;
  }
}

/**
 * Refuses a branch name that git refuses (`git check-ref-format --branch`: no leading `-`, no `HEAD`,
 * no `..`, no `@{`...), or that git would expand into another (`@{-1}`): the name is pushed as
 * `refs/heads/<name>` and must be exactly that branch.
 */
export async function checkBranchName(flag: string, name: string): Promise<void> {
  const checked = await simpleGit()
    .raw(["check-ref-format", "--branch", name])
    .then((out) => out.trim())
    .catch(() => null);
  if (checked !== name) throw new UsageError(`${flag} ${JSON.stringify(name)} is not a valid branch name`);
}

/**
 * The paths under `dir` that differ from HEAD in the work tree or the index, untracked files
 * included, relative to `dir` (which may be a subdirectory of its work tree). Ignored files are not
 * listed.
 */
export async function readUncommittedPaths(dir: string): Promise<string[]> {
  const git = simpleGit({ baseDir: dir });
  return await gitStep("status", "cannot read the status of the work tree", async () => {
    const prefix = (await git.raw(["rev-parse", "--show-prefix"])).trim();
    const out = await git.raw(["status", "--porcelain", "-z", "--untracked-files=all", "--no-renames", "--", "."]);
    // Porcelain v1 with -z: `XY <path>` entries separated by NUL, paths relative to the top level.
    return out
      .split("\0")
      .filter((entry) => entry.length > 3)
      .map((entry) => entry.slice(3))
      .filter((path) => path.startsWith(prefix))
      .map((path) => path.slice(prefix.length));
  });
}
