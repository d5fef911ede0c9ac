import { Document } from "yaml";
import type { CreateNodeOptions, DocumentOptions, SchemaOptions, ToStringOptions } from "yaml";

/**
 * The options every generated file is rendered with (`yaml`'s stringify): YAML 1.2 output that a
 * YAML 1.1 reader (kubectl, kumactl) reads the same, two-space indentation, lists not indented
 * under their key, no line folding, no anchors for objects that occur twice.
 */
export const RENDER_OPTIONS = {
  compat: "yaml-1.1",
  indent: 2,
  indentSeq: false,
  lineWidth: 0,
  minContentWidth: 0,
  aliasDuplicateObjects: false,
} as const satisfies DocumentOptions & SchemaOptions & CreateNodeOptions & ToStringOptions;

// The tags whose `test` stringify checks before it writes a string plain (yaml
// dist/stringify/stringifyString.js, plainString): a string that one of them would resolve to
// another type (`true`, `on`, `~`, `0x1f`, `1_000`, `12:30`, `2001-12-14`, `<<`, ...) is quoted.
// They are taken from a Document built with RENDER_OPTIONS, so they are the very tags and regexes
// stringify uses: the core schema's and the yaml-1.1 compat schema's.
//
// One alternation of them answers as stringify's `some` does, several times faster, when none has
// flags (a global or sticky one keeps state between calls, `i` or `m` would change the meaning of
// the others) and none refers to a group by number (the alternation renumbers the groups). When
// they cannot be joined (another version of yaml), it is null and every string is left to stringify.
const LOOKALIKE: RegExp | null = (() => {
  const schema = new Document(null, RENDER_OPTIONS).schema;
  const tests: RegExp[] = [];
  for (const tag of [...schema.tags, ...(schema.compat ?? [])]) {
    if (!tag.default || tag.tag === "tag:yaml.org,2002:str" || !("test" in tag) || tag.test === undefined) continue;
    tests.push(tag.test);
  }
  if (!tests.every((re) => re.flags === "" && !/\\[1-9]|\\k<|\(\?</.test(re.source))) return null;
  return new RegExp(tests.map((re) => `(?:${re.source})`).join("|"));
})();

// The characters a string may hold for this emitter: printable ASCII. No control character (which
// stringify double-quotes with escapes), no tab or newline (block scalars, folding), no non-ASCII
// (no escapes, no U+2028 or bidi questions).
const SAFE_CHARS = /^[\x20-\x7e]*$/;

// stringify's own test for a string that may not be plain (plainString, verbatim): an indicator
// first, `-`/`?` alone or before a space, `: ` or ` #` inside, a space or `:` last.
const NOT_PLAIN = /^[\n\t ,[\]{}#&*!|>'"%@`]|^[?-]$|^[?-][ \t]|[\n:][ \t]|[ \t]\n|[\n\t ]#|[\n\t :]$/;

// A document marker at the start: stringify writes such a string as a block scalar or quotes it
// depending on where it stands; left to stringify.
const DOCUMENT_MARKER = /^(?:---|\.\.\.)/;

// stringify writes a key longer than this as an explicit `? key` (stringifyPair).
const MAX_IMPLICIT_KEY = 1024;

// Deeper than this is left to stringify (and a cycle with it).
const MAX_DEPTH = 64;

const memo = new Map<string, string | null>();
const MEMO_LIMIT = 50_000;

/**
 * The bytes `stringify(resource, RENDER_OPTIONS)` gives, computed directly, or null when the value
 * is outside the domain this emitter is proven for: then the caller must use stringify. The domain:
 * plain objects, also without prototype (their own keys in insertion order, as stringify takes
 * them), arrays, null, booleans, finite numbers, and strings of printable ASCII (see SAFE_CHARS) not
 * starting with `---` or `...`; keys are such strings of at most 1024 characters when written. A
 * string is written as stringify writes it: plain unless NOT_PLAIN or a tag lookalike says
 * otherwise, and then in single quotes when it holds `"` but no `'`, else in double quotes as JSON
 * writes it (for printable ASCII, the YAML double-quoted form is the JSON one).
 * test/render/fast-yaml.property.test.ts holds it equal to stringify on arbitrary values inside and
 * outside the domain.
 */
export function renderYamlFast(resource: Record<string, unknown>): string | null {
  if (!isPlainObject(resource)) return null;
  const keys = Object.keys(resource);
  if (keys.length === 0) return "{}\n";
  const body = mapBody(resource, keys, "", 0);
  return body === null ? null : `${body}\n`;
}

// A map with no prototype is a map to stringify too (yaml's createNode: neither a Map nor iterable).
function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== "object" || value === null) return false;
  const proto = Object.getPrototypeOf(value) as unknown;
  return proto === Object.prototype || proto === null;
}

