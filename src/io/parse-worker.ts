import { readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { MAX_FILE_BYTES, decodeUtf8, parseYamlData } from "../parse/yaml.js";
import type { ParsedData, YamlVersion } from "../parse/yaml.js";
import { gitBlobId } from "../plan/blob-id.js";
import { canonicalRenderKey } from "../render/meshservice.js";
import { cacheEntryJson } from "./cache.js";

export interface ReadTask {
  readonly repoDir: string;
  readonly files: readonly string[];
  /**
   * Return each file's text. Worker threads do not: copying every text back to the main thread
   * and keeping it there costs more than reading the rare file whose positions a diagnostic needs.
   */
  readonly keepText: boolean;
  /** Make each file's cache entry (JSON text): only when the run has a cache. */
  readonly cacheEntries: boolean;
  /** The YAML rules (default 1.1, the sources'; the config file is read as 1.2, never cached). */
  readonly yamlVersion?: YamlVersion;
}

/** One file read and parsed: plain data, cheap to send back from a worker thread. */
export interface ReadResult {
  readonly file: string;
  readonly blobId: string;
  /** The file's text ("" when it is too large or not UTF-8); null when not kept (read lazily). */
  readonly text: string | null;
  readonly data: ParsedData;
  /** See CachedFile.renderKey: set for a generated file that is exactly the rendering of its resource. */
  readonly renderKey: string | null;
  /** The file's cache entry as JSON (made here, in parallel, rather than when the cache is saved). */
  readonly entry: string | null;
}

/**
 * Reads and parses files. Runs inside a worker thread of the parse pool (src/io/parse-pool.ts)
 * and, for small repositories, in the main thread. Synchronous reads: in a worker they block no one,
 * and they avoid four thread-pool round trips per small file. A generated file is also rendered
 * again from its parsed resource, here in parallel, so that the main thread need not render the
 * MeshServices that did not change.
 */
export function readAndParse(task: ReadTask): ReadResult[] {
  return task.files.map((file) => {
    // A file above the limit is not read at all: it is refused anyway, and above 2 GiB Node cannot
    // read it into one buffer (ERR_FS_FILE_TOO_LARGE, whose message names no file). Its blob id is
    // unknown ("") and it is never cached.
    const size = statSync(join(task.repoDir, file)).size;
    if (size > MAX_FILE_BYTES) {
      const data = parseYamlData(file, size, null);
      return { file, blobId: "", text: task.keepText ? "" : null, data, renderKey: null, entry: null };
    }
    const bytes = readFileSync(join(task.repoDir, file));
    const text = bytes.byteLength > MAX_FILE_BYTES ? null : decodeUtf8(bytes);
    const data = parseYamlData(file, bytes.byteLength, text, task.yamlVersion ?? "1.1");
    const only = data.resources.length === 1 && data.diagnostics.length === 0 ? data.resources[0] : undefined;
    // Decoding drops a byte-order mark: only a text that is the file's exact bytes can match a rendering.
    const renderKey =
      data.marker === "intact" &&
      only?.base.length === 0 &&
      text !== null &&
      Buffer.byteLength(text, "utf8") === bytes.byteLength
        ? canonicalRenderKey(only.value, text)
        : null;
    return {
      file,
      blobId: gitBlobId(bytes),
      text: task.keepText ? (text ?? "") : null,
      data,
      renderKey,
      entry: task.cacheEntries ? cacheEntryJson({ data, renderKey }) : null,
    };
  });
}

/** The worker's entry point: sends each parsed file once, as its cache entry's JSON when there is one. */
export default function readAndParseForPool(task: ReadTask): WireResult[] {
  return readAndParse(task).map((r) => (r.entry === null ? r : { ...r, data: null, renderKey: null }));
}

export type WireResult = Omit<ReadResult, "data"> & { readonly data: ParsedData | null };
