import { createHash, randomBytes } from "node:crypto";
import { readFileSync } from "node:fs";
import { mkdir, readFile, rename, rm, writeFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { join } from "node:path";
import type { ParsedData } from "../parse/yaml.js";

// Entries made by other code are never used: the key holds the tool's version, the `yaml` library's
// version, and a hash of the modules whose output is cached (parsing, its diagnostics, the marker,
// rendering), so a
// changed build, even at the same version number, starts with an empty cache.
const CODE_VERSION = ((): string => {
  const own = new URL(import.meta.url);
  const ext = own.pathname.endsWith(".ts") ? ".ts" : ".js";
  const hash = createHash("sha256");
  const pkg = (path: string | URL): string => (JSON.parse(readFileSync(path, "utf8")) as { version: string }).version;
  hash.update(pkg(new URL("../../package.json", own)));
  // Resolved as Node resolves it: the package may be hoisted when the tool is installed.
  hash.update(pkg(createRequire(own).resolve("yaml/package.json")));
  for (const module of ["../parse/yaml", "../parse/marker", "../render/meshservice", "../diagnostics"]) {
    hash.update(readFileSync(new URL(`${module}${ext}`, own)));
  }
  return hash.digest("hex").slice(0, 16);
})();

/** Bumped whenever the shape of an entry or the meaning of parsed data changes. */
export const CACHE_FORMAT = 1;

export interface CachedFile {
  readonly data: ParsedData;
}

interface CacheFile {
  readonly format: number;
  readonly version: string;
  readonly files: Record<string, CachedFile>;
  readonly renders: Record<string, string>;
}

/**
 * A content-addressed cache of parsed files (by git blob id) and rendered MeshServices (by a hash
 * of the model), one JSON file per repository under the user cache directory. It can only make a
 * run faster, never change it: an unreadable, corrupt or foreign-version file, or a malformed entry,
 * is a miss. Writes are atomic (temporary file, then rename), so concurrent runs leave one complete
 * file behind, and only the entries used by the run are kept.
 */
export class Cache {
  private readonly files = new Map<string, CachedFile>();
  private readonly renders = new Map<string, string>();
  private readonly usedFiles = new Map<string, CachedFile>();
  private readonly usedRenders = new Map<string, string>();
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
    const version = CODE_VERSION;
    const key = createHash("sha256").update(`${CACHE_FORMAT}\0${version}\0${scope}`).digest("hex").slice(0, 32);
    const cache = new Cache(join(dir, `${key}.json`), version);
    try {
      const parsed = JSON.parse(await readFile(cache.path ?? "", "utf8")) as Partial<CacheFile>;
      if (parsed.format === CACHE_FORMAT && parsed.version === version) {
        for (const [k, v] of Object.entries(parsed.files ?? {})) cache.files.set(k, v);
        for (const [k, v] of Object.entries(parsed.renders ?? {})) cache.renders.set(k, v);
      }
    } catch {
      // missing or corrupt: start empty
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
    const hit = this.files.get(key);
    if (!hit || !isCachedFile(hit)) return undefined;
    this.usedFiles.set(key, hit);
    return hit;
  }

  setFile(path: string, blobId: string, entry: CachedFile): void {
    if (this.path === null) return;
    this.usedFiles.set(`${path}\0${blobId}`, entry);
    this.dirty = true;
  }

  getRender(key: string): string | undefined {
    const hit = this.renders.get(key);
    if (typeof hit !== "string") return undefined;
    this.usedRenders.set(key, hit);
    return hit;
  }

  setRender(key: string, text: string): void {
    if (this.path === null) return;
    this.usedRenders.set(key, text);
    this.dirty = true;
  }

  /** Writes the entries used by this run, when anything was added or dropped. Never throws. */
  async save(): Promise<void> {
    if (this.path === null) return;
    const shrunk = this.usedFiles.size !== this.files.size || this.usedRenders.size !== this.renders.size;
    if (!this.dirty && !shrunk) return;
    // JSON has no .inf or .nan: a file whose parse holds a non-finite number is not cached, so a
    // warm run can never see null where a cold run saw Infinity.
    let finite = true;
    const guard = (_key: string, value: unknown): unknown => {
      if (typeof value === "number" && !Number.isFinite(value)) finite = false;
      return value;
    };
    const files: string[] = [];
    for (const [key, entry] of this.usedFiles) {
      finite = true;
      const json = JSON.stringify(entry, guard);
      if (finite) files.push(`${JSON.stringify(key)}:${json}`);
    }
    const head = JSON.stringify({ format: CACHE_FORMAT, version: this.version }).slice(0, -1);
    const body = `${head},"files":{${files.join(",")}},"renders":${JSON.stringify(Object.fromEntries(this.usedRenders))}}`;
    const tmp = `${this.path}.${randomBytes(6).toString("hex")}.tmp`;
    try {
      await mkdir(join(this.path, ".."), { recursive: true });
      await writeFile(tmp, body);
      await rename(tmp, this.path);
    } catch {
      await rm(tmp, { force: true }).catch(() => undefined);
    }
  }
}

function isCachedFile(v: unknown): v is CachedFile {
  if (typeof v !== "object" || v === null) return false;
  const e = v as Partial<CachedFile>;
  return (
    typeof e.data === "object" &&
    e.data !== null &&
    Array.isArray(e.data.resources) &&
    Array.isArray(e.data.diagnostics) &&
    (e.data.marker === "none" || e.data.marker === "intact" || e.data.marker === "edited")
  );
}
