// Bundled by scripts/bundle.ts with esbuild; do not edit. Sources: src/, licences: licenses.txt.
import { createRequire as __msrCreateRequire } from "node:module";
import { dirname as __msrDirname } from "node:path";
import { fileURLToPath as __msrFileURLToPath } from "node:url";
const require = __msrCreateRequire(import.meta.url);
const __msrBundleFilename = __msrFileURLToPath(import.meta.url);
const __msrBundleDirname = __msrDirname(__msrBundleFilename);
import {
  REAL_CLOCK,
  checkBranchName,
  commitPaths,
  fetchBranch,
  openCheckout,
  pushHead,
  readHeadCommit,
  readTopLevel,
  readUncommittedPaths,
  releaseClones,
  resetHard,
  withClone,
  wo
} from "./chunk-MLQJDO6B.js";
import {
  SILENT_PROGRESS
} from "./chunk-Y6BZNMJX.js";
import {
  DISPLAY_NAME_LABEL,
  ENV_LABEL,
  GATEWAY_ANNOTATION,
  HEADLESS_LABEL,
  IGNORE_ANNOTATION,
  INJECTION_LABEL,
  KNOWN_PROTOCOLS,
  MANAGED_BY_K8S_CONTROLLER,
  MANAGED_BY_LABEL,
  MANAGED_BY_MESHSERVICE_GENERATOR,
  MESH_LABEL,
  NAMESPACE_LABEL,
  ORIGIN_LABEL,
  ORIGIN_ZONE,
  PROTOCOL_TAG,
  SERVICE_ACCOUNT_LABEL,
  SERVICE_NAME_LABEL,
  SERVICE_TAG,
  SLICE_SERVICE_LABEL,
  WORKLOAD_LABEL,
  ZONE_LABEL,
  ZONE_PROXY_TYPE_LABEL,
  backoffMs,
  buildZonePlan,
  checkMultiZoneReferences,
  checkPolicyReferences,
  commitMessage,
  commitPathsOf,
  computeMigration,
  defaultPushTries,
  didYouMean,
  diffFields,
  formatReference,
  hasCommit,
  identityKey,
  parseAuthor,
  policyMeta,
  serviceKey,
  stoppedOutcome,
  withNotes
} from "./chunk-LFPBNQJP.js";
import "./chunk-YOMDYO5E.js";
import "./chunk-OPM2TMTS.js";
import {
  isRemoteUrl
} from "./chunk-PVEBKOTS.js";
import {
  Cache,
  outputPath,
  readAndParse,
  renderKey,
  renderResource,
  sortKeys,
  toResource
} from "./chunk-K3FYOFI4.js";
import {
  dns1035LabelProblem,
  dns1123LabelProblem,
  dns1123SubdomainProblem,
  dns1123SubdomainViolations,
  isDns1035Label,
  isDns1123Subdomain,
  isDnsName,
  kumaNameProblem,
  meshNameProblem
} from "./chunk-PPCP3H57.js";
import {
  discoverFiles,
  require_out
} from "./chunk-KDG6PIO5.js";
import {
  GitError,
  InternalError,
  IoError,
  UsageError
} from "./chunk-S3QAPZEI.js";
import {
  DEFAULT_CONFIG_FILE,
  DEFAULT_GLOBAL_OUTPUT,
  DEFAULT_MAX_DELETIONS,
  DEFAULT_ZONE_NAME,
  GLOBAL_ZONE_NAME,
  MULTIZONE_VIP_CIDR,
  SKIPPED_DIRECTORIES,
  defaultOutput,
  multiZoneActive,
  multiZoneMeshes,
  multiZoneOutput,
  zoneWithDefaults
} from "./chunk-3GXTV6MY.js";
import {
  CLUSTER_SCOPED,
  KUMA_API_VERSION,
  MESH_SCOPED,
  objectName,
  resourceFormat,
  sourceKind
} from "./chunk-52PGKIMV.js";
import {
  bundleFile,
  packageFileUrl,
  readTool
} from "./chunk-2IOOKQTS.js";
import {
  Schemas,
  validateResource
} from "./chunk-625F2G26.js";
import {
  NO_LOCATION,
  clip,
  compareStrings,
  diagnostic,
  excerpt,
  hasErrors,
  isObject,
  linkPending,
  locate,
  locatePending,
  nodeAt,
  parseYamlData,
  pendingOf,
  quoteName,
  require_dist,
  str,
  withSource
} from "./chunk-PITT3D5D.js";
import {
  printable,
  quoted
} from "./chunk-GT7KMTWH.js";
import {
  __toESM
} from "./chunk-WECYETUR.js";

// src/run.ts
import { dirname as dirname4, resolve as resolve2 } from "node:path";

// src/io/files.ts
import { randomBytes } from "node:crypto";
import { lstatSync, mkdirSync, realpathSync, renameSync, rmSync, rmdirSync, writeFileSync } from "node:fs";
import { lstat, readdir, realpath, rm } from "node:fs/promises";
import { basename, dirname, join, sep } from "node:path";
async function confineTargets(repoDir, targets) {
  const root = await realpath(repoDir).catch((cause) => {
    throw new IoError("write file", `cannot resolve the repository directory: ${cause.message}`, {
      cause
    });
  });
  const outputs = /* @__PURE__ */ new Map();
  const dirs = /* @__PURE__ */ new Map();
  for (const t of targets) {
    let out = outputs.get(t.outputDir);
    if (out === void 0) {
      out = await futureRealPath(repoDir, t.outputDir, t.path);
      if (!isInside(out, root))
        throw new IoError("write file", `refusing to write ${t.path}: ${t.outputDir} leads outside the repository`);
      outputs.set(t.outputDir, out);
    }
    const dir = dirname(t.path);
    let real = dirs.get(dir);
    if (real === void 0) {
      real = await futureRealPath(repoDir, dir, t.path);
      dirs.set(dir, real);
    }
    if (real !== out && !isInside(real, out))
      throw new IoError("write file", `refusing to write ${t.path}: ${dir} leads outside ${t.outputDir}`);
    if (real !== join(root, dir))
      throw new IoError(
        "write file",
        `refusing to write ${t.path}: ${dir} is a symbolic link or goes through one; generated files are never written through a link`
      );
  }
  return outputs;
}
async function futureRealPath(repoDir, path, target) {
  let existing = path;
  const missing = [];
  for (; ; ) {
    try {
      return join(await realpath(join(repoDir, existing)), ...missing);
    } catch (cause) {
      const exists = await lstat(join(repoDir, existing)).then(
        () => true,
        () => false
      );
      if (exists || existing === "." || existing === "")
        throw new IoError("write file", `refusing to write ${target}: cannot resolve ${existing}`, { cause });
      missing.unshift(basename(existing));
      existing = dirname(existing);
    }
  }
}
function isInside(path, dir) {
  return path.startsWith(dir.endsWith(sep) ? dir : dir + sep);
}
function assertParentInside(repoDir, path, realOutputDir) {
  const parent = realpathSync.native(join(repoDir, dirname(path)));
  if (parent !== realOutputDir && !isInside(parent, realOutputDir))
    throw new Error(`${dirname(path)} leads outside its output directory`);
}
var STAGED = /^\.[0-9a-f]{12}\.msr-(tmp|old)$/;
function stagedName(target, kind) {
  return join(dirname(target), `.${randomBytes(6).toString("hex")}.msr-${kind}`);
}
async function writePlan(repoDir, changes, outputDirs) {
  const ownerOf = (path) => outputDirs.find((o) => o === "." ? !path.includes("/") : path.startsWith(`${o}/`));
  const targets = changes.filter((c) => c.action === "create" || c.action === "update" || c.action === "delete").map((c) => {
    const owner = ownerOf(c.path);
    if (owner === void 0) throw new Error(`refusing to write ${c.path}: outside every output directory`);
    return { change: c, path: c.path, outputDir: owner };
  });
  const realOutputs = await confineTargets(repoDir, targets);
  await removeStaleStaged(repoDir, outputDirs);
  writeAllOrNothing(repoDir, targets, realOutputs);
}
function writeAllOrNothing(repoDir, targets, realOutputs) {
  const done = [];
  const current = { path: "", operation: "write file" };
  const existing = /* @__PURE__ */ new Set();
  try {
    const staged = /* @__PURE__ */ new Map();
    for (const { change: c, outputDir } of targets) {
      if (c.action === "delete") continue;
      Object.assign(current, { path: c.path, operation: "write file" });
      makeDirs(repoDir, dirname(c.path), existing, done);
      assertParentInside(repoDir, c.path, realOutputs.get(outputDir) ?? "");
      const tmp = stagedName(join(repoDir, c.path), "tmp");
      writeFileSync(tmp, c.after ?? "", { encoding: "utf8", flag: "wx" });
      done.push({ kind: "staged", path: tmp });
      staged.set(c.path, tmp);
    }
    for (const { change: c, outputDir } of targets) {
      const target = join(repoDir, c.path);
      Object.assign(current, { path: c.path, operation: c.action === "delete" ? "delete file" : "write file" });
      assertParentInside(repoDir, c.path, realOutputs.get(outputDir) ?? "");
      if (c.action !== "create") {
        const old = stagedName(target, "old");
        if (moveIfPresent(target, old)) done.push({ kind: "moved", from: target, to: old });
      }
      const tmp = staged.get(c.path);
      if (tmp === void 0) continue;
      renameSync(tmp, target);
      done.push({ kind: "placed", path: target });
    }
  } catch (cause) {
    undo(done);
    throw new IoError(
      current.operation,
      `cannot ${current.operation === "delete file" ? "delete" : "write"} ${current.path}: ${cause.message}; nothing was changed`,
      { cause }
    );
  }
  for (const step of done) if (step.kind === "moved") rmSync(step.to, { force: true });
  for (const { change: c, outputDir } of targets)
    if (c.action === "delete") removeEmptyDirs(repoDir, dirname(c.path), outputDir);
}
function makeDirs(repoDir, dir, existing, done) {
  const missing = [];
  for (let d = dir; d !== "." && d !== ""; d = dirname(d)) {
    if (existing.has(d)) break;
    if (lstatSync(join(repoDir, d), { throwIfNoEntry: false }) !== void 0) {
      existing.add(d);
      break;
    }
    missing.unshift(d);
  }
  for (const d of missing) {
    mkdirSync(join(repoDir, d));
    done.push({ kind: "dir", path: join(repoDir, d) });
    existing.add(d);
  }
}
function moveIfPresent(from, to) {
  try {
    renameSync(from, to);
    return true;
  } catch (cause) {
    if (cause.code === "ENOENT") return false;
    throw cause;
  }
}
function undo(done) {
  for (const step of [...done].reverse()) {
    try {
      if (step.kind === "placed" || step.kind === "staged") rmSync(step.path, { force: true });
      else if (step.kind === "moved") renameSync(step.to, step.from);
      else rmdirSync(step.path);
    } catch {
    }
  }
}
async function removeStaleStaged(repoDir, outputDirs) {
  const root = await realpath(repoDir);
  for (const dir of new Set(outputDirs)) {
    if (await realpath(join(repoDir, dir)).catch(() => null) !== join(root, dir)) continue;
    const entries = await readdir(join(root, dir), { withFileTypes: true, recursive: true }).catch(() => []);
    for (const e of entries)
      if (e.isFile() && STAGED.test(e.name)) await rm(join(e.parentPath, e.name), { force: true });
  }
}
function removeEmptyDirs(repoDir, dir, stopAt) {
  for (let d = dir; d !== stopAt && d.startsWith(`${stopAt}/`); d = dirname(d)) {
    try {
      rmdirSync(join(repoDir, d));
    } catch {
      break;
    }
  }
}

// src/io/parse-pool.ts
import { existsSync, readFileSync } from "node:fs";
import { join as join2 } from "node:path";
import { fileURLToPath } from "node:url";

// src/io/git-index.ts
async function readIndexBlobIds(dir) {
  const git = wo({ baseDir: dir });
  let listing;
  try {
    listing = await git.raw(["-c", "core.quotePath=false", "ls-files", "-s", "-v", "-c", "-m", "-z"]);
  } catch {
    return null;
  }
  const ids = /* @__PURE__ */ new Map();
  const modified = [];
  for (const entry of listing.split("\0")) {
    const tab = entry.indexOf("	");
    if (tab < 0) continue;
    const [tag, mode, id, stage] = entry.slice(0, tab).split(" ");
    const path = entry.slice(tab + 1);
    if (tag === "C" || tag === "c") modified.push(path);
    if (tag !== "H") continue;
    if (mode !== "100644" && mode !== "100755") continue;
    if (stage !== "0" || id === void 0) continue;
    ids.set(path, id);
  }
  for (const path of modified) ids.delete(path);
  return ids;
}

// src/io/parse-pool.ts
var POOL_THRESHOLD = 2e3;
var CHUNK = 250;
var WORKER = new URL("./parse-worker.js", import.meta.url);
async function readAndParseFiles(repoDir, files, jobs, cacheEntries) {
  const workerPath = fileURLToPath(WORKER);
  if (jobs <= 1 || files.length < POOL_THRESHOLD || !existsSync(workerPath)) {
    return { results: inThread({ repoDir, files, keepText: true, cacheEntries }), workers: 0 };
  }
  const { Piscina } = await import("./esm-wrapper-SQDKILEO.js");
  const pool = new Piscina({ filename: WORKER.href, minThreads: jobs, maxThreads: jobs, idleTimeout: 100 });
  try {
    const chunks = [];
    for (let i = 0; i < files.length; i += CHUNK) chunks.push(files.slice(i, i + CHUNK));
    const results = await Promise.all(
      chunks.map((c) => pool.run({ repoDir, files: c, keepText: false, cacheEntries }))
    );
    return { results: results.flat().map(fromWire), workers: jobs };
  } catch (cause) {
    throw new IoError("read files", `cannot read the repository: ${cause.message}`, { cause });
  } finally {
    await pool.destroy();
  }
}
function fromWire(r) {
  if (r.data !== null) return { ...r, data: r.data };
  const { data, renderKey: renderKey2 } = JSON.parse(r.entry ?? "");
  return { ...r, data, renderKey: renderKey2 };
}
async function readAndParseCached(repoDir, files, jobs, cache, ids) {
  if (files.length > 0) await cache.loadFiles();
  const hits = /* @__PURE__ */ new Map();
  const misses = [];
  for (const file of files) {
    const blobId = ids?.get(file);
    const hit = blobId === void 0 ? void 0 : cache.getFile(file, blobId);
    if (hit && blobId !== void 0) hits.set(file, { file, blobId, text: null, ...hit, entry: null });
    else misses.push(file);
  }
  const { results: fresh, workers } = await readAndParseFiles(repoDir, misses, jobs, cache.enabled);
  for (const r of fresh) {
    const blobId = ids?.get(r.file) ?? r.blobId;
    cache.setFile(r.file, blobId, r.entry);
    hits.set(r.file, { ...r, blobId, entry: null });
  }
  return {
    results: files.map((f) => hits.get(f)),
    stats: { files: files.length, cached: files.length - misses.length, parsed: misses.length, workers }
  };
}
async function readBlobIds(repoDir) {
  return await readIndexBlobIds(repoDir);
}
function indexReadResults(repoDir, results) {
  const files = { parsed: /* @__PURE__ */ new Map(), blobIds: /* @__PURE__ */ new Map(), renderKeys: /* @__PURE__ */ new Map() };
  for (const r of results) {
    files.parsed.set(r.file, withSource(fileText(repoDir, r), r.data));
    files.blobIds.set(r.file, r.blobId);
    if (r.renderKey !== null) files.renderKeys.set(r.file, r.renderKey);
  }
  return files;
}
function readParsedFile(repoDir, file) {
  const [r] = inThread({ repoDir, files: [file], keepText: true, cacheEntries: false, yamlVersion: "1.2" });
  if (r === void 0) throw new IoError("read files", `cannot read ${file}`);
  return withSource({ ...fileText(repoDir, r), yamlVersion: "1.2" }, r.data);
}
function fileText(repoDir, r) {
  return r.text !== null ? { file: r.file, text: r.text } : lazyFileText(repoDir, r.file);
}
function lazyFileText(repoDir, file) {
  let text;
  return {
    file,
    get text() {
      text ??= readFileSync(join2(repoDir, file), "utf8");
      return text;
    }
  };
}
function inThread(task) {
  try {
    return readAndParse(task);
  } catch (cause) {
    throw new IoError("read files", `cannot read the repository: ${cause.message}`, { cause });
  }
}

