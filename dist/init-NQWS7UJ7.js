// Bundled by scripts/bundle.ts with esbuild; do not edit. Sources: src/, licences: licenses.txt.
import { createRequire as __msrCreateRequire } from "node:module";
import { dirname as __msrDirname } from "node:path";
import { fileURLToPath as __msrFileURLToPath } from "node:url";
const require = __msrCreateRequire(import.meta.url);
const __msrBundleFilename = __msrFileURLToPath(import.meta.url);
const __msrBundleDirname = __msrDirname(__msrBundleFilename);
import {
  discoverFiles
} from "./chunk-KDG6PIO5.js";
import {
  IoError,
  UsageError
} from "./chunk-S3QAPZEI.js";
import {
  DEFAULT_CONFIG_FILE,
  DEFAULT_INCLUDE
} from "./chunk-3GXTV6MY.js";
import {
  sourceKind
} from "./chunk-52PGKIMV.js";
import {
  readPackageJson
} from "./chunk-2IOOKQTS.js";
import {
  parseYamlFile
} from "./chunk-PITT3D5D.js";
import "./chunk-GT7KMTWH.js";
import "./chunk-WECYETUR.js";

// src/init/init.ts
import { readFile, stat, writeFile } from "node:fs/promises";
import { join, resolve } from "node:path";
import { parseArgs } from "node:util";

