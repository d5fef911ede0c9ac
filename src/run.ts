import { resolve } from "node:path";
import { hasErrors } from "./diagnostics.js";
import { UsageError } from "./errors.js";
import { Cache } from "./io/cache.js";
import { writePlan } from "./io/files.js";
import { checkBranchName, openCheckout, readHeadCommit, readUncommittedPaths, withClone } from "./io/git.js";
import { readTool } from "./io/package-files.js";
import { indexReadResults, readAndParseCached, readBlobIds } from "./io/parse-pool.js";
import { SILENT_PROGRESS } from "./io/progress.js";
import type { Progress } from "./io/progress.js";
import {
  discoverZones,
  findConfigFile,
  findReconcileWorkflow,
  readConfigFile,
  resolveLocalRepo,
  zoneFilePaths,
} from "./io/repository.js";
import { readSchemas } from "./io/schemas.js";
import { memoStats, recallZones, rememberZones } from "./io/zone-memo.js";
import { isRemoteUrl } from "./options.js";
import type { Options } from "./options.js";
import { reconcile } from "./plan/reconcile.js";
import { checkUncommittedInputs } from "./plan/uncommitted.js";
import { proposePullRequest } from "./publish/propose.js";
import type { GitHubContext } from "./publish/propose.js";
import { commitAndPush, commitInPlace } from "./publish/push.js";
import { stoppedOutcome } from "./report/report.js";
import type { RunOutcome } from "./report/report.js";
import { selectZones, unknownZones, validateConfigFile } from "./validate/config.js";

export interface RunContext {
  /** The environment: the token (GITHUB_TOKEN or --token-env), GITHUB_API_URL, GITHUB_REPOSITORY. */
  readonly env: Readonly<Record<string, string | undefined>>;
  /** The redaction applied to everything that leaves the process (here: a pull request body). */
  readonly redact: (text: string) => string;
  /** Progress of the long steps (clone, discovery, reading, writing, push, pull request). */
  readonly progress: Progress;
  /** Aborted when the run passes --timeout: git processes and API requests stop, nothing more is written. */
  readonly signal?: AbortSignal | undefined;
}

/**
 * The composition root. A URL is cloned into a temporary directory first, and so is the `origin` of a
 * local checkout for `--push` and `--pull-request` (the remote branch is what gets pushed to, and
 * nothing in the checkout changes). Then the stages of `reconcileRepo`, and for `apply` the git flow.
 */
export async function run(options: Options, ctx: RunContext): Promise<RunOutcome> {
  const token = nonEmpty(ctx.env[options.tokenEnv]);
  const remote = isRemoteUrl(options.repo);
  if (remote && options.command === "apply" && !options.push && !options.pullRequest)
    throw new UsageError("apply on a cloned URL needs --push or --pull-request: nothing else would persist");
  if (options.branch !== undefined) await checkBranchName("--branch", options.branch);
  const reconcileAt = (dir: string): Promise<RunOutcome> => reconcileRepo(options, dir, ctx.progress, ctx.signal);
  const note = (message: string): void => ctx.progress.note(message);
  if (options.push || options.pullRequest) {
    const target = remote ? { url: options.repo, ref: options.ref } : await readOrigin(options, ctx.env, token);
    return await withClone(target.url, target.ref, ctx.env, token, note, ctx.signal, (checkout) =>
      options.push
        ? commitAndPush(options, checkout, reconcileAt, note)
        : proposePullRequest(options, checkout, gitHubContext(options, ctx, token), reconcileAt, note),
    );
  }
  if (remote)
    return await withClone(options.repo, options.ref, ctx.env, token, note, ctx.signal, (checkout) =>
      reconcileAt(checkout.dir),
    );
  const repoDir = await resolveLocalRepo(options.repo, options.repoDefault);
  if (!options.commit) return await reconcileAt(repoDir);
  // Before anything is written: an error (here, no work tree to commit in) changes nothing.
  const checkout = await openCheckout(repoDir, ctx.env, token, ctx.signal);
  return await commitInPlace(options, checkout, await reconcileAt(repoDir));
}

/**
 * The stages of a run on a directory: read the config, discover, read and parse the files,
 * reconcile, and for `apply` write the plan, but only when no stage reported an error. Re-run from
 * scratch on a new head after a lost push race.
 */