// src/io/repository.ts
var import_fast_glob = __toESM(require_out(), 1);
import { lstat as lstat2, readdir as readdir2, readFile, realpath as realpath2, stat } from "node:fs/promises";
import { basename as basename2, dirname as dirname2, isAbsolute, join as join3, posix, resolve, sep as sep2 } from "node:path";
async function resolveLocalRepo(repo, isDefault = false) {
  const dir = resolve(repo);
  const st = await stat(dir).catch(() => null);
  if (!st?.isDirectory()) throw new IoError("open repository", `repository directory ${repo} does not exist`);
  return (isDefault ? await readTopLevel(dir) : null) ?? dir;
}
async function findConfigFile(repoDir, explicit) {
  const file = explicit === void 0 ? DEFAULT_CONFIG_FILE : repositoryPath(explicit);
  if (await entryExists(repoDir, file)) return file;
  if (explicit !== void 0) throw new UsageError(`--config ${explicit}: no such file in the repository`);
  return null;
}
function repositoryPath(explicit) {
  const file = posix.normalize(explicit.replaceAll(sep2, "/"));
  if (isAbsolute(explicit) || file === ".." || file.startsWith("../") || file === ".")
    throw new UsageError(`--config ${explicit}: the config file must be a path inside the repository`);
  return file;
}
async function entryExists(repoDir, file) {
  return await lstat2(join3(repoDir, file)).then(
    () => true,
    () => false
  );
}
async function readConfigFile(repoDir, file) {
  const root = await realpath2(repoDir);
  const own = join3(root, file);
  const entry = await lstat2(own).catch(() => null);
  const realDir = await realpath2(dirname2(own)).catch(() => null);
  const linked = entry === null || entry.isSymbolicLink() || realDir === null || join3(realDir, basename2(own)) !== own;
  if (!linked) return readParsedFile(repoDir, file);
  const target = await realpath2(own).catch(() => null);
  const where = target === null ? "a symbolic link that leads nowhere" : target === root || target.startsWith(root + sep2) ? "a symbolic link" : "a symbolic link to outside the repository";
  const d = diagnostic(
    "error",
    "config-invalid",
    `the config file is ${where}, or goes through one; it is not followed: commit the file itself`,
    { file, line: 1, column: 1 }
  );
  return withSource({ file, text: "" }, { resources: [], diagnostics: [d], marker: "none" });
}
async function discoverZones(repoDir, zones, allOutputs, configFile, zoneKeys = /* @__PURE__ */ new Map(), globalOutput2 = null) {
  const files = /* @__PURE__ */ new Map();
  const diagnostics = [];
  const outputExcludes = allOutputs.map((o) => `${import_fast_glob.default.escapePath(o)}/**`);
  for (const zone of zones) {
    const keys = zoneKeys.get(zone.name) ?? { include: NO_LOCATION, output: NO_LOCATION };
    const sources = await discoverFiles(repoDir, {
      include: zone.include,
      exclude: [...zone.exclude, ...outputExcludes, ...configFile ? [configFile] : []],
      configured: { at: keys.include, what: `an include glob of zone "${zone.name}"` }
    });
    const outputs = await discoverFiles(repoDir, {
      include: [`${import_fast_glob.default.escapePath(zone.output)}/**/*.yaml`, `${import_fast_glob.default.escapePath(zone.output)}/**/*.yml`],
      exclude: [],
      configured: { at: keys.output, what: `the output of zone "${zone.name}"` }
    });
    diagnostics.push(...sources.diagnostics, ...outputs.diagnostics);
    files.set(zone.name, {
      sources: sources.files,
      outputs: outputs.files,
      ...sources.failed ? { sourcesFailed: true } : {}
    });
  }
  if (globalOutput2 !== null) {
    const outputs = await discoverFiles(repoDir, {
      include: [`${import_fast_glob.default.escapePath(globalOutput2)}/**/*.yaml`, `${import_fast_glob.default.escapePath(globalOutput2)}/**/*.yml`],
      exclude: [],
      configured: { at: NO_LOCATION, what: "the global output" }
    });
    diagnostics.push(...outputs.diagnostics);
    files.set(GLOBAL_ZONE_NAME, { sources: [], outputs: outputs.files });
  }
  return { files, diagnostics };
}
function zoneFilePaths(files) {
  return [...new Set([...files.values()].flatMap((f) => [...f.sources, ...f.outputs]))].sort();
}
var WORKFLOW_MAX_BYTES = 256 * 1024;
async function findReconcileWorkflow(repoDir) {
  const dir = ".github/workflows";
  const names = await readdir2(join3(repoDir, dir)).catch(() => []);
  for (const name of names.filter((n) => /\.ya?ml$/.test(n)).sort()) {
    const path = join3(repoDir, dir, name);
    const st = await lstat2(path).catch(() => null);
    if (!st?.isFile() || st.size > WORKFLOW_MAX_BYTES) continue;
    const text = await readFile(path, "utf8").catch(() => "");
    if (/meshservice-reconciler/.test(text) && /(?:command:\s*["']?apply\b|meshservice-reconciler\S*\s+apply\b)/.test(text))
      return `${dir}/${name}`;
  }
  return null;
}

// src/io/schemas.ts
import { readFileSync as readFileSync2, readdirSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname as dirname3, join as join4 } from "node:path";
var SCHEMA_DIR = packageFileUrl("schemas/");
var SUFFIX = ".schema.json";
var VALIDATOR_PREFIX = "validate-";
var VALIDATOR_SUFFIX = ".cjs";
var shipped;
function readSchemas() {
  shipped ??= loadSchemas();
  return shipped;
}
async function loadSchemas() {
  const bundle = bundleFile();
  if (bundle !== null) {
    const dist = dirname3(bundle);
    const names = new Set(
      readdirSync(dist).filter((f) => f.startsWith(VALIDATOR_PREFIX) && f.endsWith(VALIDATOR_SUFFIX)).map((f) => f.slice(VALIDATOR_PREFIX.length, -VALIDATOR_SUFFIX.length))
    );
    const require2 = createRequire(bundle);
    if (names.size > 0)
      return new Schemas(
        (name) => names.has(name) ? require2(join4(dist, `${VALIDATOR_PREFIX}${name}${VALIDATOR_SUFFIX}`)) : void 0
      );
  }
  const { compileSchemas } = await import("./compile-7Y5PME23.js");
  return new Schemas(compileSchemas(readSchemaDocuments()));
}
function readSchemaDocuments() {
  const documents = /* @__PURE__ */ new Map();
  for (const file of readdirSync(SCHEMA_DIR).sort()) {
    if (!file.endsWith(SUFFIX)) continue;
    documents.set(file.slice(0, -SUFFIX.length), JSON.parse(readFileSync2(new URL(file, SCHEMA_DIR), "utf8")));
  }
  return documents;
}

// src/io/zone-memo.ts
import { createHash } from "node:crypto";
import { readFileSync as readFileSync3 } from "node:fs";
import { join as join5 } from "node:path";

// src/compute/provenance.ts
function computeProvenance(input) {
  const out = /* @__PURE__ */ new Map();
  const origins = input.zone.environment === "universal" ? universalOrigins(input.sources.dataplanes, input.zone.universalSource) : kubernetesOrigins(input.sources.services);
  const generators = new Map(input.generators.map((g) => [g.coreName, g]));
  const committed = /* @__PURE__ */ new Map();
  for (const c of input.committed) if (!committed.has(identityKey(c))) committed.set(identityKey(c), c);
  for (const svc of input.services) {
    const list = [];
    const key = input.zone.environment === "universal" ? identityKey(svc) : atKey(svc.at);
    list.push(...origins.get(key) ?? []);
    for (const a of svc.status.addresses ?? []) {
      const g = generators.get(a.hostnameGeneratorRef.coreName);
      list.push({
        role: "hostname-generator",
        kind: "HostnameGenerator",
        name: a.hostnameGeneratorRef.coreName,
        file: g?.at.file ?? "",
        line: g?.at.line ?? 0,
        column: g?.at.column ?? 0,
        detail: `hostname ${a.hostname}`
      });
    }
    const c = committed.get(identityKey(svc));
    if (c) {
      const name = `${svc.namespace !== "" ? svc.namespace : svc.mesh}/${svc.name}`;
      const sticky = (detail) => ({
        role: "sticky",
        kind: "MeshService",
        name,
        ...at(c.at),
        detail
      });
      if (input.zone.environment === "universal") {
        const recorded = new Set(recordedValues(c.status.vips, "ip"));
        for (const v of svc.status.vips ?? []) if (recorded.has(v.ip)) list.push(sticky(`VIP ${v.ip}`));
      }
      const hostnames = new Set(recordedValues(c.status.addresses, "hostname"));
      for (const a of svc.status.addresses ?? [])
        if (hostnames.has(a.hostname)) list.push(sticky(`hostname ${a.hostname}`));
    }
    out.set(serviceKey(svc), list);
  }
  return out;
}
function universalOrigins(dataplanes, mode) {
  const out = /* @__PURE__ */ new Map();
  const add = (key, p) => {
    const list = out.get(key);
    if (list) list.push(p);
    else out.set(key, [p]);
  };
  const ordered = [...dataplanes].sort((a, b) => compareStrings(a.at.file, b.at.file) || a.at.line - b.at.line);
  for (const dp of ordered) {
    const mesh = dp.value.mesh ?? "default";
    const name = `${mesh}/${dp.value.name}`;
    const inbounds = dp.value.networking?.inbound ?? [];
    if (mode === "workload") {
      const workload = dp.value.labels?.[WORKLOAD_LABEL];
      if (workload === void 0 || workload === "" || inbounds.length === 0) continue;
      add(identityKey({ mesh, namespace: "", name: workload }), {
        role: "source",
        kind: "Dataplane",
        name,
        ...at(dp.at),
        detail: ""
      });
      continue;
    }
    inbounds.forEach((inbound, i) => {
      const service = inbound.tags?.[SERVICE_TAG];
      if (service === void 0) return;
      add(
        identityKey({ mesh, namespace: "", name: service }),
        lazyProvenance(
          "inbound",
          "Dataplane",
          name,
          locate(dp.res, ["networking", "inbound", i]),
          `inbound port ${inbound.port ?? 0}`
        )
      );
    });
  }
  return out;
}
function kubernetesOrigins(services) {
  const out = /* @__PURE__ */ new Map();
  for (const s of services) {
    const name = `${s.value.metadata.namespace ?? "default"}/${s.value.metadata.name ?? ""}`;
    out.set(atKey(s.at), [{ role: "source", kind: "Service", name, ...at(s.at), detail: "" }]);
  }
  return out;
}
function atKey(l) {
  return `${l.file}\0${l.line}\0${l.column}`;
}
function lazyProvenance(role, kind, name, l, detail) {
  const p = {
    role,
    kind,
    name,
    file: l.file,
    get line() {
      return l.line;
    },
    get column() {
      return l.column;
    },
    detail
  };
  linkPending(p, l);
  return p;
}
function at(l) {
  return { file: l.file, line: l.line, column: l.column };
}
function recordedValues(list, field) {
  if (!Array.isArray(list)) return [];
  return list.flatMap((v) => {
    const x = typeof v === "object" && v !== null ? v[field] : void 0;
    return typeof x === "string" ? [x] : [];
  });
}

// src/io/zone-memo.ts
function recallZones(cache, repoDir, input) {
  const digests = /* @__PURE__ */ new Map();
  const memoised = /* @__PURE__ */ new Map();
  const markers = /* @__PURE__ */ new Map();
  const unread = /* @__PURE__ */ new Set();
  for (const zone of input.zones) {
    const files = input.files.get(zone.name) ?? { sources: [], outputs: [] };
    const digest = cache.enabled && input.enabled ? zoneDigest(input, zone, files) : null;
    if (digest !== null) digests.set(zone.name, digest);
    const memo = digest === null ? null : decodeZoneMemo(cache.getZone(digest), repoDir);
    if (memo === null) continue;
    memoised.set(zone.name, memo.outcome);
    for (const [path, marker] of memo.markers) markers.set(path, { marker });
  }
  for (const [name, files] of input.files)
    if (!memoised.has(name)) for (const f of [...files.sources, ...files.outputs]) unread.add(f);
  return { digests, memoised, markers, unread: [...unread].sort() };
}
function rememberZones(cache, input, recalled, outcomes, parsed, written) {
  for (const [name, digest] of recalled.digests) {
    const files = input.files.get(name) ?? { sources: [], outputs: [] };
    if (recalled.memoised.has(name)) {
      for (const f of [...files.sources, ...files.outputs]) cache.keepFile(f, input.blobIds?.get(f) ?? "");
      continue;
    }
    const outcome = outcomes.get(name);
    if (outcome === void 0) continue;
    if (written && outcome.zone?.changes.some((c) => c.action !== "unchanged") === true) continue;
    const markers = files.outputs.map((f) => [f, parsed.get(f)?.marker ?? "none"]);
    cache.setZone(digest, memoJson(outcome, markers));
  }
}
function memoStats(total, recalled, read) {
  const memoised = total - recalled.unread.length;
  return { ...read, files: total, cached: read.cached + memoised, memoisedZones: recalled.memoised.size };
}
function zoneDigest(input, zone, files) {
  const hash = createHash("sha256");
  hash.update(
    JSON.stringify({
      zone,
      config: input.config,
      at: input.zoneLocations.get(zone.name) ?? null,
      keys: input.zoneKeys.get(zone.name) ?? null,
      allowDeletions: input.allowDeletions,
      sourcesFailed: files.sourcesFailed === true
    })
  );
  for (const [role, paths] of [
    ["source", files.sources],
    ["output", files.outputs]
  ]) {
    hash.update(`
${role}s ${paths.length}`);
    for (const path of paths) {
      const id = input.blobIds?.get(path);
      if (id === void 0) return null;
      hash.update(`
${JSON.stringify(path)} ${id}`);
    }
  }
  return hash.digest("hex");
}
function memoJson(outcome, markers) {
  const zone = outcome.zone === null ? null : {
    ...outcome.zone,
    changes: outcome.zone.changes.map(withoutUnchangedText),
    referencedBy: [...outcome.zone.referencedBy],
    provenance: [...outcome.zone.provenance],
    // What only the runs that never memoise read (src/run.ts `enabled`): the parsed sources (the
    // global step), the committed MeshServices (--live), a reference's resource (migrate).
    sources: void 0,
    committed: [],
    migration: outcome.zone.migration.map((m) => ({
      ...m,
      references: m.references.map((r) => ({ ...r, res: void 0, path: void 0 }))
    }))
  };
  let faithful = true;
  const json = JSON.stringify({ outcome: { zone, diagnostics: outcome.diagnostics }, markers }, (_k, v) => {
    if (typeof v === "number" && (!Number.isFinite(v) || Object.is(v, -0))) faithful = false;
    return typeof v === "object" && v !== null ? storedLocation(v) : v;
  });
  return faithful ? json : null;
}
function storedLocation(v) {
  const pending = pendingOf(v);
  if (pending === null) return v;
  const out = {};
  for (const [key, value] of Object.entries(Object.getOwnPropertyDescriptors(v)))
    if (key !== "line" && key !== "column" && value.enumerable === true) out[key] = value.value;
  return { ...out, pending };
}
function reviveLocations(v, repoDir, texts) {
  if (Array.isArray(v)) return v.map((x) => reviveLocations(x, repoDir, texts));
  if (!isObject2(v)) return v;
  if (!("pending" in v)) {
    for (const [k, x] of Object.entries(v))
      if (typeof x === "object" && x !== null) v[k] = reviveLocations(x, repoDir, texts);
    return v;
  }
  const { pending, ...rest } = v;
  if (!isPending(pending) || typeof rest["file"] !== "string") throw new Error("not a stored location");
  const file = rest["file"];
  let source = texts.get(file);
  if (source === void 0) {
    source = lazyFileText(repoDir, file);
    texts.set(file, source);
  }
  const loc = locatePending(source, pending);
  const keys = Object.keys(rest).join();
  if (keys === "file") return loc;
  if (keys !== "role,kind,name,file,detail") throw new Error("not a stored location");
  const p = rest;
  return lazyProvenance(p.role, p.kind, p.name, loc, p.detail);
}
function isPending(p) {
  const isPath = (x) => Array.isArray(x) && x.every((s) => typeof s === "string" || typeof s === "number");
  return isObject2(p) && typeof p["docIndex"] === "number" && typeof p["line"] === "number" && typeof p["column"] === "number" && typeof p["key"] === "boolean" && isPath(p["base"]) && isPath(p["path"]);
}
function withoutUnchangedText(c) {
  if (c.action !== "unchanged") return c;
  const keys = Object.keys(c).filter((k) => k !== "before" && k !== "after");
  return Object.fromEntries(keys.map((k) => [k, c[k]]));
}
function withUnchangedText(c, repoDir) {
  if (c["action"] !== "unchanged" || typeof c["path"] !== "string") return c;
  const path = c["path"];
  let text;
  const read = () => text ??= readFileSync3(join5(repoDir, path), "utf8");
  return Object.defineProperties(
    { ...c },
    {
      before: { get: read, enumerable: true },
      after: { get: read, enumerable: true }
    }
  );
}
function decodeZoneMemo(raw, repoDir) {
  if (!isObject2(raw) || !isObject2(raw["outcome"]) || !Array.isArray(raw["markers"])) return null;
  const { zone, diagnostics } = raw["outcome"];
  if (!Array.isArray(diagnostics) || !diagnostics.every(isDiagnostic)) return null;
  const markers = raw["markers"];
  if (!markers.every((m) => Array.isArray(m) && typeof m[0] === "string" && isMarker(m[1]))) return null;
  if (zone === null) return { outcome: { zone: null, diagnostics }, markers };
  if (!isObject2(zone) || !isObject2(zone["zone"]) || !Array.isArray(zone["services"]) || !Array.isArray(zone["changes"]) || !zone["changes"].every(isObject2) || !isEntries(zone["referencedBy"]) || !isEntries(zone["provenance"]) || !Array.isArray(zone["committed"]) || !Array.isArray(zone["migration"]))
    return null;
  const texts = /* @__PURE__ */ new Map();
  let revived;
  try {
    revived = {};
    for (const [key, value] of Object.entries(zone))
      revived[key] = key === "changes" ? value : key === "services" && Array.isArray(value) ? value.map((d) => {
        if (isObject2(d) && isObject2(d["at"])) d["at"] = reviveLocations(d["at"], repoDir, texts);
        return d;
      }) : reviveLocations(value, repoDir, texts);
  } catch {
    return null;
  }
  const result = {
    ...revived,
    changes: revived["changes"].map((c) => withUnchangedText(c, repoDir)),
    referencedBy: new Map(revived["referencedBy"]),
    provenance: new Map(revived["provenance"])
  };
  return { outcome: { zone: result, diagnostics }, markers };
}
function isObject2(v) {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}
function isEntries(v) {
  return Array.isArray(v) && v.every((e) => Array.isArray(e) && typeof e[0] === "string" && Array.isArray(e[1]));
}
function isMarker(v) {
  return v === "none" || v === "intact" || v === "edited";
}
function isDiagnostic(v) {
  return isObject2(v) && (v["severity"] === "error" || v["severity"] === "warning" || v["severity"] === "info") && typeof v["code"] === "string" && typeof v["message"] === "string" && typeof v["file"] === "string" && typeof v["line"] === "number" && typeof v["column"] === "number";
}

// src/model/live.ts
function liveIdentity(l, environment) {
  const mesh = l.mesh ?? "default";
  if (environment === "universal") return { mesh, namespace: "", name: l.name };
  const namespace = l.labels?.[NAMESPACE_LABEL] ?? l.name.slice(l.name.lastIndexOf(".") + 1);
  const suffix = `.${namespace}`;
  const name = l.labels?.[DISPLAY_NAME_LABEL] ?? (l.name.endsWith(suffix) ? l.name.slice(0, -suffix.length) : l.name);
  return { mesh, namespace, name };
}

// src/plan/live.ts
var COMPUTED_LABELS = /* @__PURE__ */ new Set([
  ENV_LABEL,
  MESH_LABEL,
  ORIGIN_LABEL,
  ZONE_LABEL,
  DISPLAY_NAME_LABEL,
  NAMESPACE_LABEL
]);
var DEFAULT_APP_PROTOCOL = "tcp";
function compareLive(input) {
  const meshes = new Set(input.meshes);
  const git = /* @__PURE__ */ new Map();
  for (const c of input.committed) if (meshes.has(c.mesh) && !git.has(identityKey(c))) git.set(identityKey(c), c);
  const live = /* @__PURE__ */ new Map();
  for (const l of input.live) {
    if (l.labels?.[ORIGIN_LABEL] === "global") continue;
    const id = liveIdentity(l, input.environment);
    if (!live.has(identityKey(id))) live.set(identityKey(id), l);
  }
  const out = [];
  for (const [key, c] of git) {
    const at2 = { mesh: c.mesh, namespace: c.namespace, name: c.name, path: c.at.file, line: c.at.line };
    const l = live.get(key);
    if (l === void 0) {
      out.push({ kind: "missing", ...at2, fields: [] });
      continue;
    }
    const fields = diffFields(gitView(c), liveView(l, c.labels)).filter((f) => f.change !== "kept");
    if (fields.length > 0) out.push({ kind: "differs", ...at2, fields });
  }
  for (const [key, l] of live) {
    if (git.has(key)) continue;
    out.push({ kind: "extra", ...liveIdentity(l, input.environment), path: null, line: 1, fields: [] });
  }
  return out.sort(
    (a, b) => compareStrings(a.mesh, b.mesh) || compareStrings(a.namespace, b.namespace) || compareStrings(a.name, b.name)
  );
}
function gitView(c) {
  return view(c.labels, c.spec, c.status);
}
function liveView(l, gitLabels) {
  const labels = Object.fromEntries(
    Object.entries(l.labels ?? {}).filter(([k]) => !COMPUTED_LABELS.has(k) || Object.hasOwn(gitLabels, k))
  );
  return view(labels, l.spec, l.status);
}
function view(labels, spec, status) {
  const s = isObject(spec) ? spec : {};
  const st = isObject(status) ? status : {};
  const sorted = Object.fromEntries(Object.entries(labels).sort(([a], [b]) => compareStrings(a, b)));
  return {
    labels: sorted,
    spec: { selector: s["selector"] ?? null, ports: ports(s["ports"]) },
    status: { vips: leaves(st["vips"], "ip"), addresses: leaves(st["addresses"], "hostname") }
  };
}
function ports(value) {
  if (!Array.isArray(value)) return [];
  return value.map((p) => isObject(p) ? { ...p, appProtocol: p["appProtocol"] ?? DEFAULT_APP_PROTOCOL } : p);
}
function leaves(value, key) {
  if (!Array.isArray(value)) return [];
  return value.flatMap((v) => isObject(v) && v[key] !== void 0 ? [{ [key]: v[key] }] : []);
}
function liveMeshes(zone) {
  const meshes = [...new Set([...zone.services, ...zone.committed].map((s) => s.mesh))].sort(compareStrings);
  return meshes.length > 0 ? meshes : ["default"];
}

// src/plan/migrate.ts
var import_yaml5 = __toESM(require_dist(), 1);
function planMigration(input) {
  const diagnostics = [];
  const resolved = [];
  const byFile = /* @__PURE__ */ new Map();
  for (const views of viewsByReference(input)) {
    const { ref, zone, action } = views[0] ?? {};
    if (ref === void 0 || zone === void 0 || action === void 0) continue;
    const skip = (why) => {
      diagnostics.push(
        diagnostic(
          "warning",
          "migrate-ref-skipped",
          `${ref.policy.kind} ${JSON.stringify(ref.policy.name)}: legacy reference ${JSON.stringify(ref.legacy)} is not rewritten: ${why}`,
          ref.at
        )
      );
    };
    const disagreeing = disagreement(views);
    if (disagreeing !== null) {
      skip(disagreeing);
      continue;
    }
    if (action === null) continue;
    if (action.startsWith("skip:")) {
      skip(action.slice(5));
      continue;
    }
    const replacement = ref.replacement;
    if (replacement === null) continue;
    const edits = editsFor(ref, action, replacement);
    if (typeof edits === "string") {
      skip(edits);
      continue;
    }
    const file = byFile.get(ref.res.file) ?? { zone, res: [], edits: [], expect: [], resolves: [] };
    file.edits.push(...edits);
    file.res.push(ref.res);
    file.expect.push({ res: ref.res, path: ref.path, action, replacement });
    if (action !== "add") file.resolves.push(ref.at);
    byFile.set(ref.res.file, file);
  }
  const changes = [];
  for (const [path, file] of [...byFile].sort(([a], [b]) => compareStrings(a, b))) {
    const first = file.res[0];
    if (first === void 0) continue;
    const before = first.source.text;
    const after = splice(before, file.edits);
    const problem = verify(path, before, after, file.expect);
    if (problem !== null) {
      diagnostics.push(
        diagnostic(
          "error",
          "migrate-rewrite-failed",
          `the rewrite of ${path} would not give the expected policies: ${problem}`,
          {
            file: path,
            line: 1,
            column: 1
          }
        )
      );
      continue;
    }
    resolved.push(...file.resolves);
    changes.push({
      action: "update",
      path,
      zone: file.zone,
      mesh: "",
      namespace: "",
      name: path,
      before,
      after,
      handEdited: false
    });
  }
  return { changes, diagnostics, resolved };
}
var LEGACY_CODES = /* @__PURE__ */ new Set(["route-backend-ref-legacy", "legacy-ref-unresolved"]);
function unresolvedDiagnostics(diagnostics, plan) {
  const at2 = (l) => `${l.file}\0${l.line}\0${l.column}`;
  const resolved = new Set(plan.resolved.map(at2));
  return diagnostics.filter((d) => !(LEGACY_CODES.has(d.code) && resolved.has(at2(d))));
}
function viewsByReference(input) {
  const byKey = /* @__PURE__ */ new Map();
  for (const mesh of input.meshes)
    for (const ref of mesh.references) {
      if (ref.form === "top-level") continue;
      const key = `${ref.res.file}\0${ref.res.docIndex}\0${JSON.stringify([...ref.res.base, ...ref.path])}`;
      const views = byKey.get(key) ?? [];
      views.push({ zone: mesh.zone, ref, action: actionOf(ref, mesh.mode, input.replace) });
      byKey.set(key, views);
    }
  return [...byKey.values()];
}
function disagreement(views) {
  const what = (v) => v.action === null ? "nothing to do" : v.action.startsWith("skip:") ? `not rewritten (${v.action.slice(5)})` : `${v.action} ${v.ref.replacement === null ? "nothing" : formatReference(v.ref.replacement)}`;
  const seen = [...new Set(views.map(what))];
  if (seen.length <= 1) return null;
  const zones = views.map((v) => `zone ${v.zone}: ${what(v)}`).join("; ");
  return `the zones that include ${views[0]?.ref.res.file ?? ""} disagree on it (${zones}); give them the same MeshService, or rewrite it by hand`;
}
function actionOf(ref, mode, replace) {
  if (ref.replacement === null) return `skip:${ref.note ?? "it has no new-style equivalent"}`;
  if (ref.form === "to") {
    if (mode === "Disabled")
      return "skip:the mesh's meshServices.mode is Disabled, where a new-style targetRef references nothing; enable MeshServices (Everywhere or ReachableBackends) first";
    return "rewrite";
  }
  if (ref.paired && !replace) return null;
  if (mode === "Disabled" && replace)
    return "skip:the mesh's meshServices.mode is Disabled, where only the legacy backendRef routes; without --replace migrate adds the new-style one next to it";
  if (ref.paired) return "remove";
  return replace ? "rewrite" : "add";
}
function eolOf(text) {
  const i = text.indexOf("\n");
  return i > 0 && text[i - 1] === "\r" ? "\r\n" : "\n";
}
function columnOf(text, offset) {
  return offset - (text.lastIndexOf("\n", offset - 1) + 1);
}
function lineEnd(text, offset) {
  const nl = text.indexOf("\n", offset);
  if (nl === -1) return text.length;
  return nl > 0 && text[nl - 1] === "\r" ? nl - 1 : nl;
}
function scalarText(key, value, like) {
  if (typeof value === "number") return String(value);
  if (key === "sectionName") return JSON.stringify(value);
  if (like?.type === "QUOTE_DOUBLE") return JSON.stringify(value);
  if (like?.type === "QUOTE_SINGLE") return `'${value}'`;
  return value;
}
function pairOf(map, key) {
  const pair = map.items.find((p) => (0, import_yaml5.isPair)(p) && (0, import_yaml5.isScalar)(p.key) && String(p.key.value) === key);
  return pair && (0, import_yaml5.isScalar)(pair.value) ? pair : void 0;
}
function mapEdits(text, map, replacement) {
  const name = pairOf(map, "name");
  const nameValue = name?.value;
  if (!name || !nameValue?.range || !name.key.range) return "its name is not a plain scalar";
  const edits = [];
  const inserted = [];
  for (const [key, value] of Object.entries(replacement)) {
    if (key === "kind") continue;
    const pair = pairOf(map, key);
    if (pair?.value?.range) {
      const [start, end] = pair.value.range;
      const now = text.slice(start, end);
      const next = scalarText(key, value, pair.value);
      if (now !== next) edits.push({ start, end, text: next });
    } else if (map.items.some((p) => (0, import_yaml5.isPair)(p) && (0, import_yaml5.isScalar)(p.key) && String(p.key.value) === key)) {
      return `its ${key} is not a plain scalar`;
    } else {
      inserted.push(`${key}: ${scalarText(key, value)}`);
    }
  }
  if (inserted.length > 0) {
    const at2 = nameValue.range[1];
    if (map.flow === true) {
      edits.push({ start: at2, end: at2, text: inserted.map((i) => `, ${i}`).join("") });
    } else {
      const eol = eolOf(text);
      const indent = " ".repeat(columnOf(text, (name.key.range ?? [at2])[0]));
      const end = lineEnd(text, at2);
      edits.push({ start: end, end, text: inserted.map((i) => `${eol}${indent}${i}`).join("") });
    }
  }
  return edits;
}
function editsFor(ref, action, replacement) {
  const text = ref.res.source.text;
  const node = nodeAt(ref.res, ["spec", ...ref.path]);
  if (!(0, import_yaml5.isMap)(node) || !node.range) return "it is not a plain YAML mapping (an alias or a merge key)";
  if (action === "rewrite") return mapEdits(text, node, replacement);
  const seq = nodeAt(ref.res, ["spec", ...ref.path.slice(0, -1)]);
  const index = ref.path[ref.path.length - 1];
  if (!(0, import_yaml5.isSeq)(seq) || typeof index !== "number") return "its backendRefs is not a plain YAML sequence";
  if (action === "remove") return removeItem(text, seq, index);
  const [start, end] = node.range;
  const local = mapEdits(text, node, replacement);
  if (typeof local === "string") return local;
  if (local.some((e) => e.start < start || e.end > end)) return "its name is outside its entry's lines";
  const shifted = local.map((e) => ({ start: e.start - start, end: e.end - start, text: e.text }));
  const copy = splice(text.slice(start, end), shifted).replace(/(\r?\n)+$/, "");
  if (seq.flow === true) return [{ start: end, end, text: `, ${copy}` }];
  const prefix = text.slice(text.lastIndexOf("\n", start - 1) + 1, start);
  if (!/^ *- +$/.test(prefix)) return "its entry does not start a line of the backendRefs list";
  const eol = eolOf(text);
  const entry = text[end - 1] === "\n" ? `${prefix}${copy}${eol}` : `${eol}${prefix}${copy}`;
  return [{ start: end, end, text: entry }];
}
function removeItem(text, seq, index) {
  const item = seq.items[index];
  if (!item?.range) return "its entry has no source range";
  const [start, end] = item.range;
  if (seq.flow === true) {
    const prev = seq.items[index - 1];
    const next = seq.items[index + 1];
    if (prev?.range) return [{ start: prev.range[1], end, text: "" }];
    if (next?.range) return [{ start, end: next.range[0], text: "" }];
    return "it is the only entry";
  }
  const lineStart = text.lastIndexOf("\n", start - 1) + 1;
  if (!/^ *- +$/.test(text.slice(lineStart, start))) return "its entry does not start a line of the backendRefs list";
  const stop = end > 0 && text[end - 1] === "\n" ? end : Math.min(text.length, lineEnd(text, end) + eolOf(text).length);
  return [{ start: lineStart, end: stop, text: "" }];
}
function splice(text, edits) {
  let out = text;
  for (const e of [...edits].sort((a, b) => b.start - a.start || b.end - a.end)) {
    out = out.slice(0, e.start) + e.text + out.slice(e.end);
  }
  return out;
}
function verify(path, before, after, expected) {
  const old = parseYamlData(path, before.length, before);
  const now = parseYamlData(path, after.length, after);
  if (now.diagnostics.length > 0) return now.diagnostics[0]?.message ?? "it does not parse";
  const want = old.resources.map((r) => structuredClone(r.value));
  const ordered = [...expected].sort((a2, b2) => order(a2) - order(b2) || lastIndex(b2) - lastIndex(a2));
  for (const e of ordered) {
    const i = old.resources.findIndex((r) => r.docIndex === e.res.docIndex && sameBase(r.base, e.res.base));
    const root = want[i];
    const holder = walk(root, ["spec", ...e.path.slice(0, -1)]);
    const last = e.path[e.path.length - 1];
    if (holder === void 0 || last === void 0) return `the reference at ${JSON.stringify(e.path)} is gone`;
    const target = holder[last];
    if (!isObject(target)) return `the reference at ${JSON.stringify(e.path)} is gone`;
    const rewritten = { ...target, ...e.replacement };
    if (e.action === "rewrite") holder[last] = rewritten;
    else if (Array.isArray(holder) && typeof last === "number") {
      if (e.action === "add") holder.splice(last + 1, 0, rewritten);
      else holder.splice(last, 1);
    }
  }
  const a = canonical(want);
  const b = canonical(now.resources.map((r) => r.value));
  return a === b ? null : "the parsed policies differ from the planned ones beyond the references";
}
function canonical(value) {
  return JSON.stringify(
    value,
    (_k, v) => isObject(v) && !Array.isArray(v) ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => compareStrings(a, b))) : v
  );
}
function order(e) {
  return e.action === "rewrite" ? 0 : 1;
}
function lastIndex(e) {
  const last = e.path[e.path.length - 1];
  return typeof last === "number" ? last : 0;
}
function sameBase(a, b) {
  return a.length === b.length && a.every((s, i) => s === b[i]);
}
function walk(value, path) {
  let node = value;
  for (const seg of path) {
    if (Array.isArray(node) && typeof seg === "number") node = node[seg];
    else if (isObject(node)) node = node[String(seg)];
    else return void 0;
  }
  return node;
}

// src/validate/config.ts
import { posix as posix2 } from "node:path";

// src/model/cidr.ts
function parseCidr(cidr) {
  const slash = cidr.indexOf("/");
  if (slash === -1) return { error: `${excerpt(cidr)} is not a CIDR: expected <address>/<prefix length>` };
  const addr = parseIp(cidr.slice(0, slash));
  if (addr === null)
    return { error: `${excerpt(cidr)} is not a CIDR: ${excerpt(cidr.slice(0, slash))} is not an IP address` };
  const bits = addr.family === 4 ? 32 : 128;
  const prefixText = cidr.slice(slash + 1);
  const prefix = /^(0|[1-9]\d{0,2})$/.test(prefixText) ? Number(prefixText) : NaN;
  if (!(prefix >= 0 && prefix <= bits)) {
    return { error: `${excerpt(cidr)} is not a CIDR: the prefix length must be 0 to ${bits}` };
  }
  const size = 1n << BigInt(bits - prefix);
  const base = addr.value & ~(size - 1n);
  if (base !== addr.value) {
    return { error: `${excerpt(cidr)} has host bits set; the network is ${formatIp(addr.family, base)}/${prefix}` };
  }
  return { cidr, family: addr.family, base, size };
}
function parseIp(text) {
  if (!text.includes(":")) {
    const v2 = parseIpv4(text);
    return v2 === null ? null : { family: 4, value: v2 };
  }
  const v = parseIpv6(text);
  return v === null ? null : { family: 6, value: v };
}
function parseIpv4(text) {
  const parts = text.split(".");
  if (parts.length !== 4) return null;
  let v = 0n;
  for (const p of parts) {
    if (!/^(0|[1-9]\d{0,2})$/.test(p) || Number(p) > 255) return null;
    v = v << 8n | BigInt(p);
  }
  return v;
}
function parseIpv6(text) {
  const halves = text.split("::");
  if (halves.length > 2) return null;
  const groups2 = (s) => {
    if (s === "") return [];
    const out = [];
    const parts = s.split(":");
    for (let i = 0; i < parts.length; i++) {
      const p = parts[i] ?? "";
      if (i === parts.length - 1 && p.includes(".")) {
        const v4 = parseIpv4(p);
        if (v4 === null) return null;
        out.push(v4 >> 16n, v4 & 0xffffn);
      } else if (/^[0-9a-fA-F]{1,4}$/.test(p)) {
        out.push(BigInt(`0x${p}`));
      } else {
        return null;
      }
    }
    return out;
  };
  const head = groups2(halves[0] ?? "");
  const tail = halves.length === 2 ? groups2(halves[1] ?? "") : [];
  if (head === null || tail === null) return null;
  const missing = 8 - head.length - tail.length;
  if (halves.length === 2 ? missing < 1 : missing !== 0) return null;
  if (halves.length === 2 && head.length > 0 && (halves[0] ?? "").includes(".")) return null;
  let v = 0n;
  for (const g of [...head, ...Array(missing).fill(0n), ...tail]) v = v << 16n | g;
  return v;
}
function formatIp(family, value) {
  if (family === 4) {
    const v = Number(value);
    return `${v >>> 24}.${v >>> 16 & 255}.${v >>> 8 & 255}.${v & 255}`;
  }
  if (value >> 32n === 0xffffn) return `::ffff:${formatIp(4, value & 0xffffffffn)}`;
  const groups2 = [];
  for (let s = 112n; s >= 0n; s -= 16n) groups2.push(Number(value >> s & 0xffffn));
  let bestStart = -1;
  let bestLen = 1;
  for (let i = 0; i < 8; ) {
    if (groups2[i] !== 0) {
      i++;
      continue;
    }
    let j = i;
    while (j < 8 && groups2[j] === 0) j++;
    if (j - i > bestLen) {
      bestStart = i;
      bestLen = j - i;
    }
    i = j;
  }
  const hex = (gs) => gs.map((g) => g.toString(16)).join(":");
  if (bestStart === -1) return hex(groups2);
  return `${hex(groups2.slice(0, bestStart))}::${hex(groups2.slice(bestStart + bestLen))}`;
}
function poolOffset(pool, ip) {
  const a = parseIp(ip);
  if (a === null || a.family !== pool.family) return null;
  const off = a.value - pool.base;
  return off >= 0n && off < pool.size ? off : null;
}
function addressAt(pool, offset) {
  return formatIp(pool.family, pool.base + offset);
}

// src/validate/config.ts
function rawOf(res) {
  return res.value;
}
var CONFIG_RULES = [
  { name: "zone names are unique", check: uniqueZoneNames },
  { name: "outputs are relative directories inside the repository", check: outputsInsideRepository },
  { name: "outputs are not in a directory that discovery skips", check: outputsNotSkipped },
  { name: "include globs are relative patterns inside the repository", check: includesInsideRepository },
  { name: "VIP pools are IPv4 or IPv6 CIDRs", check: vipPoolsAreCidrs },
  { name: "outputs do not nest in one another", check: outputsDoNotOverlap },
  { name: "mesh names are unique", check: uniqueMeshNames },
  { name: "the global output is a directory inside the repository, apart from every zone's", check: globalOutput }
];
function validateConfigFile(parsed, schemas) {
  const failed = (diagnostics2) => ({
    config: void 0,
    zoneLocations: /* @__PURE__ */ new Map(),
    zoneKeys: /* @__PURE__ */ new Map(),
    diagnostics: diagnostics2
  });
  if (parsed === null) return { config: null, zoneLocations: /* @__PURE__ */ new Map(), zoneKeys: /* @__PURE__ */ new Map(), diagnostics: [] };
  if (parsed.diagnostics.length > 0) return failed([...parsed.diagnostics]);
  const res = parsed.resources[0];
  const second = parsed.resources.find((r) => r.docIndex !== res?.docIndex);
  if (second !== void 0) {
    const message = "config file holds a second YAML document; only one is read: merge them into one document";
    return failed([diagnostic("error", "config-invalid", message, locate(second))]);
  }
  const { config, diagnostics } = validateConfig(parsed.file, res, schemas);
  if (!config || !res) return failed(diagnostics);
  const zoneLocations = new Map(config.zones.map((z, i) => [z.name, locate(res, ["zones", i])]));
  const zoneKeys = new Map(
    config.zones.map((z, i) => [
      z.name,
      { include: locate(res, ["zones", i, "include"]), output: locate(res, ["zones", i, "output"]) }
    ])
  );
  const globalAt = locate(res, res.value.meshes !== void 0 ? ["meshes"] : []);
  return { config, zoneLocations, zoneKeys, globalAt, diagnostics };
}
function validateConfig(file, res, schemas) {
  if (!res) {
    return {
      config: null,
      diagnostics: [
        diagnostic("error", "config-invalid", "config file holds no document", { file, line: 1, column: 1 })
      ]
    };
  }
  const diagnostics = validateResource(schemas, "config", res, "config-invalid");
  if (diagnostics.length > 0) return { config: null, diagnostics };
  const raw = res.value;
  const entries = raw.zones.map((z, index) => ({
    raw: z,
    index,
    output: normaliseOutput(z.output ?? defaultOutput(z.name))
  }));
  for (const rule of CONFIG_RULES) diagnostics.push(...rule.check(entries, res));
  if (diagnostics.length > 0) return { config: null, diagnostics };
  const zones = entries.map((e) => zoneWithDefaults({ ...e.raw, output: e.output ?? "" }));
  const config = {
    file,
    policyReferences: raw.policyReferences ?? "warning",
    prune: raw.prune ?? true,
    maxDeletions: raw.maxDeletions ?? null,
    zones,
    meshes: (raw.meshes ?? []).map((m) => ({ name: m.name, meshMultiZoneServices: m.meshMultiZoneServices ?? "off" })),
    global: {
      output: normaliseOutput(raw.global?.output ?? DEFAULT_GLOBAL_OUTPUT) ?? DEFAULT_GLOBAL_OUTPUT,
      environment: raw.global?.environment ?? "universal"
    }
  };
  return { config, diagnostics };
}
function uniqueZoneNames(entries, res) {
  const out = [];
  const names = /* @__PURE__ */ new Map();
  for (const { raw, index } of entries) {
    const prev = names.get(raw.name);
    if (prev !== void 0) {
      const message = `zone ${quoteName(raw.name)} is defined twice (first at zones[${prev}])`;
      out.push(diagnostic("error", "config-invalid", message, locate(res, ["zones", index, "name"])));
    }
    names.set(raw.name, index);
  }
  return out;
}
function outputsInsideRepository(entries, res) {
  return entries.filter((e) => e.output === null).map(
    ({ raw, index }) => diagnostic(
      "error",
      "config-invalid",
      `output ${quoteName(raw.output ?? "")} of zone ${quoteName(raw.name)} must be a relative directory inside the repository`,
      locate(res, ["zones", index, "output"])
    )
  );
}
function outputsNotSkipped(entries, res) {
  const out = [];
  for (const { raw, index, output } of entries) {
    const skipped = output?.split("/").find((part) => SKIPPED_DIRECTORIES.includes(part));
    if (output === null || skipped === void 0) continue;
    const message = `output "${output}" of zone "${raw.name}" is inside a ${skipped}/ directory, which discovery never reads: its files would never be found again; choose another directory`;
    out.push(diagnostic("error", "config-invalid", message, locate(res, ["zones", index, "output"])));
  }
  return out;
}
function includesInsideRepository(entries, res) {
  const out = [];
  for (const { raw, index } of entries) {
    (raw.include ?? []).forEach((glob, j) => {
      const outside = posix2.isAbsolute(glob) || /^[A-Za-z]:/.test(glob) || glob.split("/").includes("..");
      if (!outside) return;
      const message = `include glob ${quoteName(glob)} of zone ${quoteName(raw.name)} must be a relative pattern inside the repository`;
      out.push(diagnostic("error", "config-invalid", message, locate(res, ["zones", index, "include", j])));
    });
  }
  return out;
}
function vipPoolsAreCidrs(entries, res) {
  const out = [];
  for (const { raw, index, output } of entries) {
    if (output === null || raw.vipCidr === void 0) continue;
    const pool = parseCidr(raw.vipCidr);
    if ("error" in pool) {
      const message = `vipCidr of zone ${quoteName(raw.name)}: ${pool.error}`;
      out.push(diagnostic("error", "vip-cidr-invalid", message, locate(res, ["zones", index, "vipCidr"])));
    }
  }
  return out;
}
function outputsDoNotOverlap(entries, res) {
  const out = [];
  const valid = entries.filter((e) => e.output !== null);
  valid.forEach(
    (a, i) => valid.forEach((b, j) => {
      if (i === j || !(a.output === b.output ? i < j : b.output.startsWith(`${a.output}/`))) return;
      out.push(
        diagnostic(
          "error",
          "config-invalid",
          `output "${b.output}" of zone "${b.raw.name}" overlaps output "${a.output}" of zone "${a.raw.name}"`,
          locate(res, ["zones", b.index, "output"])
        )
      );
    })
  );
  return out;
}
function uniqueMeshNames(_entries, res) {
  const out = [];
  const seen = /* @__PURE__ */ new Map();
  (rawOf(res).meshes ?? []).forEach((m, i) => {
    const prev = seen.get(m.name);
    if (prev !== void 0) {
      const message = `mesh ${quoteName(m.name)} is listed twice (first at meshes[${prev}])`;
      out.push(diagnostic("error", "config-invalid", message, locate(res, ["meshes", i, "name"])));
    } else seen.set(m.name, i);
  });
  return out;
}
function globalOutput(entries, res) {
  const raw = rawOf(res);
  const out = [];
  const active = (raw.meshes ?? []).length > 0;
  if (!active && raw.global === void 0) return out;
  const at2 = raw.global?.output !== void 0 ? locate(res, ["global", "output"]) : locate(res, ["global"]);
  const written = raw.global?.output ?? DEFAULT_GLOBAL_OUTPUT;
  const output = normaliseOutput(written);
  const fail = (message, where = at2) => {
    out.push(diagnostic("error", "config-invalid", message, where));
  };
  if (output === null) {
    fail(`global.output ${quoteName(written)} must be a relative directory inside the repository`);
    return out;
  }
  const skipped = output.split("/").find((part) => SKIPPED_DIRECTORIES.includes(part));
  if (skipped !== void 0)
    fail(
      `global.output "${output}" is inside a ${skipped}/ directory, which discovery never reads; choose another directory`
    );
  for (const e of entries) {
    if (e.output === null) continue;
    if (e.output === output || e.output.startsWith(`${output}/`) || output.startsWith(`${e.output}/`))
      fail(`global.output "${output}" overlaps output "${e.output}" of zone "${e.raw.name}"`);
    if (active && e.raw.name === GLOBAL_ZONE_NAME)
      fail(
        `zone "${GLOBAL_ZONE_NAME}": the name is reserved for the global control plane's MeshMultiZoneServices while the config lists meshes`,
        locate(res, ["zones", e.index, "name"])
      );
  }
  return out;
}
function normaliseOutput(dir) {
  if (dir.includes("\\") || posix2.isAbsolute(dir)) return null;
  const n = posix2.normalize(dir).replace(/\/+$/, "");
  if (n === "." || n === "" || n === ".." || n.startsWith("../") || n === ".git" || n.startsWith(".git/")) return null;
  return n;
}
function resolveDefaultZone(counts) {
  if (counts.dataplanes > 0 && counts.services > 0) {
    return {
      zone: null,
      diagnostics: [
        diagnostic(
          "error",
          "config-required",
          `the repository holds both Dataplanes (${counts.dataplanes}) and Services (${counts.services}); add a ${DEFAULT_CONFIG_FILE} that says which files belong to which zone`
        )
      ]
    };
  }
  const environment = counts.services > 0 ? "kubernetes" : "universal";
  return { zone: zoneWithDefaults({ name: DEFAULT_ZONE_NAME, environment }), diagnostics: [] };
}
function selectZones(config, names) {
  const all = config?.zones ?? [zoneWithDefaults({ name: DEFAULT_ZONE_NAME, environment: "universal" })];
  const unknown = names.filter((z) => !all.some((c) => c.name === z));
  const selected = names.length > 0 ? all.filter((z) => names.includes(z.name)) : all;
  return { all, selected, unknown };
}
function unknownZones(unknown, all) {
  const names = all.map((z) => z.name);
  const hints = unknown.map((u) => didYouMean(u, names)).find((h) => h !== "") ?? "";
  return `--zone ${unknown.join(", ")}: no such zone in the config.${hints} The zones are: ${names.join(", ")}.`;
}

// src/compute/committed.ts
function decodeMeshService(res, zone, environment) {
  const v = res.value;
  if (!isObject(v)) return null;
  const at2 = locate(res);
  const spec = isObject(v["spec"]) ? v["spec"] : {};
  const status = isObject(v["status"]) ? v["status"] : {};
  if (v["kind"] === "MeshService" && isObject(v["metadata"])) {
    const meta = v["metadata"];
    const labels = isObject(meta["labels"]) ? meta["labels"] : {};
    return {
      zone,
      environment,
      mesh: labels[MESH_LABEL] ?? "default",
      namespace: typeof meta["namespace"] === "string" ? meta["namespace"] : "default",
      name: str(meta["name"], ""),
      labels,
      annotations: isObject(meta["annotations"]) ? meta["annotations"] : {},
      spec: { ...spec, ports: readablePorts(spec.ports) },
      status,
      at: at2
    };
  }
  if (v["type"] === "MeshService") {
    return {
      zone,
      environment,
      mesh: typeof v["mesh"] === "string" ? v["mesh"] : "default",
      namespace: "",
      name: str(v["name"], ""),
      labels: isObject(v["labels"]) ? v["labels"] : {},
      spec: { ...spec, ports: readablePorts(spec.ports) },
      status,
      at: at2
    };
  }
  return null;
}
function readablePorts(ports2) {
  if (!Array.isArray(ports2)) return [];
  return ports2.filter((p) => isObject(p) && typeof p["port"] === "number");
}

// src/compute/template.ts
var FIELDS = /* @__PURE__ */ new Set(["Name", "DisplayName", "Namespace", "Mesh", "Zone"]);
var SPACE = /[ \t\r\n]/;
function parseTemplate(template) {
  const nodes = [];
  let text = "";
  let trimNext = false;
  let i = 0;
  while (i < template.length) {
    const open = template.indexOf("{{", i);
    const literal = template.slice(i, open === -1 ? template.length : open);
    text += trimNext ? literal.replace(/^[ \t\r\n]+/, "") : literal;
    trimNext = false;
    if (open === -1) break;
    const close = findClose(template, open + 2);
    if (close === -1) return { error: `unclosed action "${clip(template.slice(open))}"` };
    let body = template.slice(open + 2, close);
    let bodyStart = open + 2;
    const construct = template.slice(open, close + 2);
    if (body.startsWith("-") && SPACE.test(body.charAt(1))) {
      text = text.replace(/[ \t\r\n]+$/, "");
      body = body.slice(1);
      bodyStart++;
    }
    if (body.endsWith("-") && SPACE.test(body.charAt(body.length - 2))) {
      trimNext = true;
      body = body.slice(0, -1);
    }
    const start = bodyStart + (body.length - body.trimStart().length);
    const node = parseAction(body.trim(), construct, goPosition(template, start));
    if ("error" in node) return node;
    if (text !== "") nodes.push({ kind: "text", text });
    text = "";
    nodes.push(node);
    i = close + 2;
  }
  if (text !== "") nodes.push({ kind: "text", text });
  return { nodes };
}
function findClose(s, from) {
  let quote = null;
  for (let i = from; i < s.length; i++) {
    const c = s.charAt(i);
    if (quote !== null) {
      if (c === "\\" && quote === '"') i++;
      else if (c === quote) quote = null;
    } else if (c === '"' || c === "`") {
      quote = c;
    } else if (c === "}" && s.charAt(i + 1) === "}") {
      return i;
    }
  }
  return -1;
}
function goPosition(template, offset) {
  const before = template.slice(0, offset);
  const lastNewline = before.lastIndexOf("\n");
  const line = before.split("\n").length;
  return `${line}:${Buffer.byteLength(before.slice(lastNewline + 1), "utf8")}`;
}
function parseAction(body, construct, position) {
  const field = /^\.([A-Za-z_][A-Za-z0-9_]*)$/.exec(body);
  if (field) {
    const name = field[1] ?? "";
    if (FIELDS.has(name)) return { kind: "field", field: name };
    return {
      error: `unsupported field ".${name}" in "${clip(construct)}": expected .Name, .DisplayName, .Namespace, .Mesh or .Zone`
    };
  }
  const label = /^label[ \t\r\n]+("(?:[^"\\]|\\.)*"|`[^`]*`)$/.exec(body);
  if (label) {
    const literal = label[1] ?? "";
    const key = unquote(literal);
    if (key === null) return { error: `invalid string literal in "${clip(construct)}"` };
    return { kind: "label", key, literal, position };
  }
  return { error: `unsupported template construct "${clip(construct)}"` };
}
function unquote(lit) {
  if (lit.startsWith("`")) return lit.slice(1, -1);
  const inner = lit.slice(1, -1);
  let out = "";
  for (let i = 0; i < inner.length; i++) {
    const c = inner.charAt(i);
    if (c !== "\\") {
      out += c;
      continue;
    }
    const e = inner.charAt(++i);
    const simple = { n: "\n", t: "	", r: "\r", "\\": "\\", '"': '"' };
    const v = simple[e];
    if (v === void 0) return null;
    out += v;
  }
  return out;
}
function renderTemplate(nodes, values) {
  let out = "";
  for (const n of nodes) {
    if (n.kind === "text") out += n.text;
    else if (n.kind === "field") out += values[n.field];
    else {
      const v = values.label(n.key);
      if (v === void 0)
        return {
          error: `template: :${n.position}: executing "" at <label ${n.literal}>: error calling label: label ${n.key} not found`
        };
      out += v;
    }
  }
  return { hostname: out };
}