// src/init/starter-config.ts
import { posix } from "node:path";
var ZONE_NAME = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/;
function starterZones(found) {
  const sources = found.filter((f) => f.services > 0 || f.dataplanes > 0);
  const depth = splitDepth(sources.map((f) => f.file));
  const groups = /* @__PURE__ */ new Map();
  for (const f of sources) {
    const dir = posix.dirname(f.file).split("/").slice(0, depth).join("/").replace(/^\.$/, "");
    for (const [environment, count] of [
      ["kubernetes", f.services],
      ["universal", f.dataplanes]
    ]) {
      if (count === 0) continue;
      const key = `${dir}\0${environment}`;
      const g = groups.get(key) ?? { environment, dir, files: 0, objects: 0 };
      groups.set(key, { ...g, files: g.files + 1, objects: g.objects + count });
    }
  }
  const sorted = [...groups.values()].sort(
    (a, b) => a.dir === b.dir ? a.environment < b.environment ? -1 : 1 : a.dir < b.dir ? -1 : 1
  );
  const bothKinds = new Set(sorted.filter((g, i) => sorted.findIndex((o) => o.dir === g.dir) !== i).map((g) => g.dir));
  const used = /* @__PURE__ */ new Set();
  return sorted.map((g) => {
    const base = zoneName(g.dir === "" ? "default" : g.dir.replaceAll("/", "-"));
    let name = bothKinds.has(g.dir) ? zoneName(`${base}-${g.environment}`) : base;
    for (let i = 2; used.has(name); i++) name = zoneName(`${base}-${i}`);
    used.add(name);
    const prefix = g.dir === "" ? "" : `${escapeGlob(g.dir)}/`;
    return {
      name,
      environment: g.environment,
      dir: g.dir,
      include: g.dir === "" ? ["*.yaml", "*.yml"] : [`${prefix}**/*.yaml`, `${prefix}**/*.yml`],
      output: `meshservices/${name}`,
      files: g.files,
      objects: g.objects
    };
  });
}
function splitDepth(files) {
  const dirs = files.map(
    (f) => posix.dirname(f).split("/").filter((s) => s !== ".")
  );
  let depth = 1;
  while (dirs.length > 0 && dirs.every((d) => d.length > depth) && new Set(dirs.map((d) => d.slice(0, depth).join("/"))).size === 1) {
    depth++;
  }
  return depth;
}
function zoneName(raw) {
  const name = raw.toLowerCase().replace(/[^a-z0-9-]+/g, "-").replace(/^-+|-+$/g, "").slice(0, 63).replace(/-+$/, "");
  return ZONE_NAME.test(name) ? name : "default";
}
function escapeGlob(dir) {
  return dir.replace(/[*?[\]{}()!+@\\]/g, "\\$&");
}
function scalar(value) {
  return /^[A-Za-z0-9._/-]+$/.test(value) && !/^[-.]/.test(value) ? value : JSON.stringify(value);
}
function starterConfigText(zones, schemaUrl2) {
  const lines = [
    `# yaml-language-server: $schema=${schemaUrl2}`,
    "# Written by `meshservice-reconciler init` from the sources it found: one zone per directory of",
    "# Kubernetes Services (environment kubernetes) or universal Dataplanes (environment universal).",
    "# Check each zone's name (its kuma.io/zone) and output, then run `meshservice-reconciler plan`.",
    "zones:"
  ];
  for (const z of zones) {
    const what = z.environment === "kubernetes" ? "Service" : "Dataplane";
    const where = z.dir === "" ? "the repository root" : `${z.dir}/`;
    lines.push(
      `  # ${z.objects} ${what}${z.objects === 1 ? "" : "s"} in ${z.files} file${z.files === 1 ? "" : "s"} under ${where}`,
      `  - name: ${z.name}`,
      `    environment: ${z.environment}`,
      `    include: [${z.include.map((g) => JSON.stringify(g)).join(", ")}]`,
      `    output: ${scalar(z.output)}`
    );
  }
  return `${lines.join("\n")}
`;
}
function schemaUrl(repository, version) {
  const url = typeof repository === "string" ? repository : repository?.url ?? "";
  const m = /github\.com[/:]([^/]+)\/([^/#]+?)(?:\.git)?(?:#.*)?$/.exec(url) ?? /^github:([^/]+)\/([^/#]+)/.exec(url);
  const [owner, repo] = m === null ? ["meshservice-reconciler", "meshservice-reconciler"] : [m[1], m[2]];
  return `https://raw.githubusercontent.com/${owner}/${repo}/v${version}/schemas/config.schema.json`;
}

// src/init/init.ts
var INIT_USAGE = `Usage: meshservice-reconciler init [--repo <path>] [--config <file>]

Writes a starter config (default: meshservice-reconciler.yaml at the repository root) with one zone
per directory of Kubernetes Services or universal Dataplanes. Never overwrites an existing file.`;
async function runInit(argv, io) {
  let values;
  try {
    ({ values } = parseArgs({
      args: [...argv],
      strict: true,
      allowPositionals: false,
      options: { repo: { type: "string" }, config: { type: "string" }, help: { type: "boolean", short: "h" } }
    }));
  } catch (e) {
    throw new UsageError(e.message);
  }
  if (values.help) {
    io.stdout(`${INIT_USAGE}
`);
    return 0;
  }
  const repoDir = resolve(values.repo ?? ".");
  if (!(await stat(repoDir).catch(() => null))?.isDirectory()) {
    throw new UsageError(`--repo ${values.repo ?? "."}: init needs a local directory`);
  }
  const configFile = values.config ?? DEFAULT_CONFIG_FILE;
  const target = join(repoDir, configFile);
  if (await stat(target).catch(() => null)) {
    io.stderr(`meshservice-reconciler: ${configFile} exists already; init never overwrites a config
`);
    return 1;
  }
  const { files } = await discoverFiles(repoDir, { include: DEFAULT_INCLUDE, exclude: [] });
  const found = [];
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
      `meshservice-reconciler: no Kubernetes Services or universal Dataplanes in the YAML files of ${repoDir}; nothing to write a config for
`
    );
    return 1;
  }
  const pkg = readPackageJson();
  const text = starterConfigText(zones, schemaUrl(pkg.repository, pkg.version));
  try {
    await writeFile(target, text, { flag: "wx" });
  } catch (cause) {
    if (cause.code === "EEXIST") {
      io.stderr(`meshservice-reconciler: ${configFile} exists already; init never overwrites a config
`);
      return 1;
    }
    throw new IoError("write the config", `cannot write ${configFile}: ${cause.message}`, { cause });
  }
  io.stdout(text);
  io.stderr(`meshservice-reconciler: wrote ${configFile} with ${zones.length} zone(s)
`);
  return 0;
}
export {
  INIT_USAGE,
  runInit
};
