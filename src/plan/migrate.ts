// `meshservice-reconciler migrate`: the legacy references of compute/migration.ts rewritten in their
// policy files, as the one FileChange[] that `migrate` writes and every report shows. Edits are spliced
// into the original text at the YAML nodes' source ranges: every byte outside the reference nodes
// (comments, key order, quoting, blank lines, the other documents, CRLF line ends) stays as it was.

import { isMap, isPair, isScalar, isSeq } from "yaml";
import type { Node, Pair, Scalar, YAMLMap, YAMLSeq } from "yaml";
import { compareStrings, diagnostic } from "../diagnostics.js";
import type { Diagnostic, Location } from "../diagnostics.js";
import { formatReference } from "../compute/migration.js";
import type { LegacyReference, MeshMigration } from "../compute/migration.js";
import { isObject } from "../model/values.js";
import { nodeAt, parseYamlData } from "../parse/yaml.js";
import type { PathSegment, SourceResource } from "../parse/yaml.js";
import type { FileChange } from "./plan.js";

/** One splice: replace `[start, end)` of the file's text with `text`. */
interface Edit {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

/** What a reference becomes: rewritten in place, a new-style entry added after it, or removed. */
type Action = "rewrite" | "add" | "remove";

/** The rewrite of `migrate`: the file changes, their diagnostics, and the references it resolves. */
export interface MigratePlan {
  readonly changes: FileChange[];
  readonly diagnostics: Diagnostic[];
  /** Where the legacy references are that the changes rewrite in place or remove. */
  readonly resolved: readonly Location[];
}

export interface MigratePlanInput {
  readonly meshes: readonly MeshMigration[];
  /** --replace: a route's legacy backendRef is replaced (or removed next to its new entry), not kept. */
  readonly replace: boolean;
}

/**
 * The rewrite plan of `migrate`, one update per policy file, sorted by path. Per legacy reference
 * (docs/migration.md, "What migrate writes"):
 * - a `to[].targetRef` is rewritten in place to its new-style equivalent; not in a Disabled mesh, where
 *   the new style would reference nothing (a `migrate-ref-skipped` warning says so);
 * - a route's legacy backendRef gets its new-style entry added right after it (both apply during the
 *   transition); with `replace` it is rewritten in place, or removed when the new entry is already there;
 * - a reference without an equivalent (no MeshService, several ports on Universal, an alias or a merge
 *   key in the way) is left alone with a `migrate-ref-skipped` warning; the top-level form is only
 *   listed in the report (its Dataplane selector is a choice to make by hand).
 * The new text is parsed again and must give exactly the expected values; anything else is an error
 * (`migrate-rewrite-failed`) and the file is not changed. A reference read by several zones (a shared
 * policy file) is edited once, and only when every zone would write the same; otherwise it is skipped
 * with a `migrate-ref-skipped` warning that names each zone's view.
 */
export function planMigration(input: MigratePlanInput): MigratePlan {
  const diagnostics: Diagnostic[] = [];
  const resolved: Location[] = [];
  const byFile = new Map<
    string,
    { zone: string; res: SourceResource[]; edits: Edit[]; expect: Expected[]; resolves: Location[] }
  >();
  for (const views of viewsByReference(input)) {
    const { ref, zone, action } = views[0] ?? {};
    if (ref === undefined || zone === undefined || action === undefined) continue;
    const skip = (why: string): void => {
      diagnostics.push(
        diagnostic(
          "warning",
          "migrate-ref-skipped",
          `${ref.policy.kind} ${JSON.stringify(ref.policy.name)}: legacy reference ${JSON.stringify(ref.legacy)} is not rewritten: ${why}`,
          ref.at,
        ),
      );
    };
    const disagreeing = disagreement(views);
    if (disagreeing !== null) {
      skip(disagreeing);
      continue;
    }
    if (action === null) continue;
    if (action.startsWith("skip:")) {
      skip(action.slice(5));
      continue;
    }
    const replacement = ref.replacement;
    if (replacement === null) continue;
    const edits = editsFor(ref, action as Action, replacement);
    if (typeof edits === "string") {
      skip(edits);
      continue;
    }
    const file = byFile.get(ref.res.file) ?? { zone, res: [], edits: [], expect: [], resolves: [] };
    file.edits.push(...edits);
    file.res.push(ref.res);
    file.expect.push({ res: ref.res, path: ref.path, action: action as Action, replacement });
    // Rewritten in place or removed, the legacy reference is gone; an added entry leaves it next to it.
    if (action !== "add") file.resolves.push(ref.at);
    byFile.set(ref.res.file, file);
  }
  const changes: FileChange[] = [];
  for (const [path, file] of [...byFile].sort(([a], [b]) => compareStrings(a, b))) {
    const first = file.res[0];
    if (first === undefined) continue;
    const before = first.source.text;
    const after = splice(before, file.edits);
    const problem = verify(path, before, after, file.expect);
    if (problem !== null) {
      diagnostics.push(
        diagnostic(
          "error",
          "migrate-rewrite-failed",
          `the rewrite of ${path} would not give the expected policies: ${problem}`,
          {
            file: path,
            line: 1,
            column: 1,
          },
        ),
      );
      continue;
    }
    resolved.push(...file.resolves);
    changes.push({
      action: "update",
      path,
      zone: file.zone,
      mesh: "",
      namespace: "",
      name: path,
      before,
      after,
      handEdited: false,
    });
  }
  return { changes, diagnostics, resolved };
}

/** The migration diagnostics (compute/migration.ts) that the legacy reference itself causes. */
const LEGACY_CODES: ReadonlySet<string> = new Set(["route-backend-ref-legacy", "legacy-ref-unresolved"]);

/**
 * The diagnostics of a `migrate` run without those that its plan resolves: a `route-backend-ref-legacy`
 * or `legacy-ref-unresolved` at a reference the plan rewrites in place or removes. With
 * `policyReferences: error` they would otherwise stop the very write that fixes them; the ones the
 * plan leaves (no equivalent, or a new entry added next to the legacy one) still count.
 */
export function unresolvedDiagnostics(diagnostics: readonly Diagnostic[], plan: MigratePlan): Diagnostic[] {
  const at = (l: Location): string => `${l.file}\0${l.line}\0${l.column}`;
  const resolved = new Set(plan.resolved.map(at));
  return diagnostics.filter((d) => !(LEGACY_CODES.has(d.code) && resolved.has(at(d))));
}

/** How one zone sees a legacy reference: what migrate would do with it there. */
interface ZoneView {
  readonly zone: string;
  readonly ref: LegacyReference;
  readonly action: Action | `skip:${string}` | null;
}

/**
 * Every non-top-level legacy reference once, as the list of the zones that read it (a policy file
 * several zones include), in the order of `input.meshes`. A reference is keyed by file, document and
 * path, so the same node seen by two zones is one entry with two views.
 */
function viewsByReference(input: MigratePlanInput): ZoneView[][] {
  const byKey = new Map<string, ZoneView[]>();
  for (const mesh of input.meshes)
    for (const ref of mesh.references) {
      if (ref.form === "top-level") continue;
      const key = `${ref.res.file}\0${ref.res.docIndex}\0${JSON.stringify([...ref.res.base, ...ref.path])}`;
      const views = byKey.get(key) ?? [];
      views.push({ zone: mesh.zone, ref, action: actionOf(ref, mesh.mode, input.replace) });
      byKey.set(key, views);
    }
  return [...byKey.values()];
}

/**
 * Why a reference read by several zones is left alone: the zones would not write the same thing
 * (one zone's MeshService has one port, another's two; a mesh Disabled in one zone only). Null when
 * every zone agrees on the action and the replacement.
 */
function disagreement(views: readonly ZoneView[]): string | null {
  const what = (v: ZoneView): string =>
    v.action === null
      ? "nothing to do"
      : v.action.startsWith("skip:")
        ? `not rewritten (${v.action.slice(5)})`
        : `${v.action} ${v.ref.replacement === null ? "nothing" : formatReference(v.ref.replacement)}`;
  const seen = [...new Set(views.map(what))];
  if (seen.length <= 1) return null;
  const zones = views.map((v) => `zone ${v.zone}: ${what(v)}`).join("; ");
  return `the zones that include ${views[0]?.ref.res.file ?? ""} disagree on it (${zones}); give them the same MeshService, or rewrite it by hand`;
}

function actionOf(ref: LegacyReference, mode: string, replace: boolean): Action | `skip:${string}` | null {
  if (ref.replacement === null) return `skip:${ref.note ?? "it has no new-style equivalent"}`;
  if (ref.form === "to") {
    if (mode === "Disabled")
      return "skip:the mesh's meshServices.mode is Disabled, where a new-style targetRef references nothing; enable MeshServices (Everywhere or ReachableBackends) first";
    return "rewrite";
  }
  if (ref.paired && !replace) return null;
  if (mode === "Disabled" && replace)
    return "skip:the mesh's meshServices.mode is Disabled, where only the legacy backendRef routes; without --replace migrate adds the new-style one next to it";
  if (ref.paired) return "remove";
  return replace ? "rewrite" : "add";
}

/** The line end the file uses: CRLF when its first line ends with one. */
function eolOf(text: string): string {
  const i = text.indexOf("\n");
  return i > 0 && text[i - 1] === "\r" ? "\r\n" : "\n";
}

/** The column (0-based) of an offset: the characters since the last line break. */
function columnOf(text: string, offset: number): number {
  return offset - (text.lastIndexOf("\n", offset - 1) + 1);
}

/** The offset of the end of the line holding `offset`, before its line break (or the end of the text). */
function lineEnd(text: string, offset: number): number {
  const nl = text.indexOf("\n", offset);
  if (nl === -1) return text.length;
  return nl > 0 && text[nl - 1] === "\r" ? nl - 1 : nl;
}

/** A value as YAML text: names plain, a sectionName always double-quoted (a number must stay a string). */
function scalarText(key: string, value: string | number, like?: Scalar): string {
  if (typeof value === "number") return String(value);
  if (key === "sectionName") return JSON.stringify(value);
  if (like?.type === "QUOTE_DOUBLE") return JSON.stringify(value);
  if (like?.type === "QUOTE_SINGLE") return `'${value}'`;
  return value;
}

function pairOf(map: YAMLMap, key: string): Pair<Scalar, Scalar> | undefined {
  const pair = map.items.find((p) => isPair(p) && isScalar(p.key) && String(p.key.value) === key);
  return pair && isScalar(pair.value) ? (pair as Pair<Scalar, Scalar>) : undefined;
}

/**
 * The edits that turn the reference map `map` into `replacement`, inside the map only: the value of a
 * key that exists is replaced (in its quoting style), a missing key is inserted after `name`, on its
 * own line at the indentation of `name` (block style) or after it with `, ` (flow style).
 */
function mapEdits(text: string, map: YAMLMap, replacement: Readonly<Record<string, string | number>>): Edit[] | string {
  const name = pairOf(map, "name");
  const nameValue = name?.value;
  if (!name || !nameValue?.range || !(name.key as Node).range) return "its name is not a plain scalar";
  const edits: Edit[] = [];
  const inserted: string[] = [];
  for (const [key, value] of Object.entries(replacement)) {
    if (key === "kind") continue;
    const pair = pairOf(map, key);
    if (pair?.value?.range) {
      const [start, end] = pair.value.range;
      const now = text.slice(start, end);
      const next = scalarText(key, value, pair.value);
      if (now !== next) edits.push({ start, end, text: next });
    } else if (map.items.some((p) => isPair(p) && isScalar(p.key) && String(p.key.value) === key)) {
      return `its ${key} is not a plain scalar`;
    } else {
      inserted.push(`${key}: ${scalarText(key, value)}`);
    }
  }
  if (inserted.length > 0) {
    const at = nameValue.range[1];
    if (map.flow === true) {
      edits.push({ start: at, end: at, text: inserted.map((i) => `, ${i}`).join("") });
    } else {
      const eol = eolOf(text);
      const indent = " ".repeat(columnOf(text, ((name.key as Node).range ?? [at])[0]));
      const end = lineEnd(text, at);
      edits.push({ start: end, end, text: inserted.map((i) => `${eol}${indent}${i}`).join("") });
    }
  }
  return edits;
}

/** The edits of one reference, or why it cannot be edited. */
function editsFor(
  ref: LegacyReference,
  action: Action,
  replacement: Readonly<Record<string, string | number>>,
): Edit[] | string {
  const text = ref.res.source.text;
  const node = nodeAt(ref.res, ["spec", ...ref.path]);
  if (!isMap(node) || !node.range) return "it is not a plain YAML mapping (an alias or a merge key)";
  if (action === "rewrite") return mapEdits(text, node, replacement);
  const seq = nodeAt(ref.res, ["spec", ...ref.path.slice(0, -1)]);
  const index = ref.path[ref.path.length - 1];
  if (!isSeq(seq) || typeof index !== "number") return "its backendRefs is not a plain YAML sequence";
  if (action === "remove") return removeItem(text, seq, index);
  // add: a copy of the legacy entry (its weight and any other field), edited like a rewrite, after it.
  const [start, end] = node.range;
  const local = mapEdits(text, node, replacement);
  if (typeof local === "string") return local;
  if (local.some((e) => e.start < start || e.end > end)) return "its name is outside its entry's lines";
  const shifted = local.map((e) => ({ start: e.start - start, end: e.end - start, text: e.text }));
  const copy = splice(text.slice(start, end), shifted).replace(/(\r?\n)+$/, "");
  if (seq.flow === true) return [{ start: end, end, text: `, ${copy}` }];
  const prefix = text.slice(text.lastIndexOf("\n", start - 1) + 1, start);
  if (!/^ *- +$/.test(prefix)) return "its entry does not start a line of the backendRefs list";
  const eol = eolOf(text);
  // A block entry's range ends after its line break; at the end of a file without one, add it first.
  const entry = text[end - 1] === "\n" ? `${prefix}${copy}${eol}` : `${eol}${prefix}${copy}`;
  return [{ start: end, end, text: entry }];
}

/** Removes item `index` of a sequence: its whole lines in block style, the item and one `, ` in flow style. */
function removeItem(text: string, seq: YAMLSeq, index: number): Edit[] | string {
  const item = seq.items[index] as Node | undefined;
  if (!item?.range) return "its entry has no source range";
  const [start, end] = item.range;
  if (seq.flow === true) {
    const prev = seq.items[index - 1] as Node | undefined;
    const next = seq.items[index + 1] as Node | undefined;
    if (prev?.range) return [{ start: prev.range[1], end, text: "" }];
    if (next?.range) return [{ start, end: next.range[0], text: "" }];
    return "it is the only entry";
  }
  const lineStart = text.lastIndexOf("\n", start - 1) + 1;
  if (!/^ *- +$/.test(text.slice(lineStart, start))) return "its entry does not start a line of the backendRefs list";
  const stop = end > 0 && text[end - 1] === "\n" ? end : Math.min(text.length, lineEnd(text, end) + eolOf(text).length);
  return [{ start: lineStart, end: stop, text: "" }];
}

/** Applies non-overlapping edits (any order) to a text. */
function splice(text: string, edits: readonly Edit[]): string {
  let out = text;
  for (const e of [...edits].sort((a, b) => b.start - a.start || b.end - a.end)) {
    out = out.slice(0, e.start) + e.text + out.slice(e.end);
  }
  return out;
}

interface Expected {
  readonly res: SourceResource;
  readonly path: readonly PathSegment[];
  readonly action: Action;
  readonly replacement: Readonly<Record<string, string | number>>;
}

/**
 * Null when the new text parses to exactly the old resources with the expected references changed
 * (and nothing else), else what differs: the rewrite must never change what a policy means elsewhere.
 */
function verify(path: string, before: string, after: string, expected: readonly Expected[]): string | null {
  const old = parseYamlData(path, before.length, before);
  const now = parseYamlData(path, after.length, after);
  if (now.diagnostics.length > 0) return now.diagnostics[0]?.message ?? "it does not parse";
  const want = old.resources.map((r) => structuredClone(r.value));
  // Removals last and from the highest index, so that earlier indexes still hold.
  const ordered = [...expected].sort((a, b) => order(a) - order(b) || lastIndex(b) - lastIndex(a));
  for (const e of ordered) {
    const i = old.resources.findIndex((r) => r.docIndex === e.res.docIndex && sameBase(r.base, e.res.base));
    const root = want[i];
    const holder = walk(root, ["spec", ...e.path.slice(0, -1)]);
    const last = e.path[e.path.length - 1];
    if (holder === undefined || last === undefined) return `the reference at ${JSON.stringify(e.path)} is gone`;
    const target = (holder as Record<string | number, unknown>)[last];
    if (!isObject(target)) return `the reference at ${JSON.stringify(e.path)} is gone`;
    const rewritten = { ...target, ...e.replacement };
    if (e.action === "rewrite") (holder as Record<string | number, unknown>)[last] = rewritten;
    else if (Array.isArray(holder) && typeof last === "number") {
      if (e.action === "add") holder.splice(last + 1, 0, rewritten);
      else holder.splice(last, 1);
    }
  }
  const a = canonical(want);
  const b = canonical(now.resources.map((r) => r.value));
  return a === b ? null : "the parsed policies differ from the planned ones beyond the references";
}

/** JSON with the keys of every object sorted: key order is the file's and does not change meaning. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_k, v: unknown) =>
    isObject(v) && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => compareStrings(a, b)))
      : v,
  );
}

function order(e: Expected): number {
  return e.action === "rewrite" ? 0 : 1;
}

function lastIndex(e: Expected): number {
  const last = e.path[e.path.length - 1];
  return typeof last === "number" ? last : 0;
}

function sameBase(a: readonly PathSegment[], b: readonly PathSegment[]): boolean {
  return a.length === b.length && a.every((s, i) => s === b[i]);
}

function walk(value: unknown, path: readonly PathSegment[]): unknown {
  let node = value;
  for (const seg of path) {
    if (Array.isArray(node) && typeof seg === "number") node = node[seg];
    else if (isObject(node)) node = node[String(seg)];
    else return undefined;
  }
  return node;
}