// src/compute/hostnames.ts
var SYSTEM_NAMESPACE = "kuma-system";
var SELECTOR_KINDS = ["meshService", "meshExternalService", "meshMultiZoneService"];
var LOCAL_UNIVERSAL_MESH_SERVICE = {
  name: "local-universal-mesh-service",
  coreName: "local-universal-mesh-service",
  fromZone: true,
  matchLabels: { [ORIGIN_LABEL]: "zone" },
  nodes: constantTemplate("{{ .DisplayName }}.svc.mesh.local"),
  at: { file: "", line: 0, column: 0 }
};
function syncedMeshMultiZoneService(environment) {
  const name = "synced-mesh-multi-zone-service";
  return {
    name,
    coreName: environment === "kubernetes" ? `${name}.${SYSTEM_NAMESPACE}` : name,
    fromZone: false,
    matchLabels: { [ORIGIN_LABEL]: "global" },
    nodes: constantTemplate("{{ .DisplayName }}.mzsvc.mesh.local"),
    at: { file: "", line: 0, column: 0 }
  };
}
function constantTemplate(template) {
  const parsed = parseTemplate(template);
  if ("error" in parsed) throw new Error(`built-in template ${template}: ${parsed.error}`);
  return parsed.nodes;
}
var STUB = {
  Name: "name",
  DisplayName: "displayname",
  Namespace: "namespace",
  Mesh: "mesh",
  Zone: "zone",
  label: () => "label"
};
function readHostnameGenerators(sources, environment, withDefaults, target = "meshService") {
  const diagnostics = [];
  const generators = [];
  const names = /* @__PURE__ */ new Set();
  const byCoreName = /* @__PURE__ */ new Map();
  const ordered = [...sources].sort((a, b) => compareStrings(a.at.file, b.at.file) || a.at.line - b.at.line);
  for (const src of ordered) {
    const read = readGenerator(src);
    if ("error" in read) {
      diagnostics.push(diagnostic("error", "hostname-generator-invalid", read.error, read.at));
      continue;
    }
    const g = read.generator;
    const prev = byCoreName.get(g.coreName);
    if (prev) {
      diagnostics.push(
        diagnostic(
          "error",
          "hostname-generator-invalid",
          `HostnameGenerator "${g.coreName}" is defined twice (also at ${prev.file}:${prev.line})`,
          g.at
        )
      );
      continue;
    }
    byCoreName.set(g.coreName, g.at);
    names.add(g.name);
    if (read.selects === target) generators.push(g);
  }
  const builtIn = target === "meshMultiZoneService" ? syncedMeshMultiZoneService(environment) : environment === "universal" ? LOCAL_UNIVERSAL_MESH_SERVICE : null;
  if (withDefaults && builtIn !== null && !names.has(builtIn.name)) generators.push(builtIn);
  generators.sort((a, b) => Number(b.fromZone) - Number(a.fromZone) || compareStrings(a.coreName, b.coreName));
  return { generators, diagnostics };
}
function readGenerator(src) {
  const v = src.value;
  const kube = isObject(v["metadata"]);
  const meta = kube ? v["metadata"] : v;
  const name = objectName(v) ?? "";
  const coreName = generatorCoreName(v);
  const labels = isObject(meta["labels"]) ? meta["labels"] : {};
  const fail = (path, why) => ({
    error: `HostnameGenerator "${coreName}": ${path.join(".")}: ${why}`,
    at: locate(src.res, path)
  });
  const spec = v["spec"];
  if (!isObject(spec)) return fail(["spec"], "must be an object");
  const selector = isObject(spec["selector"]) ? spec["selector"] : {};
  const kinds = SELECTOR_KINDS.filter((k) => selector[k] !== void 0 && selector[k] !== null);
  if (kinds.length !== 1) {
    return fail(
      ["spec", "selector"],
      `exact one selector (meshService, meshExternalService) must be defined (found ${kinds.length === 0 ? "none" : kinds.join(", ")})`
    );
  }
  const kind = kinds[0] ?? "meshService";
  const sel = selector[kind];
  const rawLabels = isObject(sel) ? sel["matchLabels"] : void 0;
  if (!isObject(sel) || rawLabels !== void 0 && rawLabels !== null && !isStringMap(rawLabels)) {
    return fail(["spec", "selector", kind], "must be an object with matchLabels of string values");
  }
  const template = spec["template"];
  if (typeof template !== "string" || template === "") return fail(["spec", "template"], "must not be empty");
  const extension = spec["extension"];
  if (isObject(extension) && (typeof extension["type"] !== "string" || extension["type"] === ""))
    return fail(["spec", "extension", "type"], "must not be empty");
  const parsed = parseTemplate(template);
  if ("error" in parsed) return fail(["spec", "template"], `couldn't parse template: ${parsed.error}`);
  const stub = renderTemplate(parsed.nodes, STUB);
  if ("error" in stub) return fail(["spec", "template"], `couldn't render template with stub values: ${stub.error}`);
  const violations = dns1123SubdomainViolations(stub.hostname);
  if (violations.length > 0) {
    return fail(
      ["spec", "template"],
      `template renders to ${JSON.stringify(stub.hostname)} which is not a valid DNS name: ${violations.join(", ")}`
    );
  }
  return {
    generator: {
      name,
      coreName,
      fromZone: labels[ORIGIN_LABEL] === "zone",
      matchLabels: isStringMap(rawLabels) ? rawLabels : {},
      nodes: parsed.nodes,
      at: src.at
    },
    selects: kind
  };
}
function generatorCoreName(v) {
  const kube = isObject(v["metadata"]);
  const meta = kube ? v["metadata"] : v;
  const name = objectName(v) ?? "";
  const namespace = typeof meta["namespace"] === "string" && meta["namespace"] !== "" ? meta["namespace"] : SYSTEM_NAMESPACE;
  return kube ? `${name}.${namespace}` : name;
}
function isStringMap(v) {
  return isObject(v) && Object.values(v).every((x) => typeof x === "string");
}
function generatorLabelView(environment, name, labels, annotations = {}) {
  if (environment !== "kubernetes") return labels;
  const view2 = { ...labels };
  const annotation = (k) => Object.hasOwn(annotations, k) ? annotations[k] : void 0;
  view2[DISPLAY_NAME_LABEL] = annotation(DISPLAY_NAME_LABEL) ?? name;
  for (const k of [SERVICE_ACCOUNT_LABEL, WORKLOAD_LABEL]) {
    const v = annotation(k);
    if (v !== void 0) view2[k] = v;
  }
  return view2;
}
function coreNameOf(s) {
  return s.namespace === "" ? s.name : `${s.name}.${s.namespace}`;
}
function templateValues(zone, s) {
  const label = (k) => Object.hasOwn(s.labels, k) ? s.labels[k] : void 0;
  return {
    Name: s.name,
    DisplayName: label(DISPLAY_NAME_LABEL) ?? s.name,
    Namespace: label(NAMESPACE_LABEL) ?? "",
    Mesh: s.mesh,
    // [hostnamegenerator/hostname/generator.go EvaluateTemplate]: an empty kuma.io/zone label is the local zone.
    Zone: label(ZONE_LABEL) || zone,
    // Own keys only: a label named "constructor" must not find Object.prototype's.
    label
  };
}
function assignHostnames(input) {
  const kind = input.kind ?? "MeshService";
  const describe2 = (s) => describeSubject(kind, s);
  const diagnostics = [];
  const statuses = /* @__PURE__ */ new Map();
  const claims = /* @__PURE__ */ new Map();
  const statusOf = (key) => {
    let s = statuses.get(key);
    if (!s) statuses.set(key, s = { addresses: [], hostnameGenerators: [] });
    return s;
  };
  const subjects = [...input.subjects].map((s) => ({ s, coreName: coreNameOf(s) })).sort((a, b) => compareBytes(a.coreName, b.coreName) || compareStrings(a.s.key, b.s.key)).map(({ s }) => s);
  for (const g of input.generators) {
    const ref = { coreName: g.coreName };
    const rendered = subjects.filter((s) => Object.entries(g.matchLabels).every(([k, v]) => Object.hasOwn(s.labels, k) && s.labels[k] === v)).map((s) => ({ s, result: renderHostname(g, templateValues(input.zone, s)) }));
    const sticky = (r) => "hostname" in r.result && r.s.recorded.has(r.result.hostname) ? 0 : 1;
    rendered.sort((a, b) => sticky(a) - sticky(b));
    for (const { s, result } of rendered) {
      const status = statusOf(s.key);
      const condition = (reason, message) => ({
        type: "Generated",
        status: reason === "Generated" ? "True" : "False",
        reason,
        message
      });
      if ("error" in result) {
        status.hostnameGenerators.push({
          hostnameGeneratorRef: ref,
          conditions: [condition("TemplateError", result.error)]
        });
        diagnostics.push(
          diagnostic(
            "warning",
            "hostname-template-error",
            `HostnameGenerator "${g.coreName}" gives ${describe2(s)} no hostname: ${result.error}`,
            s.at
          )
        );
        continue;
      }
      let meshClaims = claims.get(s.mesh);
      if (!meshClaims) claims.set(s.mesh, meshClaims = /* @__PURE__ */ new Map());
      const owner = meshClaims.get(result.hostname);
      if (owner && owner.key !== s.key) {
        status.hostnameGenerators.push({
          hostnameGeneratorRef: ref,
          conditions: [condition("Collision", `Hostname collision with ${kind}: ${coreNameOf(s)}`)]
        });
        diagnostics.push(
          diagnostic(
            "warning",
            "hostname-collision",
            `hostname "${result.hostname}" from HostnameGenerator "${g.coreName}" for ${describe2(s)} is already claimed by ${describe2(owner)} (${owner.at.file}:${owner.at.line}) in mesh "${s.mesh}"; ${describe2(s)} gets no address from it`,
            s.at
          )
        );
        continue;
      }
      meshClaims.set(result.hostname, s);
      status.hostnameGenerators.push({ hostnameGeneratorRef: ref, conditions: [condition("Generated", "")] });
      status.addresses.push({ hostname: result.hostname, origin: "HostnameGenerator", hostnameGeneratorRef: ref });
    }
  }
  for (const s of statuses.values()) {
    s.addresses.sort((a, b) => compareStrings(a.hostnameGeneratorRef.coreName, b.hostnameGeneratorRef.coreName));
    s.hostnameGenerators.sort(
      (a, b) => compareStrings(a.hostnameGeneratorRef.coreName, b.hostnameGeneratorRef.coreName)
    );
  }
  return { statuses, diagnostics };
}
function compareBytes(a, b) {
  return Buffer.compare(Buffer.from(a, "utf8"), Buffer.from(b, "utf8"));
}
function renderHostname(g, values) {
  const r = renderTemplate(g.nodes, values);
  if ("error" in r)
    return { error: `pre evaluation of template with parameters failed with error=${JSON.stringify(r.error)}` };
  const violations = dns1123SubdomainViolations(r.hostname);
  if (violations.length > 0) {
    return {
      error: `generated hostname ${JSON.stringify(r.hostname)} is not a valid DNS name: ${violations.join(", ")}`
    };
  }
  return r;
}
function describeSubject(kind, s) {
  return s.namespace === "" ? `${kind} "${s.name}"` : `${kind} "${s.name}" (namespace "${s.namespace}")`;
}

