// The migration of a mesh from `kuma.io/service` to MeshService (docs/migration.md): which policy
// references are in the legacy form, what each one applies to in the mesh's meshServices.mode and in
// the next one, the new-style reference that is equivalent, and whether the mesh is ready for
// Exclusive. Every rule cites Kuma v2.14.3; the rule ids (M1...) are the sections of docs/migration.md.

import { compareStrings, diagnostic } from "../diagnostics.js";
import type { Diagnostic, Location, Severity } from "../diagnostics.js";
import type { PolicyReferences } from "../model/config.js";
import type { Environment, MeshService } from "../model/kuma.js";
import { parseKumaServiceName } from "../model/names.js";
import { printable, quoted } from "../model/printable.js";
import { isObject } from "../model/values.js";
import { locate } from "../parse/yaml.js";
import type { PathSegment, SourceResource } from "../parse/yaml.js";
import { policyMeta } from "./policies.js";
import type { Located, MeshInfo } from "./sources.js";

/** Mesh `spec.meshServices.mode` [api/mesh/v1alpha1/mesh.proto]; unset is Disabled. */
export type MeshServicesMode = "Disabled" | "Everywhere" | "ReachableBackends" | "Exclusive";

export const MODES: readonly MeshServicesMode[] = ["Disabled", "Everywhere", "ReachableBackends", "Exclusive"];

/** Where a legacy reference sits: the top-level targetRef, a `to[].targetRef`, a route's backendRef. */
export type ReferenceForm = "top-level" | "to" | "backendRef";

/**
 * What a legacy reference applies to in one mode (docs/migration.md, the table of rules):
 * - `proxies-by-tag`: the proxies whose inbound carries the `kuma.io/service` tag (top-level targetRef);
 * - `kuma-service`: the `kuma.io/service` destination only;
 * - `kuma-service-and-meshservice`: that destination and, by Kuma's backwards compatibility, the MeshService;
 * - `meshservice`: the MeshService only;
 * - `stops`: nothing any more: the route's traffic to it is dropped;
 * - `nothing`: no destination of either kind exists for it.
 */
export type Effect =
  "proxies-by-tag" | "kuma-service" | "kuma-service-and-meshservice" | "meshservice" | "stops" | "nothing";

/** The policy kinds whose `to[].rules[].default.backendRefs` route traffic (the design record's "routes"). */
export const ROUTE_KINDS: ReadonlySet<string> = new Set(["MeshHTTPRoute", "MeshTCPRoute"]);

/**
 * The next step of the migration the design record lays out (060-meshservice-migration.md,
 * "Migration"): Disabled, then Everywhere (or ReachableBackends), then Exclusive. Null after Exclusive.
 */
export function nextMode(mode: MeshServicesMode): MeshServicesMode | null {
  switch (mode) {
    case "Disabled":
      return "Everywhere";
    case "Everywhere":
    case "ReachableBackends":
      return "Exclusive";
    case "Exclusive":
      return null;
  }
}

/**
 * The rule table of docs/migration.md: what a legacy reference of `form` in a policy of `kind`
 * applies to in `mode`, given whether its MeshService exists (`resolved`).
 *
 * - M1 top-level `spec.targetRef` of kind MeshService selects proxies by their `kuma.io/service`
 *   inbound tag in every mode [pkg/plugins/policies/core/matchers/dataplane.go DppSelectedByPolicy].
 * - M2 a `to[].targetRef` by legacy name applies to the `kuma.io/service` destination while the mesh
 *   has them (all modes but Exclusive [pkg/xds/context/mesh_context_builder.go Build]) and, once
 *   MeshServices exist (not Disabled [pkg/core/resources/apis/meshservice/generate/generator.go]), to
 *   the MeshService too [pkg/plugins/policies/core/rules/resolve/targetref.go TargetRef]. Routes
 *   resolve their `to[].targetRef` the same way [pkg/plugins/policies/core/rules/rules.go BuildRules].
 * - M3 a route's backendRef without `port` or `sectionName` is a legacy backendRef
 *   [api/common/v1alpha1/targetref.go ReferencesRealObject, resolve/backendref.go BackendRef]: it routes
 *   to the `kuma.io/service` cluster [pkg/plugins/policies/core/xds/meshroute/listeners.go
 *   handleLegacyBackendRef], which Exclusive no longer has: the route stops applying.
 */
