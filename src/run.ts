import { resolve } from "node:path";
import { DEFAULT_CONFIG_FILE, parseConfig, zoneWithDefaults } from "./config.js";
import type { Config } from "./config.js";
import { hasErrors } from "./diagnostics.js";
import type { Diagnostic, Location } from "./diagnostics.js";
import { UsageError } from "./errors.js";
import { confineTargets, deleteFile, readTextIfExists, writeFileAtomic } from "./io/files.js";
import { commitAndPush, commitInPlace, proposePullRequest } from "./git-flow.js";
import type { GitHubContext } from "./git-flow.js";
import { Cache } from "./io/cache.js";
import { openCheckout, readHeadCommit, withClone } from "./io/git.js";
import { fileText, readAndParseCached } from "./io/parse-pool.js";
import type { Progress } from "./io/progress.js";
import { discoverZones, resolveLocalRepo } from "./io/repository.js";
import { isRemoteUrl } from "./options.js";
import type { Options } from "./options.js";
import { parseYamlFile, withSource } from "./parse/yaml.js";
import type { ParsedFile } from "./parse/yaml.js";
import { locate } from "./parse/yaml.js";
import { reconcile } from "./plan/reconcile.js";
import type { FileChange } from "./plan/plan.js";
import { pullRequestReportLimit } from "./publish/pull-request.js";
import { renderMarkdown } from "./report/markdown.js";
import { buildReport } from "./report/report.js";
import type { RunOutcome } from "./report/report.js";
import { SILENT_PROGRESS } from "./io/progress.js";

const TOOL = { name: "meshservice-reconciler", version: "" };

export interface RunContext {
  /** The environment: the token (GITHUB_TOKEN or --token-env), GITHUB_API_URL, GITHUB_REPOSITORY. */
  readonly env: Readonly<Record<string, string | undefined>>;
  /** The redaction applied to everything that leaves the process (here: a pull request body). */
  readonly redact: (text: string) => string;
  /** Progress of the long steps (clone, discovery, reading, writing, push, pull request). */
  readonly progress: Progress;
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
  const reconcileAt = (dir: string): Promise<RunOutcome> => reconcileRepo(options, dir, ctx.progress);
  const note = (message: string): void => ctx.progress.note(message);
  if (options.push || options.pullRequest) {
    const target = remote ? { url: options.repo, ref: options.ref } : await readOrigin(options, ctx.env, token);
    return await withClone(target.url, target.ref, ctx.env, token, note, (checkout) =>
      options.push
        ? commitAndPush(options, checkout, reconcileAt, note)
        : proposePullRequest(options, checkout, gitHubContext(options, ctx, token), reconcileAt, note),
    );
  }
  if (remote)
    return await withClone(options.repo, options.ref, ctx.env, token, note, (checkout) => reconcileAt(checkout.dir));
  const repoDir = await resolveLocalRepo(options.repo);
  if (!options.commit) return await reconcileAt(repoDir);
  // Before anything is written: an error (here, no work tree to commit in) changes nothing.
  const checkout = await openCheckout(repoDir, ctx.env, token);
  return await commitInPlace(options, checkout, await reconcileAt(repoDir));
}

/** The `origin` URL and branch of a local checkout, for `--push` and `--pull-request`. */
async function readOrigin(
  options: Options,
  env: RunContext["env"],
  token: string | null,
): Promise<{ url: string; ref: string | undefined }> {
  const repoDir = await resolveLocalRepo(options.repo);
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
    // The body proposes the plan: render it as the drift it is on the base branch.
    // Rendered to leave room for the hidden marker, so that its own truncation note is never cut.
    markdown: (outcome) =>
      renderMarkdown(buildReport({ ...outcome, command: "plan", applied: false }, TOOL, 0), {
        limit: pullRequestReportLimit(),
      }),
    redact: ctx.redact,
  };
}

/**
 * What the cache file of a run is keyed by: the repository as the user names it (a clone's
 * directory is new every run) and the ref. Entries are keyed by content, so this only decides
 * which runs share a file.
 */
function cacheScope(options: Options): string {
  return `${isRemoteUrl(options.repo) ? options.repo : resolve(options.repo)}#${options.ref ?? ""}`;
}

function nonEmpty(value: string | undefined): string | null {
  return value === undefined || value === "" ? null : value;
}

