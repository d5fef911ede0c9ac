import { LineCounter, isMap, isPair, isScalar, isSeq, parseAllDocuments } from "yaml";
import type { Document, Node } from "yaml";
import { diagnostic } from "../diagnostics.js";
import type { Diagnostic, Location } from "../diagnostics.js";
import { isObject } from "../model/values.js";
import { readMarker } from "./marker.js";
import type { MarkerState } from "./marker.js";

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
export function parseYamlFile(file: string, bytes: Uint8Array): ParsedFile {
  const text = bytes.byteLength > MAX_FILE_BYTES ? null : decodeUtf8(bytes);
  return withSource({ file, text: text ?? "" }, parseYamlData(file, bytes.byteLength, text));
}

/** The pure parse behind parseYamlFile, returning plain data (see ParsedData). */
export function parseYamlData(file: string, byteLength: number, text: string | null): ParsedData {
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
  const diagnostics: Diagnostic[] = [];
  const lines = new LineCounter();
  const docs = parseDocuments(text, lines);
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

function parseDocuments(text: string, lines: LineCounter): Document.Parsed[] {
  const docs = parseAllDocuments(text, { lineCounter: lines, uniqueKeys: true, prettyErrors: false });
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
    ast = { docs: parseDocuments(source.text, lines), lines };
    asts.set(source, ast);
  }
  return ast;
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
  return {
    file: res.file,
    get line() {
      return resolve().line;
    },
    get column() {
      return resolve().col;
    },
  };
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
      const pair = node.items.find((p) => isPair(p) && isScalar(p.key) && String(p.key.value) === String(seg));
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