// src/compute/live-vips.ts
function adoptLiveVips(input) {
  const diagnostics = [];
  const committedByKey = /* @__PURE__ */ new Map();
  for (const c of input.committed) if (!committedByKey.has(c.key)) committedByKey.set(c.key, c);
  const handHeld = /* @__PURE__ */ new Map();
  for (const h of input.handWritten) for (const ip of h.ips) if (!handHeld.has(ip)) handHeld.set(ip, h);
  const liveHeld = /* @__PURE__ */ new Map();
  const adopted = [];
  const live = input.live.filter((l) => l.labels?.[ORIGIN_LABEL] !== "global").map((l) => ({ l, key: identityKey(liveIdentity(l, "universal")) })).sort((a, b) => compareStrings(a.key, b.key));
  const handKeys = new Set(input.handWritten.map((h) => h.key));
  for (const { l, key } of live) {
    if (handKeys.has(key) || adopted.some((a) => a.key === key)) continue;
    const at2 = committedByKey.get(key)?.at ?? input.zoneAt;
    const ips = [];
    for (const ip of (l.status?.vips ?? []).map((v) => v.ip)) {
      const hand = handHeld.get(ip);
      const other = liveHeld.get(ip);
      if (poolOffset(input.pool, ip) === null) diagnostics.push(outsideRange(input, l.name, ip, at2));
      else if (hand !== void 0 && hand.key !== key)
        diagnostics.push(
          conflict(
            input.zone,
            l.name,
            ip,
            `the hand-written MeshService ${quoted(hand.name)} (${printable(hand.at.file)}:${hand.at.line})`,
            at2
          )
        );
      else if (other !== void 0 && other !== key)
        diagnostics.push(
          conflict(input.zone, l.name, ip, `the live MeshService ${quoted(other.split("/").pop() ?? other)}`, at2)
        );
      else {
        liveHeld.set(ip, key);
        ips.push(ip);
      }
    }
    if (ips.length === 0) continue;
    adopted.push({ key, name: l.name, ips, at: at2, generated: true });
    const before = committedByKey.get(key)?.ips ?? [];
    if (before.join(",") !== ips.join(","))
      diagnostics.push(
        diagnostic(
          "info",
          "live-vip-adopted",
          `MeshService ${quoted(l.name)} in zone "${input.zone}": VIP ${ips.join(", ")} adopted from the control plane (Git had ${before.length === 0 ? "none" : before.join(", ")})`,
          at2
        )
      );
  }
  const adoptedKeys = new Set(adopted.map((a) => a.key));
  const committed = input.committed.filter((c) => !adoptedKeys.has(c.key)).map((c) => ({ ...c, ips: c.ips.filter((ip) => !liveHeld.has(ip)) }));
  return { recorded: [...adopted, ...committed, ...input.handWritten], diagnostics };
}
function outsideRange(input, name, ip, at2) {
  return diagnostic(
    "warning",
    "live-vip-outside-range",
    `MeshService ${quoted(name)} in zone "${input.zone}": the control plane's VIP ${ip} is outside vipCidr ${input.pool.cidr}; it is not adopted (is vipCidr the control plane's kuma-cp ipam.meshService.cidr?)`,
    at2
  );
}
function conflict(zone, name, ip, holder, at2) {
  return diagnostic(
    "warning",
    "live-vip-conflict",
    `MeshService ${quoted(name)} in zone "${zone}": the control plane's VIP ${ip} is also held by ${holder}; it is not adopted`,
    at2
  );
}

// src/compute/vips.ts
import { createHash as createHash2 } from "node:crypto";
function firstChoice(pool, key) {
  const digest = createHash2("sha256").update(key, "utf8").digest();
  const low = digest.readBigUInt64BE(16) << 64n | digest.readBigUInt64BE(24);
  return low & pool.size - 1n;
}
function allocateVips(input) {
  const { pool } = input;
  const reserved = reserveRecorded(input);
  const diagnostics = reserved.diagnostics;
  const vips = /* @__PURE__ */ new Map();
  const fresh = [];
  for (const key of [...new Set(input.keys)].sort(compareStrings)) {
    const sticky = reserved.held.get(key)?.[0];
    if (sticky !== void 0) vips.set(key, addressAt(pool, sticky));
    else fresh.push(key);
  }
  const free = new FreeOffsets(pool.size, reserved.holder.keys());
  for (const key of fresh) {
    if (free.full()) {
      diagnostics.push(
        diagnostic(
          "error",
          "vip-pool-exhausted",
          `VIP pool ${pool.cidr} of zone ${input.zone} is exhausted: ${pool.size} addresses, ${fresh.length - fresh.indexOf(key)} MeshService(s) left without a VIP (first: ${key})`,
          input.zoneAt
        )
      );
      break;
    }
    vips.set(key, addressAt(pool, free.takeFrom(firstChoice(pool, key))));
  }
  return { vips, diagnostics };
}
function reserveRecorded(input) {
  const diagnostics = [];
  const holder = /* @__PURE__ */ new Map();
  const held = /* @__PURE__ */ new Map();
  const recorded = [...input.recorded].sort(
    (a, b) => compareStrings(a.key, b.key) || Number(b.generated) - Number(a.generated) || compareStrings(a.at.file, b.at.file) || a.at.line - b.at.line
  );
  for (const r of recorded) {
    for (const ip of r.ips) {
      const off = poolOffset(input.pool, ip);
      if (off === null) continue;
      const first = holder.get(off);
      if (first === r) continue;
      if (first) {
        diagnostics.push(duplicateVip(input.zone, input.kind ?? "MeshService", ip, r, first));
        continue;
      }
      holder.set(off, r);
      if (!r.generated) continue;
      let list = held.get(r.key);
      if (!list) held.set(r.key, list = []);
      list.push(off);
    }
  }
  return { holder, held, diagnostics };
}
function duplicateVip(zone, kind, ip, r, first) {
  return diagnostic(
    "warning",
    "vip-duplicate",
    `VIP ${ip} is recorded by ${kind} "${r.name}" and by "${first.name}" (${first.at.file}:${first.at.line}) in zone "${zone}"; "${first.name}" keeps it${r.generated ? `, "${r.name}" gets a new VIP` : ""}`,
    r.at
  );
}
var FreeOffsets = class {
  next = /* @__PURE__ */ new Map();
  last;
  capacity;
  constructor(size, taken) {
    this.last = size - 1n;
    this.capacity = size > BigInt(Number.MAX_SAFE_INTEGER) ? Infinity : Number(size);
    for (const o of taken) this.take(o);
  }
  full() {
    return this.next.size >= this.capacity;
  }
  /** The first free offset at or after `start` (wrapping at the end of the pool), now taken. */
  takeFrom(start) {
    let o = start;
    if (this.next.has(o)) {
      const path = [];
      for (let n = this.next.get(o); n !== void 0; n = this.next.get(o)) {
        path.push(o);
        o = n;
      }
      for (const p of path) this.next.set(p, o);
    }
    this.take(o);
    return o;
  }
  take(o) {
    this.next.set(o, o === this.last ? 0n : o + 1n);
  }
};

