import { createHash, randomBytes } from "node:crypto";
import { readFileSync, readdirSync } from "node:fs";
import { mkdir, open, readFile, rename, rm } from "node:fs/promises";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import type { ParsedData } from "../parse/yaml.js";
import { jsonKeepsNumber } from "../render/meshservice.js";
import { bundleFile, packageFileUrl, readPackageJson } from "./package-files.js";

// Entries made by other code are never used: the key holds the tool's version, the versions of the
// YAML libraries that parse (`yaml`, and js-yaml on the fast path), a hash of the program's code (parsing, rendering and, for the memoised zones, everything
// that computes a plan) and of the shipped schemas, so a changed build, even at the same version
// number, starts with an empty cache.
let codeVersion: string | undefined;
function computeCodeVersion(): string {
  const hash = createHash("sha256").update(readPackageJson().version);
  // In the bundle (dist/), which holds all of the program and both YAML libraries: its files (the
  // entries and the chunks they share, scripts/bundle.ts). The bundle script writes their digest
  // beside them (BUNDLE_DIGEST): reading and hashing the ~5 MB on every run cost a small repository's
  // plan tens of milliseconds. A bundle without that file has its files hashed here, as before.
  const bundle = bundleFile();
  if (bundle !== null) {
    const dist = dirname(bundle);
    const digest = readBundleDigest(dist);
    if (digest !== null) hash.update(digest);
    else
      for (const file of readdirSync(dist).sort())
        if (/\.c?js$/.test(file)) hash.update(file).update(readFileSync(join(dist, file)));
  } else {
    // As separate modules (src/ under the tests, lib/): every module of the program, since a zone's
    // memoised plan (src/io/zone-memo.ts) depends on all of them, and the YAML libraries' versions,
    // resolved as Node resolves them (a package may be hoisted when the tool is installed).
    const own = new URL(import.meta.url);
    const pkg = (path: string | URL): string => (JSON.parse(readFileSync(path, "utf8")) as { version: string }).version;
    for (const lib of ["yaml", "js-yaml"]) hash.update(pkg(createRequire(own).resolve(`${lib}/package.json`)));
    const top = fileURLToPath(new URL("../", own));
    for (const file of readdirSync(top, { recursive: true, encoding: "utf8" }).sort())
      if (/\.[jt]s$/.test(file)) hash.update(file).update(readFileSync(join(top, file)));
  }
  // The shipped schemas, which validation (and so a zone's diagnostics) reads at run time.
  const schemas = fileURLToPath(packageFileUrl("schemas/"));
  for (const file of readdirSync(schemas).sort()) hash.update(file).update(readFileSync(join(schemas, file)));
  return hash.digest("hex").slice(0, 16);
}

/** The file of dist/ that holds the SHA-256 of its `*.js` and `*.cjs` files, by name and content (scripts/bundle.ts). */
export const BUNDLE_DIGEST = "bundle-digest.txt";

function readBundleDigest(dist: string): string | null {
  try {
    const text = readFileSync(join(dist, BUNDLE_DIGEST), "utf8").trim();
    return /^[0-9a-f]{64}$/.test(text) ? text : null;
  } catch {
    return null;
  }
}

const NEWLINE = 0x0a;

/**
 * Bumped whenever the shape of an entry, the file layout or the meaning of parsed data changes
 * (3: sources are parsed with YAML 1.1; 4: the memoised zones, in a file of their own).
 */
export const CACHE_FORMAT = 4;

export interface CachedFile {
  readonly data: ParsedData;
  /**
   * For a generated file whose text is exactly what rendering its resource gives: the render key of
   * that resource (src/render/meshservice.ts), so that an unchanged MeshService need not be rendered.
   */
  readonly renderKey: string | null;
}

/**
 * A content-addressed cache, one pair of files per repository under the user cache directory:
 * `<key>.zones` holds the memoised plan of each zone (keyed by the digest of its inputs,
 * src/io/zone-memo.ts), `<key>.cache` the parsed files (keyed by path and git blob id). It can only
 * make a run faster, never change it: an unreadable, corrupt or foreign-version file, or a malformed
 * entry, is a miss. Writes are atomic (temporary file, then rename), so concurrent runs leave
 * complete files behind, and only the entries used by the run are kept.
 *
 * Each file is a header line (`{"format":4,"version":...}`) and one line per entry: the JSON string
 * of the key, a tab, and the entry as JSON. Entries stay JSON text until a run asks for them. The
 * zones file is read when the cache opens; the parsed files only when a zone is not memoised
 * (`loadFiles`), so a run whose zones are all unchanged reads one small file. Saving never builds a
 * file as one string, and a file the run did not load is left as it is.
 */
export class Cache {
  private readonly zones: Entries;
  private readonly files: Entries;
  private filesLoaded = false;

  private constructor(
    private readonly path: string | null,
    private readonly version: string,
  ) {
    this.zones = new Entries(path === null ? null : `${path}.zones`);
    this.files = new Entries(path === null ? null : `${path}.cache`);
  }

