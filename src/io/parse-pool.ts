import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { IoError } from "../errors.js";
import { withSource } from "../parse/yaml.js";
import type { FileText, ParsedFile } from "../parse/yaml.js";
import type { ReadStats } from "../report/report.js";
import type { Cache, CachedFile } from "./cache.js";
import { readIndexBlobIds } from "./git-index.js";
import { readAndParse } from "./parse-worker.js";
import type { ReadResult, ReadTask, WireResult } from "./parse-worker.js";

/** Below this many files a worker pool costs more (thread start-up) than it saves. */
export const POOL_THRESHOLD = 2000;
const CHUNK = 250;

// The compiled worker next to this file. Under the test runner (TypeScript sources) it does not
// exist and files are parsed in the main thread; the built CLI always has it.
const WORKER = new URL("./parse-worker.js", import.meta.url);

/**
 * Reads and parses files, in `jobs` worker threads when there are enough of them, else in this
 * thread. Results come back in the order of `files`, whatever order the workers finish in.
 */
export async function readAndParseFiles(
  repoDir: string,
  files: readonly string[],
  jobs: number,
  cacheEntries: boolean,
): Promise<{ results: ReadResult[]; workers: number }> {
  const workerPath = fileURLToPath(WORKER);
  if (jobs <= 1 || files.length < POOL_THRESHOLD || !existsSync(workerPath)) {
    return { results: inThread({ repoDir, files, keepText: true, cacheEntries }), workers: 0 };
  }
  // Loaded only for a pool: a small repository is parsed in this thread, and starts faster without it.
  const { Piscina } = await import("piscina");
  const pool = new Piscina({ filename: WORKER.href, minThreads: jobs, maxThreads: jobs, idleTimeout: 100 });
  try {
    const chunks: string[][] = [];
    for (let i = 0; i < files.length; i += CHUNK) chunks.push(files.slice(i, i + CHUNK));
    const results = await Promise.all(
      chunks.map((c) => pool.run({ repoDir, files: c, keepText: false, cacheEntries }) as Promise<WireResult[]>),
    );
    return { results: results.flat().map(fromWire), workers: jobs };
  } catch (cause) {
    throw new IoError("read files", `cannot read the repository: ${(cause as Error).message}`, { cause });
  } finally {
    await pool.destroy();
  }
}

/** A worker's result back to plain data: most arrive as their cache entry's JSON (readAndParseForPool). */
function fromWire(r: WireResult): ReadResult {
  if (r.data !== null) return { ...r, data: r.data };
  const { data, renderKey } = JSON.parse(r.entry ?? "") as CachedFile;
  return { ...r, data, renderKey };
}

/**
 * Reads and parses the files, taking every file whose content git already knows (`ids`, from
 * readBlobIds: same blob id in the index and the work tree) from the cache when it is there, and
 * storing what it parsed.
 */
export async function readAndParseCached(
  repoDir: string,
  files: readonly string[],
  jobs: number,
  cache: Cache,
  ids: ReadonlyMap<string, string> | null,
): Promise<{ results: ReadResult[]; stats: ReadStats }> {
  if (files.length > 0) await cache.loadFiles();
  const hits = new Map<string, ReadResult>();
  const misses: string[] = [];
  for (const file of files) {
    const blobId = ids?.get(file);
    const hit = blobId === undefined ? undefined : cache.getFile(file, blobId);
    if (hit && blobId !== undefined) hits.set(file, { file, blobId, text: null, ...hit, entry: null });
    else misses.push(file);
  }
  const { results: fresh, workers } = await readAndParseFiles(repoDir, misses, jobs, cache.enabled);
  for (const r of fresh) {
    const blobId = ids?.get(r.file) ?? r.blobId;
    cache.setFile(r.file, blobId, r.entry);
    hits.set(r.file, { ...r, blobId, entry: null });
  }
  return {
    results: files.map((f) => hits.get(f) as ReadResult),
    stats: { files: files.length, cached: files.length - misses.length, parsed: misses.length, workers },
  };
}

/**
 * The git blob ids of the repository's files: what git stores for a file, not its bytes on disk. In
 * a checkout that converts line endings (`eol=crlf`, `core.autocrlf=true`) a file git holds as
 * unmodified has CRLF on disk and LF in its blob, and the blob is what a commit would hold. The
 * work-tree bytes count only for a file git does not know or sees modified (no id here).
 */
export async function readBlobIds(repoDir: string): Promise<Map<string, string> | null> {
  return await readIndexBlobIds(repoDir);
}

/** The read files as reconcile takes them (src/plan/reconcile.ts, ReconcileInput). */
export interface ReadFiles {
  readonly parsed: Map<string, ParsedFile>;
  readonly blobIds: Map<string, string>;
  readonly renderKeys: Map<string, string>;
}

/** Indexes read results by path, giving each parsed file its (lazily read) text. */
export function indexReadResults(repoDir: string, results: readonly ReadResult[]): ReadFiles {
  const files: ReadFiles = { parsed: new Map(), blobIds: new Map(), renderKeys: new Map() };
  for (const r of results) {
    files.parsed.set(r.file, withSource(fileText(repoDir, r), r.data));
    files.blobIds.set(r.file, r.blobId);
    if (r.renderKey !== null) files.renderKeys.set(r.file, r.renderKey);
  }
  return files;
}

/**
 * Reads and parses one file in this thread, by the same path as every other file: the config file,
 * which is read as YAML 1.2 (sources are YAML 1.1, src/parse/yaml.ts YamlVersion).
 */
export function readParsedFile(repoDir: string, file: string): ParsedFile {
  const [r] = inThread({ repoDir, files: [file], keepText: true, cacheEntries: false, yamlVersion: "1.2" });
  if (r === undefined) throw new IoError("read files", `cannot read ${file}`);
  return withSource({ ...fileText(repoDir, r), yamlVersion: "1.2" }, r.data);
}

/**
 * The text of a read file for lazy positions and diffs; for a cache hit or a file parsed in a worker
 * it is read from the repository only when first asked for (a diagnostic or a diff in that file).
 */
export function fileText(repoDir: string, r: ReadResult): FileText {
  return r.text !== null ? { file: r.file, text: r.text } : lazyFileText(repoDir, r.file);
}

/** A repository file's text, read when first asked for (and then kept). */
export function lazyFileText(repoDir: string, file: string): FileText {
  let text: string | undefined;
  return {
    file,
    get text(): string {
      text ??= readFileSync(join(repoDir, file), "utf8");
      return text;
    },
  };
}

function inThread(task: ReadTask): ReadResult[] {
  try {
    return readAndParse(task);
  } catch (cause) {
    throw new IoError("read files", `cannot read the repository: ${(cause as Error).message}`, { cause });
  }
}