export function effectOf(form: ReferenceForm, kind: string, mode: MeshServicesMode, resolved: boolean): Effect {
  if (form === "top-level") return "proxies-by-tag";
  if (form === "backendRef") return ROUTE_KINDS.has(kind) && mode === "Exclusive" ? "stops" : "kuma-service";
  // M2 holds for routes as for every other policy: rules.go BuildRules resolves their to[] alike.
  if (mode === "Disabled") return "kuma-service";
  if (mode === "Exclusive") return resolved ? "meshservice" : "nothing";
  return resolved ? "kuma-service-and-meshservice" : "kuma-service";
}

/** The words of an effect, for the reports. */
export function describeEffect(effect: Effect): string {
  switch (effect) {
    case "proxies-by-tag":
      return "selects the proxies whose inbound has this kuma.io/service tag (deprecated form)";
    case "kuma-service":
      return "applies to the kuma.io/service destination";
    case "kuma-service-and-meshservice":
      return "applies to the kuma.io/service destination and to the MeshService";
    case "meshservice":
      return "applies to the MeshService (Kuma's backwards compatibility)";
    case "stops":
      return "stops applying: there is no kuma.io/service destination in Exclusive";
    case "nothing":
      return "applies to nothing: no MeshService corresponds to it";
  }
}

/** The MeshService (and port) a legacy reference corresponds to. */
export interface MigrationTarget {
  readonly name: string;
  readonly namespace: string;
  /** The port number, or null when the reference names the whole service. */
  readonly port: number | null;
  /** The port's name as Kuma matches `sectionName` (its `name`, or the number as text). */
  readonly sectionName: string | null;
}

/** One policy reference in the legacy form, with what the migration knows about it. */
export interface LegacyReference {
  readonly form: ReferenceForm;
  readonly policy: { readonly kind: string; readonly name: string; readonly namespace: string };
  /** Where the reference's `name` is. */
  readonly at: Location;
  /** The `kuma.io/service` value it names. */
  readonly legacy: string;
  readonly target: MigrationTarget | null;
  /** The equivalent new-style reference, or null when there is none to write (see `note`). */
  readonly replacement: Readonly<Record<string, string | number>> | null;
  /** A backendRef whose new-style equivalent is already in the same list (migrate added it). */
  readonly paired: boolean;
  /** Its MeshService exists (possibly without the one port a new-style reference needs). */
  readonly resolved: boolean;
  readonly now: Effect;
  readonly next: Effect | null;
  /** Why the reference cannot be rewritten, or what else to know; null when nothing. */
  readonly note: string | null;
  /** For the rewrite (plan/migrate.ts): the resource and the path of the reference below it. */
  readonly res: SourceResource;
  readonly path: readonly PathSegment[];
}

/** The migration state of one mesh of a zone. */
export interface MeshMigration {
  readonly zone: string;
  readonly environment: Environment;
  readonly mesh: string;
  readonly mode: MeshServicesMode;
  /** The zone has no Mesh objects: the mode is assumed (MeshServices enabled, as the Mesh gate does). */
  readonly modeAssumed: boolean;
  readonly nextMode: MeshServicesMode | null;
  readonly references: readonly LegacyReference[];
  /** What stops working in Exclusive; [] when the mesh is ready for it. */
  readonly blockers: readonly string[];
}

export interface MigrationInput {
  readonly zone: string;
  readonly environment: Environment;
  readonly policies: readonly Located<Record<string, unknown>>[];
  readonly meshes: ReadonlyMap<string, MeshInfo>;
  /** The MeshServices references resolve to: desired and hand-written (for a Disabled mesh: what would be). */
  readonly services: readonly MeshService[];
  readonly severity: PolicyReferences;
}

/**
 * Every legacy reference of a zone's policies, per mesh (meshes by name, references by file, line,
 * column), and the diagnostics of the ones that stop applying in the mode or the next one: a route's
 * legacy backendRef (`route-backend-ref-legacy`) and a Kubernetes legacy name without a MeshService
 * (`legacy-ref-unresolved`), with the config's `policyReferences` severity (none with `off`). The
 * deprecated top-level form is only listed. Meshes without legacy references are left out.
 */
