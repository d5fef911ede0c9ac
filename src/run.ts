import { DEFAULT_CONFIG_FILE, parseConfig, zoneWithDefaults } from "./config.js";
import type { Config } from "./config.js";
import { hasErrors } from "./diagnostics.js";
import type { Diagnostic, Location } from "./diagnostics.js";
import { UsageError } from "./errors.js";
import { deleteFile, readFiles, readTextIfExists, writeFileAtomic } from "./io/files.js";
import { readHeadCommit } from "./io/git.js";
import { SILENT_PROGRESS } from "./io/progress.js";
import type { Progress } from "./io/progress.js";
import { discoverZones, resolveLocalRepo } from "./io/repository.js";
import { isRemoteUrl } from "./options.js";
import type { Options } from "./options.js";
import { parseYamlFile } from "./parse/yaml.js";
import type { ParsedFile } from "./parse/yaml.js";
import { locate } from "./parse/yaml.js";
import { reconcile } from "./plan/reconcile.js";
import type { FileChange } from "./plan/plan.js";
import type { RunOutcome } from "./report/report.js";

/**
 * The composition root: read the config, discover, read and parse the files, reconcile, and for
 * `apply` write the plan, but only when no stage reported an error.
 */
export async function run(options: Options, progress: Progress = SILENT_PROGRESS): Promise<RunOutcome> {
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

  const discovered = await progress.step("discover files", () =>
    discoverZones(
      repoDir,
      zones,
      allZones.map((z) => z.output),
      config?.file ?? null,
    ),
  );
  const paths = [...new Set([...discovered.files.values()].flatMap((f) => [...f.sources, ...f.outputs]))].sort();
  const bytes = await progress.step(`read ${paths.length} files`, () => readFiles(repoDir, paths));
  const parsed = new Map<string, ParsedFile>();
  const outputText = new Map<string, string>();
  const outputs = new Set([...discovered.files.values()].flatMap((f) => f.outputs));
  for (const [path, data] of bytes) {
    parsed.set(path, parseYamlFile(path, data));
    if (outputs.has(path)) outputText.set(path, Buffer.from(data).toString("utf8"));
  }

  const result = reconcile({ config, zoneLocations, zones, files: discovered.files, parsed, outputText });
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
  return {
    command: options.command,
    repo,
    zones: result.zones,
    changes: result.changes,
    diagnostics,
    applied,
    pullRequestUrl: null,
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
