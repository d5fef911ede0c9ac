// Bundled by scripts/bundle.ts with esbuild; do not edit. Sources: src/, licences: licenses.txt.
import { createRequire as __msrCreateRequire } from "node:module";
import { dirname as __msrDirname } from "node:path";
import { fileURLToPath as __msrFileURLToPath } from "node:url";
const require = __msrCreateRequire(import.meta.url);
const __msrBundleFilename = __msrFileURLToPath(import.meta.url);
const __msrBundleDirname = __msrDirname(__msrBundleFilename);
import {
  gitBlobId,
  isDns1035Label,
  isDns1123Label,
  isDns1123Subdomain
} from "./chunk-PPCP3H57.js";
import {
  KUMA_API_VERSION
} from "./chunk-52PGKIMV.js";
import {
  bundleFile,
  packageFileUrl,
  readPackageJson
} from "./chunk-2IOOKQTS.js";
import {
  MARKER_PREFIX,
  MAX_FILE_BYTES,
  compareStrings,
  decodeUtf8,
  parseYamlData,
  require_dist,
  sha256
} from "./chunk-PITT3D5D.js";
import {
  __toESM
} from "./chunk-WECYETUR.js";

// src/io/parse-worker.ts
import { readFileSync as readFileSync2, statSync } from "node:fs";
import { join as join2 } from "node:path";

// src/render/meshservice.ts
var import_yaml2 = __toESM(require_dist(), 1);
import { createHash } from "node:crypto";
import { posix } from "node:path";

// src/render/fast-yaml.ts
var import_yaml = __toESM(require_dist(), 1);
var RENDER_OPTIONS = {
  compat: "yaml-1.1",
  indent: 2,
  indentSeq: false,
  lineWidth: 0,
  minContentWidth: 0,
  aliasDuplicateObjects: false
};
var LOOKALIKE = (() => {
  const schema = new import_yaml.Document(null, RENDER_OPTIONS).schema;
  const tests = [];
  for (const tag of [...schema.tags, ...schema.compat ?? []]) {
    if (!tag.default || tag.tag === "tag:yaml.org,2002:str" || !("test" in tag) || tag.test === void 0) continue;
    tests.push(tag.test);
  }
  if (!tests.every((re) => re.flags === "" && !/\\[1-9]|\\k<|\(\?</.test(re.source))) return null;
  return new RegExp(tests.map((re) => `(?:${re.source})`).join("|"));
})();
var SAFE_CHARS = /^[\x20-\x7e]*$/;
var NOT_PLAIN = /^[\n\t ,[\]{}#&*!|>'"%@`]|^[?-]$|^[?-][ \t]|[\n:][ \t]|[ \t]\n|[\n\t ]#|[\n\t :]$/;
var DOCUMENT_MARKER = /^(?:---|\.\.\.)/;
var MAX_IMPLICIT_KEY = 1024;
var MAX_DEPTH = 64;
var memo = /* @__PURE__ */ new Map();
var MEMO_LIMIT = 5e4;
function renderYamlFast(resource) {
  if (!isPlainObject(resource)) return null;
  const keys = Object.keys(resource);
  if (keys.length === 0) return "{}\n";
  const body = mapBody(resource, keys, "", 0);
  return body === null ? null : `${body}
`;
}
function isPlainObject(value) {
  if (typeof value !== "object" || value === null) return false;
  const proto = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}
function isPlainArray(value) {
  return Array.isArray(value) && Object.getPrototypeOf(value) === Array.prototype;
}
function mapBody(map, keys, indent, depth) {
  if (depth > MAX_DEPTH) return null;
  let out = "";
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i];
    const k = scalarString(key);
    if (k === null || k.length > MAX_IMPLICIT_KEY) return null;
    const v = valueAfterKey(map[key], indent, depth);
    if (v === null) return null;
    out += i === 0 ? `${k}:${v}` : `
${indent}${k}:${v}`;
  }
  return out;
}
function valueAfterKey(value, indent, depth) {
  if (isPlainArray(value)) {
    if (value.length === 0) return " []";
    const s2 = seqBody(value, indent, depth + 1);
    return s2 === null ? null : `
${indent}${s2}`;
  }
  if (isPlainObject(value)) {
    const keys = Object.keys(value);
    if (keys.length === 0) return " {}";
    const inner = `${indent}  `;
    const s2 = mapBody(value, keys, inner, depth + 1);
    return s2 === null ? null : `
${inner}${s2}`;
  }
  const s = scalar(value);
  return s === null ? null : ` ${s}`;
}
function seqBody(seq, indent, depth) {
  if (depth > MAX_DEPTH) return null;
  const inner = `${indent}  `;
  let out = "";
  for (let i = 0; i < seq.length; i++) {
    const item = itemAfterDash(seq[i], inner, depth);
    if (item === null) return null;
    out += i === 0 ? `- ${item}` : `
${indent}- ${item}`;
  }
  return out;
}
function itemAfterDash(value, indent, depth) {
  if (isPlainArray(value)) return value.length === 0 ? "[]" : seqBody(value, indent, depth + 1);
  if (isPlainObject(value)) {
    const keys = Object.keys(value);
    return keys.length === 0 ? "{}" : mapBody(value, keys, indent, depth + 1);
  }
  return scalar(value);
}
function scalar(value) {
  switch (typeof value) {
    case "string":
      return scalarString(value);
    case "boolean":
      return value ? "true" : "false";
    case "number":
      if (!Number.isFinite(value)) return null;
      return Object.is(value, -0) ? "-0" : JSON.stringify(value);
    case "object":
      return value === null ? "null" : null;
    default:
      return null;
  }
}
function scalarString(value) {
  const known = memo.get(value);
  if (known !== void 0) return known;
  const written = writeString(value);
  if (memo.size >= MEMO_LIMIT) memo.clear();
  memo.set(value, written);
  return written;
}
function writeString(value) {
  if (LOOKALIKE === null || !SAFE_CHARS.test(value) || DOCUMENT_MARKER.test(value)) return null;
  if (!NOT_PLAIN.test(value) && !LOOKALIKE.test(value)) return value;
  if (value.includes('"') && !value.includes("'")) return `'${value}'`;
  return JSON.stringify(value);
}

