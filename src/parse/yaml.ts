import { LineCounter, isAlias, isMap, isPair, isScalar, isSeq, parseAllDocuments } from "yaml";
import type { Document, Node, YAMLMap } from "yaml";
import { diagnostic } from "../diagnostics.js";
import type { Diagnostic, Location } from "../diagnostics.js";
import { isObject } from "../model/values.js";
import { fastParseSource } from "./fast-yaml.js";
import { readMarker } from "./marker.js";
import type { MarkerState } from "./marker.js";
import { parseOptions } from "./yaml-rules.js";
import type { YamlVersion } from "./yaml-rules.js";

export { goYamlNumber } from "./yaml-rules.js";
export type { YamlVersion } from "./yaml-rules.js";

/** Files above this size are refused rather than parsed (documented in the README). */
export const MAX_FILE_BYTES = 8 * 1024 * 1024;
/** An alias may be expanded this many times per document: bounds "billion laughs" files. */
export const MAX_ALIAS_COUNT = 100;

export type PathSegment = string | number;

/**
 * The text of a source file. Positions inside it are found lazily: the file is parsed again into
 * a YAML AST only when a diagnostic needs a line and column, so that parsing can happen in worker
 * threads that return plain values, and a large repository keeps no AST in memory. For a file
 * that came from the cache, `text` is read from the repository when first asked for.
 */
export interface FileText {
  readonly file: string;
  readonly text: string;
  /** The YAML rules the file was parsed with (absent: 1.1, a source file); positions use the same. */
  readonly yamlVersion?: YamlVersion;
}

/**
 * One resource of a file: a YAML document, or an item of a `kind: List` document. `base` is its
 * path inside the document ([] or ["items", i]); `line`/`column` its start.
 */
export interface SourceResource {
  readonly file: string;
  readonly value: unknown;
  readonly docIndex: number;
  readonly base: readonly PathSegment[];
  readonly line: number;
  readonly column: number;
  readonly source: FileText;
}

/** A resource as a parser worker returns it: plain data, without the shared file text. */
export type ParsedResource = Omit<SourceResource, "source">;

export interface ParsedFile {
  readonly file: string;
  readonly resources: readonly SourceResource[];
  readonly diagnostics: readonly Diagnostic[];
  /** Whether the file starts with our generated-file marker, and whether it still matches. */
  readonly marker: MarkerState;
  readonly source: FileText;
}

/** The plain-data result of parsing one file, as it crosses a worker boundary or sits in the cache. */
export interface ParsedData {
  readonly resources: readonly ParsedResource[];
  readonly diagnostics: readonly Diagnostic[];
  readonly marker: MarkerState;
}

/** Attaches the file text to plain parse results, giving the resources their lazy positions. */
export function withSource(source: FileText, data: ParsedData): ParsedFile {
  return {
    file: source.file,
    resources: data.resources.map((r) => ({ ...r, source })),
    diagnostics: data.diagnostics,
    marker: data.marker,
    source,
  };
}

/**
 * Decodes bytes as UTF-8, or null when they are not UTF-8 text. A NUL byte is valid UTF-8 but never
 * text: YAML forbids it, and UTF-16 without a byte-order mark decodes to ASCII letters between NULs,
 * which the YAML parser would read as one long scalar and the file would be silently dropped.
 */
export function decodeUtf8(bytes: Uint8Array): string | null {
  try {
    const text = new TextDecoder("utf-8", { fatal: true, ignoreBOM: false }).decode(bytes);
    return text.includes("\u0000") ? null : text;
  } catch {
    return null;
  }
}

/**
 * Parses every document of a file. Syntax errors of every document are reported (not only the
 * first); a document with an error contributes no resource. Empty documents are ignored; `kind: List`
 * documents are expanded into their items.
 */
export function parseYamlFile(file: string, bytes: Uint8Array, version: YamlVersion = "1.1"): ParsedFile {
  const text = bytes.byteLength > MAX_FILE_BYTES ? null : decodeUtf8(bytes);
  const source: FileText =
    version === "1.1" ? { file, text: text ?? "" } : { file, text: text ?? "", yamlVersion: version };
  return withSource(source, parseYamlData(file, bytes.byteLength, text, version));
}

/** The pure parse behind parseYamlFile, returning plain data (see ParsedData). Sources are YAML 1.1. */
export function parseYamlData(
  file: string,
  byteLength: number,
  text: string | null,
  version: YamlVersion = "1.1",
): ParsedData {
  const at0: Location = { file, line: 1, column: 1 };
  if (byteLength > MAX_FILE_BYTES) {
    return {
      resources: [],
      marker: "none",
      diagnostics: [
        diagnostic(
          "error",
          "file-too-large",
          `file is ${byteLength} bytes, above the limit of ${MAX_FILE_BYTES} bytes`,
          at0,
        ),
      ],
    };
  }
  if (text === null) {
    return {
      resources: [],
      marker: "none",
      diagnostics: [diagnostic("error", "not-utf8", "file is not UTF-8 text", at0)],
    };
  }
  return (version === "1.1" ? fastParseSource(file, text) : null) ?? parseWithYaml(file, text, version);
}

