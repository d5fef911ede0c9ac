import { escapeJson, printable, quoted } from "../model/printable.js";
import { isObject } from "../model/values.js";

/**
 * One field of an updated MeshService, compared as objects (not as text): `changed` (both sides
 * hold it, with different values), `added`, `removed`, or `kept` (an address that stayed: a VIP or a
 * hostname the reviewer wants to know did not move).
 */
export interface FieldChange {
  /** `spec.ports[0].port`, `labels["kuma.io/zone"]`: keys that are not identifiers are quoted. */
  readonly path: string;
  readonly change: "changed" | "added" | "removed" | "kept";
  /** Absent when added. */
  readonly before?: unknown;
  /** Absent when removed. */
  readonly after?: unknown;
}

/** Leaves whose unchanged value is still listed: the addresses that are sticky (docs/design/addressing.md). */
const KEPT = [/^status\.vips\[\d+\]\.ip$/, /^status\.addresses\[\d+\]\.hostname$/];

/**
 * The fields that differ between the committed resource and the desired one, in the order of the
 * desired object's keys (then keys only the committed one has), lists compared index by index.
 * A list or a scalar present on one side only is one `added` or `removed` entry; a map on one side
 * only lists its keys that way (`status.vips: (none) → [{"ip":"241.0.0.1"}]`). Equal
 * leaves are left out, except the VIPs and hostnames, which are `kept`. Pure and total: any value a
 * hand-edited file may hold is compared.
 */
export function diffFields(before: unknown, after: unknown): FieldChange[] {
  const out: FieldChange[] = [];
  walk(before, after, "", out);
  return out;
}

function walk(before: unknown, after: unknown, path: string, out: FieldChange[]): void {
  if (Array.isArray(before) && Array.isArray(after)) {
    for (let i = 0; i < Math.max(before.length, after.length); i++) {
      const p = `${path}[${i}]`;
      if (i >= after.length) out.push({ path: p, change: "removed", before: before[i] });
      else if (i >= before.length) out.push({ path: p, change: "added", after: after[i] });
      else walk(before[i], after[i], p, out);
    }
    return;
  }
  if (isObject(before) && isObject(after)) {
    const keys = [...Object.keys(after), ...Object.keys(before).filter((k) => !Object.hasOwn(after, k))];
    for (const k of keys) {
      const p = join(path, k);
      // A map on one side only is compared with an empty one: its keys are listed one by one.
      const b = Object.hasOwn(before, k) ? before[k] : isObject(after[k]) ? {} : undefined;
      const a = Object.hasOwn(after, k) ? after[k] : isObject(before[k]) ? {} : undefined;
      if (b === undefined) out.push({ path: p, change: "added", after: a });
      else if (a === undefined) out.push({ path: p, change: "removed", before: b });
      else walk(b, a, p, out);
    }
    return;
  }
  if (sameValue(before, after)) {
    if (KEPT.some((re) => re.test(path))) out.push({ path, change: "kept", before, after });
    return;
  }
  out.push({ path, change: "changed", before, after });
}

function join(path: string, key: string): string {
  const segment = /^[A-Za-z_][A-Za-z0-9_]*$/.test(key) ? key : `[${quoted(key)}]`;
  if (path === "") return segment;
  return segment.startsWith("[") ? `${path}${segment}` : `${path}.${segment}`;
}

function sameValue(a: unknown, b: unknown): boolean {
  if (Array.isArray(a) || Array.isArray(b) || isObject(a) || isObject(b))
    return JSON.stringify(a) === JSON.stringify(b);
  return Object.is(a, b) || a === b;
}

/** How long a value may be in a summary line before it is cut with an ellipsis. */
const VALUE_WIDTH = 60;

/**
 * One summary line: `spec.ports[0].port: 8080 → 8081`, `spec.state: (none) → Available`,
 * `status.vips[0].ip: kept (241.0.0.1)`. Plain strings are shown as they are, other values as
 * compact JSON, control characters escaped (model/printable.ts), cut at 60 characters.
 */
export function formatFieldChange(f: FieldChange): string {
  switch (f.change) {
    case "kept":
      return `${f.path}: kept (${formatValue(f.after)})`;
    case "added":
      return `${f.path}: (none) → ${formatValue(f.after)}`;
    case "removed":
      return `${f.path}: ${formatValue(f.before)} → (none)`;
    case "changed":
      return `${f.path}: ${formatValue(f.before)} → ${formatValue(f.after)}`;
  }
}

function formatValue(v: unknown): string {
  // JSON text holds no raw C0 control; escapeJson adds DEL, C1 and the bidi controls.
  const text = typeof v === "string" ? printable(v) : escapeJson(JSON.stringify(v) ?? String(v));
  return text.length > VALUE_WIDTH ? `${text.slice(0, VALUE_WIDTH - 1)}…` : text;
}