export function computeMigration(input: MigrationInput): { meshes: MeshMigration[]; diagnostics: Diagnostic[] } {
  const severity: Severity | null = input.severity === "off" ? null : input.severity;
  const index = new Map<string, MeshService>();
  for (const s of input.services) index.set(`${s.mesh}\0${s.namespace}\0${s.name}`, s);
  const byMesh = new Map<string, LegacyReference[]>();
  const diagnostics: Diagnostic[] = [];
  for (const policy of input.policies) {
    const meta = policyMeta(policy.value, input.environment);
    const spec = policy.value["spec"];
    if (!isObject(spec)) continue;
    const { mode } = modeOf(input.meshes, meta.mesh);
    const next = nextMode(mode);
    for (const found of legacyReferencesOf(spec, meta.kind, input.environment)) {
      const target = resolveTarget(found.name, found.form, input.environment, meta, index);
      const svc = target.service;
      const replacement = svc === null ? null : newStyle(found.form, input.environment, target.target);
      const paired =
        found.form === "backendRef" &&
        replacement !== null &&
        hasSibling(spec, found.path, replacement, meta.namespace);
      const ref: LegacyReference = {
        form: found.form,
        policy: { kind: meta.kind, name: meta.name, namespace: meta.namespace },
        at: locate(policy.res, ["spec", ...found.path, "name"]),
        legacy: found.name,
        target: target.target,
        replacement: found.form === "top-level" ? null : target.note === null ? replacement : null,
        paired,
        resolved: svc !== null,
        now: effectOf(found.form, meta.kind, mode, svc !== null),
        next: next === null ? null : effectOf(found.form, meta.kind, next, svc !== null),
        note:
          found.form === "top-level"
            ? "rewrite it by hand to a top-level targetRef of kind Dataplane with labels that select these proxies"
            : target.note,
        res: policy.res,
        path: found.path,
      };
      const list = byMesh.get(meta.mesh) ?? [];
      list.push(ref);
      byMesh.set(meta.mesh, list);
      diagnostics.push(...diagnose(ref, meta.mesh, mode, next, input.environment, severity));
    }
  }
  const meshes: MeshMigration[] = [];
  for (const mesh of [...byMesh.keys()].sort(compareStrings)) {
    const references = (byMesh.get(mesh) ?? []).sort(
      (a, b) => compareStrings(a.at.file, b.at.file) || a.at.line - b.at.line || a.at.column - b.at.column,
    );
    const { mode, assumed } = modeOf(input.meshes, mesh);
    meshes.push({
      zone: input.zone,
      environment: input.environment,
      mesh,
      mode,
      modeAssumed: assumed,
      nextMode: nextMode(mode),
      references,
      blockers: blockersOf(references),
    });
  }
  return { meshes, diagnostics };
}

/** The mode of a mesh: its Mesh object's; with no Mesh objects at all, Everywhere (the Mesh gate's assumption). */
function modeOf(meshes: ReadonlyMap<string, MeshInfo>, mesh: string): { mode: MeshServicesMode; assumed: boolean } {
  if (meshes.size === 0) return { mode: "Everywhere", assumed: true };
  const m = meshes.get(mesh)?.mode;
  return { mode: MODES.find((x) => x === m) ?? "Disabled", assumed: false };
}

/** A legacy reference as found in a spec: its form, the `kuma.io/service` value, its path below `spec`. */
interface Found {
  readonly form: ReferenceForm;
  readonly name: string;
  readonly path: PathSegment[];
}

/**
 * Whether a reference object is in the legacy form (docs/migration.md, "Which references are legacy"):
 * kind MeshService with a `name`, no `labels`, no `sectionName` (and for a backendRef no `port`), and on
 * Kubernetes a name that parses as `<name>_<namespace>_svc_<port>` (a MeshService name cannot contain `_`).
 */
export function isLegacyReference(
  value: Record<string, unknown>,
  form: ReferenceForm,
  environment: Environment,
): boolean {
  const name = value["name"];
  if (value["kind"] !== "MeshService" || typeof name !== "string" || name === "") return false;
  if (environment === "kubernetes" && parseKumaServiceName(name) === null) return false;
  if (form === "top-level") return true;
  if (value["labels"] !== undefined || value["sectionName"] !== undefined) return false;
  return form !== "backendRef" || value["port"] === undefined;
}

/**
 * The legacy references of a policy spec, in document order: `spec.targetRef`, `spec.to[].targetRef`
 * and, in routes, `spec.to[].rules[].default.backendRefs[]`.
 */
