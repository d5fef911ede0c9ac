import { compareStrings, diagnostic } from "../diagnostics.js";
import type { Diagnostic, Severity } from "../diagnostics.js";
import type { PolicyReferences } from "../model/config.js";
import type { Environment, MeshService } from "../model/kuma.js";
import { serviceKey } from "../model/kuma.js";
import { locate } from "../parse/yaml.js";
import { isObject } from "../model/values.js";
import type { PathSegment } from "../parse/yaml.js";
import type { MeshGate } from "./mesh-gate.js";
import type { Located } from "./sources.js";
import { MESH_LABEL } from "../model/labels.js";
import { parseKumaServiceName } from "../model/names.js";
import { didYouMean } from "../model/words.js";

/** A policy that references a MeshService, as the reports list it. */
export interface PolicyRef {
  readonly kind: string;
  readonly name: string;
  readonly mesh: string;
  readonly namespace: string;
  readonly file: string;
  readonly line: number;
}

export interface PolicyCheckInput {
  readonly zone: string;
  readonly environment: Environment;
  readonly policies: readonly Located<Record<string, unknown>>[];
  /** Desired and hand-written MeshServices: what references must resolve against. */
  readonly available: readonly MeshService[];
  /** Committed generated MeshServices, so that the reports can name the policies of a deleted one. */
  readonly committed: readonly MeshService[];
  readonly gate: MeshGate;
  readonly severity: PolicyReferences;
}

export interface PolicyCheckResult {
  readonly diagnostics: Diagnostic[];
  /** Policies referencing each MeshService, keyed by `serviceKey`, each list sorted. */
  readonly referencedBy: Map<string, PolicyRef[]>;
}

/** What a reference can resolve to: a MeshService, or a MeshMultiZoneService (same fields used). */
interface Referable {
  readonly zone: string;
  readonly mesh: string;
  readonly namespace: string;
  readonly name: string;
  readonly labels: Readonly<Record<string, string>>;
  readonly spec: { readonly ports: readonly { readonly name?: string; readonly port: number }[] };
}

type ReferencedKind = "MeshService" | "MeshMultiZoneService";

/** One MeshService reference found in a policy: a `targetRef` or a `backendRefs[]` entry. */
interface Reference {
  readonly path: PathSegment[];
  readonly kind: "targetRef" | "backendRef";
  readonly value: Record<string, unknown>;
}

/**
 * Resolves every MeshService reference of every policy of a zone (docs/design/generation.md, "Policies that
 * reference MeshServices"): `targetRef` of `kind: MeshService` at `spec.targetRef`,
 * `spec.{to,from,rules}[].targetRef`, and `backendRefs[]` of `kind: MeshService` anywhere in the
 * spec (route rules), by `name` (plus `namespace` on Kubernetes, defaulting to the policy's) or by
 * `labels`, with `sectionName` (a port name or number) or `port` (a port number).
 *
 * Kuma accepts dangling references and silently ignores them; we report each at the line of the
 * offending field, with the severity of the config's `policyReferences`. Policies of a mesh without
 * MeshServices (the Mesh gate) are not checked: there `kind: MeshService` names `kuma.io/service`
 * values. Always returns the index of referencing policies, also with `off`.
 */