// src/render/meshservice.ts
function toResource(ms) {
  const labels = sortKeys(ms.labels);
  const spec = omitEmpty(sortKeys(ms.spec));
  const status = renderedStatus(ms.status);
  if (ms.environment === "kubernetes") {
    return {
      apiVersion: KUMA_API_VERSION,
      kind: "MeshService",
      metadata: { name: ms.name, namespace: ms.namespace, labels },
      spec,
      ...status ? { status } : {}
    };
  }
  return { type: "MeshService", name: ms.name, mesh: ms.mesh, labels, spec, ...status ? { status } : {} };
}
function renderedStatus(status) {
  const s = omitEmpty(sortKeys(status));
  const proxies = s["dataplaneProxies"];
  if (typeof proxies === "object" && proxies !== null) s["dataplaneProxies"] = omitEmpty(proxies);
  return Object.keys(s).length > 0 ? s : void 0;
}
function omitEmpty(value) {
  const out = {};
  for (const [k, v] of Object.entries(value)) {
    if (Array.isArray(v) && v.length === 0 || v === 0) continue;
    out[k] = v;
  }
  return out;
}
function renderResource(resource) {
  const body = renderYamlFast(resource) ?? (0, import_yaml2.stringify)(resource, RENDER_OPTIONS);
  return `${MARKER_PREFIX}${sha256(body)}
${body}`;
}
function renderKey(resource) {
  if (!jsonFaithful(resource)) return null;
  return createHash("sha1").update(JSON.stringify(resource)).digest("hex");
}
function canonicalRenderKey(value, text) {
  if (!isPlainMap(value)) return null;
  const key = renderKey(value);
  return key !== null && renderResource(value) === text ? key : null;
}
function isPlainMap(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
function jsonKeepsNumber(n) {
  return Number.isFinite(n) && !Object.is(n, -0);
}
function jsonFaithful(value) {
  if (typeof value === "number") return jsonKeepsNumber(value);
  if (typeof value === "string" || typeof value === "boolean" || value === null) return true;
  if (Array.isArray(value)) return value.every(jsonFaithful);
  if (isPlainMap(value) && Object.getPrototypeOf(value) === Object.prototype)
    return Object.values(value).every(jsonFaithful);
  return false;
}
function sortKeys(value) {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (typeof value === "object" && value !== null) {
    const out = {};
    for (const k of Object.keys(value).sort(compareStrings)) {
      const v = value[k];
      if (v !== void 0) out[k] = sortKeys(v);
    }
    return out;
  }
  return value;
}
function outputPath(output, ms) {
  const dir = ms.environment === "kubernetes" ? ms.namespace : ms.mesh;
  const dirOk = ms.environment === "kubernetes" ? isDns1123Label(dir) : isDns1123Subdomain(dir);
  const nameOk = ms.environment === "kubernetes" ? isDns1123Subdomain(ms.name) : isDns1035Label(ms.name);
  if (!dirOk || !nameOk) return null;
  const p = posix.join(output, dir, `${ms.name}.yaml`);
  return p.startsWith(`${output}/`) ? p : null;
}

// src/io/cache.ts
import { createHash as createHash2, randomBytes } from "node:crypto";
import { readFileSync, readdirSync } from "node:fs";
import { mkdir, open, readFile, rename, rm } from "node:fs/promises";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
var codeVersion;
function computeCodeVersion() {
  const hash = createHash2("sha256").update(readPackageJson().version);
  const bundle = bundleFile();
  if (bundle !== null) {
    const dist = dirname(bundle);
    const digest = readBundleDigest(dist);
    if (digest !== null) hash.update(digest);
    else
      for (const file of readdirSync(dist).sort())
        if (/\.c?js$/.test(file)) hash.update(file).update(readFileSync(join(dist, file)));
  } else {
    const own = new URL(import.meta.url);
    const pkg = (path) => JSON.parse(readFileSync(path, "utf8")).version;
    for (const lib of ["yaml", "js-yaml"]) hash.update(pkg(createRequire(own).resolve(`${lib}/package.json`)));
    const top = fileURLToPath(new URL("../", own));
    for (const file of readdirSync(top, { recursive: true, encoding: "utf8" }).sort())
      if (/\.[jt]s$/.test(file)) hash.update(file).update(readFileSync(join(top, file)));
  }
  const schemas = fileURLToPath(packageFileUrl("schemas/"));
  for (const file of readdirSync(schemas).sort()) hash.update(file).update(readFileSync(join(schemas, file)));
  return hash.digest("hex").slice(0, 16);
}
var BUNDLE_DIGEST = "bundle-digest.txt";
function readBundleDigest(dist) {
  try {
    const text = readFileSync(join(dist, BUNDLE_DIGEST), "utf8").trim();
    return /^[0-9a-f]{64}$/.test(text) ? text : null;
  } catch {
    return null;
  }
}
var NEWLINE = 10;
var CACHE_FORMAT = 4;
var Cache = class _Cache {
  constructor(path, version) {
    this.path = path;
    this.version = version;
    this.zones = new Entries(path === null ? null : `${path}.zones`);
    this.files = new Entries(path === null ? null : `${path}.cache`);
  }
  path;
  version;
  zones;
  files;
  filesLoaded = false;
  /** A cache that stores nothing (`--no-cache`). */
  static disabled() {
    return new _Cache(null, "");
  }
  /**
   * Opens the cache of one repository (`scope`: its path or its remote URL) under `cacheHome`
   * (XDG_CACHE_HOME, else ~/.cache), for this version of the tool, and reads its memoised zones.
   */
  static async open(scope, cacheHome) {
    const dir = join(cacheHome, "meshservice-reconciler");
    const version = codeVersion ??= computeCodeVersion();
    const key = createHash2("sha256").update(`${CACHE_FORMAT}\0${version}\0${scope}`).digest("hex").slice(0, 32);
    const cache = new _Cache(join(dir, key), version);
    await cache.zones.read(cache.header());
    return cache;
  }
  get enabled() {
    return this.path !== null;
  }
  /** Reads the parsed files' entries, once; before getFile and setFile. */
  async loadFiles() {
    if (this.filesLoaded) return;
    this.filesLoaded = true;
    await this.files.read(this.header());
  }
  // Entries hold the file's path (in diagnostics and resources), so they are keyed by path and
  // content: two files with the same bytes do not share one.
  getFile(path, blobId) {
    const entry = this.files.get(`${path}\0${blobId}`);
    return isCachedFile(entry) ? entry : void 0;
  }
  /**
   * Stores a file's entry, given as the JSON text of a CachedFile (made by the parser worker; see
   * cacheEntryJson), or null when the entry cannot be cached.
   */
  setFile(path, blobId, entryJson) {
    this.files.set(`${path}\0${blobId}`, entryJson);
  }
  /** Keeps a file's entry, unread, when it is there: the file belongs to a memoised zone. */
  keepFile(path, blobId) {
    this.files.keep(`${path}\0${blobId}`);
  }
  /** The memoised zone of this digest, as parsed JSON (src/io/zone-memo.ts checks its shape). */
  getZone(digest) {
    return this.zones.get(digest);
  }
  setZone(digest, entryJson) {
    this.zones.set(digest, entryJson);
  }
  /** Writes the entries used by this run, when anything was added or dropped. Never throws. */
  async save() {
    await this.zones.save(this.header());
    if (this.filesLoaded) await this.files.save(this.header());
  }
  header() {
    return JSON.stringify({ format: CACHE_FORMAT, version: this.version });
  }
};
var Entries = class {
  constructor(path) {
    this.path = path;
  }
  path;
  /** Entries of the file as read: key to JSON text, parsed on first use. */
  stored = /* @__PURE__ */ new Map();
  /** Entries this run used or added, as JSON text: what `save` writes. */
  used = /* @__PURE__ */ new Map();
  dirty = false;
  async read(header) {
    if (this.path === null) return;
    const bytes = await readFile(this.path).catch(() => Buffer.alloc(0));
    let start = bytes.indexOf(NEWLINE);
    if (start < 0 || bytes.toString("utf8", 0, start) !== header) return;
    while (start < bytes.length) {
      const next = bytes.indexOf(NEWLINE, start + 1);
      const end = next < 0 ? bytes.length : next;
      const line = bytes.toString("utf8", start + 1, end);
      start = end;
      const tab = line.indexOf("	");
      if (tab <= 0) continue;
      try {
        const k = JSON.parse(line.slice(0, tab));
        if (typeof k === "string") this.stored.set(k, line.slice(tab + 1));
      } catch {
      }
    }
  }
  /** The entry, parsed, marked as used; undefined when it is missing or not JSON. */
  get(key) {
    const raw = this.stored.get(key);
    if (raw === void 0) return void 0;
    try {
      const entry = JSON.parse(raw);
      this.used.set(key, raw);
      return entry;
    } catch {
      return void 0;
    }
  }
  set(key, entryJson) {
    if (this.path === null || entryJson === null) return;
    this.used.set(key, entryJson);
    this.dirty = true;
  }
  keep(key) {
    const raw = this.stored.get(key);
    if (raw !== void 0) this.used.set(key, raw);
  }
  async save(header) {
    if (this.path === null) return;
    if (!this.dirty && this.used.size === this.stored.size) return;
    const tmp = `${this.path}.${randomBytes(6).toString("hex")}.tmp`;
    try {
      await mkdir(join(this.path, ".."), { recursive: true });
      const out = await open(tmp, "w");
      try {
        let chunk = `${header}
`;
        for (const [key, raw] of this.used) {
          chunk += `${JSON.stringify(key)}	${raw}
`;
          if (chunk.length >= 1 << 22) {
            await out.writeFile(chunk);
            chunk = "";
          }
        }
        await out.writeFile(chunk);
      } finally {
        await out.close();
      }
      await rename(tmp, this.path);
    } catch {
      await rm(tmp, { force: true }).catch(() => void 0);
    }
  }
};
function cacheEntryJson(entry) {
  let faithful = true;
  const json = JSON.stringify(entry, (_key, value) => {
    if (typeof value === "number" && !jsonKeepsNumber(value)) faithful = false;
    return value;
  });
  return faithful ? json : null;
}
function isCachedFile(v) {
  if (typeof v !== "object" || v === null) return false;
  const e = v;
  return typeof e.data === "object" && e.data !== null && Array.isArray(e.data.resources) && Array.isArray(e.data.diagnostics) && (e.data.marker === "none" || e.data.marker === "intact" || e.data.marker === "edited") && (e.renderKey === null || typeof e.renderKey === "string");
}

// src/io/parse-worker.ts
function readAndParse(task) {
  return task.files.map((file) => {
    const size = statSync(join2(task.repoDir, file)).size;
    if (size > MAX_FILE_BYTES) {
      const data2 = parseYamlData(file, size, null);
      return { file, blobId: "", text: task.keepText ? "" : null, data: data2, renderKey: null, entry: null };
    }
    const bytes = readFileSync2(join2(task.repoDir, file));
    const text = bytes.byteLength > MAX_FILE_BYTES ? null : decodeUtf8(bytes);
    const data = parseYamlData(file, bytes.byteLength, text, task.yamlVersion ?? "1.1");
    const only = data.resources.length === 1 && data.diagnostics.length === 0 ? data.resources[0] : void 0;
    const renderKey2 = data.marker === "intact" && only?.base.length === 0 && text !== null && Buffer.byteLength(text, "utf8") === bytes.byteLength ? canonicalRenderKey(only.value, text) : null;
    return {
      file,
      blobId: gitBlobId(bytes),
      text: task.keepText ? text ?? "" : null,
      data,
      renderKey: renderKey2,
      entry: task.cacheEntries ? cacheEntryJson({ data, renderKey: renderKey2 }) : null
    };
  });
}
function readAndParseForPool(task) {
  return readAndParse(task).map((r) => r.entry === null ? r : { ...r, data: null, renderKey: null });
}

export {
  toResource,
  renderResource,
  renderKey,
  sortKeys,
  outputPath,
  Cache,
  readAndParse,
  readAndParseForPool
};