function legacyReferencesOf(spec: Record<string, unknown>, kind: string, environment: Environment): Found[] {
  const out: Found[] = [];
  const top = spec["targetRef"];
  if (isObject(top) && isLegacyReference(top, "top-level", environment))
    out.push({ form: "top-level", name: String(top["name"]), path: ["targetRef"] });
  const to = spec["to"];
  if (!Array.isArray(to)) return out;
  to.forEach((item, i) => {
    if (!isObject(item)) return;
    const t = item["targetRef"];
    if (isObject(t) && isLegacyReference(t, "to", environment))
      out.push({ form: "to", name: String(t["name"]), path: ["to", i, "targetRef"] });
    const rules = item["rules"];
    if (!ROUTE_KINDS.has(kind) || !Array.isArray(rules)) return;
    rules.forEach((rule, j) => {
      const d = isObject(rule) ? rule["default"] : undefined;
      const refs = isObject(d) ? d["backendRefs"] : undefined;
      if (!Array.isArray(refs)) return;
      refs.forEach((b, k) => {
        if (isObject(b) && isLegacyReference(b, "backendRef", environment))
          out.push({
            form: "backendRef",
            name: String(b["name"]),
            path: ["to", i, "rules", j, "default", "backendRefs", k],
          });
      });
    });
  });
  return out;
}

/**
 * The MeshService a legacy name corresponds to: on Kubernetes `<name>_<namespace>_svc_<port>` is the
 * MeshService `name` in `namespace` and its port `port` (Kuma's own reading, resolve/targetref.go); on
 * Universal the MeshService named like the `kuma.io/service` value [generate/generator.go], whose port
 * must be the only one for a new-style reference (060-meshservice-migration.md, "Require sectionName").
 */
function resolveTarget(
  legacy: string,
  form: ReferenceForm,
  environment: Environment,
  policy: { mesh: string },
  index: ReadonlyMap<string, MeshService>,
): { target: MigrationTarget | null; service: MeshService | null; note: string | null } {
  const parsed = environment === "kubernetes" ? parseKumaServiceName(legacy) : { name: legacy, namespace: "", port: 0 };
  if (parsed === null) return { target: null, service: null, note: "not a kuma.io/service value" };
  const svc = index.get(`${policy.mesh}\0${parsed.namespace}\0${parsed.name}`) ?? null;
  const where = `MeshService ${quoted(parsed.name)}${parsed.namespace ? ` in namespace ${quoted(parsed.namespace)}` : ""}`;
  if (svc === null) {
    const target = { name: parsed.name, namespace: parsed.namespace, port: parsed.port || null, sectionName: null };
    return { target, service: null, note: `no ${where} exists in mesh ${quoted(policy.mesh)}` };
  }
  const ports = svc.spec.ports;
  const port =
    environment === "kubernetes"
      ? parsed.port === 0
        ? null
        : ports.find((p) => p.port === parsed.port)
      : ports.length === 1
        ? ports[0]
        : null;
  if (port === undefined) {
    const target = { name: parsed.name, namespace: parsed.namespace, port: parsed.port, sectionName: null };
    return { target, service: null, note: `${where} has no port ${parsed.port} (ports: ${portList(svc)})` };
  }
  if (port === null) {
    const target = { name: svc.name, namespace: svc.namespace, port: null, sectionName: null };
    // A Kubernetes name without a port names the whole service; on Universal several ports are ambiguous.
    if (environment === "kubernetes" && form !== "backendRef") return { target, service: svc, note: null };
    return {
      target,
      service: svc,
      note: `${where} has ${ports.length === 0 ? "no ports" : `ports ${portList(svc)}`}: a new-style reference names one port; write one per port by hand`,
    };
  }
  const sectionName = port.name ?? String(port.port);
  return {
    target: { name: svc.name, namespace: svc.namespace, port: port.port, sectionName },
    service: svc,
    note: null,
  };
}

function portList(svc: MeshService): string {
  return svc.spec.ports
    .map((p) => (p.name && p.name !== String(p.port) ? `${p.name} (${p.port})` : String(p.port)))
    .join(", ");
}

/**
 * The new-style reference equivalent to a legacy one (docs/migration.md, "The new-style reference"):
 * a targetRef by `name` (and `namespace` on Kubernetes) with the port's `sectionName`; a backendRef
 * by `name` (and `namespace`) with the `port` number. Keys in the order they are written.
 */
