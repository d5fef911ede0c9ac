// The subset of Go text/template that Kuma's HostnameGenerators use
// [pkg/core/resources/apis/hostnamegenerator/hostname/generator.go]: literal text, the fields
// .Name .DisplayName .Namespace .Mesh .Zone, the function `label "key"`, and the trim markers
// `{{- ` / ` -}}`. Anything else is refused with a parse error naming the construct, so that a
// template is never rendered differently from Kuma.
import { clip } from "../diagnostics.js";

export type TemplateField = "Name" | "DisplayName" | "Namespace" | "Mesh" | "Zone";

export type TemplateNode =
  | { readonly kind: "text"; readonly text: string }
  | { readonly kind: "field"; readonly field: TemplateField }
  | {
      readonly kind: "label";
      readonly key: string;
      /** The string literal as written (`"k"` or a raw string), for Go's error context. */
      readonly literal: string;
      /** `<line>:<column>` of the `label` word as Go's text/template reports it (1-based line, 0-based byte column). */
      readonly position: string;
    };

export type ParsedTemplate = { readonly nodes: readonly TemplateNode[] } | { readonly error: string };

export interface TemplateValues {
  readonly Name: string;
  readonly DisplayName: string;
  readonly Namespace: string;
  readonly Mesh: string;
  readonly Zone: string;
  /** The value of a label, undefined when the MeshService has none. */
  readonly label: (key: string) => string | undefined;
}

const FIELDS: ReadonlySet<string> = new Set<TemplateField>(["Name", "DisplayName", "Namespace", "Mesh", "Zone"]);
const SPACE = /[ \t\r\n]/;

/**
 * Parses a template into text, field and label nodes. Errors say what is not supported and where
 * (the action's text), e.g. `unsupported template construct "{{ if .Name }}"`.
 */
export function parseTemplate(template: string): ParsedTemplate {
  const nodes: TemplateNode[] = [];
  let text = "";
  let trimNext = false;
  let i = 0;
  while (i < template.length) {
    const open = template.indexOf("{{", i);
    const literal = template.slice(i, open === -1 ? template.length : open);
    text += trimNext ? literal.replace(/^[ \t\r\n]+/, "") : literal;
    trimNext = false;
    if (open === -1) break;
    const close = findClose(template, open + 2);
    if (close === -1) return { error: `unclosed action "${clip(template.slice(open))}"` };
    let body = template.slice(open + 2, close);
    let bodyStart = open + 2;
    const construct = template.slice(open, close + 2);
    if (body.startsWith("-") && SPACE.test(body.charAt(1))) {
      text = text.replace(/[ \t\r\n]+$/, "");
      body = body.slice(1);
      bodyStart++;
    }
    if (body.endsWith("-") && SPACE.test(body.charAt(body.length - 2))) {
      trimNext = true;
      body = body.slice(0, -1);
    }
    const start = bodyStart + (body.length - body.trimStart().length);
    const node = parseAction(body.trim(), construct, goPosition(template, start));
    if ("error" in node) return node;
    if (text !== "") nodes.push({ kind: "text", text });
    text = "";
    nodes.push(node);
    i = close + 2;
  }
  if (text !== "") nodes.push({ kind: "text", text });
  return { nodes };
}

/** Index of the `}}` closing an action, skipping string literals; -1 when there is none. */
function findClose(s: string, from: number): number {
  let quote: string | null = null;
  for (let i = from; i < s.length; i++) {
    const c = s.charAt(i);
    if (quote !== null) {
      if (c === "\\" && quote === '"') i++;
      else if (c === quote) quote = null;
    } else if (c === '"' || c === "`") {
      quote = c;
    } else if (c === "}" && s.charAt(i + 1) === "}") {
      return i;
    }
  }
  return -1;
}

/** Go's ErrorContext of a byte offset: `<line>:<byte column>`, the line 1-based and the column 0-based. */
function goPosition(template: string, offset: number): string {
  const before = template.slice(0, offset);
  const lastNewline = before.lastIndexOf("\n");
  const line = before.split("\n").length;
  return `${line}:${Buffer.byteLength(before.slice(lastNewline + 1), "utf8")}`;
}

function parseAction(body: string, construct: string, position: string): TemplateNode | { error: string } {
  const field = /^\.([A-Za-z_][A-Za-z0-9_]*)$/.exec(body);
  if (field) {
    const name = field[1] ?? "";
    if (FIELDS.has(name)) return { kind: "field", field: name as TemplateField };
    return {
      error: `unsupported field ".${name}" in "${clip(construct)}": expected .Name, .DisplayName, .Namespace, .Mesh or .Zone`,
    };
  }
  const label = /^label[ \t\r\n]+("(?:[^"\\]|\\.)*"|`[^`]*`)$/.exec(body);
  if (label) {
    const literal = label[1] ?? "";
    const key = unquote(literal);
    if (key === null) return { error: `invalid string literal in "${clip(construct)}"` };
    return { kind: "label", key, literal, position };
  }
  return { error: `unsupported template construct "${clip(construct)}"` };
}

/** A Go string literal: raw (backquoted) or interpreted with the common escapes; null when invalid. */
function unquote(lit: string): string | null {
  if (lit.startsWith("`")) return lit.slice(1, -1);
  const inner = lit.slice(1, -1);
  let out = "";
  for (let i = 0; i < inner.length; i++) {
    const c = inner.charAt(i);
    if (c !== "\\") {
      out += c;
      continue;
    }
    const e = inner.charAt(++i);
    const simple: Record<string, string> = { n: "\n", t: "\t", r: "\r", "\\": "\\", '"': '"' };
    const v = simple[e];
    if (v === undefined) return null;
    out += v;
  }
  return out;
}

/**
 * Renders parsed nodes. `label "k"` of an absent label fails as Go's text/template reports the
 * error of Kuma's `label` function [hostname/generator.go]:
 * `template: :1:3: executing "" at <label "k">: error calling label: label k not found` (the
 * template has no name, the position is the `label` word's); the caller turns a failure into a
 * TemplateError condition.
 */
export function renderTemplate(
  nodes: readonly TemplateNode[],
  values: TemplateValues,
): { hostname: string } | { error: string } {
  let out = "";
  for (const n of nodes) {
    if (n.kind === "text") out += n.text;
    else if (n.kind === "field") out += values[n.field];
    else {
      const v = values.label(n.key);
      if (v === undefined)
        return {
          error: `template: :${n.position}: executing "" at <label ${n.literal}>: error calling label: label ${n.key} not found`,
        };
      out += v;
    }
  }
  return { hostname: out };
}
