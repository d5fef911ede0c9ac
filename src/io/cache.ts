import { createHash, randomBytes } from "node:crypto";
import { readFileSync } from "node:fs";
import { mkdir, open, readFile, rename, rm } from "node:fs/promises";
import { createRequire } from "node:module";
import { join } from "node:path";
import type { ParsedData } from "../parse/yaml.js";
import { jsonKeepsNumber } from "../render/meshservice.js";
import { bundleFile, readPackageJson } from "./package-files.js";

// Entries made by other code are never used: the key holds the tool's version, the `yaml` library's
// version, and a hash of the modules whose output is cached (parsing and the YAML version it uses,
// its diagnostics, the marker, rendering, which decides the render keys), so a changed build, even
// at the same version number, starts with an empty cache.
let codeVersion: string | undefined;
function computeCodeVersion(): string {
  // In the bundle (dist/), which holds all of that and the yaml library, the digest of the bundle file.
  const bundle = bundleFile();
  if (bundle !== null) {
    return createHash("sha256")
      .update(readPackageJson().version)
      .update(readFileSync(bundle))
      .digest("hex")
      .slice(0, 16);
  }
  const own = new URL(import.meta.url);
  const ext = own.pathname.endsWith(".ts") ? ".ts" : ".js";
  const hash = createHash("sha256");
  const pkg = (path: string | URL): string => (JSON.parse(readFileSync(path, "utf8")) as { version: string }).version;
  hash.update(readPackageJson().version);
  // Resolved as Node resolves it: the package may be hoisted when the tool is installed.
  hash.update(pkg(createRequire(own).resolve("yaml/package.json")));
  // parse-worker picks the YAML version a file is parsed with (src/parse/yaml.ts YamlVersion).
  for (const module of [
    "../parse/yaml",
    "../parse/marker",
    "../render/meshservice",
    "../diagnostics",
    "./parse-worker",
  ]) {
    hash.update(readFileSync(new URL(`${module}${ext}`, own)));
  }
  return hash.digest("hex").slice(0, 16);
}

const NEWLINE = 0x0a;

/**
 * Bumped whenever the shape of an entry, the file layout or the meaning of parsed data changes
 * (3: sources are parsed with YAML 1.1; the hash of src/parse/yaml.ts changed with it too).
 */
export const CACHE_FORMAT = 3;

export interface CachedFile {
  readonly data: ParsedData;
  /**
   * For a generated file whose text is exactly what rendering its resource gives: the render key of
   * that resource (src/render/meshservice.ts), so that an unchanged MeshService need not be rendered.
   */
  readonly renderKey: string | null;
}

/**
 * A content-addressed cache of parsed files, keyed by path and git blob id, one file per repository
 * under the user cache directory. It can only make a run faster, never change it: an unreadable,
 * corrupt or foreign-version file, or a malformed entry, is a miss. Writes are atomic (temporary
 * file, then rename), so concurrent runs leave one complete file behind, and only the entries used
 * by the run are kept.
 *
 * The file is a header line (`{"format":3,"version":...}`) and one line per entry: the JSON string
 * of the key, a tab, and the entry as JSON. Entries stay JSON text until a run asks for them, and a
 * run writes back the text it read or the text the parser worker made: saving never serialises
 * parsed data in the main thread, and never builds the whole file as one string.
 */
export class Cache {
  /** Entries of the cache file as read: key to JSON text, parsed on first use. */
  private readonly stored = new Map<string, string>();
  /** Entries this run used or added, as JSON text: what `save` writes. */
  private readonly used = new Map<string, string>();
  private dirty = false;

  private constructor(
    private readonly path: string | null,
    private readonly version: string,
  ) {}

  /** A cache that stores nothing (`--no-cache`). */
  static disabled(): Cache {
    return new Cache(null, "");
  }