/**
 * Reads a file with the `yaml` library: the reference reading, which reports every syntax error with
 * its position. Sources outside the fast path's subset (src/parse/fast-yaml.ts) and the config
 * file are read this way only.
 */
export function parseWithYaml(file: string, text: string, version: YamlVersion): ParsedData {
  const diagnostics: Diagnostic[] = [];
  const lines = new LineCounter();
  const docs = parseDocuments(text, lines, version);
  const resources: ParsedResource[] = [];
  docs.forEach((doc, docIndex) => {
    if (doc.errors.length > 0) {
      for (const e of doc.errors) {
        const pos = lines.linePos(e.pos[0]);
        diagnostics.push(
          diagnostic("error", yamlCode(e.code), firstLine(e.message), { file, line: pos.line, column: pos.col }),
        );
      }
      return;
    }
    if (doc.contents === null) return;
    const start = lines.linePos(doc.contents.range[0]);
    let value: unknown;
    try {
      value = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
    } catch (e) {
      diagnostics.push(
        diagnostic("error", "yaml-alias-limit", `document expands too many aliases: ${(e as Error).message}`, {
          file,
          line: start.line,
          column: start.col,
        }),
      );
      return;
    }
    if (value === null || value === undefined) return;
    if (isObject(value) && value["kind"] === "List" && Array.isArray(value["items"])) {
      const items = isMap(doc.contents) ? doc.contents.get("items", true) : undefined;
      value["items"].forEach((item: unknown, i: number) => {
        if (item === null || item === undefined) return;
        const node = isSeq(items) ? (items.items[i] as Node | undefined) : undefined;
        const pos = node?.range ? lines.linePos(node.range[0]) : start;
        resources.push({ file, value: item, docIndex, base: ["items", i], line: pos.line, column: pos.col });
      });
      return;
    }
    resources.push({ file, value, docIndex, base: [], line: start.line, column: start.col });
  });
  return { resources, diagnostics, marker: readMarker(text) };
}

function parseDocuments(text: string, lines: LineCounter, version: YamlVersion): Document.Parsed[] {
  const docs = parseAllDocuments(text, { lineCounter: lines, ...parseOptions(version) });
  // parseAllDocuments returns an EmptyStream (no documents) for an empty or comment-only file.
  return Array.isArray(docs) ? docs : [];
}

function yamlCode(code: string): string {
  return code === "DUPLICATE_KEY" ? "yaml-duplicate-key" : "yaml-syntax";
}

// yaml's messages quote the source (an alias name, a tag): keep the first line, and at most 160
// characters of it.
function firstLine(message: string): string {
  const line = message.split("\n")[0] ?? message;
  return line.length > 160 ? `${line.slice(0, 157)}...` : line;
}

// Re-parsed ASTs of the files whose positions were asked for, per file text (memoised, pure).
const asts = new WeakMap<FileText, { docs: Document.Parsed[]; lines: LineCounter }>();

function astOf(source: FileText): { docs: Document.Parsed[]; lines: LineCounter } {
  let ast = asts.get(source);
  if (!ast) {
    const lines = new LineCounter();
    ast = { docs: parseDocuments(source.text, lines, source.yamlVersion ?? "1.1"), lines };
    asts.set(source, ast);
  }
  return ast;
}

/**
 * The YAML node at `path` inside a resource (plain keys and indexes, no merge keys), from the same
 * memoised AST as positions; undefined when the path does not lead to a node. For edits that splice
 * text into the file at the node's source range (plan/migrate.ts).
 */
export function nodeAt(res: SourceResource, path: readonly PathSegment[]): Node | undefined {
  const doc = astOf(res.source).docs[res.docIndex];
  let node: unknown = doc?.contents;
  for (const seg of [...res.base, ...path]) {
    if (isMap(node)) {
      const pair = node.items.find((p) => isPair(p) && isScalar(p.key) && String(p.key.value) === String(seg));
      node = pair?.value;
    } else if (isSeq(node) && typeof seg === "number") {
      node = node.items[seg];
    } else {
      return undefined;
    }
  }
  return (node ?? undefined) as Node | undefined;
}