export function checkPolicyReferences(input: PolicyCheckInput): PolicyCheckResult {
  const diagnostics: Diagnostic[] = [];
  const referencedBy = new Map<string, PolicyRef[]>();
  const severity: Severity | null = input.severity === "off" ? null : input.severity;
  const available = new ServiceIndex(input.available);
  const everything = new ServiceIndex([...input.available, ...input.committed]);
  const seen = new Set<string>();
  for (const policy of input.policies) {
    const meta = policyMeta(policy.value, input.environment);
    const ref: PolicyRef = { ...meta, file: policy.at.file, line: policy.at.line };
    const spec = policy.value["spec"];
    if (!isObject(spec)) continue;
    const checked = input.gate.reasonSkipped(meta.mesh) === null;
    for (const r of referencesOf(spec, "MeshService")) {
      const target = {
        name: typeof r.value["name"] === "string" ? r.value["name"] : undefined,
        namespace:
          input.environment === "kubernetes"
            ? typeof r.value["namespace"] === "string"
              ? r.value["namespace"]
              : meta.namespace
            : "",
        labels: isObject(r.value["labels"]) ? r.value["labels"] : undefined,
      };
      // A legacy `kuma.io/service` name still references its MeshService (Kuma resolves it, docs/migration.md M2).
      const legacy =
        input.environment === "kubernetes" && target.name !== undefined ? parseKumaServiceName(target.name) : null;
      const indexed = legacy === null ? target : { ...target, name: legacy.name, namespace: legacy.namespace };
      for (const s of everything.select(meta.mesh, indexed)) {
        const key = serviceKey(s);
        const once = `${key}\0${ref.file}\0${ref.line}\0${ref.name}`;
        if (seen.has(once)) continue;
        seen.add(once);
        const list = referencedBy.get(key) ?? [];
        list.push(ref);
        referencedBy.set(key, list);
      }
      if (severity === null || !checked) continue;
      // A `kuma.io/service` value is a legacy reference, not a MeshService name: the migration checks it.
      if (legacy !== null) continue;
      const problem = dangling(r, target, available, meta, "MeshService");
      if (problem) diagnostics.push(danglingDiagnostic(severity, policy, r.path, problem));
    }
  }
  return { diagnostics, referencedBy: sortReferences(referencedBy) };
}

export interface MultiZoneCheckInput {
  readonly environment: Environment;
  readonly policies: readonly Located<Record<string, unknown>>[];
  /** The meshes whose MeshMultiZoneServices the run knows in full (they generate them). */
  readonly meshes: ReadonlySet<string>;
  /** Desired and hand-written MeshMultiZoneServices (zone "global"). */
  readonly available: readonly Referable[];
  /** Our committed MeshMultiZoneServices, so that the reports can name the policies of a deleted one. */
  readonly committed: readonly Referable[];
  readonly severity: PolicyReferences;
}

/**
 * checkPolicyReferences for `kind: MeshMultiZoneService` references of one zone's policies, in the
 * meshes that generate MeshMultiZoneServices (elsewhere the run does not know them all): by `name`
 * (a global resource: any namespace the reference names is not compared) or by `labels`, with
 * `sectionName` and `port` checked against its ports. Same codes and severity as for MeshServices.
 */
export function checkMultiZoneReferences(input: MultiZoneCheckInput): PolicyCheckResult {
  const diagnostics: Diagnostic[] = [];
  const referencedBy = new Map<string, PolicyRef[]>();
  const severity: Severity | null = input.severity === "off" ? null : input.severity;
  const available = new ServiceIndex(input.available);
  const everything = new ServiceIndex([...input.available, ...input.committed]);
  for (const policy of input.policies) {
    const meta = policyMeta(policy.value, input.environment);
    const spec = policy.value["spec"];
    if (!isObject(spec) || !input.meshes.has(meta.mesh)) continue;
    const ref: PolicyRef = { ...meta, file: policy.at.file, line: policy.at.line };
    for (const r of referencesOf(spec, "MeshMultiZoneService")) {
      const target = {
        name: typeof r.value["name"] === "string" ? r.value["name"] : undefined,
        namespace: "",
        labels: isObject(r.value["labels"]) ? r.value["labels"] : undefined,
      };
      for (const s of everything.select(meta.mesh, target)) {
        const key = serviceKey(s);
        const list = referencedBy.get(key) ?? [];
        if (!list.some((p) => p.file === ref.file && p.line === ref.line && p.name === ref.name)) list.push(ref);
        referencedBy.set(key, list);
      }
      if (severity === null) continue;
      const problem = dangling(r, target, available, meta, "MeshMultiZoneService");
      if (problem) diagnostics.push(danglingDiagnostic(severity, policy, r.path, problem));
    }
  }
  return { diagnostics, referencedBy: sortReferences(referencedBy) };
}

/** A dangling reference's diagnostic, at the field of the reference that does not resolve. */
function danglingDiagnostic(
  severity: Severity,
  policy: Located<Record<string, unknown>>,
  path: readonly PathSegment[],
  problem: NonNullable<ReturnType<typeof dangling>>,
): Diagnostic {
  return diagnostic(severity, problem.code, problem.message, locate(policy.res, ["spec", ...path, ...problem.field]));
}