// src/compute/addressing.ts
function computeAddressing(input) {
  const diagnostics = [];
  const vips = input.zone.environment === "universal" ? zoneVips(input, diagnostics) : /* @__PURE__ */ new Map();
  const { statuses: hostnames, generators } = zoneHostnames(input, diagnostics);
  const services = input.services.map((s) => {
    const key = identityKey(s);
    const vip = vips.get(key);
    return { ...s, status: { ...s.status, ...addressingStatus(vip, hostnames.get(key)) } };
  });
  return { services, diagnostics, generators };
}
function addressingStatus(vip, h) {
  return {
    ...vip !== void 0 ? { vips: [{ ip: vip }] } : {},
    ...h && h.addresses.length > 0 ? { addresses: h.addresses } : {},
    ...h && h.hostnameGenerators.length > 0 ? { hostnameGenerators: h.hostnameGenerators } : {}
  };
}
function zoneVips(input, diagnostics) {
  const { zone } = input;
  const pool = parseCidr(zone.vipCidr);
  if ("error" in pool) {
    diagnostics.push(
      diagnostic("error", "vip-cidr-invalid", `vipCidr of zone "${zone.name}": ${pool.error}`, input.zoneAt)
    );
    return /* @__PURE__ */ new Map();
  }
  const recorded = (ms, generated) => ({
    key: identityKey(ms),
    name: ms.name,
    ips: recordedIps(ms.status),
    at: ms.at,
    generated
  });
  const committed = input.committed.map((c) => recorded(c, true));
  const handWritten = input.handWritten.map((h) => recorded(h, false));
  const adopted = input.live === void 0 ? null : adoptLiveVips({ zone: zone.name, pool, live: input.live, committed, handWritten, zoneAt: input.zoneAt });
  if (adopted !== null) diagnostics.push(...adopted.diagnostics);
  const allocated = allocateVips({
    zone: zone.name,
    pool,
    keys: input.services.map(identityKey),
    recorded: adopted?.recorded ?? [...committed, ...handWritten],
    zoneAt: input.zoneAt
  });
  diagnostics.push(...allocated.diagnostics);
  return allocated.vips;
}
function zoneHostnames(input, diagnostics) {
  const { zone } = input;
  const committedByKey = /* @__PURE__ */ new Map();
  for (const c of input.committed) if (!committedByKey.has(identityKey(c))) committedByKey.set(identityKey(c), c);
  const generators = readHostnameGenerators(input.hostnameGenerators, zone.environment, zone.defaultHostnameGenerators);
  diagnostics.push(...generators.diagnostics);
  const subject = (ms, recordedFrom) => ({
    key: identityKey(ms),
    mesh: ms.mesh,
    namespace: ms.namespace,
    name: ms.name,
    labels: generatorLabelView(ms.environment, ms.name, ms.labels, "annotations" in ms ? ms.annotations : void 0),
    recorded: new Set(recordedHostnames(recordedFrom)),
    at: ms.at
  });
  const hostnames = assignHostnames({
    zone: zone.name,
    generators: generators.generators,
    subjects: [
      ...input.services.map((s) => subject(s, committedByKey.get(identityKey(s))?.status)),
      ...input.handWritten.map((h) => subject(h, h.status))
    ]
  });
  diagnostics.push(...hostnames.diagnostics);
  return { statuses: hostnames.statuses, generators: generators.generators };
}
function recordedIps(status) {
  const vips = isObject(status) ? status["vips"] : void 0;
  if (!Array.isArray(vips)) return [];
  return vips.flatMap((v) => isObject(v) && typeof v["ip"] === "string" ? [v["ip"]] : []);
}
function recordedHostnames(status) {
  const addresses = isObject(status) ? status["addresses"] : void 0;
  if (!Array.isArray(addresses)) return [];
  return addresses.flatMap((a) => isObject(a) && typeof a["hostname"] === "string" ? [a["hostname"]] : []);
}

// src/compute/multizone.ts
var ORIGIN_GLOBAL = "global";
function computeMultiZoneServices(input) {
  const diagnostics = [];
  const handWritten = new Map(input.handWritten.map((h) => [identityKey(h), h]));
  const built = [];
  const provenance = /* @__PURE__ */ new Map();
  const taken = /* @__PURE__ */ new Map();
  for (const members of groups(input)) {
    const first = members[0];
    if (first === void 0) continue;
    const zones = [...new Set(members.map((m) => m.zone))];
    if (zones.length < 2) continue;
    const name = first.namespace === "" ? first.display : `${first.display}-${first.namespace}`;
    const mesh = first.service.mesh;
    const key = identityKey({ mesh, namespace: "", name });
    const what = `MeshMultiZoneService "${name}" (mesh "${mesh}")`;
    const group = `${first.display}${first.namespace === "" ? "" : ` in namespace "${first.namespace}"`}`;
    const prev = taken.get(key);
    if (prev !== void 0) {
      const message = `${what} would select both ${prev} and ${group}; only the first is generated: rename one of the services`;
      diagnostics.push(diagnostic("warning", "multizone-name-conflict", message, first.service.at));
      continue;
    }
    taken.set(key, group);
    const hand = handWritten.get(key);
    if (hand) {
      const message = `${what} is written by hand at ${hand.at.file}:${hand.at.line}; not generating it`;
      diagnostics.push(diagnostic("warning", "hand-written-wins", message, first.service.at));
      continue;
    }
    const ports2 = agreedPorts(members, what, diagnostics);
    if (ports2.length === 0) continue;
    const matchLabels = { [DISPLAY_NAME_LABEL]: first.display };
    if (first.namespace !== "") matchLabels[NAMESPACE_LABEL] = first.namespace;
    const labels = { [MESH_LABEL]: mesh, [ORIGIN_LABEL]: ORIGIN_GLOBAL };
    if (input.environment === "universal") labels[DISPLAY_NAME_LABEL] = name;
    const matched = members.map((m) => ({ name: m.display, namespace: m.namespace, zone: m.zone, mesh })).sort((a, b) => compareStrings(fqn(a), fqn(b)));
    built.push({
      zone: GLOBAL_ZONE_NAME,
      mesh,
      namespace: "",
      name,
      environment: input.environment,
      labels,
      spec: { selector: { meshService: { matchLabels } }, ports: ports2 },
      status: {
        meshServices: matched,
        conditions: [
          {
            type: "MeshServicesMatched",
            status: "True",
            reason: "MatchesFound",
            message: `Matched ${matched.length} MeshService(s)`
          }
        ]
      },
      at: first.service.at,
      zones
    });
    provenance.set(
      `${GLOBAL_ZONE_NAME}/${key}`,
      members.map((m) => ({
        role: "source",
        kind: "MeshService",
        name: `${m.zone}/${m.namespace === "" ? "" : `${m.namespace}/`}${m.service.name}`,
        detail: "",
        ...m.service.at
      }))
    );
  }
  built.sort((a, b) => compareStrings(identityKey(a), identityKey(b)));
  const services = address(input, built, diagnostics);
  return { services, provenance, diagnostics };
}
function groups(input) {
  const enabled = new Set(input.meshes);
  const byKey = /* @__PURE__ */ new Map();
  for (const z of input.zones) {
    for (const s of z.services) {
      if (!enabled.has(s.mesh) || s.labels[HEADLESS_LABEL] === "true") continue;
      const annotations = "annotations" in s && isObject(s.annotations) ? s.annotations : {};
      const display = generatorLabelView(s.environment, s.name, s.labels, annotations)[DISPLAY_NAME_LABEL] ?? s.name;
      const namespace = s.environment === "kubernetes" ? s.namespace : "";
      const key = `${s.mesh}\0${namespace}\0${display}`;
      const list = byKey.get(key) ?? [];
      list.push({ zone: z.name, service: s, display, namespace });
      byKey.set(key, list);
    }
  }
  return [...byKey.keys()].sort(compareStrings).map((k) => byKey.get(k) ?? []);
}
function fqn(m) {
  return `${m.name}/${m.namespace}/${m.zone}/${m.mesh}`;
}
function agreedPorts(members, what, diagnostics) {
  const byNumber = /* @__PURE__ */ new Map();
  for (const m of members) {
    for (const p of m.service.spec.ports) {
      const port = {
        ...p.name !== void 0 ? { name: p.name } : {},
        port: p.port,
        appProtocol: p.appProtocol ?? "tcp"
      };
      const variant = `${port.name ?? ""}\0${port.appProtocol}`;
      const variants = byNumber.get(p.port) ?? /* @__PURE__ */ new Map();
      const v = variants.get(variant) ?? { port, zones: [] };
      v.zones.push(m.zone);
      variants.set(variant, v);
      byNumber.set(p.port, variants);
    }
  }
  const agreed = [];
  const problems = [];
  const all = members.map((m) => m.zone);
  for (const n of [...byNumber.keys()].sort((a, b) => a - b)) {
    const variants = [...(byNumber.get(n) ?? /* @__PURE__ */ new Map()).values()];
    const only = variants[0];
    if (variants.length === 1 && only !== void 0 && only.zones.length === members.length) {
      agreed.push(only.port);
      continue;
    }
    const parts = variants.map(
      (v) => `${v.port.appProtocol}${v.port.name !== void 0 ? ` named "${v.port.name}"` : ""} in ${v.zones.join(", ")}`
    );
    const missing = all.filter((z) => !variants.some((v) => v.zones.includes(z)));
    if (missing.length > 0) parts.push(`absent in ${missing.join(", ")}`);
    problems.push(`port ${n}: ${parts.join("; ")}`);
  }
  if (problems.length > 0) {
    const outcome = agreed.length === 0 ? "no port is the same in every zone, so it is not generated" : `it gets only the ports every zone agrees on (${agreed.map((p) => p.port).join(", ")})`;
    const first = members[0];
    diagnostics.push(
      diagnostic(
        "warning",
        "multizone-ports-differ",
        `${what}: the zones disagree on ports (${problems.join(" | ")}); ${outcome}`,
        first ? first.service.at : { file: "", line: 0, column: 0 }
      )
    );
  }
  return agreed;
}
function address(input, services, diagnostics) {
  const pool = parseCidr(MULTIZONE_VIP_CIDR);
  if ("error" in pool) throw new Error(`built-in pool ${MULTIZONE_VIP_CIDR}: ${pool.error}`);
  const recorded = (m, generated) => ({
    key: identityKey(m),
    name: m.name,
    ips: listed(m.status, "vips", "ip"),
    at: m.at,
    generated
  });
  const vips = allocateVips({
    zone: GLOBAL_ZONE_NAME,
    pool,
    keys: services.map(identityKey),
    recorded: [...input.committed.map((c) => recorded(c, true)), ...input.handWritten.map((h) => recorded(h, false))],
    zoneAt: input.globalAt,
    kind: "MeshMultiZoneService"
  });
  diagnostics.push(...vips.diagnostics);
  const seen = /* @__PURE__ */ new Set();
  const sources = input.hostnameGenerators.filter((g) => {
    const name = generatorCoreName(g.value);
    if (seen.has(name)) return false;
    seen.add(name);
    return true;
  });
  const generators = readHostnameGenerators(sources, input.environment, true, "meshMultiZoneService").generators;
  const committedByKey = new Map(input.committed.map((c) => [identityKey(c), c]));
  const subject = (m, status) => ({
    key: identityKey({ mesh: m.mesh, namespace: "", name: m.name }),
    mesh: m.mesh,
    namespace: "",
    name: m.name,
    labels: generatorLabelView(input.environment, m.name, m.labels),
    recorded: new Set(listed(status, "addresses", "hostname")),
    at: m.at
  });
  const hostnames = assignHostnames({
    zone: "",
    generators,
    subjects: [
      ...services.map((s) => subject(s, committedByKey.get(identityKey(s))?.status)),
      ...input.handWritten.map((h) => subject(h, h.status))
    ],
    kind: "MeshMultiZoneService"
  });
  diagnostics.push(...hostnames.diagnostics);
  return services.map((s) => {
    const key = identityKey(s);
    return { ...s, status: { ...s.status, ...addressingStatus(vips.vips.get(key), hostnames.statuses.get(key)) } };
  });
}
function listed(status, list, field) {
  const items = isObject(status) ? status[list] : void 0;
  if (!Array.isArray(items)) return [];
  return items.flatMap((i) => isObject(i) && typeof i[field] === "string" ? [i[field]] : []);
}
function decodeMultiZoneService(value, at2) {
  if (!isObject(value)) return null;
  const strings = (v) => isObject(v) ? Object.fromEntries(Object.entries(v).filter((e) => typeof e[1] === "string")) : {};
  const spec = isObject(value["spec"]) ? value["spec"] : {};
  const ports2 = (Array.isArray(spec["ports"]) ? spec["ports"] : []).flatMap(
    (p) => isObject(p) && typeof p["port"] === "number" ? [{ port: p["port"], ...typeof p["name"] === "string" ? { name: p["name"] } : {} }] : []
  );
  if (value["kind"] === "MeshMultiZoneService" && isObject(value["metadata"])) {
    const meta = value["metadata"];
    const labels = strings(meta["labels"]);
    const name = typeof meta["name"] === "string" ? meta["name"] : "";
    return { mesh: labels[MESH_LABEL] ?? "default", name, namespace: "", labels, ports: ports2, status: value["status"], at: at2 };
  }
  if (value["type"] === "MeshMultiZoneService") {
    const mesh = typeof value["mesh"] === "string" && value["mesh"] !== "" ? value["mesh"] : "default";
    const name = typeof value["name"] === "string" ? value["name"] : "";
    return { mesh, name, namespace: "", labels: strings(value["labels"]), ports: ports2, status: value["status"], at: at2 };
  }
  return null;
}

// src/compute/sources.ts
function collectSources(resources) {
  const sources = {
    dataplanes: [],
    services: [],
    namespaces: /* @__PURE__ */ new Map(),
    meshes: /* @__PURE__ */ new Map(),
    meshServices: [],
    hostnameGenerators: [],
    statefulSets: [],
    endpointSlices: [],
    pods: [],
    policies: []
  };
  const diagnostics = [];
  for (const res of resources) {
    const kind = sourceKind(res.value);
    if (kind === null) continue;
    const value = res.value;
    const at2 = locate(res);
    const name = objectName(value);
    if (name === null) {
      diagnostics.push(diagnostic("error", "resource-invalid", `${kind} has no name`, at2));
      continue;
    }
    const located = { value, res, at: at2 };
    switch (kind) {
      case "Dataplane":
        sources.dataplanes.push(located);
        break;
      case "Service":
        sources.services.push(located);
        break;
      case "Namespace":
        sources.namespaces.set(name, located);
        break;
      case "Mesh": {
        const holder = isObject(value["spec"]) ? value["spec"] : value;
        const ms = holder["meshServices"];
        const mode = isObject(ms) && typeof ms["mode"] === "string" ? ms["mode"] : void 0;
        sources.meshes.set(name, { name, mode, at: at2 });
        break;
      }
      case "MeshService":
        sources.meshServices.push(located);
        break;
      case "HostnameGenerator":
        sources.hostnameGenerators.push(located);
        break;
      case "StatefulSet":
        sources.statefulSets.push(located);
        break;
      case "EndpointSlice":
        sources.endpointSlices.push(located);
        break;
      case "Pod":
        sources.pods.push(located);
        break;
      case "Policy":
        sources.policies.push(located);
        break;
    }
  }
  return { sources, diagnostics };
}

