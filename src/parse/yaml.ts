import { LineCounter, isMap, isPair, isScalar, isSeq, parseAllDocuments } from "yaml";
import type { Document, Node } from "yaml";
import { diagnostic } from "../diagnostics.js";
import type { Diagnostic, Location } from "../diagnostics.js";

/** Files above this size are refused rather than parsed (documented in the README). */
export const MAX_FILE_BYTES = 8 * 1024 * 1024;
/** An alias may be expanded this many times per document: bounds "billion laughs" files. */
export const MAX_ALIAS_COUNT = 100;

export type PathSegment = string | number;

/**
 * One YAML document of a file, with what is needed to point back into the source. `base` is the
 * path of this resource inside the document: [] for a document, ["items", i] for a List item.
 */
export interface SourceResource {
  readonly file: string;
  readonly value: unknown;
  readonly base: readonly PathSegment[];
  readonly doc: Document.Parsed;
  readonly lines: LineCounter;
}

export interface ParsedFile {
  readonly file: string;
  readonly resources: readonly SourceResource[];
  readonly diagnostics: readonly Diagnostic[];
}

/**
 * Parses every document of a file. Syntax errors of every document are reported (not only the
 * first); a document with an error contributes no resource. Empty documents are ignored; `kind: List`
 * documents are expanded into their items.
 */
export function parseYamlFile(file: string, bytes: Uint8Array): ParsedFile {
  const diagnostics: Diagnostic[] = [];
  const at0: Location = { file, line: 1, column: 1 };
  if (bytes.byteLength > MAX_FILE_BYTES) {
    return {
      file,
      resources: [],
      diagnostics: [
        diagnostic(
          "error",
          "file-too-large",
          `file is ${bytes.byteLength} bytes, above the limit of ${MAX_FILE_BYTES} bytes`,
          at0,
        ),
      ],
    };
  }
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    return {
      file,
      resources: [],
      diagnostics: [diagnostic("error", "not-utf8", "file is not UTF-8 text", at0)],
    };
  }
  const lines = new LineCounter();
  const docs = parseAllDocuments(text, { lineCounter: lines, uniqueKeys: true, prettyErrors: false });
  // parseAllDocuments returns an EmptyStream (no documents) for an empty or comment-only file.
  const list = Array.isArray(docs) ? docs : [];
  const resources: SourceResource[] = [];
  for (const doc of list) {
    if (doc.errors.length > 0) {
      for (const e of doc.errors) {
        const pos = lines.linePos(e.pos[0]);
        diagnostics.push(
          diagnostic("error", yamlCode(e.code), firstLine(e.message), {
            file,
            line: pos.line,
            column: pos.col,
          }),
        );
      }
      continue;
    }
    if (doc.contents === null) continue;
    let value: unknown;
    try {
      value = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
    } catch (e) {
      const pos = lines.linePos(doc.contents.range[0]);
      diagnostics.push(
        diagnostic("error", "yaml-alias-limit", `document expands too many aliases: ${(e as Error).message}`, {
          file,
          line: pos.line,
          column: pos.col,
        }),
      );
      continue;
    }
    if (value === null || value === undefined) continue;
    if (isObject(value) && value["kind"] === "List" && Array.isArray(value["items"])) {
      value["items"].forEach((item: unknown, i: number) => {
        if (item !== null && item !== undefined) resources.push({ file, value: item, base: ["items", i], doc, lines });
      });
      continue;
    }
    resources.push({ file, value, base: [], doc, lines });
  }
  return { file, resources, diagnostics };
}

function yamlCode(code: string): string {
  return code === "DUPLICATE_KEY" ? "yaml-duplicate-key" : "yaml-syntax";
}

function firstLine(message: string): string {
  return message.split("\n")[0] ?? message;
}

export function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/**
 * The source position of `path` inside a resource: of the key when `key` is set (an unknown or
 * misplaced key), else of the value. A path that does not exist resolves to its nearest existing
 * parent, which is where a missing key belongs.
 */
export function locate(res: SourceResource, path: readonly PathSegment[] = [], key = false): Location {
  const full = [...res.base, ...path];
  let node: unknown = res.doc.contents;
  let offset = (res.doc.contents as Node | null)?.range?.[0] ?? 0;
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
  const pos = res.lines.linePos(offset);
  return { file: res.file, line: pos.line, column: pos.col };
}

/** The value when it is a string, else the fallback: for reading optional fields of unvalidated objects. */
export function str(value: unknown, fallback: string): string {
  return typeof value === "string" ? value : fallback;
}