/**
 * The source position of `path` inside a resource: of the key when `key` is set (an unknown or
 * misplaced key), else of the value. A path that does not exist resolves to its nearest existing
 * parent, which is where a missing key belongs. The position is computed when first read, so a
 * location that no diagnostic uses costs nothing.
 */
export function locate(res: SourceResource, path: readonly PathSegment[] = [], key = false): Location {
  if (path.length === 0) return { file: res.file, line: res.line, column: res.column };
  let pos: { line: number; col: number } | undefined;
  const resolve = (): { line: number; col: number } => (pos ??= positionOf(res, path, key));
  const loc: Location = {
    file: res.file,
    get line() {
      return resolve().line;
    },
    get column() {
      return resolve().col;
    },
  };
  const { docIndex, base, line, column } = res;
  pendings.set(loc, () => (pos === undefined ? { docIndex, base, line, column, path, key } : null));
  return loc;
}

/**
 * A position not computed yet, as data: where in which document of the file it is. A lazy location
 * that is stored (a memoised zone's provenance, src/io/zone-memo.ts) keeps this instead of its line
 * and column, which would cost a parse of the file for every location, wanted or not.
 */
export interface PendingLocation {
  readonly docIndex: number;
  readonly base: readonly PathSegment[];
  /** The resource's own position, where the path starts. */
  readonly line: number;
  readonly column: number;
  readonly path: readonly PathSegment[];
  readonly key: boolean;
}

// The lazy locations of locate (and the objects that carry one, linkPending), with their pending position.
const pendings = new WeakMap<object, () => PendingLocation | null>();

/** Records that `carrier`'s line and column are those of the lazy location `loc` (see pendingOf). */
export function linkPending(carrier: object, loc: Location): void {
  const pending = pendings.get(loc);
  if (pending) pendings.set(carrier, pending);
}

/** The pending position of a lazy location (or of an object linked to one); null once it was computed. */
export function pendingOf(loc: object): PendingLocation | null {
  return pendings.get(loc)?.() ?? null;
}

/** The lazy location of a pending position in `source`, the file's text (read when first needed). */
export function locatePending(source: FileText, pending: PendingLocation): Location {
  const res: SourceResource = {
    file: source.file,
    value: undefined,
    docIndex: pending.docIndex,
    base: pending.base,
    line: pending.line,
    column: pending.column,
    source,
  };
  return locate(res, pending.path, pending.key);
}

type MapPair = YAMLMap<unknown, unknown>["items"][number];

/**
 * The pair of `key` in a map, or in the maps its `<<` merge keys bring in (YAML 1.1): an explicit key
 * wins, then the merged maps in order, as the merge resolves them. A merged value's position is where
 * the anchor defines it.
 */
function findPair(
  map: YAMLMap<unknown, unknown>,
  key: string,
  doc: Document.Parsed,
  depth: number,
): MapPair | undefined {
  const own = map.items.find((p) => isPair(p) && isScalar(p.key) && String(p.key.value) === key);
  if (own || depth > MAX_ALIAS_COUNT) return own;
  for (const p of map.items) {
    // The yaml-1.1 schema resolves a plain `<<` key to Symbol("<<").
    const k = isScalar(p.key) ? p.key.value : undefined;
    if (!(k === "<<" || (typeof k === "symbol" && k.description === "<<"))) continue;
    const sources = isSeq(p.value) ? p.value.items : [p.value];
    for (const src of sources) {
      const target = isAlias(src) ? src.resolve(doc) : src;
      if (!isMap(target)) continue;
      const found = findPair(target, key, doc, depth + 1);
      if (found) return found;
    }
  }
  return undefined;
}

function positionOf(res: SourceResource, path: readonly PathSegment[], key: boolean): { line: number; col: number } {
  const { docs, lines } = astOf(res.source);
  const doc = docs[res.docIndex];
  if (!doc) return { line: res.line, col: res.column };
  const full = [...res.base, ...path];
  let node: unknown = doc.contents;
  let offset = (doc.contents as Node | null)?.range?.[0] ?? 0;
  for (let i = 0; i < full.length; i++) {
    const seg = full[i];
    const last = i === full.length - 1;
    if (isMap(node)) {
      const pair = findPair(node, String(seg), doc, 0);
      if (!pair) break;
      const keyNode = pair.key as Node;
      if (last && key) {
        offset = keyNode.range?.[0] ?? offset;
        break;
      }
      const valueNode = pair.value as Node | null;
      offset = valueNode?.range?.[0] ?? keyNode.range?.[0] ?? offset;
      node = valueNode;
    } else if (isSeq(node) && typeof seg === "number") {
      const item = node.items[seg] as Node | undefined;
      if (!item) break;
      offset = item.range?.[0] ?? offset;
      node = item;
    } else {
      break;
    }
  }
  return lines.linePos(offset);
}