export function newStyle(
  form: ReferenceForm,
  environment: Environment,
  target: MigrationTarget | null,
): Record<string, string | number> | null {
  if (target === null) return null;
  const ref: Record<string, string | number> = { kind: "MeshService", name: target.name };
  if (environment === "kubernetes") ref["namespace"] = target.namespace;
  if (form === "backendRef") {
    if (target.port === null) return null;
    ref["port"] = target.port;
  } else if (target.sectionName !== null) {
    ref["sectionName"] = target.sectionName;
  }
  return ref;
}

/** A backendRef list already holds the new-style entry (the one `migrate` adds next to the legacy one). */
function hasSibling(
  spec: Record<string, unknown>,
  path: readonly PathSegment[],
  replacement: Readonly<Record<string, string | number>>,
  policyNamespace: string,
): boolean {
  let list: unknown = spec;
  for (const seg of path.slice(0, -1))
    list = isObject(list) ? list[seg as string] : Array.isArray(list) ? list[seg as number] : undefined;
  if (!Array.isArray(list)) return false;
  return list.some(
    (b) =>
      isObject(b) &&
      b["kind"] === "MeshService" &&
      b["name"] === replacement["name"] &&
      (replacement["namespace"] === undefined || (b["namespace"] ?? policyNamespace) === replacement["namespace"]) &&
      b["port"] === replacement["port"],
  );
}

function diagnose(
  ref: LegacyReference,
  mesh: string,
  mode: MeshServicesMode,
  next: MeshServicesMode | null,
  environment: Environment,
  severity: Severity | null,
): Diagnostic[] {
  const who = `${ref.policy.kind} ${quoted(ref.policy.name)}`;
  const legacy = quoted(ref.legacy);
  // The top-level form keeps selecting its proxies in every mode: the report lists it, no diagnostic.
  if (ref.form === "top-level") return [];
  if (severity === null) return [];
  const when = (effect: Effect): MeshServicesMode | null =>
    ref.now === effect ? mode : ref.next === effect && next !== null ? next : null;
  const stops = when("stops");
  if (stops !== null) {
    const fix =
      ref.replacement === null
        ? (ref.note ?? "")
        : ref.paired
          ? "its new-style entry is already next to it: remove the legacy one (meshservice-reconciler migrate --replace) before Exclusive"
          : `the equivalent is ${formatReference(ref.replacement)} (meshservice-reconciler migrate adds it)`;
    return [
      diagnostic(
        severity,
        "route-backend-ref-legacy",
        `${who} routes to kuma.io/service ${legacy}, a legacy backendRef that stops applying when mesh ${quoted(mesh)} is ${stops}; ${fix}`,
        ref.at,
      ),
    ];
  }
  const nothing = when("nothing");
  if (nothing !== null && environment === "kubernetes")
    return [
      diagnostic(
        severity,
        "legacy-ref-unresolved",
        `${who} references kuma.io/service ${legacy}, which applies to nothing when mesh ${quoted(mesh)} is ${nothing}: ${ref.note ?? "no MeshService corresponds to it"}`,
        ref.at,
      ),
    ];
  return [];
}

/** What keeps a mesh from Exclusive: every legacy reference that stops or applies to nothing there. */
function blockersOf(references: readonly LegacyReference[]): string[] {
  const out: string[] = [];
  for (const r of references) {
    const there = effectOf(r.form, r.policy.kind, "Exclusive", r.resolved);
    const at = `${printable(r.at.file)}:${r.at.line}:${r.at.column}`;
    const who = `${r.policy.kind} ${quoted(r.policy.name)}`;
    if (there === "stops")
      out.push(
        `${at} ${who}: legacy backendRef ${quoted(r.legacy)} stops applying${r.paired ? " (remove it: its new-style entry is next to it)" : ""}`,
      );
    else if (there === "nothing") out.push(`${at} ${who}: ${quoted(r.legacy)} applies to nothing`);
  }
  return out;
}

/** `{kind: MeshService, name: backend, namespace: shop, sectionName: "8080"}`: a reference as a reader writes it. */
export function formatReference(ref: Readonly<Record<string, string | number>>): string {
  const parts = Object.entries(ref).map(
    ([k, v]) =>
      `${k}: ${typeof v === "number" || (/^[a-z0-9]([-a-z0-9.]*[a-z0-9])?$/i.test(v) && !/^\d+$/.test(v)) ? String(v) : quoted(v)}`,
  );
  return `{${parts.join(", ")}}`;
}