// src/compute/headless.ts
var POD_NAME_LABEL = "statefulset.kubernetes.io/pod-name";
var POD_INDEX_LABEL = "apps.kubernetes.io/pod-index";
var HASH_ALPHABET = "bcdfghjklmnpqrstvwxz2456789";
function safeFnv32(...parts) {
  let h = 2166136261;
  for (const part of parts) {
    for (const b of Buffer.from(part, "utf8")) {
      h ^= b;
      h = Math.imul(h, 16777619) >>> 0;
    }
  }
  let out = "";
  for (const c of String(h)) out += HASH_ALPHABET[c.charCodeAt(0) % HASH_ALPHABET.length];
  return out;
}
function headlessName(serviceName, namespace, pod) {
  if (pod.length + 11 > 63) return `${pod.slice(0, 52)}-${safeFnv32(serviceName, namespace, pod)}`;
  return `${pod}-${safeFnv32(serviceName, namespace)}`;
}
function computeHeadless(input) {
  const svcMeta = input.service.value.metadata;
  const namespace = svcMeta.namespace ?? "default";
  const svcName = svcMeta.name ?? "";
  const index = headlessIndex(input.sources);
  const pods = podsFromEndpointSlices(index, namespace, svcName) ?? podsFromStatefulSets(input, index);
  return pods.map((pod) => ({
    zone: input.zone,
    environment: "kubernetes",
    mesh: input.mesh,
    namespace: pod.namespace,
    name: headlessName(svcName, namespace, pod.name),
    labels: {
      ...input.labels,
      [HEADLESS_LABEL]: "true",
      [NAMESPACE_LABEL]: pod.namespace,
      ...pod.podLabels
    },
    spec: { selector: { dataplaneRef: { name: `${pod.name}.${pod.namespace}` } }, ports: [...input.ports] },
    status: pod.vips.length > 0 ? { vips: pod.vips.map((ip) => ({ ip })) } : {},
    at: input.service.at
  }));
}
var indexes = /* @__PURE__ */ new WeakMap();
function headlessIndex(sources) {
  let index = indexes.get(sources);
  if (index) return index;
  const slices = /* @__PURE__ */ new Map();
  for (const { value: s } of sources.endpointSlices) {
    const svc = s.metadata.labels?.[SLICE_SERVICE_LABEL];
    if (svc !== void 0) push(slices, `${s.metadata.namespace ?? "default"}/${svc}`, s);
  }
  for (const list of slices.values()) list.sort((a, b) => compareStrings(sliceName(a), sliceName(b)));
  const statefulSets = /* @__PURE__ */ new Map();
  for (const { value: sts } of sources.statefulSets) push(statefulSets, sts.metadata.namespace ?? "default", sts);
  index = { slices, podLabels: podLabelIndex(sources), statefulSets };
  indexes.set(sources, index);
  return index;
}
function push(map, key, value) {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
function podsFromEndpointSlices(index, namespace, svcName) {
  const slices = index.slices.get(`${namespace}/${svcName}`) ?? [];
  if (slices.length === 0) return null;
  const podLabels = index.podLabels;
  const pods = /* @__PURE__ */ new Map();
  for (const slice of slices) {
    for (const ep of slice.endpoints ?? []) {
      if (!isPodEndpoint(ep)) continue;
      const name = ep.targetRef.name ?? "";
      const ns = ep.targetRef.namespace ?? namespace;
      const key = `${ns}/${name}`;
      let pod = pods.get(key);
      if (!pod) pods.set(key, pod = { name, namespace: ns, vips: [], podLabels: podLabels.get(key) ?? {} });
      for (const a of ep.addresses) if (!pod.vips.includes(a)) pod.vips.push(a);
    }
  }
  return [...pods.values()].sort((a, b) => compareStrings(a.namespace, b.namespace) || compareStrings(a.name, b.name));
}
function isPodEndpoint(ep) {
  const ref = ep.targetRef;
  if (ref === void 0) return false;
  return ref.kind === "Pod" && (ref.apiVersion === void 0 || ref.apiVersion === "" || ref.apiVersion === "v1");
}
function sliceName(slice) {
  return slice.metadata.name ?? "";
}
function podLabelIndex(sources) {
  const out = /* @__PURE__ */ new Map();
  for (const { value: pod } of sources.pods) {
    const labels = pod.metadata.labels ?? {};
    const picked = {};
    for (const k of [POD_NAME_LABEL, POD_INDEX_LABEL]) {
      const v = labels[k];
      if (v !== void 0) picked[k] = v;
    }
    out.set(`${pod.metadata.namespace ?? "default"}/${pod.metadata.name ?? ""}`, picked);
  }
  return out;
}
function podsFromStatefulSets(input, index) {
  const selector = input.service.value.spec?.selector ?? {};
  const entries = Object.entries(selector);
  if (entries.length === 0) return [];
  const namespace = input.service.value.metadata.namespace ?? "default";
  const pods = [];
  for (const sts of index.statefulSets.get(namespace) ?? []) {
    const labels = sts.spec?.template?.metadata?.labels ?? {};
    if (!entries.every(([k, v]) => labels[k] === v)) continue;
    const replicas = sts.spec?.replicas ?? 1;
    const start = sts.spec?.ordinals?.start ?? 0;
    for (let i = start; i < start + replicas; i++) {
      const name = `${sts.metadata.name ?? ""}-${i}`;
      pods.push({ name, namespace, vips: [], podLabels: { [POD_NAME_LABEL]: name, [POD_INDEX_LABEL]: String(i) } });
    }
  }
  return pods.sort((a, b) => compareStrings(a.name, b.name));
}

// src/compute/kubernetes.ts
var INJECTED = /* @__PURE__ */ new Set(["enabled", "true", "yes"]);
var NOT_INJECTED = /* @__PURE__ */ new Set(["disabled", "false", "no"]);
function computeKubernetes(input) {
  const diagnostics = [];
  const services = [];
  const injection = namespaceInjection(input.sources.namespaces, diagnostics);
  const gatewayPods = gatewayPodIndex(input.sources);
  const warnedNamespaces = /* @__PURE__ */ new Set();
  const skippedMeshes = /* @__PURE__ */ new Map();
  const ordered = [...input.sources.services].sort(
    (a, b) => compareStrings(a.value.metadata.namespace ?? "", b.value.metadata.namespace ?? "") || compareStrings(a.value.metadata.name ?? "", b.value.metadata.name ?? "")
  );
  for (const svc of ordered) {
    const meta = svc.value.metadata;
    const namespace = meta.namespace ?? "default";
    const name = meta.name ?? "";
    const ns = input.sources.namespaces.get(namespace);
    if (meta.labels?.[MESH_LABEL] === void 0 && injection.get(namespace) !== true) continue;
    const mesh = meshOf(svc, ns, warnedNamespaces, diagnostics);
    const reason = input.gate.reasonSkipped(mesh);
    if (reason !== null) {
      const s = skippedMeshes.get(mesh);
      if (s) s.count++;
      else skippedMeshes.set(mesh, { count: 1, reason, at: svc.at });
      continue;
    }
    if (isSkipped(svc.value, namespace, gatewayPods)) continue;
    const spec = svc.value.spec ?? {};
    const ports2 = servicePorts(svc, diagnostics);
    const labels = serviceLabels(svc.value, input.zone, mesh, namespace, false);
    if (spec.clusterIP === "None") {
      services.push(
        ...computeHeadless({ zone: input.zone, mesh, service: svc, ports: ports2, labels, sources: input.sources })
      );
      continue;
    }
    const clusterIP = spec.clusterIP ?? "";
    services.push({
      zone: input.zone,
      environment: "kubernetes",
      mesh,
      namespace,
      name,
      labels,
      spec: {
        selector: { dataplaneTags: { ...spec.selector ?? {}, [NAMESPACE_LABEL]: namespace } },
        ports: ports2
      },
      status: clusterIP === "" ? {} : { vips: [{ ip: clusterIP }] },
      at: svc.at
    });
  }
  for (const [mesh, s] of [...skippedMeshes].sort((a, b) => compareStrings(a[0], b[0]))) {
    diagnostics.push(
      diagnostic(
        "warning",
        "mesh-skipped",
        `no MeshServices generated for ${s.count} Service(s) of mesh "${mesh}": ${s.reason}`,
        s.at
      )
    );
  }
  return { services, diagnostics };
}
function namespaceInjection(namespaces, diagnostics) {
  const out = /* @__PURE__ */ new Map();
  for (const [name, ns] of namespaces) {
    const v = ns.value.metadata.labels?.[INJECTION_LABEL];
    if (v === void 0) continue;
    if (INJECTED.has(v)) out.set(name, true);
    else if (NOT_INJECTED.has(v)) out.set(name, false);
    else
      diagnostics.push(
        diagnostic(
          "error",
          "injection-value-invalid",
          `Namespace "${name}": label ${INJECTION_LABEL} is ${excerpt(v)}; expected one of enabled, true, yes, disabled, false, no`,
          locate(ns.res, ["metadata", "labels", INJECTION_LABEL])
        )
      );
  }
  return out;
}
function meshOf(svc, ns, warned, diagnostics) {
  const meta = svc.value.metadata;
  const fromLabel = meta.labels?.[MESH_LABEL];
  if (fromLabel) return fromLabel;
  const fromAnnotation = meta.annotations?.[MESH_LABEL];
  if (fromAnnotation) {
    diagnostics.push(
      diagnostic(
        "warning",
        "mesh-annotation-deprecated",
        `Service "${meta.name ?? ""}": the ${MESH_LABEL} annotation is deprecated; use the ${MESH_LABEL} label`,
        locate(svc.res, ["metadata", "annotations", MESH_LABEL])
      )
    );
    return fromAnnotation;
  }
  const fromNamespaceLabel = ns?.value.metadata.labels?.[MESH_LABEL];
  if (fromNamespaceLabel) return fromNamespaceLabel;
  const fromNamespaceAnnotation = ns?.value.metadata.annotations?.[MESH_LABEL];
  if (ns && fromNamespaceAnnotation) {
    const at2 = locate(ns.res, ["metadata", "annotations", MESH_LABEL]);
    if (!warned.has(ns))
      diagnostics.push(
        diagnostic(
          "warning",
          "mesh-annotation-deprecated",
          `Namespace "${ns.value.metadata.name ?? ""}": the ${MESH_LABEL} annotation is deprecated; use the ${MESH_LABEL} label`,
          at2
        )
      );
    warned.add(ns);
    return fromNamespaceAnnotation;
  }
  return "default";
}
function isSkipped(svc, namespace, gatewayPods) {
  const annotations = svc.metadata.annotations ?? {};
  const ignore = annotations[IGNORE_ANNOTATION];
  if (ignore === "true" || ignore === "yes") return true;
  if (annotations[GATEWAY_ANNOTATION] !== void 0) return true;
  if (svc.metadata.labels?.[ZONE_PROXY_TYPE_LABEL] !== void 0) return true;
  if (svc.spec?.type === "ExternalName") return true;
  return gatewayPods.has(`${namespace}/${svc.metadata.name ?? ""}`);
}
function gatewayPodIndex(sources) {
  const pods = /* @__PURE__ */ new Map();
  for (const { value: pod } of sources.pods) {
    pods.set(
      `${pod.metadata.namespace ?? "default"}/${pod.metadata.name ?? ""}`,
      pod.metadata.annotations?.[GATEWAY_ANNOTATION] !== void 0
    );
  }
  const out = /* @__PURE__ */ new Set();
  if (![...pods.values()].some((gateway) => gateway)) return out;
  const slices = [...sources.endpointSlices].sort((a, b) => compareStrings(sliceName(a.value), sliceName(b.value)));
  const decided = /* @__PURE__ */ new Set();
  for (const { value: slice } of slices) {
    const ns = slice.metadata.namespace ?? "default";
    const svc = slice.metadata.labels?.[SLICE_SERVICE_LABEL];
    if (svc === void 0) continue;
    const key = `${ns}/${svc}`;
    if (decided.has(key)) continue;
    for (const ep of slice.endpoints ?? []) {
      if (!isPodEndpoint(ep)) continue;
      const gateway = pods.get(`${ep.targetRef.namespace || ns}/${ep.targetRef.name ?? ""}`);
      if (gateway === void 0) continue;
      decided.add(key);
      if (gateway) out.add(key);
      break;
    }
  }
  return out;
}
function servicePorts(svc, diagnostics) {
  const ports2 = [];
  const ignored = [];
  for (const p of svc.value.spec?.ports ?? []) {
    const name = p.name !== void 0 && p.name !== "" ? p.name : String(p.port);
    if ((p.protocol ?? "TCP") !== "TCP") {
      ignored.push(`${name}/${p.protocol ?? ""}`);
      continue;
    }
    ports2.push({
      name,
      port: p.port,
      targetPort: p.targetPort ?? p.port,
      appProtocol: p.appProtocol !== void 0 && p.appProtocol !== "" ? p.appProtocol : "tcp"
    });
  }
  if (ignored.length > 0) {
    diagnostics.push(
      diagnostic(
        "info",
        "ports-ignored",
        `Service "${svc.value.metadata.name ?? ""}": Ignored unsupported ports: ${ignored.join(", ")}`,
        locate(svc.res, ["spec", "ports"])
      )
    );
  }
  return ports2;
}
function serviceLabels(svc, zone, mesh, namespace, headless) {
  return {
    ...svc.metadata.labels ?? {},
    [MESH_LABEL]: mesh,
    [SERVICE_NAME_LABEL]: svc.metadata.name ?? "",
    [MANAGED_BY_LABEL]: MANAGED_BY_K8S_CONTROLLER,
    [ENV_LABEL]: "kubernetes",
    [HEADLESS_LABEL]: headless ? "true" : "false",
    [ORIGIN_LABEL]: ORIGIN_ZONE,
    [ZONE_LABEL]: zone,
    [NAMESPACE_LABEL]: namespace
  };
}

// src/compute/mesh-gate.ts
var ENABLED_MODES = /* @__PURE__ */ new Set(["Everywhere", "ReachableBackends", "Exclusive"]);
function computeMeshGate(zone, meshes, zoneAt) {
  if (meshes.size === 0) {
    return {
      reasonSkipped: () => null,
      diagnostics: [
        diagnostic(
          "info",
          "no-mesh-objects",
          `zone "${zone}" has no Mesh objects in its sources: every mesh is assumed to exist with MeshServices enabled`,
          zoneAt
        )
      ]
    };
  }
  return {
    reasonSkipped: (mesh) => {
      const m = meshes.get(mesh);
      if (!m) return `mesh "${mesh}" is not among the zone's Mesh objects`;
      if (m.mode === void 0 || !ENABLED_MODES.has(m.mode)) {
        return `mesh "${mesh}" has meshServices.mode ${m.mode ?? "unset (Disabled)"}`;
      }
      return null;
    },
    diagnostics: []
  };
}

// src/compute/status.ts
var READY = "Ready";
function selectsDataplane(selector, dataplane) {
  const inbounds = dataplane.networking?.inbound ?? [];
  if (inbounds.length === 0) return false;
  if ("dataplaneRef" in selector) return selector.dataplaneRef.name === dataplane.name;
  if ("dataplaneLabels" in selector) {
    const labels = dataplane.labels ?? {};
    return Object.entries(selector.dataplaneLabels.matchLabels ?? {}).every(([k, v]) => labels[k] === v);
  }
  const pairs = Object.entries(selector.dataplaneTags);
  if (pairs.length === 0) return false;
  return inbounds.some((inbound) => {
    const tags = inbound.tags ?? {};
    return pairs.every(([k, v]) => Object.hasOwn(tags, k) && tags[k] === v);
  });
}
function inboundForPort(inbounds, port) {
  const target = port.targetPort ?? port.port;
  return inbounds.find((i) => typeof target === "number" ? i.port === target : i.name === target);
}
function computeUniversalStatus(spec, dataplanes) {
  let total = 0;
  let healthy = 0;
  const services = /* @__PURE__ */ new Set();
  for (const dp of dataplanes) {
    if (!selectsDataplane(spec.selector, dp)) continue;
    total++;
    const inbounds = dp.networking?.inbound ?? [];
    const ready = spec.ports.every((p) => {
      const inbound = inboundForPort(inbounds, p);
      return inbound !== void 0 && (inbound.state ?? READY) === READY;
    });
    if (ready) healthy++;
    const tagged = inbounds.flatMap((i) => {
      const s = i.tags?.[SERVICE_TAG];
      return s === void 0 ? [] : [s];
    });
    const workload = dp.labels?.[WORKLOAD_LABEL];
    if (tagged.length === 0 && workload !== void 0 && workload !== "") services.add(workload);
    for (const s of tagged) services.add(s);
  }
  const identities = [...services].sort(compareStrings).map((value) => ({ type: "ServiceTag", value }));
  return {
    spec: {
      selector: spec.selector,
      ports: spec.ports,
      state: healthy > 0 ? "Available" : "Unavailable",
      ...identities.length > 0 ? { identities } : {}
    },
    status: { dataplaneProxies: { total, healthy } }
  };
}

// src/compute/universal.ts
function orderDataplanes(dataplanes) {
  const keyed = dataplanes.map((d) => ({ d, t: parseRfc3339(d.value.creationTime) }));
  keyed.sort(
    (a, b) => compareTimes(a.t, b.t) || compareStrings(a.d.value.name, b.d.value.name) || compareStrings(a.d.at.file, b.d.at.file) || a.d.at.line - b.d.at.line
  );
  return keyed.map((k) => k.d);
}
var RFC3339 = /^(\d{4})-(\d{2})-(\d{2})[Tt](\d{2}):(\d{2}):(\d{2})(?:\.(\d{1,9}))?(?:([Zz])|([+-])(\d{2}):(\d{2}))$/;
function parseRfc3339(text) {
  const m = text === void 0 ? null : RFC3339.exec(text);
  if (!m) return null;
  const [, y, mo, d, h, mi, s, frac, , sign, oh, om] = m;
  const date = /* @__PURE__ */ new Date(0);
  date.setUTCFullYear(Number(y), Number(mo) - 1, Number(d));
  date.setUTCHours(Number(h), Number(mi), Number(s), 0);
  const fields = [
    date.getUTCMonth() + 1,
    date.getUTCDate(),
    date.getUTCHours(),
    date.getUTCMinutes(),
    date.getUTCSeconds()
  ];
  if (fields.join() !== [mo, d, h, mi, s].map(Number).join()) return null;
  const ms = date.getTime();
  const offset = sign === void 0 ? 0 : (sign === "-" ? -1 : 1) * (Number(oh) * 3600 + Number(om) * 60);
  return [ms / 1e3 - offset, Number((frac ?? "").padEnd(9, "0"))];
}
function compareTimes(a, b) {
  if (a === null || b === null) return a === b ? 0 : a === null ? -1 : 1;
  return a[0] - b[0] || a[1] - b[1];
}
function inboundAppProtocol(inbound, useTag) {
  const field = inbound.protocol !== void 0 && inbound.protocol !== "" ? inbound.protocol : void 0;
  const raw = field ?? (useTag ? inbound.tags?.[PROTOCOL_TAG] : void 0);
  const p = raw?.toLowerCase();
  return p !== void 0 && KNOWN_PROTOCOLS.has(p) ? p : "tcp";
}
function inboundPort(inbound, useTag) {
  const port = inbound.port ?? 0;
  return {
    name: inbound.name !== void 0 && inbound.name !== "" ? inbound.name : String(port),
    port,
    targetPort: port,
    appProtocol: inboundAppProtocol(inbound, useTag)
  };
}
function computeUniversal(input) {
  const diagnostics = [];
  const byMesh = /* @__PURE__ */ new Map();
  for (const dp of input.dataplanes) {
    const mesh = dp.value.mesh ?? "default";
    let list = byMesh.get(mesh);
    if (!list) byMesh.set(mesh, list = []);
    list.push(dp);
  }
  const services = [];
  for (const mesh of [...byMesh.keys()].sort(compareStrings)) {
    const dps = orderDataplanes(byMesh.get(mesh) ?? []);
    const skipped = input.gate.reasonSkipped(mesh);
    if (skipped !== null) {
      const first = dps[0];
      diagnostics.push(
        diagnostic(
          "warning",
          "mesh-skipped",
          `no MeshServices generated for ${dps.length} Dataplane(s): ${skipped}`,
          first?.at
        )
      );
      continue;
    }
    const candidates = /* @__PURE__ */ new Map();
    for (const dp of dps) {
      for (const [name, c] of candidatesOf(dp, input.source, diagnostics)) {
        let list = candidates.get(name);
        if (!list) candidates.set(name, list = []);
        list.push(c);
      }
    }
    for (const name of [...candidates.keys()].sort(compareStrings)) {
      const list = candidates.get(name) ?? [];
      const winner = pickWinner(list, input.committed.get(identityKey({ mesh, namespace: "", name })));
      reportConflict(name, mesh, list, winner, diagnostics);
      const selector = input.source === "workload" ? { dataplaneLabels: { matchLabels: { [WORKLOAD_LABEL]: name } } } : { dataplaneTags: { [SERVICE_TAG]: name } };
      const { spec, status } = computeUniversalStatus(
        { selector, ports: winner.ports },
        list.map((c) => c.dataplane.value)
      );
      services.push({
        zone: input.zone,
        environment: "universal",
        mesh,
        namespace: "",
        name,
        labels: universalLabels(input.zone, mesh, name),
        spec,
        status,
        at: winner.at
      });
    }
  }
  return { services, diagnostics };
}
function universalLabels(zone, mesh, name) {
  return {
    [DISPLAY_NAME_LABEL]: name,
    [ENV_LABEL]: "universal",
    [MANAGED_BY_LABEL]: MANAGED_BY_MESHSERVICE_GENERATOR,
    [MESH_LABEL]: mesh,
    [ORIGIN_LABEL]: ORIGIN_ZONE,
    [ZONE_LABEL]: zone
  };
}
function candidatesOf(dp, source, diagnostics) {
  const out = /* @__PURE__ */ new Map();
  const inbounds = dp.value.networking?.inbound ?? [];
  if (source === "workload") {
    const name = dp.value.labels?.[WORKLOAD_LABEL];
    if (name === void 0 || name === "" || inbounds.length === 0) return out;
    const at2 = locate(dp.res, ["labels", WORKLOAD_LABEL]);
    if (!isDns1035Label(name)) {
      diagnostics.push(invalidName(name, WORKLOAD_LABEL, at2));
      return out;
    }
    const ports2 = inbounds.map((i) => inboundPort(i, false));
    out.set(name, { dataplane: dp, ports: ports2, key: JSON.stringify(ports2), at: dp.at });
    return out;
  }
  inbounds.forEach((inbound, i) => {
    const name = inbound.tags?.[SERVICE_TAG];
    if (name === void 0) {
      diagnostics.push(
        diagnostic(
          "info",
          "service-name-invalid",
          `no MeshService for inbound port ${inbound.port ?? 0} of Dataplane "${dp.value.name}": it has no ${SERVICE_TAG} tag`,
          locate(dp.res, ["networking", "inbound", i])
        )
      );
      return;
    }
    if (!isDns1035Label(name)) {
      diagnostics.push(
        invalidName(name, SERVICE_TAG, locate(dp.res, ["networking", "inbound", i, "tags", SERVICE_TAG]))
      );
      return;
    }
    const existing = out.get(name);
    const port = inboundPort(inbound, true);
    if (existing) existing.ports.push(port);
    else out.set(name, { dataplane: dp, ports: [port], key: "", at: locate(dp.res, ["networking", "inbound", i]) });
  });
  for (const [name, c] of out) out.set(name, { ...c, key: JSON.stringify(c.ports) });
  return out;
}
function invalidName(name, from, at2) {
  return diagnostic(
    "info",
    "service-name-invalid",
    `no MeshService for ${from} "${name}": not a DNS-1035 label (lower-case letters, digits and '-', starting with a letter, at most 63 characters)`,
    at2
  );
}
function pickWinner(list, committed) {
  const first = list[0];
  if (committed) {
    const key = JSON.stringify(committed.spec.ports.map(normalisePort));
    const sticky = list.find((c) => c.key === key);
    if (sticky) return sticky;
  }
  return first;
}
function normalisePort(p) {
  return { name: p.name, port: p.port, targetPort: p.targetPort, appProtocol: p.appProtocol };
}
function reportConflict(name, mesh, list, winner, diagnostics) {
  if (list.every((c) => c.key === winner.key)) return;
  const describe2 = (c) => `Dataplane "${c.dataplane.value.name}" (${c.at.file}:${c.at.line}) ports ${c.ports.map((p) => `${p.name}:${p.port}/${p.appProtocol ?? "tcp"}`).join(",")}`;
  diagnostics.push(
    diagnostic(
      "warning",
      "service-ports-conflict",
      `Dataplanes disagree on the ports of MeshService "${name}" in mesh "${mesh}"; using ${describe2(winner)}; conflicting: ${list.filter((c) => c.key !== winner.key).map(describe2).join("; ")}`,
      winner.at
    )
  );
}

// src/compute/zone.ts
function computeZone(input) {
  const { zone, sources } = input;
  const gate = computeMeshGate(zone.name, sources.meshes, input.zoneAt);
  const committedByKey = new Map(input.committed.map((c) => [identityKey(c), c]));
  const generated = zone.environment === "universal" ? computeUniversal({
    zone: zone.name,
    source: zone.universalSource,
    dataplanes: sources.dataplanes,
    committed: committedByKey,
    gate
  }) : computeKubernetes({ zone: zone.name, sources, gate });
  const hasInputs = sources.dataplanes.length + sources.services.length > 0;
  const diagnostics = [...hasInputs ? gate.diagnostics : [], ...generated.diagnostics];
  const handWritten = new Map(input.handWritten.map((h) => [identityKey(h), h]));
  const seen = /* @__PURE__ */ new Map();
  for (const svc of generated.services) {
    const key = identityKey(svc);
    const hand = handWritten.get(key);
    if (hand) {
      diagnostics.push(
        diagnostic(
          "warning",
          "hand-written-wins",
          `MeshService "${svc.name}" (mesh "${svc.mesh}"${svc.namespace ? `, namespace "${svc.namespace}"` : ""}) is written by hand at ${hand.at.file}:${hand.at.line}; not generating it`,
          svc.at
        )
      );
      continue;
    }
    const prev = seen.get(key);
    if (prev) {
      diagnostics.push(
        diagnostic(
          "error",
          "duplicate-meshservice",
          `MeshService "${svc.name}" is generated twice in zone "${zone.name}" (also from ${prev.at.file}:${prev.at.line})`,
          svc.at
        )
      );
      continue;
    }
    seen.set(key, svc);
  }
  const services = [...seen.values()].sort((a, b) => compareStrings(identityKey(a), identityKey(b)));
  const addressed = computeAddressing({ ...input, services, hostnameGenerators: sources.hostnameGenerators });
  diagnostics.push(...addressed.diagnostics);
  const provenance = computeProvenance({
    zone,
    services: addressed.services,
    sources,
    committed: input.committed,
    generators: addressed.generators
  });
  return { services: addressed.services, diagnostics, gate, provenance };
}

// src/render/multizone.ts
import { posix as posix3 } from "node:path";
function toMultiZoneResource(m) {
  const labels = sortKeys(m.labels);
  const spec = sortKeys(m.spec);
  const status = sortKeys(
    Object.fromEntries(Object.entries(m.status).filter(([, v]) => !(Array.isArray(v) && v.length === 0)))
  );
  const withStatus = Object.keys(status).length > 0 ? { status } : {};
  if (m.environment === "kubernetes") {
    return {
      apiVersion: KUMA_API_VERSION,
      kind: "MeshMultiZoneService",
      metadata: { name: m.name, namespace: SYSTEM_NAMESPACE, labels },
      spec,
      ...withStatus
    };
  }
  return { type: "MeshMultiZoneService", name: m.name, mesh: m.mesh, labels, spec, ...withStatus };
}
function multiZoneOutputPath(output, m) {
  if (!isDns1123Subdomain(m.mesh) || !isDns1123Subdomain(m.name)) return null;
  const p = posix3.join(output, m.mesh, `${m.name}.yaml`);
  return p.startsWith(`${output}/`) ? p : null;
}

// src/validate/outputs.ts
function validateRenderedMeshService(path, environment, resource, content, schemas) {
  const validate = schemas.validator(`kuma-meshservice-${environment}`);
  if (validate(resource)) return;
  const problems = (validate.errors ?? []).map((e) => `${e.instancePath === "" ? "/" : e.instancePath} ${e.message ?? "is invalid"}`).join("; ");
  throw new InternalError(
    "validate output",
    `rendered MeshService ${path} does not match the Kuma MeshService schema (${environment} format): ${problems}
${content.text}`
  );
}
function validateRenderedMultiZoneService(path, environment, resource, text, schemas) {
  const validate = schemas.validator(`kuma-meshmultizoneservice-${environment}`);
  if (validate(resource)) return;
  const problems = (validate.errors ?? []).map((e) => `${e.instancePath === "" ? "/" : e.instancePath} ${e.message ?? "is invalid"}`).join("; ");
  throw new InternalError(
    "validate output",
    `rendered MeshMultiZoneService ${path} does not match the Kuma MeshMultiZoneService schema (${environment} format): ${problems}
${text}`
  );
}

// src/validate/rules.ts
import { isIP } from "node:net";
var TAG_NAME = /^[a-zA-Z0-9.\-_:/]*$/;
var TAG_VALUE = /^[a-zA-Z0-9.\-_:]*$/;
var SUPPORTED_PROTOCOLS = "grpc, http, http2, kafka, tcp";
function checkRules(kind, format, value) {
  const out = [];
  if (format === "universal") {
    checkUniversalMeta(kind, value, out);
  } else {
    checkKubernetesMeta(kind, value, out);
  }
  const spec = format === "universal" ? value : value["spec"];
  const base = format === "universal" ? [] : ["spec"];
  if (kind === "Dataplane" && isObject(spec)) checkDataplane(spec, base, out);
  if (kind === "MeshService") {
    checkMeshServicePorts(value["spec"], out);
    checkMeshService(format, value, out);
  }
  if (kind === "Service" && isObject(spec)) checkService(spec, out);
  return out;
}
function checkUniversalMeta(kind, value, out) {
  const name = value["name"];
  if (typeof name === "string") {
    const problem = kumaNameProblem(name);
    if (problem) out.push({ code: "name-invalid", message: `name: ${problem}`, path: ["name"] });
  }
  const mesh = value["mesh"];
  if (MESH_SCOPED.has(kind) && typeof mesh === "string") {
    const problem = meshNameProblem(mesh);
    if (problem) out.push({ code: "mesh-name-invalid", message: `mesh: ${problem}`, path: ["mesh"] });
  }
}
function checkKubernetesMeta(kind, value, out) {
  const meta = value["metadata"];
  if (!isObject(meta)) return;
  const name = meta["name"];
  if (typeof name === "string") {
    const problem = kind === "Service" ? dns1035LabelProblem(name) : kind === "Namespace" ? dns1123LabelProblem(name) : dns1123SubdomainProblem(name);
    if (problem)
      out.push({
        code: "name-invalid",
        message: `metadata.name: Invalid value: ${quoteName(name)}: ${problem}`,
        path: ["metadata", "name"]
      });
  }
  const namespace = meta["namespace"];
  if (typeof namespace === "string") {
    const problem = dns1123LabelProblem(namespace);
    if (problem)
      out.push({
        code: "name-invalid",
        message: `metadata.namespace: Invalid value: ${quoteName(namespace)}: ${problem}`,
        path: ["metadata", "namespace"]
      });
  }
  for (const holder of ["labels", "annotations"]) {
    const map = meta[holder];
    const mesh = isObject(map) ? map[MESH_LABEL] : void 0;
    if (typeof mesh !== "string" || mesh === "") continue;
    const problem = meshNameProblem(mesh);
    if (problem)
      out.push({
        code: "mesh-name-invalid",
        message: `metadata.${holder}["${MESH_LABEL}"]: ${problem}`,
        path: ["metadata", holder, MESH_LABEL]
      });
  }
}
function checkDataplane(spec, base, out) {
  const networking = spec["networking"];
  const net = [...base, "networking"];
  if (networking === void 0 || networking === null) {
    out.push({ code: "resource-invalid", message: "networking: must be defined", path: base });
    return;
  }
  if (!isObject(networking)) return;
  const address2 = networking["address"];
  if (address2 === void 0 || address2 === null || typeof address2 === "string") {
    const path = address2 === void 0 || address2 === null ? net : [...net, "address"];
    const field = "networking.address";
    if (address2 === void 0 || address2 === null || address2 === "")
      out.push({ code: "address-invalid", message: `${field}: address can't be empty`, path });
    else {
      if (address2 === "0.0.0.0" || address2 === "::")
        out.push({ code: "address-invalid", message: `${field}: must not be 0.0.0.0 or ::`, path });
      if (isIP(address2) === 0 && !isDnsName(address2))
        out.push({
          code: "address-invalid",
          message: `${field}: address has to be valid IP address or domain name`,
          path
        });
    }
  }
  const inbounds = Array.isArray(networking["inbound"]) ? networking["inbound"] : [];
  inbounds.forEach((inbound, i) => {
    if (!isObject(inbound)) return;
    const at2 = [...net, "inbound", i];
    const field = `networking.inbound[${i}]`;
    checkPort(inbound["port"], [...at2, "port"], `${field}.port`, true, out);
    checkPort(inbound["servicePort"], [...at2, "servicePort"], `${field}.servicePort`, false, out);
    for (const key of ["serviceAddress", "address"]) {
      const v = inbound[key];
      if (typeof v === "string" && v !== "" && isIP(v) === 0)
        out.push({
          code: "address-invalid",
          message: `${field}.${key}: ${key} has to be valid IP address`,
          path: [...at2, key]
        });
    }
    checkServiceAddress(inbound, address2, at2, field, out);
    const protocol = inbound["protocol"];
    if (typeof protocol === "string" && protocol !== "" && !KNOWN_PROTOCOLS.has(protocol.toLowerCase()))
      out.push({
        code: "protocol-invalid",
        message: `${field}.protocol: has an invalid value ${excerpt(protocol)}. Allowed values: ${SUPPORTED_PROTOCOLS}`,
        path: [...at2, "protocol"]
      });
    const tags = inbound["tags"];
    if (isObject(tags)) checkTags(tags, [...at2, "tags"], `${field}.tags`, out);
  });
}
function checkServiceAddress(inbound, dpAddress, at2, field, out) {
  const str2 = (v) => typeof v === "string" ? v : "";
  const num = (v) => typeof v === "number" ? v : 0;
  const serviceAddress = str2(inbound["serviceAddress"]);
  const address2 = str2(inbound["address"]);
  const samePort = num(inbound["servicePort"]) === 0 || num(inbound["servicePort"]) === num(inbound["port"]);
  const clash = serviceAddress !== "" && serviceAddress === str2(dpAddress) && samePort || address2 !== "" && address2 === serviceAddress && samePort;
  if (clash)
    out.push({
      code: "address-invalid",
      message: `${field}.serviceAddress: serviceAddress and servicePort has to differ from address and port`,
      path: [...at2, "serviceAddress"]
    });
}
function checkMeshService(format, value, out) {
  const meta = format === "kubernetes" && isObject(value["metadata"]) ? value["metadata"] : value;
  const labels = isObject(meta["labels"]) ? meta["labels"] : {};
  const display = labels[DISPLAY_NAME_LABEL];
  const name = typeof display === "string" ? display : meta["name"];
  if (typeof name === "string" && name.length > 63)
    out.push({
      code: "name-invalid",
      message: "name: must not be longer than 63 characters",
      path: typeof display === "string" ? [...meta === value ? [] : ["metadata"], "labels", DISPLAY_NAME_LABEL] : format === "kubernetes" ? ["metadata", "name"] : ["name"]
    });
  const spec = value["spec"];
  const selector = isObject(spec) ? spec["selector"] : void 0;
  if (!isObject(selector)) return;
  const kinds = ["dataplaneTags", "dataplaneRef", "dataplaneLabels"].filter(
    (k) => selector[k] !== void 0 && selector[k] !== null
  );
  if (kinds.length > 1)
    out.push({
      code: "resource-invalid",
      message: "spec.selector: must specify only one of: dataplaneTags, dataplaneRef, or dataplaneLabels",
      path: ["spec", "selector"]
    });
}
function checkTags(tags, at2, field, out) {
  const keys = Object.keys(tags).sort();
  if (keys.length === 0) return;
  const protocol = tags[PROTOCOL_TAG];
  if (typeof protocol === "string" && !KNOWN_PROTOCOLS.has(protocol.toLowerCase()))
    out.push({
      code: "protocol-invalid",
      message: `${field}["${PROTOCOL_TAG}"]: tag "${PROTOCOL_TAG}" has an invalid value ${excerpt(protocol)}. Allowed values: ${SUPPORTED_PROTOCOLS}`,
      path: [...at2, PROTOCOL_TAG]
    });
  for (const key of keys) {
    const value = tags[key];
    const f = `${field}[${quoteName(key)}]`;
    if (key === "")
      out.push({ code: "tag-invalid", message: `${field}: tag name must be non-empty`, path: [...at2, key], key: true });
    if (!TAG_NAME.test(key))
      out.push({
        code: "tag-invalid",
        message: `${f}: tag name must consist of alphanumeric characters, dots, dashes, slashes and underscores`,
        path: [...at2, key],
        key: true
      });
    if (typeof value !== "string") continue;
    if (value === "")
      out.push({ code: "tag-invalid", message: `${f}: tag value must be non-empty`, path: [...at2, key] });
    else if (!TAG_VALUE.test(value))
      out.push({
        code: "tag-invalid",
        message: `${f}: tag value must consist of alphanumeric characters, dots, dashes and underscores`,
        path: [...at2, key]
      });
  }
  if (!(SERVICE_TAG in tags))
    out.push({ code: "service-tag-missing", message: `${field}["${SERVICE_TAG}"]: tag has to exist`, path: at2 });
}
function checkPort(value, path, field, required, out) {
  if (typeof value !== "number") {
    if (required && value === void 0)
      out.push({ code: "port-invalid", message: `${field}: port must be in the range [1, 65535]`, path });
    return;
  }
  if (!required && value === 0) return;
  if (value < 1 || value > 65535)
    out.push({ code: "port-invalid", message: `${field}: port must be in the range [1, 65535]`, path });
}
function checkMeshServicePorts(spec, out) {
  if (!isObject(spec) || !Array.isArray(spec["ports"])) return;
  spec["ports"].forEach((p, i) => {
    if (isObject(p)) checkPort(p["port"], ["spec", "ports", i, "port"], `spec.ports[${i}].port`, true, out);
  });
}
function checkService(spec, out) {
  const range = "must be between 1 and 65535, inclusive";
  const ports2 = Array.isArray(spec["ports"]) ? spec["ports"] : [];
  ports2.forEach((p, i) => {
    if (!isObject(p)) return;
    for (const key of ["port", "targetPort"]) {
      const v = p[key];
      if (typeof v === "number" && (v < 1 || v > 65535))
        out.push({
          code: "port-invalid",
          message: `spec.ports[${i}].${key}: Invalid value: ${v}: ${range}`,
          path: ["spec", "ports", i, key]
        });
    }
  });
  const clusterIP = spec["clusterIP"];
  if (typeof clusterIP === "string" && clusterIP !== "" && clusterIP !== "None" && isIP(clusterIP) === 0)
    out.push({
      code: "address-invalid",
      message: `spec.clusterIP: Invalid value: ${excerpt(clusterIP)}: must be a valid IP address, (e.g. 10.9.8.7 or 2001:db8::ffff)`,
      path: ["spec", "clusterIP"]
    });
}

// src/validate/sources.ts
function schemaName(kind, format) {
  switch (kind) {
    case "Dataplane":
    case "Mesh":
    case "MeshService":
    case "HostnameGenerator":
      return `kuma-${kind.toLowerCase()}-${format}`;
    default:
      return `k8s-${kind.toLowerCase()}`;
  }
}
var PRUNED = {
  severity: "warning",
  code: "unknown-field",
  note: "; Kubernetes prunes fields its CRD schema does not declare, so it is ignored"
};
function validateSources(zone, resources, schemas) {
  const diagnostics = [];
  const valid = [];
  const seen = /* @__PURE__ */ new Map();
  for (const res of resources) {
    const kind = sourceKind(res.value);
    if (kind === null || kind === "Policy") {
      valid.push(res);
      continue;
    }
    const value = res.value;
    const format = resourceFormat(value);
    const label = describe(kind, value);
    const problems = validateResource(
      schemas,
      schemaName(kind, format),
      res,
      "resource-invalid",
      format === "kubernetes" ? PRUNED : void 0
    ).map((d) => ({ ...d, message: `${label}: ${d.message}` }));
    for (const v of checkRules(kind, format, value)) {
      problems.push(diagnostic("error", v.code, `${label}: ${v.message}`, locate(res, v.path, v.key ?? false)));
    }
    diagnostics.push(...problems);
    if (hasErrors(problems)) continue;
    const id = identity(kind, format, value);
    const at2 = locate(res);
    const first = seen.get(id.key);
    if (first) {
      diagnostics.push(
        diagnostic(
          "error",
          "duplicate-resource",
          `${kind} "${id.name}"${id.scope} is defined twice in zone "${zone}": at ${first.file}:${first.line}:${first.column} and ${at2.file}:${at2.line}:${at2.column}`,
          at2
        )
      );
      continue;
    }
    seen.set(id.key, at2);
    valid.push(res);
  }
  return { resources: valid, diagnostics };
}
function describe(kind, value) {
  const name = objectName(value);
  return name === null ? kind : `${kind} ${quoteName(name)}`;
}
function identity(kind, format, value) {
  const name = objectName(value) ?? "";
  let scope = "";
  if (format === "universal" && MESH_SCOPED.has(kind)) {
    scope = ` in mesh "${typeof value["mesh"] === "string" ? value["mesh"] : "default"}"`;
  } else if (format === "kubernetes" && !CLUSTER_SCOPED.has(kind)) {
    const meta = isObject(value["metadata"]) ? value["metadata"] : {};
    scope = ` in namespace "${typeof meta["namespace"] === "string" ? meta["namespace"] : "default"}"`;
  }
  return { key: `${format}\0${kind}\0${scope}\0${name}`, name, scope };
}

// src/plan/deletions.ts
function checkDeletions(zone, changes, generated, policy, zoneAt) {
  const deletes = changes.filter((c) => c.action === "delete");
  if (!policy.prune) {
    return {
      changes: changes.filter((c) => c.action !== "delete"),
      diagnostics: deletes.map(
        (c) => diagnostic(
          "warning",
          "stale-kept",
          "no longer generated from the sources; kept because prune is false (delete it by hand)",
          { file: c.path, line: 1, column: 1 }
        )
      )
    };
  }
  const limit = policy.maxDeletions;
  const tooMany = limit === null ? deletes.length > DEFAULT_MAX_DELETIONS.files && deletes.length > DEFAULT_MAX_DELETIONS.share * generated : deletes.length > limit;
  if (!tooMany || policy.allowDeletions) return { changes: [...changes], diagnostics: [] };
  const rule = limit === null ? `more than ${DEFAULT_MAX_DELETIONS.files} files and more than ${DEFAULT_MAX_DELETIONS.share * 100}% of them` : `more than maxDeletions: ${limit}`;
  const refused = diagnostic(
    "error",
    "mass-deletion",
    `zone "${zone}" would delete ${deletes.length} of its ${generated} generated MeshService files (${rule}): refused, nothing is deleted; check the zone's include globs and sources, or pass --allow-deletions`,
    zoneAt
  );
  const listed2 = deletes.map(
    (c) => diagnostic("info", "deletion-refused", "would be deleted: the sources no longer generate it", {
      file: c.path,
      line: 1,
      column: 1
    })
  );
  return { changes: [...changes], diagnostics: [refused, ...listed2] };
}

// src/plan/reconcile.ts
function reconcile(input) {
  const diagnostics = [];
  const zones = [];
  const outcomes = /* @__PURE__ */ new Map();
  for (const configured of input.zones) {
    const outcome = input.memoised?.get(configured.name) ?? reconcileZoneOutcome(input, configured);
    outcomes.set(configured.name, outcome);
    diagnostics.push(...outcome.diagnostics);
    if (outcome.zone !== null) zones.push(outcome.zone);
  }
  const global = reconcileGlobal(input, zones, diagnostics);
  if (global !== null) zones.push(global);
  const changes = zones.flatMap((z) => z.changes).sort((a, b) => compareStrings(a.path, b.path));
  return { zones, changes, diagnostics, outcomes };
}
function reconcileZoneOutcome(input, configured) {
  const diagnostics = [];
  const files = input.files.get(configured.name) ?? { sources: [], outputs: [] };
  for (const f of [...files.sources, ...files.outputs]) diagnostics.push(...input.parsed.get(f)?.diagnostics ?? []);
  const zone = reconcileZone(input, configured, diagnostics);
  return { zone, diagnostics };
}
function reconcileGlobal(input, zones, diagnostics) {
  if (input.config === null || !multiZoneActive(input.config)) return null;
  const meshes = multiZoneMeshes(input.config);
  const at2 = input.globalAt ?? { file: input.config.file ?? "", line: 1, column: 1 };
  const settings = input.config.global ?? { output: DEFAULT_GLOBAL_OUTPUT, environment: "universal" };
  const zone = zoneWithDefaults({ name: GLOBAL_ZONE_NAME, ...settings, include: [] });
  if (input.zones.length < input.config.zones.length) {
    const message = `MeshMultiZoneServices need the MeshServices of every zone; --zone selects ${input.zones.length} of ${input.config.zones.length}, so ${zone.output} is left as it is`;
    diagnostics.push(diagnostic("info", "multizone-skipped", message, at2));
    return null;
  }
  const outputs = readGlobalOutputs(input, zone, diagnostics);
  const handWritten = [...outputs.handWritten, ...handWrittenInSources(input, zones)];
  const computed = computeMultiZoneServices({
    meshes,
    environment: zone.environment,
    zones: zones.map((z) => ({ name: z.zone.name, services: z.services })),
    committed: outputs.committed,
    handWritten,
    hostnameGenerators: zones.flatMap((z) => z.sources?.hostnameGenerators ?? []),
    globalAt: at2
  });
  diagnostics.push(...computed.diagnostics);
  const desired = renderGlobalDesired(input, zone, computed.services, diagnostics);
  const changes = planGlobal(input, desired, outputs.files, at2, diagnostics);
  const available = [
    ...computed.services.map((m) => referable(m, m.spec.ports)),
    ...handWritten.map(referableHandWritten)
  ];
  const committed = outputs.committed.map(referableHandWritten);
  const referencedBy = checkGlobalReferences(input, zones, meshes, available, committed, diagnostics);
  return { zone, services: [], changes, referencedBy, provenance: computed.provenance, committed: [], migration: [] };
}
function handWrittenInSources(input, zones) {
  const out = [];
  const documents = /* @__PURE__ */ new Set();
  for (const z of zones)
    for (const p of z.sources?.policies ?? []) {
      if ((input.parsed.get(p.res.file)?.marker ?? "none") !== "none") continue;
      const document = `${p.res.file}\0${p.res.docIndex}\0${JSON.stringify(p.res.base)}`;
      if (documents.has(document)) continue;
      const m = decodeMultiZoneService(p.value, p.at);
      if (!m) continue;
      documents.add(document);
      out.push(m);
    }
  return out;
}
function renderGlobalDesired(input, zone, services, diagnostics) {
  const desired = [];
  for (const m of services) {
    const path = multiZoneOutputPath(zone.output, m);
    if (path === null) {
      const message = `MeshMultiZoneService "${m.name}" (mesh "${m.mesh}") has a name that cannot be a file name inside ${zone.output}`;
      diagnostics.push(diagnostic("error", "output-path-invalid", message, m.at));
      continue;
    }
    const resource = toMultiZoneResource(m);
    const text = renderResource(resource);
    validateRenderedMultiZoneService(path, zone.environment, resource, text, input.schemas);
    desired.push({
      zone: GLOBAL_ZONE_NAME,
      mesh: m.mesh,
      namespace: "",
      name: m.name,
      path,
      content: { text },
      resource
    });
  }
  return desired;
}
function planGlobal(input, desired, files, at2, diagnostics) {
  const plan = buildZonePlan(GLOBAL_ZONE_NAME, desired, files);
  diagnostics.push(...plan.diagnostics);
  const generated = files.filter((f) => f.marker !== "none").length;
  const policy = {
    prune: input.config?.prune ?? true,
    maxDeletions: input.config?.maxDeletions ?? null,
    allowDeletions: input.allowDeletions === true
  };
  const checked = checkDeletions(GLOBAL_ZONE_NAME, plan.changes, generated, policy, at2);
  diagnostics.push(...checked.diagnostics);
  return checked.changes;
}
function referable(m, ports2) {
  return { zone: GLOBAL_ZONE_NAME, mesh: m.mesh, namespace: "", name: m.name, labels: m.labels, spec: { ports: ports2 } };
}
function referableHandWritten(h) {
  return referable(h, h.ports);
}
function checkGlobalReferences(input, zones, meshes, available, committed, diagnostics) {
  const referencedBy = /* @__PURE__ */ new Map();
  for (const z of zones) {
    const refs = checkMultiZoneReferences({
      environment: z.zone.environment,
      policies: z.sources?.policies ?? [],
      meshes: new Set(meshes),
      available,
      committed,
      severity: input.config?.policyReferences ?? "warning"
    });
    diagnostics.push(...refs.diagnostics);
    for (const [k, list] of refs.referencedBy) referencedBy.set(k, [...referencedBy.get(k) ?? [], ...list]);
  }
  return referencedBy;
}
function readGlobalOutputs(input, zone, diagnostics) {
  const out = {
    files: [],
    committed: [],
    handWritten: []
  };
  for (const path of input.files.get(GLOBAL_ZONE_NAME)?.outputs ?? []) {
    const file = input.parsed.get(path);
    diagnostics.push(...file?.diagnostics ?? []);
    const marker = file?.marker ?? "none";
    const first = file?.resources[0];
    const m = first ? decodeMultiZoneService(first.value, locate(first)) : null;
    if (marker === "none" && first && m)
      diagnostics.push(
        ...validateResource(input.schemas, `kuma-meshmultizoneservice-${zone.environment}`, first, "resource-invalid")
      );
    for (const res of file?.resources ?? [])
      if (decodeMultiZoneService(res.value, locate(res)) === null && sourceKind(res.value) !== null)
        diagnostics.push(sourceInOutput(sourceKind(res.value) ?? "", zone.output, res));
    const source = file?.source ?? { file: path, text: "" };
    const id = m ? { zone: GLOBAL_ZONE_NAME, mesh: m.mesh, namespace: "", name: m.name } : null;
    out.files.push({ path, source, blobId: input.blobIds.get(path) ?? null, marker, id, value: first?.value });
    if (m) (marker === "none" ? out.handWritten : out.committed).push(m);
  }
  return out;
}
function reconcileZone(input, configured, diagnostics) {
  const files = input.files.get(configured.name) ?? { sources: [], outputs: [] };
  const resources = files.sources.flatMap((f) => input.parsed.get(f)?.resources ?? []);
  const zone = input.config === null ? defaultZone(resources, diagnostics) : configured;
  if (zone === null) return null;
  const zoneAt = input.zoneLocations.get(zone.name) ?? { file: "", line: 0, column: 0 };
  if (input.config !== null && files.sources.length === 0 && files.sourcesFailed !== true)
    diagnostics.push(noSources(zone, input.zoneKeys?.get(zone.name)?.include ?? zoneAt));
  const validated = validateSources(zone.name, resources, input.schemas);
  diagnostics.push(...validated.diagnostics);
  const collected = collectSources(validated.resources);
  diagnostics.push(...collected.diagnostics);
  const handWritten = handWrittenSources(input, zone, collected.sources.meshServices, diagnostics);
  const outputs = readOutputs(input, zone, files.outputs, diagnostics);
  handWritten.push(...outputs.handWritten);
  const { committed } = outputs;
  const live = input.live?.get(zone.name);
  const computed = computeZone({ zone, zoneAt, sources: collected.sources, committed, handWritten, live });
  diagnostics.push(...computed.diagnostics);
  const policies = checkPolicyReferences({
    zone: zone.name,
    environment: zone.environment,
    policies: collected.sources.policies,
    available: [...computed.services, ...handWritten],
    committed,
    gate: computed.gate,
    severity: input.config?.policyReferences ?? "warning"
  });
  diagnostics.push(...policies.diagnostics);
  const migration = computeMigration({
    zone: zone.name,
    environment: zone.environment,
    policies: collected.sources.policies,
    meshes: collected.sources.meshes,
    services: [...computed.services, ...handWritten, ...wouldBe(zone, zoneAt, collected.sources, computed.gate)],
    severity: input.config?.policyReferences ?? "warning"
  });
  diagnostics.push(...migration.diagnostics);
  const desired = renderDesired(input, zone, computed.services, diagnostics);
  const plan = buildZonePlan(zone.name, desired, outputs.files);
  diagnostics.push(...plan.diagnostics);
  const generated = outputs.files.filter((f) => f.marker !== "none").length;
  const policy = {
    prune: input.config?.prune ?? true,
    maxDeletions: input.config?.maxDeletions ?? null,
    allowDeletions: input.allowDeletions === true
  };
  const checked = checkDeletions(zone.name, plan.changes, generated, policy, zoneAt);
  diagnostics.push(...checked.diagnostics);
  return {
    zone,
    services: computed.services,
    changes: checked.changes,
    referencedBy: policies.referencedBy,
    provenance: computed.provenance,
    committed: [...committed, ...handWritten],
    sources: collected.sources,
    migration: migration.meshes
  };
}
function wouldBe(zone, zoneAt, sources, gate) {
  const gated = (mesh) => gate.reasonSkipped(mesh) !== null;
  const meshOf2 = (p) => policyMeta(p, zone.environment).mesh;
  if (!sources.policies.some((p) => gated(meshOf2(p.value)))) return [];
  const open = computeZone({
    zone,
    zoneAt,
    sources: { ...sources, meshes: /* @__PURE__ */ new Map() },
    committed: [],
    handWritten: []
  });
  return open.services.filter((s) => gated(s.mesh));
}
function defaultZone(resources, diagnostics) {
  const resolved = resolveDefaultZone(countKinds(resources));
  diagnostics.push(...resolved.diagnostics);
  return resolved.zone;
}
function handWrittenSources(input, zone, meshServices, diagnostics) {
  const handWritten = [];
  const strayGenerated = /* @__PURE__ */ new Set();
  for (const res of meshServices) {
    if ((input.parsed.get(res.res.file)?.marker ?? "none") !== "none") {
      strayGenerated.add(res.res.file);
      continue;
    }
    const ms = decodeMeshService(res.res, zone.name, zone.environment);
    if (ms) handWritten.push(ms);
  }
  for (const file of strayGenerated) diagnostics.push(generatedOutsideOutput(file));
  return handWritten;
}
function readOutputs(input, zone, paths, diagnostics) {
  const out = {
    files: [],
    committed: [],
    handWritten: []
  };
  for (const path of paths) {
    const file = input.parsed.get(path);
    diagnostics.push(...file?.diagnostics ?? []);
    const marker = file?.marker ?? "none";
    const first = file?.resources[0];
    const ms = first ? decodeMeshService(first, zone.name, zone.environment) : null;
    if (marker === "none" && first) diagnostics.push(...validateSources(zone.name, [first], input.schemas).diagnostics);
    for (const res of file?.resources ?? []) {
      const kind = sourceKind(res.value);
      if (kind !== null && kind !== "MeshService") diagnostics.push(sourceInOutput(kind, zone.output, res));
    }
    const source = file?.source ?? { file: path, text: "" };
    out.files.push({ path, source, blobId: input.blobIds.get(path) ?? null, marker, id: ms, value: first?.value });
    if (ms) (marker === "none" ? out.handWritten : out.committed).push(ms);
  }
  return out;
}
function renderDesired(input, zone, services, diagnostics) {
  const desired = [];
  for (const svc of services) {
    const path = outputPath(zone.output, svc);
    if (path === null) {
      diagnostics.push(outputPathInvalid(svc, zone.output));
      continue;
    }
    const resource = toResource(svc);
    const key = input.renderKeys?.get(path);
    const committedText = key !== void 0 && key === renderKey(resource) ? input.parsed.get(path)?.source : void 0;
    const content = committedText ?? { text: renderResource(resource) };
    validateRenderedMeshService(path, svc.environment, resource, content, input.schemas);
    desired.push({ ...svc, path, content, sameAsCommitted: committedText !== void 0, resource });
  }
  return desired;
}
function outputPathInvalid(svc, output) {
  return diagnostic(
    "error",
    "output-path-invalid",
    `MeshService "${svc.name}" (mesh "${svc.mesh}"${svc.namespace ? `, namespace "${svc.namespace}"` : ""}) has a name that cannot be a file name inside ${output}`,
    svc.at
  );
}
function noSources(zone, at2) {
  return diagnostic(
    "error",
    "no-sources",
    `zone "${zone.name}": include ${JSON.stringify(zone.include)} matches no source file (outside every output directory, after exclude); the zone would lose every MeshService: fix the globs or remove the zone`,
    at2
  );
}
function sourceInOutput(kind, output, res) {
  return diagnostic(
    "error",
    "source-in-output",
    `a ${kind} in the output directory ${output} is never read as a source: move it out of ${output}`,
    locate(res)
  );
}
function generatedOutsideOutput(file) {
  return diagnostic(
    "warning",
    "generated-file-outside-output",
    "generated by meshservice-reconciler but outside every zone's output directory; delete it or move it",
    { file, line: 1, column: 1 }
  );
}
function countKinds(resources) {
  let dataplanes = 0;
  let services = 0;
  for (const r of resources) {
    const k = sourceKind(r.value);
    if (k === "Dataplane") dataplanes++;
    else if (k === "Service") services++;
  }
  return { dataplanes, services };
}

// src/plan/uncommitted.ts
function checkUncommittedInputs(uncommitted, files, configFile, parsed) {
  const inputs = new Set(configFile === null ? [] : [configFile]);
  for (const zone of files.values()) {
    for (const f of zone.sources) inputs.add(f);
    for (const f of zone.outputs) if ((parsed.get(f)?.marker ?? "none") === "none") inputs.add(f);
  }
  return [...new Set(uncommitted)].filter((path) => inputs.has(path)).sort().map(
    (file) => diagnostic(
      "error",
      "source-uncommitted",
      "has uncommitted changes: the commit would hold MeshServices generated from a source it does not hold; commit the source first, or pass --allow-dirty",
      { file, line: 1, column: 1 }
    )
  );
}

// src/publish/push.ts
async function commitInPlace(options, checkout, outcome) {
  if (!hasCommit(outcome)) return outcome;
  const sha = await commitPaths(
    checkout,
    commitPathsOf(outcome),
    commitMessage(outcome.changes, outcome.command),
    parseAuthor(options.author)
  );
  return { ...outcome, commit: { sha, branch: checkout.branch, pushed: false } };
}
async function commitAndPush(options, checkout, reconcile2, note, clock = REAL_CLOCK) {
  const branch = options.branch ?? checkout.branch;
  if (branch === null) throw new UsageError(`--ref ${options.ref ?? ""} is not a branch: pass --branch to push`);
  const identity2 = parseAuthor(options.author);
  const notes = [];
  let tries = options.pushTries ?? null;
  for (let attempt = 1; ; attempt++) {
    const outcome = await reconcile2(checkout.dir);
    tries ??= defaultPushTries({ selected: outcome.zones.length, inConfig: outcome.configZones ?? 0 });
    if (hasErrors(outcome.diagnostics) || !hasCommit(outcome)) return withNotes(outcome, notes);
    const commit = await commitPaths(
      checkout,
      commitPathsOf(outcome),
      commitMessage(outcome.changes, outcome.command),
      identity2
    );
    const pushed = await pushHead(checkout, branch);
    if (pushed.kind === "pushed") {
      note(`pushed ${commit} to ${branch}`);
      return withNotes(outcome, notes, { commit: { sha: commit, branch, pushed: true } });
    }
    note(`the push of ${commit} to ${branch} was rejected (${pushed.detail}), try ${attempt} of ${tries}`);
    if (attempt >= tries) {
      throw new GitError(
        "push",
        `the push to ${branch} was rejected ${attempt} times because the remote branch kept moving (${pushed.detail}); nothing was pushed, run again later`
      );
    }
    await clock.sleep(backoffMs(attempt, clock.random));
    notes.push(await moveToRemoteHead(checkout, branch, pushed.detail));
  }
}
async function moveToRemoteHead(checkout, branch, detail) {
  const head = await fetchBranch(checkout, branch);
  await resetHard(checkout, head);
  return diagnostic(
    "info",
    "push-retried",
    `the push to ${branch} was rejected (${detail}): the plan was rebuilt on the new remote head ${head.slice(0, 12)}`
  );
}

// src/run.ts
async function run(options, ctx) {
  const token = nonEmpty(ctx.env[options.tokenEnv]);
  const remote = isRemoteUrl(options.repo);
  const writes = options.command === "apply" || options.command === "migrate" && !options.migrateReport;
  if (remote && writes && !options.push && !options.pullRequest)
    throw new UsageError(
      `${options.command} on a cloned URL needs --push or --pull-request: nothing else would persist`
    );
  if (options.branch !== void 0) await checkBranchName("--branch", options.branch);
  if (options.botBranch !== void 0) await checkBranchName("--bot-branch", options.botBranch);
  const controlPlane = options.live === void 0 ? null : await controlPlaneOf(options, options.live, ctx);
  const reconcileAt = (dir) => reconcileRepo(options, dir, ctx.progress, ctx.signal, controlPlane);
  const note = (message) => ctx.progress.note(message);
  if (options.push || options.pullRequest) {
    const target = remote ? { url: options.repo, ref: options.ref } : await readOrigin(options, ctx.env, token);
    return await withClone(
      target.url,
      target.ref,
      ctx.env,
      token,
      note,
      ctx.signal,
      (checkout2) => options.push ? commitAndPush(options, checkout2, reconcileAt, note) : (
        // Loaded only for --pull-request: the GitHub client (Octokit) is a large part of the program.
        import("./propose-DD65XFHP.js").then(
          ({ proposePullRequest }) => proposePullRequest(options, checkout2, gitHubContext(options, ctx, token), reconcileAt, note)
        )
      )
    );
  }
  if (remote)
    return await withClone(
      options.repo,
      options.ref,
      ctx.env,
      token,
      note,
      ctx.signal,
      (checkout2) => reconcileAt(checkout2.dir)
    );
  const repoDir = await resolveLocalRepo(options.repo, options.repoDefault);
  if (!options.commit) return await reconcileAt(repoDir);
  const checkout = await openCheckout(repoDir, ctx.env, token, ctx.signal);
  const outcome = await reconcileAt(repoDir);
  return await ctx.progress.step("commit", () => commitInPlace(options, checkout, outcome));
}
async function reconcileRepo(options, repoDir, progress = SILENT_PROGRESS, signal, controlPlane = null) {
  const [headCommit, indexBlobIds] = [readHeadCommit(repoDir), readBlobIds(repoDir)];
  const schemas = await readSchemas();
  const repo = { source: options.repo, ref: options.ref ?? null, commit: await headCommit };
  const configFile = await findConfigFile(repoDir, options.config);
  const loaded = validateConfigFile(configFile === null ? null : await readConfigFile(repoDir, configFile), schemas);
  const { config, zoneLocations, zoneKeys } = loaded;
  if (config === void 0) return stoppedOutcome(options.command, repo, loaded.diagnostics);
  const zones = selectZones(config, options.zones);
  if (zones.unknown.length > 0) throw new UsageError(unknownZones(zones.unknown, zones.all));
  const globalOutput2 = multiZoneOutput(config);
  const globalWritten = zones.selected.length === zones.all.length ? globalOutput2 : null;
  const opening = openCache(options);
  opening.catch(() => void 0);
  const discovered = await progress.step(
    "discover files",
    () => discoverZones(
      repoDir,
      zones.selected,
      [...zones.all.map((z) => z.output), ...globalOutput2 === null ? [] : [globalOutput2]],
      config?.file ?? null,
      zoneKeys,
      globalWritten
    )
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
    enabled: options.command !== "migrate" && controlPlane === null && !multiZoneActive(config)
  };
  const recalled = recallZones(cache, repoDir, memo);
  const read = await progress.step(
    `read ${recalled.unread.length} files`,
    () => readAndParseCached(repoDir, recalled.unread, options.jobs, cache, blobIds)
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
    memoised: recalled.memoised
  };
  const reconciled = await progress.step("reconcile", () => Promise.resolve(reconcile(input)));
  const earlier = [...loaded.diagnostics, ...discovered.diagnostics, ...dirty, ...reconciled.diagnostics];
  const { result, live } = controlPlane === null || hasErrors(earlier) ? { result: reconciled, live: null } : await liveStep(options, input, reconciled, controlPlane, progress);
  const migrating = options.command === "migrate";
  const planned = commandPlan(options, result);
  const diagnostics = [...loaded.diagnostics, ...discovered.diagnostics, ...dirty, ...planned.diagnostics];
  const { changes } = planned;
  const writing = options.command === "apply" || migrating && !options.migrateReport;
  const applied = writing && !hasErrors(diagnostics);
  rememberZones(cache, memo, recalled, result.outcomes, files.parsed, applied);
  signal?.throwIfAborted();
  if (applied)
    await progress.step(
      "write files",
      () => writePlan(
        repoDir,
        changes,
        migrating ? policyDirs(changes) : [...zones.selected.map((z) => z.output), ...globalWritten === null ? [] : [globalWritten]]
      )
    );
  if (cache.enabled) await progress.step("save the cache", () => cache.save());
  const reconcileWorkflow = await findReconcileWorkflow(repoDir);
  const zoneResults = migrating ? result.zones.map((z) => ({ ...z, changes: changes.filter((c) => c.zone === z.zone.name) })) : result.zones;
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
    ...live !== null ? { live } : {}
  };
}
async function liveStep(options, input, reconciled, controlPlane, progress) {
  const zone = liveZone(reconciled.zones, options.adoptLiveVips);
  const meshes = liveMeshes(zone);
  const items = await progress.step(
    `read MeshServices from ${new URL(controlPlane.url).host}`,
    () => (
      // Loaded only for --live, with Node's HTTP and TLS modules.
      import("./kuma-api-ZTIE6QEB.js").then(
        ({ readLiveMeshServices }) => readLiveMeshServices(controlPlane, meshes, input.schemas)
      )
    )
  );
  if (options.adoptLiveVips) {
    const live = /* @__PURE__ */ new Map([[zone.zone.name, items]]);
    const result = await progress.step(
      "reconcile with the live VIPs",
      () => Promise.resolve(reconcile({ ...input, live }))
    );
    return { result, live: null };
  }
  const { environment } = zone.zone;
  const drift = compareLive({ zone: zone.zone.name, environment, meshes, committed: zone.committed, live: items });
  return {
    result: reconciled,
    live: { url: controlPlane.url, zone: zone.zone.name, meshes, listed: items.length, drift }
  };
}
function liveZone(results, adopt) {
  const zones = results.filter((z) => z.zone.name !== GLOBAL_ZONE_NAME);
  const [zone, ...more] = zones;
  if (zone === void 0 || more.length > 0)
    throw new UsageError(
      `--live reads the control plane of one zone, and ${zones.length} zones are selected: pass --zone <name>`
    );
  if (adopt && zone.zone.environment !== "universal")
    throw new UsageError(
      `--adopt-live-vips is for Universal zones; zone "${zone.zone.name}" is Kubernetes, where a MeshService's VIP is its Service's ClusterIP`
    );
  return zone;
}
async function controlPlaneOf(options, url, ctx) {
  const token = options.kumaTokenEnv === void 0 ? null : nonEmpty(ctx.env[options.kumaTokenEnv]);
  if (options.kumaTokenEnv !== void 0 && token === null)
    throw new UsageError(`--kuma-token-env names ${options.kumaTokenEnv}, which is not set or empty`);
  const ca = options.kumaCaFile === void 0 ? null : await (await import("./kuma-api-ZTIE6QEB.js")).readCaFile(options.kumaCaFile);
  return { url, token, ca, signal: ctx.signal };
}
async function listZones(options) {
  const repoDir = await resolveLocalRepo(options.repo, options.repoDefault);
  const configFile = await findConfigFile(repoDir, options.config);
  const file = configFile === null ? null : await readConfigFile(repoDir, configFile);
  const { config, diagnostics } = validateConfigFile(file, await readSchemas());
  if (config === void 0 || hasErrors(diagnostics)) return { zones: [], configured: false, diagnostics };
  const zones = selectZones(config, options.zones);
  if (zones.unknown.length > 0) throw new UsageError(unknownZones(zones.unknown, zones.all));
  return { zones: zones.selected, configured: config !== null, diagnostics };
}
function commandPlan(options, result) {
  if (options.command !== "migrate") return result;
  const migrated = planMigration({ meshes: result.zones.flatMap((z) => z.migration), replace: options.replace });
  return {
    changes: migrated.changes,
    diagnostics: [...unresolvedDiagnostics(result.diagnostics, migrated), ...migrated.diagnostics]
  };
}
function policyDirs(changes) {
  return [...new Set(changes.map((c) => dirname4(c.path)))];
}
async function readOrigin(options, env, token) {
  const repoDir = await resolveLocalRepo(options.repo, options.repoDefault);
  const checkout = await openCheckout(repoDir, env, token);
  if (checkout.remoteUrl === null)
    throw new UsageError(`--push and --pull-request need a remote "origin" in ${options.repo}`);
  const ref = options.ref ?? checkout.branch ?? void 0;
  if (ref === void 0)
    throw new UsageError(`${options.repo} has a detached HEAD: pass --ref with the branch to work on`);
  const url = isRemoteUrl(checkout.remoteUrl) ? checkout.remoteUrl : resolve2(repoDir, checkout.remoteUrl);
  return { url, ref };
}
function gitHubContext(options, ctx, token) {
  return {
    token,
    tokenEnv: options.tokenEnv,
    apiUrl: nonEmpty(ctx.env["GITHUB_API_URL"]) ?? void 0,
    repository: nonEmpty(ctx.env["GITHUB_REPOSITORY"]) ?? void 0,
    tool: readTool(),
    redact: ctx.redact,
    signal: ctx.signal
  };
}
async function openCache(options) {
  if (options.cacheHome === null) return Cache.disabled();
  const scope = `${isRemoteUrl(options.repo) ? options.repo : resolve2(options.repo)}#${options.ref ?? ""}`;
  return await Cache.open(scope, options.cacheHome);
}
function nonEmpty(value) {
  return value === void 0 || value === "" ? null : value;
}
export {
  listZones,
  reconcileRepo,
  releaseClones,
  run
};
