import { compareStrings } from "../diagnostics.js";
import type { CommittedMeshService } from "../compute/committed.js";
import type { Environment } from "../model/kuma.js";
import { identityKey } from "../model/kuma.js";
import {
  DISPLAY_NAME_LABEL,
  ENV_LABEL,
  MESH_LABEL,
  NAMESPACE_LABEL,
  ORIGIN_LABEL,
  ZONE_LABEL,
} from "../model/labels.js";
import { liveIdentity } from "../model/live.js";
import type { LiveMeshService } from "../model/live.js";
import { isObject } from "../model/values.js";
import { diffFields } from "./fields.js";
import type { FieldChange } from "./fields.js";

// Live drift (docs/deploying.md): the MeshServices a zone's control plane holds, against the ones
// committed in Git. Only what Git is authoritative for, or predicts, is compared: labels,
// spec.selector, spec.ports, status.vips[].ip and status.addresses[].hostname. Everything Kuma fills
// at run time never counts:
// - creationTime, modificationTime, kri, snis: set by the store and the REST view
//   [pkg/core/resources/model/rest/v1alpha1/resource.go; testdata list_meshservices.golden.json];
// - spec.state, spec.identities, status.tls, status.dataplaneProxies: rewritten every interval by
//   the status updater [pkg/core/resources/apis/meshservice/status/updater.go updateStatus];
// - status.hostnameGenerators (its conditions) and status.addresses[].origin / hostnameGeneratorRef:
//   written by the hostname generator [pkg/core/resources/apis/meshservice/hostname/generator.go];
//   the hostnames themselves are compared;
// - the labels Kuma computes on create and update when Git leaves them out (kuma.io/env, kuma.io/mesh,
//   kuma.io/origin, kuma.io/zone, kuma.io/display-name, k8s.kuma.io/namespace)
//   [pkg/api-server/resource_endpoints.go createResource, pkg/core/resources/labels/compute.go Compute; testdata
//   put_meshservice_with_status_01.golden.json].

/** Labels Kuma computes itself: a live one that Git does not hold is no drift. */
const COMPUTED_LABELS: ReadonlySet<string> = new Set([
  ENV_LABEL,
  MESH_LABEL,
  ORIGIN_LABEL,
  ZONE_LABEL,
  DISPLAY_NAME_LABEL,
  NAMESPACE_LABEL,
]);

/** `appProtocol` of a port that does not say (the CRD's and the API's default). */
const DEFAULT_APP_PROTOCOL = "tcp";

export type LiveDriftKind = "missing" | "extra" | "differs";

/** One MeshService on which Git and the control plane disagree. */
export interface LiveDrift {
  readonly kind: LiveDriftKind;
  readonly mesh: string;
  /** "" on Universal. */
  readonly namespace: string;
  readonly name: string;
  /** The committed file (repository-relative); null for an object only the control plane has. */
  readonly path: string | null;
  /** The line of the committed resource in `path` (1 for an extra object: there is none). */
  readonly line: number;
  /** `differs`: the fields that differ, Git as `before`, the control plane as `after`. */
  readonly fields: readonly FieldChange[];
}

export interface LiveInput {
  readonly zone: string;
  readonly environment: Environment;
  /** The meshes whose MeshServices were read from the control plane. */
  readonly meshes: readonly string[];
  /** The MeshServices committed in Git for the zone: generated files and hand-written ones. */
  readonly committed: readonly CommittedMeshService[];
  /** What the control plane lists for those meshes. */
  readonly live: readonly LiveMeshService[];
}

/**
 * Git against the control plane, per MeshService and per field (see the header for what is
 * compared). A committed MeshService with no live one is `missing`, a live one with no committed
 * one is `extra` (except the MeshServices synced from the global control plane, `kuma.io/origin:
 * global`: another zone's, never in this zone's Git), one on both sides with a compared field that
 * differs is `differs` (VIPs and hostnames included). Objects are matched by mesh, namespace and
 * name (on Kubernetes the REST name is `<name>.<namespace>`, kuma.io/display-name and
 * k8s.kuma.io/namespace say which). Committed MeshServices of meshes that were not read are left
 * out. Sorted by mesh, namespace, name; pure.
 */
