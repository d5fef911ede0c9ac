import { lstat, readdir, readFile, realpath, stat } from "node:fs/promises";
import { basename, dirname, isAbsolute, join, posix, resolve, sep } from "node:path";
import fg from "fast-glob";
import { DEFAULT_CONFIG_FILE, GLOBAL_ZONE_NAME } from "../model/config.js";
import type { ZoneConfig } from "../model/config.js";
import { NO_LOCATION, diagnostic } from "../diagnostics.js";
import type { Diagnostic } from "../diagnostics.js";
import type { ZoneKeyLocations } from "../validate/config.js";
import { IoError, UsageError } from "../errors.js";
import type { ZoneFiles } from "../plan/reconcile.js";
import { withSource } from "../parse/yaml.js";
import type { ParsedFile } from "../parse/yaml.js";
import { discoverFiles } from "./discover.js";
import { readTopLevel } from "./git.js";
import { readParsedFile } from "./parse-pool.js";

/**
 * Resolves and checks the local repository directory. Without --repo (`isDefault`), the current
 * directory stands for the top level of its work tree, as for git: a run started in `k8s/` reads the
 * root's config and writes the root's output directories. Outside a work tree it is the directory.
 */
export async function resolveLocalRepo(repo: string, isDefault = false): Promise<string> {
  const dir = resolve(repo);
  const st = await stat(dir).catch(() => null);
  if (!st?.isDirectory()) throw new IoError("open repository", `repository directory ${repo} does not exist`);
  return (isDefault ? await readTopLevel(dir) : null) ?? dir;
}

/**
 * The repository-relative path of the config file: `explicit` (--config), which must exist and be a
 * path inside the repository, else the default file when it exists, else null (the no-config
 * default). A symbolic link counts as existing, even a dangling one: readConfigFile refuses it.
 */
export async function findConfigFile(repoDir: string, explicit: string | undefined): Promise<string | null> {
  const file = explicit === undefined ? DEFAULT_CONFIG_FILE : repositoryPath(explicit);
  if (await entryExists(repoDir, file)) return file;
  if (explicit !== undefined) throw new UsageError(`--config ${explicit}: no such file in the repository`);
  return null;
}

/** `--config` as a normalised repository-relative POSIX path; absolute or leaving the repository: refused. */
function repositoryPath(explicit: string): string {
  const file = posix.normalize(explicit.replaceAll(sep, "/"));
  if (isAbsolute(explicit) || file === ".." || file.startsWith("../") || file === ".")
    throw new UsageError(`--config ${explicit}: the config file must be a path inside the repository`);
  return file;
}

async function entryExists(repoDir: string, file: string): Promise<boolean> {
  return await lstat(join(repoDir, file)).then(
    () => true,
    () => false,
  );
}

/**
 * Reads and parses the config file under the rule of every source file: it is read only when its
 * real path is its own path. A config file that is a symbolic link, or that a linked directory leads
 * to, is one `config-invalid` error and is not read at all, so that nothing of its target (a file
 * outside the repository: a token, /etc/passwd) can reach a message.
 */
export async function readConfigFile(repoDir: string, file: string): Promise<ParsedFile> {
  const root = await realpath(repoDir);
  const own = join(root, file);
  const entry = await lstat(own).catch(() => null);
  const realDir = await realpath(dirname(own)).catch(() => null);
  const linked = entry === null || entry.isSymbolicLink() || realDir === null || join(realDir, basename(own)) !== own;
  if (!linked) return readParsedFile(repoDir, file);
  const target = await realpath(own).catch(() => null);
  const where =
    target === null
      ? "a symbolic link that leads nowhere"
      : target === root || target.startsWith(root + sep)
        ? "a symbolic link"
        : "a symbolic link to outside the repository";
  const d = diagnostic(
    "error",
    "config-invalid",
    `the config file is ${where}, or goes through one; it is not followed: commit the file itself`,
    { file, line: 1, column: 1 },
  );
  return withSource({ file, text: "" }, { resources: [], diagnostics: [d], marker: "none" });
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
  zoneKeys: ReadonlyMap<string, ZoneKeyLocations> = new Map(),
  globalOutput: string | null = null,
): Promise<{ files: Map<string, ZoneFiles>; diagnostics: Diagnostic[] }> {
  const files = new Map<string, ZoneFiles>();
  const diagnostics: Diagnostic[] = [];
  const outputExcludes = allOutputs.map((o) => `${fg.escapePath(o)}/**`);
  for (const zone of zones) {
    const keys = zoneKeys.get(zone.name) ?? { include: NO_LOCATION, output: NO_LOCATION };
    const sources = await discoverFiles(repoDir, {
      include: zone.include,
      exclude: [...zone.exclude, ...outputExcludes, ...(configFile ? [configFile] : [])],
      configured: { at: keys.include, what: `an include glob of zone "${zone.name}"` },
    });
    const outputs = await discoverFiles(repoDir, {
      include: [`${fg.escapePath(zone.output)}/**/*.yaml`, `${fg.escapePath(zone.output)}/**/*.yml`],
      exclude: [],
      configured: { at: keys.output, what: `the output of zone "${zone.name}"` },
    });
    diagnostics.push(...sources.diagnostics, ...outputs.diagnostics);
    files.set(zone.name, {
      sources: sources.files,
      outputs: outputs.files,
      ...(sources.failed ? { sourcesFailed: true } : {}),
    });
  }
  // The global control plane's MeshMultiZoneServices: an output without sources (plan/reconcile.ts).
  if (globalOutput !== null) {
    const outputs = await discoverFiles(repoDir, {
      include: [`${fg.escapePath(globalOutput)}/**/*.yaml`, `${fg.escapePath(globalOutput)}/**/*.yml`],
      exclude: [],
      configured: { at: NO_LOCATION, what: "the global output" },
    });
    diagnostics.push(...outputs.diagnostics);
    files.set(GLOBAL_ZONE_NAME, { sources: [], outputs: outputs.files });
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