function isPlainArray(value: unknown): value is unknown[] {
  return Array.isArray(value) && Object.getPrototypeOf(value) === Array.prototype;
}

/** The entries of a non-empty map, the first without indentation (the caller places it). */
function mapBody(map: Record<string, unknown>, keys: string[], indent: string, depth: number): string | null {
  if (depth > MAX_DEPTH) return null;
  let out = "";
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i] as string;
    const k = scalarString(key);
    if (k === null || k.length > MAX_IMPLICIT_KEY) return null;
    const v = valueAfterKey(map[key], indent, depth);
    if (v === null) return null;
    out += i === 0 ? `${k}:${v}` : `\n${indent}${k}:${v}`;
  }
  return out;
}

/** What follows `key:`: ` scalar`, ` {}`, ` []`, or the nested collection on the next lines. */
function valueAfterKey(value: unknown, indent: string, depth: number): string | null {
  if (isPlainArray(value)) {
    if (value.length === 0) return " []";
    // indentSeq: false, the dashes of a list stand at the indentation of its key.
    const s = seqBody(value, indent, depth + 1);
    return s === null ? null : `\n${indent}${s}`;
  }
  if (isPlainObject(value)) {
    const keys = Object.keys(value);
    if (keys.length === 0) return " {}";
    const inner = `${indent}  `;
    const s = mapBody(value, keys, inner, depth + 1);
    return s === null ? null : `\n${inner}${s}`;
  }
  const s = scalar(value);
  return s === null ? null : ` ${s}`;
}

/** The items of a non-empty list, the first without indentation. */
function seqBody(seq: unknown[], indent: string, depth: number): string | null {
  if (depth > MAX_DEPTH) return null;
  const inner = `${indent}  `;
  let out = "";
  for (let i = 0; i < seq.length; i++) {
    const item = itemAfterDash(seq[i], inner, depth);
    if (item === null) return null;
    out += i === 0 ? `- ${item}` : `\n${indent}- ${item}`;
  }
  return out;
}

/** What follows `- `: a scalar, `{}`, `[]`, or a collection whose first line shares the dash's. */
function itemAfterDash(value: unknown, indent: string, depth: number): string | null {
  if (isPlainArray(value)) return value.length === 0 ? "[]" : seqBody(value, indent, depth + 1);
  if (isPlainObject(value)) {
    const keys = Object.keys(value);
    return keys.length === 0 ? "{}" : mapBody(value, keys, indent, depth + 1);
  }
  return scalar(value);
}

function scalar(value: unknown): string | null {
  switch (typeof value) {
    case "string":
      return scalarString(value);
    case "boolean":
      return value ? "true" : "false";
    case "number":
      // yaml's stringifyNumber for a finite number without a format: `-0`, else its JSON.
      if (!Number.isFinite(value)) return null;
      return Object.is(value, -0) ? "-0" : JSON.stringify(value);
    case "object":
      return value === null ? "null" : null;
    default:
      return null;
  }
}

function scalarString(value: string): string | null {
  const known = memo.get(value);
  if (known !== undefined) return known;
  const written = writeString(value);
  if (memo.size >= MEMO_LIMIT) memo.clear();
  memo.set(value, written);
  return written;
}

function writeString(value: string): string | null {
  if (LOOKALIKE === null || !SAFE_CHARS.test(value) || DOCUMENT_MARKER.test(value)) return null;
  if (!NOT_PLAIN.test(value) && !LOOKALIKE.test(value)) return value;
  // quotedString with singleQuote unset: single quotes for a string with `"` and no `'`, else
  // double quotes; JSON.stringify of printable ASCII escapes only `"` and `\`, as YAML does.
  if (value.includes('"') && !value.includes("'")) return `'${value}'`;
  return JSON.stringify(value);
}