/**
 * Read the config, discover, read and parse the files, reconcile, and for `apply` write the plan, but
 * only when no stage reported an error. Re-run from scratch on a new head after a lost push race.
 */
export async function reconcileRepo(
  options: Options,
  repoDir: string,
  progress: Progress = SILENT_PROGRESS,
): Promise<RunOutcome> {
  const commit = await readHeadCommit(repoDir);
  const repo = { source: options.repo, ref: options.ref ?? null, commit };
  const loaded = await loadConfig(repoDir, options.config);
  if (loaded.config === undefined) return failed(options, repo, loaded.diagnostics);
  const { config, zoneLocations } = loaded;

  const allZones = config?.zones ?? [zoneWithDefaults({ name: "default", environment: "universal" })];
  const unknown = options.zones.filter((z) => !allZones.some((c) => c.name === z));
  if (unknown.length > 0) throw new UsageError(`--zone ${unknown.join(", ")}: no such zone in the config`);
  const zones = options.zones.length > 0 ? allZones.filter((z) => options.zones.includes(z.name)) : allZones;

  const discovered = await progress.step("discover files", () =>
    discoverZones(
      repoDir,
      zones,
      allZones.map((z) => z.output),
      config?.file ?? null,
    ),
  );
  const paths = [...new Set([...discovered.files.values()].flatMap((f) => [...f.sources, ...f.outputs]))].sort();
  const cache =
    options.cacheHome === null ? Cache.disabled() : await Cache.open(cacheScope(options), options.cacheHome);
  const { results: read, stats } = await progress.step(`read ${paths.length} files`, () =>
    readAndParseCached(repoDir, paths, options.jobs, cache),
  );
  const parsed = new Map<string, ParsedFile>();
  const blobIds = new Map<string, string>();
  const renderKeys = new Map<string, string>();
  for (const r of read) {
    parsed.set(r.file, withSource(fileText(repoDir, r), r.data));
    blobIds.set(r.file, r.blobId);
    if (r.renderKey !== null) renderKeys.set(r.file, r.renderKey);
  }

  const result = await progress.step("reconcile", () =>
    Promise.resolve(reconcile({ config, zoneLocations, zones, files: discovered.files, parsed, blobIds, renderKeys })),
  );
  const diagnostics = [...loaded.diagnostics, ...discovered.diagnostics, ...result.diagnostics];
  const applied = options.command === "apply" && !hasErrors(diagnostics);
  if (applied)
    await progress.step("write files", () =>
      writePlan(
        repoDir,
        result.changes,
        zones.map((z) => z.output),
      ),
    );
  if (cache.enabled) await progress.step("save the cache", () => cache.save());
  return {
    command: options.command,
    repo,
    zones: result.zones,
    changes: result.changes,
    diagnostics,
    applied,
    pullRequestUrl: null,
    stats,
  };
}

async function loadConfig(
  repoDir: string,
  explicit: string | undefined,
): Promise<{ config: Config | null | undefined; zoneLocations: Map<string, Location>; diagnostics: Diagnostic[] }> {
  const file = explicit ?? DEFAULT_CONFIG_FILE;
  const bytes = await readTextIfExists(repoDir, file);
  if (bytes === null) {
    if (explicit !== undefined) throw new UsageError(`--config ${explicit}: no such file in the repository`);
    return { config: null, zoneLocations: new Map(), diagnostics: [] };
  }
  const parsedFile = parseYamlFile(file, bytes);
  if (parsedFile.diagnostics.length > 0) {
    return { config: undefined, zoneLocations: new Map(), diagnostics: [...parsedFile.diagnostics] };
  }
  const res = parsedFile.resources[0];
  const { config, diagnostics } = parseConfig(file, res);
  if (!config || !res) return { config: undefined, zoneLocations: new Map(), diagnostics };
  const zoneLocations = new Map(config.zones.map((z, i) => [z.name, locate(res, ["zones", i])]));
  return { config, zoneLocations, diagnostics };
}

function failed(options: Options, repo: RunOutcome["repo"], diagnostics: Diagnostic[]): RunOutcome {
  return { command: options.command, repo, zones: [], changes: [], diagnostics, applied: false, pullRequestUrl: null };
}

/**
 * Writes creates and updates atomically, then deletes stale marked files; never outside an output dir,
 * by path or through a symbolic link: every target is checked before the first write.
 */
async function writePlan(
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
