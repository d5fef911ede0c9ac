import { DEFAULT_CONFIG_FILE, parseConfig, zoneWithDefaults } from "./config.js";
import type { Config } from "./config.js";
import { hasErrors } from "./diagnostics.js";
import type { Diagnostic, Location } from "./diagnostics.js";
import { UsageError } from "./errors.js";
import { deleteFile, readTextIfExists, writeFileAtomic } from "./io/files.js";
import { Cache } from "./io/cache.js";
import { fileText, readAndParseCached } from "./io/parse-pool.js";
import { readHeadCommit } from "./io/git.js";
import { discoverZones, resolveLocalRepo } from "./io/repository.js";
import { isRemoteUrl } from "./options.js";
import type { Options } from "./options.js";
import { parseYamlFile, withSource } from "./parse/yaml.js";
import type { ParsedFile } from "./parse/yaml.js";
import { locate } from "./parse/yaml.js";
import { reconcile } from "./plan/reconcile.js";
import type { FileChange } from "./plan/plan.js";
import type { RunOutcome } from "./report/report.js";

/**
 * The composition root: read the config, discover, read and parse the files, reconcile, and for
 * `apply` write the plan, but only when no stage reported an error.
 */
export async function run(options: Options): Promise<RunOutcome> {
  if (isRemoteUrl(options.repo))
    throw new UsageError(`cloning ${options.repo} is not supported yet; pass a local checkout`);
  const repoDir = await resolveLocalRepo(options.repo);
  const commit = await readHeadCommit(repoDir);
  const repo = { source: options.repo, ref: options.ref ?? null, commit };

  const loaded = await loadConfig(repoDir, options.config);
  if (loaded.config === undefined) return failed(options, repo, loaded.diagnostics);
  const { config, zoneLocations } = loaded;

  const allZones = config?.zones ?? [zoneWithDefaults({ name: "default", environment: "universal" })];
  const unknown = options.zones.filter((z) => !allZones.some((c) => c.name === z));
  if (unknown.length > 0) throw new UsageError(`--zone ${unknown.join(", ")}: no such zone in the config`);
  const zones = options.zones.length > 0 ? allZones.filter((z) => options.zones.includes(z.name)) : allZones;

  const discovered = await discoverZones(
    repoDir,
    zones,
    allZones.map((z) => z.output),
    config?.file ?? null,
  );
  const paths = [...new Set([...discovered.files.values()].flatMap((f) => [...f.sources, ...f.outputs]))].sort();
  const cache = options.cacheHome === null ? Cache.disabled() : await Cache.open(repoDir, options.cacheHome);
  const { results: read, stats } = await readAndParseCached(repoDir, paths, options.jobs, cache);
  const parsed = new Map<string, ParsedFile>();
  const blobIds = new Map<string, string>();
  for (const r of read) {
    parsed.set(r.file, withSource(fileText(repoDir, r), r.data));
    blobIds.set(r.file, r.blobId);
  }

  const renders = { get: (k: string) => cache.getRender(k), set: (k: string, t: string) => cache.setRender(k, t) };
  const result = reconcile({ config, zoneLocations, zones, files: discovered.files, parsed, blobIds, renders });
  const diagnostics = [...loaded.diagnostics, ...discovered.diagnostics, ...result.diagnostics];
  const applied = options.command === "apply" && !hasErrors(diagnostics);
  if (applied)
    await writePlan(
      repoDir,
      result.changes,
      zones.map((z) => z.output),
    );
  await cache.save();
  return { command: options.command, repo, zones: result.zones, changes: result.changes, diagnostics, applied, stats };
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
  return { command: options.command, repo, zones: [], changes: [], diagnostics, applied: false };
}

/** Writes creates and updates atomically, then deletes stale marked files; never outside an output dir. */
async function writePlan(
  repoDir: string,
  changes: readonly FileChange[],
  outputDirs: readonly string[],
): Promise<void> {
  const ownerOf = (path: string): string | undefined => outputDirs.find((o) => path.startsWith(`${o}/`));
  for (const c of changes) {
    const owner = ownerOf(c.path);
    if (owner === undefined) throw new Error(`refusing to write ${c.path}: outside every output directory`);
    if (c.action === "create" || c.action === "update") await writeFileAtomic(repoDir, c.path, c.after ?? "");
    else if (c.action === "delete") await deleteFile(repoDir, c.path, owner);
  }
}
