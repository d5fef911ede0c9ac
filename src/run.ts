import { dirname, resolve } from "node:path";
import { hasErrors } from "./diagnostics.js";
import { UsageError } from "./errors.js";
import { Cache } from "./io/cache.js";
import { writePlan } from "./io/files.js";
import { checkBranchName, openCheckout, readHeadCommit, readUncommittedPaths, withClone } from "./io/git.js";

export { releaseClones } from "./io/git.js";
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
import type { ControlPlane } from "./io/kuma-api.js";
import { readSchemas } from "./io/schemas.js";
import { memoStats, recallZones, rememberZones } from "./io/zone-memo.js";
import { GLOBAL_ZONE_NAME, multiZoneActive, multiZoneOutput } from "./model/config.js";
import { isRemoteUrl } from "./model/repository.js";
import type { Options, ZonesOptions } from "./options.js";
import { compareLive, liveMeshes } from "./plan/live.js";
import type { LiveComparison } from "./plan/live.js";
import { planMigration, unresolvedDiagnostics } from "./plan/migrate.js";
import type { FileChange } from "./plan/plan.js";
import { reconcile } from "./plan/reconcile.js";
import type { ReconcileInput, ReconcileResult, ZoneResult } from "./plan/reconcile.js";
import { checkUncommittedInputs } from "./plan/uncommitted.js";
import type { GitHubContext } from "./publish/propose.js";
import { commitAndPush, commitInPlace } from "./publish/push.js";
import { stoppedOutcome } from "./report/report.js";
import type { RunOutcome } from "./report/report.js";
import type { ZoneConfig } from "./model/config.js";
import type { Diagnostic } from "./diagnostics.js";
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
  const writes = options.command === "apply" || (options.command === "migrate" && !options.migrateReport);
  if (remote && writes && !options.push && !options.pullRequest)
    throw new UsageError(
      `${options.command} on a cloned URL needs --push or --pull-request: nothing else would persist`,
    );
  if (options.branch !== undefined) await checkBranchName("--branch", options.branch);
  if (options.botBranch !== undefined) await checkBranchName("--bot-branch", options.botBranch);
  const controlPlane = options.live === undefined ? null : await controlPlaneOf(options, options.live, ctx);
  const reconcileAt = (dir: string): Promise<RunOutcome> =>
    reconcileRepo(options, dir, ctx.progress, ctx.signal, controlPlane);
  const note = (message: string): void => ctx.progress.note(message);
  if (options.push || options.pullRequest) {
    const target = remote ? { url: options.repo, ref: options.ref } : await readOrigin(options, ctx.env, token);
    return await withClone(target.url, target.ref, ctx.env, token, note, ctx.signal, (checkout) =>
      options.push
        ? commitAndPush(options, checkout, reconcileAt, note)
        : // Loaded only for --pull-request: the GitHub client (Octokit) is a large part of the program.
          import("./publish/propose.js").then(({ proposePullRequest }) =>
            proposePullRequest(options, checkout, gitHubContext(options, ctx, token), reconcileAt, note),
          ),
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
  const outcome = await reconcileAt(repoDir);
  return await ctx.progress.step("commit", () => commitInPlace(options, checkout, outcome));
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
  controlPlane: ControlPlane | null = null,
): Promise<RunOutcome> {
  // The two git processes of a run start at once and run beside the config and discovery steps.
  const [headCommit, indexBlobIds] = [readHeadCommit(repoDir), readBlobIds(repoDir)];
  const schemas = await readSchemas();
  const repo = { source: options.repo, ref: options.ref ?? null, commit: await headCommit };
  const configFile = await findConfigFile(repoDir, options.config);
  const loaded = validateConfigFile(configFile === null ? null : await readConfigFile(repoDir, configFile), schemas);
  const { config, zoneLocations, zoneKeys } = loaded;
  if (config === undefined) return stoppedOutcome(options.command, repo, loaded.diagnostics);
  const zones = selectZones(config, options.zones);
  if (zones.unknown.length > 0) throw new UsageError(unknownZones(zones.unknown, zones.all));
  // MeshMultiZoneServices: their output is never a source, and is written only when every zone is in the run.
  const globalOutput = multiZoneOutput(config);
  const globalWritten = zones.selected.length === zones.all.length ? globalOutput : null;
  // The cache's memoised zones are read while discovery waits on the file system.
  const opening = openCache(options);
  opening.catch(() => undefined); // awaited below; a failure is not lost if discovery throws first
  const discovered = await progress.step("discover files", () =>
    discoverZones(
      repoDir,
      zones.selected,
      [...zones.all.map((z) => z.output), ...(globalOutput === null ? [] : [globalOutput])],
      config?.file ?? null,
      zoneKeys,
      globalWritten,
    ),
  );
  const paths = zoneFilePaths(discovered.files);
  const cache = await opening;
  const blobIds = await indexBlobIds;
  const { allowDeletions } = options;
  const memo = {
    config,
    zones: zones.selected,
    files: discovered.files,
    blobIds,
    zoneLocations,
    zoneKeys,
    allowDeletions,
    // Only plan, check and apply without --live memoise: migrate rewrites the parsed policies, --live
    // compares the committed MeshServices, and MeshMultiZoneServices need every zone's sources.
    enabled: options.command !== "migrate" && controlPlane === null && !multiZoneActive(config),
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
  const input = {
    config,
    zoneLocations,
    zoneKeys,
    globalAt: loaded.globalAt,
    allowDeletions,
    zones: zones.selected,
    files: discovered.files,
    ...files,
    schemas,
    memoised: recalled.memoised,
  };
  const reconciled = await progress.step("reconcile", () => Promise.resolve(reconcile(input)));
  const earlier = [...loaded.diagnostics, ...discovered.diagnostics, ...dirty, ...reconciled.diagnostics];
  const { result, live } =
    controlPlane === null || hasErrors(earlier)
      ? { result: reconciled, live: null }
      : await liveStep(options, input, reconciled, controlPlane, progress);
  const migrating = options.command === "migrate";
  const planned = commandPlan(options, result);
  const diagnostics = [...loaded.diagnostics, ...discovered.diagnostics, ...dirty, ...planned.diagnostics];
  const { changes } = planned;
  const writing = options.command === "apply" || (migrating && !options.migrateReport);
  const applied = writing && !hasErrors(diagnostics);
  rememberZones(cache, memo, recalled, result.outcomes, files.parsed, applied);
  // Past the deadline nothing is written: the run is stopping.
  signal?.throwIfAborted();
  if (applied)
    await progress.step("write files", () =>
      writePlan(
        repoDir,
        changes,
        migrating
          ? policyDirs(changes)
          : [...zones.selected.map((z) => z.output), ...(globalWritten === null ? [] : [globalWritten])],
      ),
    );
  if (cache.enabled) await progress.step("save the cache", () => cache.save());
  const reconcileWorkflow = await findReconcileWorkflow(repoDir);
  // A zone's counts are of the files this command changes: MeshService files, or policy files for migrate.
  const zoneResults = migrating
    ? result.zones.map((z) => ({ ...z, changes: changes.filter((c) => c.zone === z.zone.name) }))
    : result.zones;
  return {
    command: options.command,
    repo,
    zones: zoneResults,
    configZones: zones.all.length,
    changes,
    diagnostics,
    applied,
    pullRequestUrl: null,
    reconcileWorkflow,
    stats: memoStats(paths.length, recalled, read.stats),
    ...(live !== null ? { live } : {}),
  };
}

/**
 * --live: read the zone's MeshServices from its control plane; then either compare them with the
 * committed ones (plan and check), or, for --adopt-live-vips, reconcile again with the live VIPs as
 * the recorded ones (a second pure reconcile, compute/live-vips.ts).
 */
async function liveStep(
  options: Options,
  input: ReconcileInput,
  reconciled: ReconcileResult,
  controlPlane: ControlPlane,
  progress: Progress,
): Promise<{ result: ReconcileResult; live: LiveComparison | null }> {
  const zone = liveZone(reconciled.zones, options.adoptLiveVips);
  const meshes = liveMeshes(zone);
  const items = await progress.step(`read MeshServices from ${new URL(controlPlane.url).host}`, () =>
    // Loaded only for --live, with Node's HTTP and TLS modules.
    import("./io/kuma-api.js").then(({ readLiveMeshServices }) =>
      readLiveMeshServices(controlPlane, meshes, input.schemas),
    ),
  );
  if (options.adoptLiveVips) {
    const live = new Map([[zone.zone.name, items]]);
    const result = await progress.step("reconcile with the live VIPs", () =>
      Promise.resolve(reconcile({ ...input, live })),
    );
    return { result, live: null };
  }
  const { environment } = zone.zone;
  const drift = compareLive({ zone: zone.zone.name, environment, meshes, committed: zone.committed, live: items });
  return {
    result: reconciled,
    live: { url: controlPlane.url, zone: zone.zone.name, meshes, listed: items.length, drift },
  };
}

/** The one zone whose control plane --live reads; --adopt-live-vips only on Universal. */
function liveZone(results: readonly ZoneResult[], adopt: boolean): ZoneResult {
  // The global step's MeshMultiZoneServices belong to the global control plane, not to a zone's.
  const zones = results.filter((z) => z.zone.name !== GLOBAL_ZONE_NAME);
  const [zone, ...more] = zones;
  if (zone === undefined || more.length > 0)
    throw new UsageError(
      `--live reads the control plane of one zone, and ${zones.length} zones are selected: pass --zone <name>`,
    );
  if (adopt && zone.zone.environment !== "universal")
    throw new UsageError(
      `--adopt-live-vips is for Universal zones; zone "${zone.zone.name}" is Kubernetes, where a MeshService's VIP is its Service's ClusterIP`,
    );
  return zone;
}

/** The control plane of --live: its token from --kuma-token-env, its CA from --kuma-ca-file. */
async function controlPlaneOf(options: Options, url: string, ctx: RunContext): Promise<ControlPlane> {
  const token = options.kumaTokenEnv === undefined ? null : nonEmpty(ctx.env[options.kumaTokenEnv]);
  if (options.kumaTokenEnv !== undefined && token === null)
    throw new UsageError(`--kuma-token-env names ${options.kumaTokenEnv}, which is not set or empty`);
  const ca =
    options.kumaCaFile === undefined ? null : await (await import("./io/kuma-api.js")).readCaFile(options.kumaCaFile);
  return { url, token, ca, signal: ctx.signal };
}

/**
 * `zones`: the config's zones that --zone selects (all without it), read and checked as every
 * command reads the config; its problems are diagnostics, and with an error no zone is listed.
 * Without a config file it is the one `default` zone, whose environment only the sources decide
 * (`configured: false`).
 */
export async function listZones(
  options: ZonesOptions,
): Promise<{ zones: readonly ZoneConfig[]; configured: boolean; diagnostics: readonly Diagnostic[] }> {
  const repoDir = await resolveLocalRepo(options.repo, options.repoDefault);
  const configFile = await findConfigFile(repoDir, options.config);
  const file = configFile === null ? null : await readConfigFile(repoDir, configFile);
  const { config, diagnostics } = validateConfigFile(file, await readSchemas());
  if (config === undefined || hasErrors(diagnostics)) return { zones: [], configured: false, diagnostics };
  const zones = selectZones(config, options.zones);
  if (zones.unknown.length > 0) throw new UsageError(unknownZones(zones.unknown, zones.all));
  return { zones: zones.selected, configured: config !== null, diagnostics };
}

/**
 * What the command makes of the reconcile: for migrate the rewrite of the policy files
 * (plan/migrate.ts), without the legacy-reference diagnostics that rewrite resolves (under
 * `policyReferences: error` they would stop it); for the others the MeshService files.
 */
function commandPlan(
  options: Options,
  result: ReconcileResult,
): { changes: readonly FileChange[]; diagnostics: readonly Diagnostic[] } {
  if (options.command !== "migrate") return result;
  const migrated = planMigration({ meshes: result.zones.flatMap((z) => z.migration), replace: options.replace });
  return {
    changes: migrated.changes,
    diagnostics: [...unresolvedDiagnostics(result.diagnostics, migrated), ...migrated.diagnostics],
  };
}

/** The directories of the policy files migrate rewrites: the only places its write may touch. */
function policyDirs(changes: readonly { readonly path: string }[]): string[] {
  return [...new Set(changes.map((c) => dirname(c.path)))];
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