/** Each MeshService's referencing policies by file, line and name: the order the reports list them in. */
function sortReferences(referencedBy: Map<string, PolicyRef[]>): Map<string, PolicyRef[]> {
  for (const list of referencedBy.values())
    list.sort((a, b) => compareStrings(a.file, b.file) || a.line - b.line || compareStrings(a.name, b.name));
  return referencedBy;
}

/** Kind, name, mesh and namespace of a policy, in either resource format. */
export function policyMeta(
  value: Record<string, unknown>,
  environment: Environment,
): { kind: string; name: string; mesh: string; namespace: string } {
  const meta = value["metadata"];
  if (isObject(meta)) {
    const labels = isObject(meta["labels"]) ? meta["labels"] : {};
    const mesh = labels[MESH_LABEL];
    return {
      kind: typeof value["kind"] === "string" ? value["kind"] : "",
      name: typeof meta["name"] === "string" ? meta["name"] : "",
      mesh: typeof mesh === "string" && mesh !== "" ? mesh : "default",
      namespace: environment === "kubernetes" && typeof meta["namespace"] === "string" ? meta["namespace"] : "",
    };
  }
  return {
    kind: typeof value["type"] === "string" ? value["type"] : "",
    name: typeof value["name"] === "string" ? value["name"] : "",
    mesh: typeof value["mesh"] === "string" && value["mesh"] !== "" ? value["mesh"] : "default",
    namespace: "",
  };
}

/** Every reference of `kind` in a policy spec, in document order, with its path below `spec`. */
function referencesOf(spec: Record<string, unknown>, kind: ReferencedKind): Reference[] {
  const out: Reference[] = [];
  const targetRef = (holder: unknown, path: PathSegment[]): void => {
    if (!isObject(holder)) return;
    const t = holder["targetRef"];
    if (isObject(t) && t["kind"] === kind) out.push({ path: [...path, "targetRef"], kind: "targetRef", value: t });
  };
  targetRef(spec, []);
  for (const section of ["to", "from", "rules"] as const) {
    const list = spec[section];
    if (Array.isArray(list)) list.forEach((item, i) => targetRef(item, [section, i]));
  }
  const walk = (node: unknown, path: PathSegment[]): void => {
    if (Array.isArray(node)) {
      node.forEach((item, i) => walk(item, [...path, i]));
      return;
    }
    if (!isObject(node)) return;
    for (const [k, v] of Object.entries(node)) {
      if (k === "backendRefs" && Array.isArray(v)) {
        v.forEach((b, i) => {
          if (isObject(b) && b["kind"] === kind) {
            out.push({ path: [...path, k, i], kind: "backendRef", value: b });
          }
        });
      } else {
        walk(v, [...path, k]);
      }
    }
  };
  walk(spec, []);
  return out;
}

interface Target {
  readonly name: string | undefined;
  readonly namespace: string;
  readonly labels: Record<string, unknown> | undefined;
}

/**
 * The MeshServices of a zone indexed by mesh and name and by mesh and label pair, so that resolving a
 * reference costs the size of its answer, not of the zone (a large zone has tens of thousands).
 */
class ServiceIndex<S extends Referable = MeshService> {
  private readonly byName = new Map<string, S[]>();
  private readonly byMesh = new Map<string, S[]>();
  // Built on the first label selector only: most repositories reference MeshServices by name.
  private byLabelIndex: Map<string, S[]> | undefined;

  constructor(private readonly services: readonly S[]) {
    for (const s of services) {
      push(this.byMesh, s.mesh, s);
      push(this.byName, `${s.mesh}\0${s.name}`, s);
    }
  }

  private get byLabel(): Map<string, S[]> {
    if (this.byLabelIndex === undefined) {
      this.byLabelIndex = new Map();
      for (const s of this.services) {
        for (const [k, v] of Object.entries(s.labels)) push(this.byLabelIndex, `${s.mesh}\0${k}\0${v}`, s);
      }
    }
    return this.byLabelIndex;
  }

