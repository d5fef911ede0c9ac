import { createHash } from "node:crypto";
import { posix } from "node:path";
import { stringify } from "yaml";
import { RENDER_OPTIONS, renderYamlFast } from "./fast-yaml.js";
import { compareStrings } from "../diagnostics.js";
import { MARKER_PREFIX, sha256 } from "../parse/marker.js";
import type { MeshService, MeshServiceStatus } from "../model/kuma.js";
import { isDns1035Label, isDns1123Label, isDns1123Subdomain } from "../model/names.js";
import { KUMA_API_VERSION } from "../model/kinds.js";

export { MARKER_PREFIX, readMarker, sha256 } from "../parse/marker.js";
export type { MarkerState } from "../parse/marker.js";

/** The MeshService in the resource format of its zone's environment (docs/design/interface.md), keys in canonical order. */
export function toResource(ms: MeshService): Record<string, unknown> {
  const labels = sortKeys(ms.labels);
  const spec = omitEmpty(sortKeys(ms.spec));
  const status = renderedStatus(ms.status);
  if (ms.environment === "kubernetes") {
    return {
      apiVersion: KUMA_API_VERSION,
      kind: "MeshService",
      metadata: { name: ms.name, namespace: ms.namespace, labels },
      spec,
      ...(status ? { status } : {}),
    };
  }
  return { type: "MeshService", name: ms.name, mesh: ms.mesh, labels, spec, ...(status ? { status } : {}) };
}

function renderedStatus(status: MeshServiceStatus): unknown {
  const s = omitEmpty(sortKeys(status));
  const proxies = s["dataplaneProxies"];
  if (typeof proxies === "object" && proxies !== null) s["dataplaneProxies"] = omitEmpty(proxies);
  return Object.keys(s).length > 0 ? s : undefined;
}

/**
 * Kuma's `omitempty` (pkg/core/resources/apis/meshservice/api/v1alpha1/meshservice.go): an empty list
 * (`ports`, `identities`, `vips`, `addresses`, `hostnameGenerators`) and a zero count
 * (`dataplaneProxies.healthy: 0`) are left out of the object, never written as `[]` or `0`
 * (docs/design/generation.md, Empty lists).
 */
function omitEmpty(value: unknown): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value as Record<string, unknown>)) {
    if ((Array.isArray(v) && v.length === 0) || v === 0) continue;
    out[k] = v;
  }
  return out;
}

/**
 * Canonical text of a generated file: the marker line with the SHA-256 of the body, then the body
 * (fixed top-level order, sorted map keys, list order kept, two-space indentation, LF, trailing
 * newline). Rendering the same MeshService always gives the same bytes. A string that a YAML 1.1
 * parser would read as another type (`on`, `no`, `y`, `1_000`, `0b1`, `0x1f`, ...) is quoted, as
 * is one that YAML 1.2 would: kubectl and kumactl decode with Go's YAML 1.1 rules
 * (sigs.k8s.io/yaml over gopkg.in/yaml resolve.go) into map[string]string labels.
 */
export function renderMeshService(ms: MeshService): string {
  return renderResource(toResource(ms));
}

/**
 * renderMeshService for a resource already built by toResource. The fast emitter (fast-yaml.ts)
 * writes the bytes stringify would, some 30 times faster; for a value outside its proven domain it
 * answers null and stringify renders.
 */
export function renderResource(resource: Record<string, unknown>): string {
  const body = renderYamlFast(resource) ?? stringify(resource, RENDER_OPTIONS);
  return `${MARKER_PREFIX}${sha256(body)}\n${body}`;
}

/**
 * The render key of a resource: a hash of its JSON, which holds everything rendering depends on
 * (key order, values, types), so two resources with one key render to the same bytes. Null for a
 * resource whose JSON loses something (-0, a non-finite number, an undefined value or a
 * non-plain object): such a resource is always rendered.
 */
export function renderKey(resource: Record<string, unknown>): string | null {
  if (!jsonFaithful(resource)) return null;
  return createHash("sha1").update(JSON.stringify(resource)).digest("hex");
}

/**
 * The render key of a parsed resource whose file text is exactly what rendering it gives, else
 * null. A desired MeshService with that key renders to the committed bytes, so it need not be
 * rendered at all. Values JSON cannot tell apart from others (-0, non-finite numbers) never get a key.
 */
export function canonicalRenderKey(value: unknown, text: string): string | null {
  if (!isPlainMap(value)) return null;
  const key = renderKey(value);
  return key !== null && renderResource(value) === text ? key : null;
}

function isPlainMap(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** Whether JSON gives this number back as itself: not -0 (written as 0), not .inf or .nan (null). */
export function jsonKeepsNumber(n: number): boolean {
  return Number.isFinite(n) && !Object.is(n, -0);
}

function jsonFaithful(value: unknown): boolean {
  if (typeof value === "number") return jsonKeepsNumber(value);
  if (typeof value === "string" || typeof value === "boolean" || value === null) return true;
  if (Array.isArray(value)) return value.every(jsonFaithful);
  if (isPlainMap(value) && Object.getPrototypeOf(value) === Object.prototype)
    return Object.values(value).every(jsonFaithful);
  return false;
}

/** Sorts the keys of every map by code unit, recursively; list order is kept; undefined is dropped. */
export function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (typeof value === "object" && value !== null) {
    const out: Record<string, unknown> = {};
    for (const k of Object.keys(value).sort(compareStrings)) {
      const v = (value as Record<string, unknown>)[k];
      if (v !== undefined) out[k] = sortKeys(v);
    }
    return out;
  }
  return value;
}

/**
 * `<output>/<mesh>/<name>.yaml` (universal) or `<output>/<namespace>/<name>.yaml` (kubernetes),
 * or null when a name could not be a safe path segment: no generated path can leave `output`.
 */
export function outputPath(output: string, ms: MeshService): string | null {
  const dir = ms.environment === "kubernetes" ? ms.namespace : ms.mesh;
  const dirOk = ms.environment === "kubernetes" ? isDns1123Label(dir) : isDns1123Subdomain(dir);
  const nameOk = ms.environment === "kubernetes" ? isDns1123Subdomain(ms.name) : isDns1035Label(ms.name);
  if (!dirOk || !nameOk) return null;
  const p = posix.join(output, dir, `${ms.name}.yaml`);
  return p.startsWith(`${output}/`) ? p : null;
}
