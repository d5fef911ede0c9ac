import { readFile, stat, writeFile } from "node:fs/promises";
import { join, resolve } from "node:path";
import { parseArgs } from "node:util";
import { sourceKind } from "../model/kinds.js";
import { DEFAULT_CONFIG_FILE, DEFAULT_INCLUDE } from "../model/config.js";
import { IoError, UsageError } from "../errors.js";
import { discoverFiles } from "../io/discover.js";
import { readPackageJson } from "../io/package-files.js";
import { parseYamlFile } from "../parse/yaml.js";
import type { FoundFile } from "./starter-config.js";
import { schemaUrl, starterConfigText, starterZones } from "./starter-config.js";

export const INIT_USAGE = `Usage: meshservice-reconciler init [--repo <path>] [--config <file>]

Writes a starter config (default: meshservice-reconciler.yaml at the repository root) with one zone
per directory of Kubernetes Services or universal Dataplanes. Never overwrites an existing file.`;

export interface InitIo {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
}

/**
 * `meshservice-reconciler init`: finds the service sources of a local repository, writes the
 * starter config and returns the exit code (0 written; 1 when there is a config already or nothing
 * to configure). Failures of the environment are thrown, as by the other commands.
 */
export async function runInit(argv: readonly string[], io: InitIo): Promise<number> {
  let values;
  try {
    ({ values } = parseArgs({
      args: [...argv],
      strict: true,
      allowPositionals: false,
      options: { repo: { type: "string" }, config: { type: "string" }, help: { type: "boolean", short: "h" } },
    }));
  } catch (e) {
    throw new UsageError((e as Error).message);
  }
  if (values.help) {
    io.stdout(`${INIT_USAGE}\n`);
    return 0;
  }
  const repoDir = resolve(values.repo ?? ".");
  if (!(await stat(repoDir).catch(() => null))?.isDirectory()) {
    throw new UsageError(`--repo ${values.repo ?? "."}: init needs a local directory`);
  }
  const configFile = values.config ?? DEFAULT_CONFIG_FILE;
  const target = join(repoDir, configFile);
  if (await stat(target).catch(() => null)) {
    io.stderr(`meshservice-reconciler: ${configFile} exists already; init never overwrites a config\n`);
    return 1;
  }

  const { files } = await discoverFiles(repoDir, { include: DEFAULT_INCLUDE, exclude: [] });
  const found: FoundFile[] = [];
  for (const file of files) {
    if (file === configFile) continue;
    const parsed = parseYamlFile(file, await readFile(join(repoDir, file)));
    let services = 0;
    let dataplanes = 0;
    for (const r of parsed.resources) {
      const kind = sourceKind(r.value);
      if (kind === "Service") services++;
      else if (kind === "Dataplane") dataplanes++;
    }
    if (services + dataplanes > 0) found.push({ file, services, dataplanes });
  }
  const zones = starterZones(found);
  if (zones.length === 0) {
    io.stderr(
      `meshservice-reconciler: no Kubernetes Services or universal Dataplanes in the YAML files of ${repoDir}; ` +
        `nothing to write a config for\n`,
    );
    return 1;
  }
  const pkg = readPackageJson();
  const text = starterConfigText(zones, schemaUrl(pkg.repository, pkg.version));
  try {
    // wx: created here or not at all, even if another process wrote the file since the check.
    await writeFile(target, text, { flag: "wx" });
  } catch (cause) {
    if ((cause as NodeJS.ErrnoException).code === "EEXIST") {
      io.stderr(`meshservice-reconciler: ${configFile} exists already; init never overwrites a config\n`);
      return 1;
    }
    throw new IoError("write the config", `cannot write ${configFile}: ${(cause as Error).message}`, { cause });
  }
  io.stdout(text);
  io.stderr(`meshservice-reconciler: wrote ${configFile} with ${zones.length} zone(s)\n`);
  return 0;
}