  /** The names of the MeshServices of a mesh in one namespace ("" on Universal), for a "did you mean". */
  namesIn(mesh: string, namespace: string | undefined): string[] {
    return (this.byMesh.get(mesh) ?? []).filter((s) => s.namespace === (namespace ?? "")).map((s) => s.name);
  }

  /** Every MeshService of the mesh with this name, in any namespace. */
  named(mesh: string, name: string): readonly S[] {
    return this.byName.get(`${mesh}\0${name}`) ?? [];
  }

  /** The MeshServices of a mesh that a reference selects: by name (and namespace), or by labels. */
  select(mesh: string, t: Target): S[] {
    if (t.name !== undefined) return this.named(mesh, t.name).filter((s) => s.namespace === t.namespace);
    if (t.labels === undefined) return [];
    const pairs = Object.entries(t.labels);
    // Start from the rarest pair; an empty selector selects every MeshService of the mesh.
    let smallest: readonly S[] | undefined;
    for (const [k, v] of pairs) {
      const list = typeof v === "string" ? (this.byLabel.get(`${mesh}\0${k}\0${v}`) ?? []) : [];
      if (smallest === undefined || list.length < smallest.length) smallest = list;
    }
    return (smallest ?? this.byMesh.get(mesh) ?? []).filter((s) => pairs.every(([k, v]) => s.labels[k] === v));
  }
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

function dangling<S extends Referable>(
  r: Reference,
  t: Target,
  services: ServiceIndex<S>,
  policy: { kind: string; name: string; mesh: string },
  kind: ReferencedKind,
): { code: string; message: string; field: PathSegment[] } | null {
  const who = `${policy.kind} "${policy.name}"`;
  const matched = services.select(policy.mesh, t);
  if (matched.length === 0) {
    if (t.name !== undefined) {
      const elsewhere = services.named(policy.mesh, t.name).map((s) => s.namespace);
      const hint =
        elsewhere.length > 0
          ? `; it exists in namespace ${[...new Set(elsewhere)]
              .sort(compareStrings)
              .map((n) => `"${n}"`)
              .join(", ")}`
          : didYouMean(t.name, services.namesIn(policy.mesh, t.namespace)).replace(/^ Did/, "; did").replace(/\?$/, "");
      return {
        code: "policy-ref-unknown-service",
        message: `${who} references ${kind} "${t.name}"${t.namespace ? ` in namespace "${t.namespace}"` : ""}, which does not exist in mesh "${policy.mesh}"${hint}`,
        field: [t.namespace && elsewhere.length > 0 && "namespace" in r.value ? "namespace" : "name"],
      };
    }
    if (t.labels !== undefined) {
      return {
        code: "policy-ref-no-match",
        message: `${who} selects ${kind}s by labels ${JSON.stringify(t.labels)}, which match no ${kind} in mesh "${policy.mesh}"`,
        field: ["labels"],
      };
    }
    return null;
  }
  const section = r.value["sectionName"];
  if (r.kind === "targetRef" && typeof section === "string") {
    const missing = matched.filter((s) => !s.spec.ports.some((p) => p.name === section || String(p.port) === section));
    if (missing.length > 0) {
      return {
        code: "policy-ref-unknown-section",
        message: `${who} references sectionName "${section}", which is no port of ${describeServices(missing, kind)}`,
        field: ["sectionName"],
      };
    }
  }
  const port = r.value["port"];
  if (r.kind === "backendRef" && typeof port === "number") {
    const missing = matched.filter((s) => !s.spec.ports.some((p) => p.port === port));
    if (missing.length > 0) {
      return {
        code: "policy-ref-unknown-port",
        message: `${who} routes to port ${port}, which is no port of ${describeServices(missing, kind)}`,
        field: ["port"],
      };
    }
  }
  return null;
}

function describeServices(services: readonly Referable[], kind: ReferencedKind): string {
  return services
    .map((s) => {
      const ports = s.spec.ports.map((p) =>
        p.name && p.name !== String(p.port) ? `${p.name} (${p.port})` : String(p.port),
      );
      return `${kind} "${s.name}"${s.namespace ? ` in namespace "${s.namespace}"` : ""} (ports: ${ports.join(", ") || "none"})`;
    })
    .join("; ");
}
