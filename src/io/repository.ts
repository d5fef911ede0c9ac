import { lstat, readdir, readFile, stat } from "node:fs/promises";
import { join, resolve } from "node:path";
import fg from "fast-glob";
import { DEFAULT_CONFIG_FILE } from "../model/config.js";
import type { ZoneConfig } from "../model/config.js";
import type { Diagnostic } from "../diagnostics.js";
import { IoError, UsageError } from "../errors.js";
import type { ZoneFiles } from "../plan/reconcile.js";
import { discoverFiles } from "./discover.js";
import { pathExists } from "./files.js";

/** Resolves and checks the local repository directory. */
export async function resolveLocalRepo(repo: string): Promise<string> {
  const dir = resolve(repo);
  const st = await stat(dir).catch(() => null);
  if (!st?.isDirectory()) throw new IoError("open repository", `repository directory ${repo} does not exist`);
  return dir;
}

/**
 * The repository-relative path of the config file: `explicit` (--config), which must exist, else the
 * default file when it exists, else null (the no-config default).
 */
export async function findConfigFile(repoDir: string, explicit: string | undefined): Promise<string | null> {
  const file = explicit ?? DEFAULT_CONFIG_FILE;
  if (await pathExists(repoDir, file)) return file;
  if (explicit !== undefined) throw new UsageError(`--config ${explicit}: no such file in the repository`);
  return null;
}

/**
 * Sources and committed outputs of each zone. Every zone's output directory and the config file
 * are excluded from every zone's sources. An output directory is a literal path: its glob
 * characters (`gen/[eu]`, `gen/(eu)`) are escaped before it becomes part of a pattern.
 */
export async function discoverZones(
  repoDir: string,
  zones: readonly ZoneConfig[],
  allOutputs: readonly string[],
  configFile: string | null,
): Promise<{ files: Map<string, ZoneFiles>; diagnostics: Diagnostic[] }> {
  const files = new Map<string, ZoneFiles>();
  const diagnostics: Diagnostic[] = [];
  const outputExcludes = allOutputs.map((o) => `${fg.escapePath(o)}/**`);
  for (const zone of zones) {
    const sources = await discoverFiles(repoDir, {
      include: zone.include,
      exclude: [...zone.exclude, ...outputExcludes, ...(configFile ? [configFile] : [])],
    });
    const outputs = await discoverFiles(repoDir, {
      include: [`${fg.escapePath(zone.output)}/**/*.yaml`, `${fg.escapePath(zone.output)}/**/*.yml`],
      exclude: [],
    });
    diagnostics.push(...sources.diagnostics, ...outputs.diagnostics);
    files.set(zone.name, { sources: sources.files, outputs: outputs.files });
  }
  return { files, diagnostics };
}

/** Every file a run reads (the sources and committed outputs of the zones), once each, sorted. */
export function zoneFilePaths(files: ReadonlyMap<string, ZoneFiles>): string[] {
  return [...new Set([...files.values()].flatMap((f) => [...f.sources, ...f.outputs]))].sort();
}

/** Workflow files larger than this are not read for the reconcile workflow. */
const WORKFLOW_MAX_BYTES = 256 * 1024;

/**
 * The repository's workflow that reconciles it, for the report's "what to do next": the first (by
 * name) regular file in `.github/workflows/` ending in `.yml` or `.yaml` that names
 * meshservice-reconciler and runs `apply` (`command: apply`, or `apply` on a command line). Null
 * when there is none. Symbolic links are not followed; nothing but those files is read.
 */
export async function findReconcileWorkflow(repoDir: string): Promise<string | null> {
  const dir = ".github/workflows";
  const names = await readdir(join(repoDir, dir)).catch(() => [] as string[]);
  for (const name of names.filter((n) => /\.ya?ml$/.test(n)).sort()) {
    const path = join(repoDir, dir, name);
    const st = await lstat(path).catch(() => null);
    if (!st?.isFile() || st.size > WORKFLOW_MAX_BYTES) continue;
    const text = await readFile(path, "utf8").catch(() => "");
    if (
      /meshservice-reconciler/.test(text) &&
      /(?:command:\s*["']?apply\b|meshservice-reconciler\S*\s+apply\b)/.test(text)
    )
      return `${dir}/${name}`;
  }
  return null;
}