  /**
   * Opens the cache of one repository (`scope`: its path or its remote URL) under `cacheHome`
   * (XDG_CACHE_HOME, else ~/.cache), for this version of the tool.
   */
  static async open(scope: string, cacheHome: string): Promise<Cache> {
    const dir = join(cacheHome, "meshservice-reconciler");
    const version = (codeVersion ??= computeCodeVersion());
    const key = createHash("sha256").update(`${CACHE_FORMAT}\0${version}\0${scope}`).digest("hex").slice(0, 32);
    const cache = new Cache(join(dir, `${key}.cache`), version);
    // Read as bytes and decoded line by line: a large repository's cache is more than the longest
    // string V8 can hold.
    const bytes = await readFile(cache.path ?? "").catch(() => Buffer.alloc(0));
    let start = bytes.indexOf(NEWLINE);
    if (start < 0 || bytes.toString("utf8", 0, start) !== cache.header()) return cache; // missing, corrupt or another version
    while (start < bytes.length) {
      const next = bytes.indexOf(NEWLINE, start + 1);
      const end = next < 0 ? bytes.length : next;
      const line = bytes.toString("utf8", start + 1, end);
      start = end;
      const tab = line.indexOf("\t");
      if (tab <= 0) continue; // the empty last line, or a damaged one
      try {
        const k = JSON.parse(line.slice(0, tab)) as unknown;
        if (typeof k === "string") cache.stored.set(k, line.slice(tab + 1));
      } catch {
        // a damaged key: that entry is a miss
      }
    }
    return cache;
  }

  get enabled(): boolean {
    return this.path !== null;
  }

  // Entries hold the file's path (in diagnostics and resources), so they are keyed by path and
  // content: two files with the same bytes do not share one.
  getFile(path: string, blobId: string): CachedFile | undefined {
    const key = `${path}\0${blobId}`;
    const raw = this.stored.get(key);
    if (raw === undefined) return undefined;
    let entry: unknown;
    try {
      entry = JSON.parse(raw);
    } catch {
      return undefined;
    }
    if (!isCachedFile(entry)) return undefined;
    this.used.set(key, raw);
    return entry;
  }

  /**
   * Stores a file's entry, given as the JSON text of a CachedFile (made by the parser worker; see
   * cacheEntryJson), or null when the entry cannot be cached.
   */
  setFile(path: string, blobId: string, entryJson: string | null): void {
    if (this.path === null || entryJson === null) return;
    this.used.set(`${path}\0${blobId}`, entryJson);
    this.dirty = true;
  }

  /** Writes the entries used by this run, when anything was added or dropped. Never throws. */
  async save(): Promise<void> {
    if (this.path === null) return;
    if (!this.dirty && this.used.size === this.stored.size) return;
    const tmp = `${this.path}.${randomBytes(6).toString("hex")}.tmp`;
    try {
      await mkdir(join(this.path, ".."), { recursive: true });
      const out = await open(tmp, "w");
      try {
        // In pieces of about 4 MB: a large repository's cache never exists as one string.
        let chunk = `${this.header()}\n`;
        for (const [key, raw] of this.used) {
          chunk += `${JSON.stringify(key)}\t${raw}\n`;
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
      await rm(tmp, { force: true }).catch(() => undefined);
    }
  }

  private header(): string {
    return JSON.stringify({ format: CACHE_FORMAT, version: this.version });
  }
}

/**
 * The cache entry of a parsed file as JSON text, or null when JSON cannot carry it: JSON has no
 * .inf or .nan and writes -0 as 0, so a file whose parse holds such a number is not cached, and a
 * warm run can never see null where a cold run saw Infinity. Made where the file is parsed (a
 * worker thread).
 */
export function cacheEntryJson(entry: CachedFile): string | null {
  let faithful = true;
  const json = JSON.stringify(entry, (_key, value: unknown) => {
    if (typeof value === "number" && !jsonKeepsNumber(value)) faithful = false;
    return value;
  });
  return faithful ? json : null;
}

function isCachedFile(v: unknown): v is CachedFile {
  if (typeof v !== "object" || v === null) return false;
  const e = v as Partial<CachedFile>;
  return (
    typeof e.data === "object" &&
    e.data !== null &&
    Array.isArray(e.data.resources) &&
    Array.isArray(e.data.diagnostics) &&
    (e.data.marker === "none" || e.data.marker === "intact" || e.data.marker === "edited") &&
    (e.renderKey === null || typeof e.renderKey === "string")
  );
}