  /** A cache that stores nothing (`--no-cache`). */
  static disabled(): Cache {
    return new Cache(null, "");
  }

  /**
   * Opens the cache of one repository (`scope`: its path or its remote URL) under `cacheHome`
   * (XDG_CACHE_HOME, else ~/.cache), for this version of the tool, and reads its memoised zones.
   */
  static async open(scope: string, cacheHome: string): Promise<Cache> {
    const dir = join(cacheHome, "meshservice-reconciler");
    const version = (codeVersion ??= computeCodeVersion());
    const key = createHash("sha256").update(`${CACHE_FORMAT}\0${version}\0${scope}`).digest("hex").slice(0, 32);
    const cache = new Cache(join(dir, key), version);
    await cache.zones.read(cache.header());
    return cache;
  }

  get enabled(): boolean {
    return this.path !== null;
  }

  /** Reads the parsed files' entries, once; before getFile and setFile. */
  async loadFiles(): Promise<void> {
    if (this.filesLoaded) return;
    this.filesLoaded = true;
    await this.files.read(this.header());
  }

  // Entries hold the file's path (in diagnostics and resources), so they are keyed by path and
  // content: two files with the same bytes do not share one.
  getFile(path: string, blobId: string): CachedFile | undefined {
    const entry = this.files.get(`${path}\0${blobId}`);
    return isCachedFile(entry) ? entry : undefined;
  }

  /**
   * Stores a file's entry, given as the JSON text of a CachedFile (made by the parser worker; see
   * cacheEntryJson), or null when the entry cannot be cached.
   */
  setFile(path: string, blobId: string, entryJson: string | null): void {
    this.files.set(`${path}\0${blobId}`, entryJson);
  }

  /** Keeps a file's entry, unread, when it is there: the file belongs to a memoised zone. */
  keepFile(path: string, blobId: string): void {
    this.files.keep(`${path}\0${blobId}`);
  }

  /** The memoised zone of this digest, as parsed JSON (src/io/zone-memo.ts checks its shape). */
  getZone(digest: string): unknown {
    return this.zones.get(digest);
  }

  setZone(digest: string, entryJson: string | null): void {
    this.zones.set(digest, entryJson);
  }

  /** Writes the entries used by this run, when anything was added or dropped. Never throws. */
  async save(): Promise<void> {
    await this.zones.save(this.header());
    if (this.filesLoaded) await this.files.save(this.header());
  }

  private header(): string {
    return JSON.stringify({ format: CACHE_FORMAT, version: this.version });
  }
}

/** The entries of one cache file: key to JSON text. */
class Entries {
  /** Entries of the file as read: key to JSON text, parsed on first use. */
  private readonly stored = new Map<string, string>();
  /** Entries this run used or added, as JSON text: what `save` writes. */
  private readonly used = new Map<string, string>();
  private dirty = false;

  constructor(private readonly path: string | null) {}

  async read(header: string): Promise<void> {
    if (this.path === null) return;
    // Read as bytes and decoded line by line: a large repository's cache is more than the longest
    // string V8 can hold.
    const bytes = await readFile(this.path).catch(() => Buffer.alloc(0));
    let start = bytes.indexOf(NEWLINE);
    if (start < 0 || bytes.toString("utf8", 0, start) !== header) return; // missing, corrupt or another version
    while (start < bytes.length) {
      const next = bytes.indexOf(NEWLINE, start + 1);
      const end = next < 0 ? bytes.length : next;
      const line = bytes.toString("utf8", start + 1, end);
      start = end;
      const tab = line.indexOf("\t");
      if (tab <= 0) continue; // the empty last line, or a damaged one
      try {
        const k = JSON.parse(line.slice(0, tab)) as unknown;
        if (typeof k === "string") this.stored.set(k, line.slice(tab + 1));
      } catch {
        // a damaged key: that entry is a miss
      }
    }
  }

  /** The entry, parsed, marked as used; undefined when it is missing or not JSON. */
  get(key: string): unknown {
    const raw = this.stored.get(key);
    if (raw === undefined) return undefined;
    try {
      const entry = JSON.parse(raw) as unknown;
      this.used.set(key, raw);
      return entry;
    } catch {
      return undefined;
    }
  }

  set(key: string, entryJson: string | null): void {
    if (this.path === null || entryJson === null) return;
    this.used.set(key, entryJson);
    this.dirty = true;
  }

  keep(key: string): void {
    const raw = this.stored.get(key);
    if (raw !== undefined) this.used.set(key, raw);
  }

  async save(header: string): Promise<void> {
    if (this.path === null) return;
    if (!this.dirty && this.used.size === this.stored.size) return;
    const tmp = `${this.path}.${randomBytes(6).toString("hex")}.tmp`;
    try {
      await mkdir(join(this.path, ".."), { recursive: true });
      const out = await open(tmp, "w");
      try {
        // In pieces of about 4 MB: a large repository's cache never exists as one string.
        let chunk = `${header}\n`;
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