export function compareLive(input: LiveInput): LiveDrift[] {
  const meshes = new Set(input.meshes);
  const git = new Map<string, CommittedMeshService>();
  for (const c of input.committed) if (meshes.has(c.mesh) && !git.has(identityKey(c))) git.set(identityKey(c), c);
  const live = new Map<string, LiveMeshService>();
  for (const l of input.live) {
    if (l.labels?.[ORIGIN_LABEL] === "global") continue;
    const id = liveIdentity(l, input.environment);
    if (!live.has(identityKey(id))) live.set(identityKey(id), l);
  }
  const out: LiveDrift[] = [];
  for (const [key, c] of git) {
    const at = { mesh: c.mesh, namespace: c.namespace, name: c.name, path: c.at.file, line: c.at.line };
    const l = live.get(key);
    if (l === undefined) {
      out.push({ kind: "missing", ...at, fields: [] });
      continue;
    }
    const fields = diffFields(gitView(c), liveView(l, c.labels)).filter((f) => f.change !== "kept");
    if (fields.length > 0) out.push({ kind: "differs", ...at, fields });
  }
  for (const [key, l] of live) {
    if (git.has(key)) continue;
    out.push({ kind: "extra", ...liveIdentity(l, input.environment), path: null, line: 1, fields: [] });
  }
  return out.sort(
    (a, b) =>
      compareStrings(a.mesh, b.mesh) || compareStrings(a.namespace, b.namespace) || compareStrings(a.name, b.name),
  );
}

/** The compared part of a committed MeshService. */
function gitView(c: CommittedMeshService): Record<string, unknown> {
  return view(c.labels, c.spec, c.status);
}

/** The compared part of a live one: the labels Kuma computes count only when Git holds them too. */
function liveView(l: LiveMeshService, gitLabels: Readonly<Record<string, string>>): Record<string, unknown> {
  const labels = Object.fromEntries(
    Object.entries(l.labels ?? {}).filter(([k]) => !COMPUTED_LABELS.has(k) || Object.hasOwn(gitLabels, k)),
  );
  return view(labels, l.spec, l.status);
}

function view(labels: Readonly<Record<string, string>>, spec: unknown, status: unknown): Record<string, unknown> {
  const s = isObject(spec) ? spec : {};
  const st = isObject(status) ? status : {};
  const sorted = Object.fromEntries(Object.entries(labels).sort(([a], [b]) => compareStrings(a, b)));
  return {
    labels: sorted,
    spec: { selector: s["selector"] ?? null, ports: ports(s["ports"]) },
    status: { vips: leaves(st["vips"], "ip"), addresses: leaves(st["addresses"], "hostname") },
  };
}

/** Ports with Kuma's default appProtocol filled in, so that leaving it out is no drift. */
function ports(value: unknown): unknown[] {
  if (!Array.isArray(value)) return [];
  return value.map((p: unknown) => (isObject(p) ? { ...p, appProtocol: p["appProtocol"] ?? DEFAULT_APP_PROTOCOL } : p));
}

/** `[{ip: "241.0.0.1"}]` -> `[{ip: "241.0.0.1"}]` with only the one compared key of each entry. */
function leaves(value: unknown, key: string): Record<string, unknown>[] {
  if (!Array.isArray(value)) return [];
  return value.flatMap((v: unknown) => (isObject(v) && v[key] !== undefined ? [{ [key]: v[key] }] : []));
}

/** What `--live` found: the control plane read, and where it differs from Git. */
export interface LiveComparison {
  /** The API server's URL, as given to --live. */
  readonly url: string;
  readonly zone: string;
  readonly meshes: readonly string[];
  /** MeshServices the control plane listed in those meshes. */
  readonly listed: number;
  readonly drift: readonly LiveDrift[];
}

/** The meshes to read for a zone: every mesh of its desired and committed MeshServices, sorted; `default` when none. */
export function liveMeshes(zone: {
  services: readonly { mesh: string }[];
  committed: readonly { mesh: string }[];
}): string[] {
  const meshes = [...new Set([...zone.services, ...zone.committed].map((s) => s.mesh))].sort(compareStrings);
  return meshes.length > 0 ? meshes : ["default"];
}