export async function reconcileRepo(
  options: Options,
  repoDir: string,
  progress: Progress = SILENT_PROGRESS,
  signal?: AbortSignal,
): Promise<RunOutcome> {
  const schemas = readSchemas();
  const repo = { source: options.repo, ref: options.ref ?? null, commit: await readHeadCommit(repoDir) };
  const configFile = await findConfigFile(repoDir, options.config);
  const loaded = validateConfigFile(configFile === null ? null : await readConfigFile(repoDir, configFile), schemas);
  const { config, zoneLocations, zoneKeys } = loaded;
  if (config === undefined) return stoppedOutcome(options.command, repo, loaded.diagnostics);
  const zones = selectZones(config, options.zones);
  if (zones.unknown.length > 0) throw new UsageError(unknownZones(zones.unknown, zones.all));
  const discovered = await progress.step("discover files", () =>
    discoverZones(
      repoDir,
      zones.selected,
      zones.all.map((z) => z.output),
      config?.file ?? null,
      zoneKeys,
    ),
  );
  const paths = zoneFilePaths(discovered.files);
  const cache = await openCache(options);
  const blobIds = await readBlobIds(repoDir);
  const { allowDeletions } = options;
  const memo = {
    config,
    zones: zones.selected,
    files: discovered.files,
    blobIds,
    zoneLocations,
    zoneKeys,
    allowDeletions,
  };
  // The zones whose inputs are unchanged come whole from the cache: their files are not read.
  const recalled = recallZones(cache, repoDir, memo);
  const read = await progress.step(`read ${recalled.unread.length} files`, () =>
    readAndParseCached(repoDir, recalled.unread, options.jobs, cache, blobIds),
  );
  const files = indexReadResults(repoDir, read.results);
  const uncommitted = options.commit && !options.allowDirty ? await readUncommittedPaths(repoDir) : [];
  const markers = new Map([...recalled.markers, ...files.parsed]);
  const dirty = checkUncommittedInputs(uncommitted, discovered.files, configFile, markers);
  const result = await progress.step("reconcile", () =>
    Promise.resolve(
      reconcile({
        config,
        zoneLocations,
        zoneKeys,
        allowDeletions,
        zones: zones.selected,
        files: discovered.files,
        ...files,
        schemas,
        memoised: recalled.memoised,
      }),
    ),
  );
  const diagnostics = [...loaded.diagnostics, ...discovered.diagnostics, ...dirty, ...result.diagnostics];
  const applied = options.command === "apply" && !hasErrors(diagnostics);
  rememberZones(cache, memo, recalled, result.outcomes, files.parsed, applied);
  // Past the deadline nothing is written: the run is stopping.
  signal?.throwIfAborted();
  if (applied)
    await progress.step("write files", () =>
      writePlan(
        repoDir,
        result.changes,
        zones.selected.map((z) => z.output),
      ),
    );
  if (cache.enabled) await progress.step("save the cache", () => cache.save());
  const reconcileWorkflow = await findReconcileWorkflow(repoDir);
  const { zones: zoneResults, changes } = result;
  return {
    command: options.command,
    repo,
    zones: zoneResults,
    changes,
    diagnostics,
    applied,
    pullRequestUrl: null,
    reconcileWorkflow,
    stats: memoStats(paths.length, recalled, read.stats),
  };
}

/** The `origin` URL and branch of a local checkout, for `--push` and `--pull-request`. */
async function readOrigin(
  options: Options,
  env: RunContext["env"],
  token: string | null,
): Promise<{ url: string; ref: string | undefined }> {
  const repoDir = await resolveLocalRepo(options.repo, options.repoDefault);
  const checkout = await openCheckout(repoDir, env, token);
  if (checkout.remoteUrl === null)
    throw new UsageError(`--push and --pull-request need a remote "origin" in ${options.repo}`);
  const ref = options.ref ?? checkout.branch ?? undefined;
  if (ref === undefined)
    throw new UsageError(`${options.repo} has a detached HEAD: pass --ref with the branch to work on`);
  // A path remote is relative to the checkout, and the clone happens elsewhere.
  const url = isRemoteUrl(checkout.remoteUrl) ? checkout.remoteUrl : resolve(repoDir, checkout.remoteUrl);
  return { url, ref };
}

function gitHubContext(options: Options, ctx: RunContext, token: string | null): GitHubContext {
  return {
    token,
    tokenEnv: options.tokenEnv,
    apiUrl: nonEmpty(ctx.env["GITHUB_API_URL"]) ?? undefined,
    repository: nonEmpty(ctx.env["GITHUB_REPOSITORY"]) ?? undefined,
    tool: readTool(),
    redact: ctx.redact,
    signal: ctx.signal,
  };
}

/**
 * The cache of a run, keyed by the repository as the user names it (a clone's directory is new every
 * run) and the ref. Entries are keyed by content, so this only decides which runs share a file.
 */
async function openCache(options: Options): Promise<Cache> {
  if (options.cacheHome === null) return Cache.disabled();
  const scope = `${isRemoteUrl(options.repo) ? options.repo : resolve(options.repo)}#${options.ref ?? ""}`;
  return await Cache.open(scope, options.cacheHome);
}

function nonEmpty(value: string | undefined): string | null {
  return value === undefined || value === "" ? null : value;
}
