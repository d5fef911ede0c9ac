import { compareStrings, diagnostic } from "../diagnostics.js";
import type { Diagnostic, Location } from "../diagnostics.js";
import type { Environment, HostnameGeneratorRef, MeshServiceCondition } from "../model/kuma.js";
import { locate } from "../parse/yaml.js";
import { isObject } from "../model/values.js";
import { dns1123SubdomainViolations } from "../model/names.js";
import { objectName } from "../model/kinds.js";
import type { Located } from "./sources.js";
import { parseTemplate, renderTemplate } from "./template.js";
import type { TemplateNode, TemplateValues } from "./template.js";
import {
  DISPLAY_NAME_LABEL,
  NAMESPACE_LABEL,
  ORIGIN_LABEL,
  SERVICE_ACCOUNT_LABEL,
  WORKLOAD_LABEL,
  ZONE_LABEL,
} from "../model/labels.js";

/** Namespace of a Kubernetes-format HostnameGenerator without one: Kuma keeps them in its system namespace. */
export const SYSTEM_NAMESPACE = "kuma-system";

const SELECTOR_KINDS = ["meshService", "meshExternalService", "meshMultiZoneService"] as const;

/** What a generator's selector selects: MeshServices of a zone, or the MeshMultiZoneServices of global. */
export type GeneratorTarget = "meshService" | "meshMultiZoneService";

export interface HostnameGenerator {
  readonly name: string;
  /** The reference name: the name on Universal, `<name>.<namespace>` for the Kubernetes format. */
  readonly coreName: string;
  /** Labelled `kuma.io/origin: zone`: such generators go first. */
  readonly fromZone: boolean;
  readonly matchLabels: Readonly<Record<string, string>>;
  readonly nodes: readonly TemplateNode[];
  readonly at: Location;
}

/** Kuma's default generator of a Universal zone [pkg/defaults/hostnamegenerators.go]. */
export const LOCAL_UNIVERSAL_MESH_SERVICE: HostnameGenerator = {
  name: "local-universal-mesh-service",
  coreName: "local-universal-mesh-service",
  fromZone: true,
  matchLabels: { [ORIGIN_LABEL]: "zone" },
  nodes: constantTemplate("{{ .DisplayName }}.svc.mesh.local"),
  at: { file: "", line: 0, column: 0 },
};

/**
 * Kuma's default generator of a global control plane for MeshMultiZoneServices
 * [pkg/defaults/hostname_generator.go EnsureHostnameGeneratorExists, `cfg.Mode == core.Global`]:
 * it selects `kuma.io/origin: global`; on Kubernetes it lives in the system namespace, so its core
 * name is `<name>.kuma-system` there.
 */
export function syncedMeshMultiZoneService(environment: Environment): HostnameGenerator {
  const name = "synced-mesh-multi-zone-service";
  return {
    name,
    coreName: environment === "kubernetes" ? `${name}.${SYSTEM_NAMESPACE}` : name,
    fromZone: false,
    matchLabels: { [ORIGIN_LABEL]: "global" },
    nodes: constantTemplate("{{ .DisplayName }}.mzsvc.mesh.local"),
    at: { file: "", line: 0, column: 0 },
  };
}

function constantTemplate(template: string): readonly TemplateNode[] {
  const parsed = parseTemplate(template);
  if ("error" in parsed) throw new Error(`built-in template ${template}: ${parsed.error}`);
  return parsed.nodes;
}

const STUB: TemplateValues = {
  Name: "name",
  DisplayName: "displayname",
  Namespace: "namespace",
  Mesh: "mesh",
  Zone: "zone",
  label: () => "label",
};

/**
 * The HostnameGenerators of a zone: those of its sources (Universal `type: HostnameGenerator` and
 * `kind: HostnameGenerator`), validated as Kuma's admission does
 * [pkg/core/resources/apis/hostnamegenerator/api/v1alpha1/validator.go] with an `error` at the
 * generator, plus the environment's default unless disabled or replaced by a source generator of the
 * same name. Only the generators whose selector selects `target` are kept (a zone's MeshServices by
 * default; `meshMultiZoneService` for global, whose default is {@link syncedMeshMultiZoneService}).
 * Sorted in assignment order: `kuma.io/origin: zone` first, then by reference name.
 */
export function readHostnameGenerators(
  sources: readonly Located<Record<string, unknown>>[],
  environment: Environment,
  withDefaults: boolean,
  target: GeneratorTarget = "meshService",
): { generators: HostnameGenerator[]; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = [];
  const generators: HostnameGenerator[] = [];
  const names = new Set<string>();
  const byCoreName = new Map<string, Location>();
  const ordered = [...sources].sort((a, b) => compareStrings(a.at.file, b.at.file) || a.at.line - b.at.line);
  for (const src of ordered) {
    const read = readGenerator(src);
    if ("error" in read) {
      diagnostics.push(diagnostic("error", "hostname-generator-invalid", read.error, read.at));
      continue;
    }
    const g = read.generator;
    const prev = byCoreName.get(g.coreName);
    if (prev) {
      diagnostics.push(
        diagnostic(
          "error",
          "hostname-generator-invalid",
          `HostnameGenerator "${g.coreName}" is defined twice (also at ${prev.file}:${prev.line})`,
          g.at,
        ),
      );
      continue;
    }
    byCoreName.set(g.coreName, g.at);
    names.add(g.name);
    if (read.selects === target) generators.push(g);
  }
  const builtIn =
    target === "meshMultiZoneService"
      ? syncedMeshMultiZoneService(environment)
      : environment === "universal"
        ? LOCAL_UNIVERSAL_MESH_SERVICE
        : null;
  if (withDefaults && builtIn !== null && !names.has(builtIn.name)) generators.push(builtIn);
  generators.sort((a, b) => Number(b.fromZone) - Number(a.fromZone) || compareStrings(a.coreName, b.coreName));
  return { generators, diagnostics };
}

function readGenerator(
  src: Located<Record<string, unknown>>,
): { generator: HostnameGenerator; selects: (typeof SELECTOR_KINDS)[number] } | { error: string; at: Location } {
  const v = src.value;
  const kube = isObject(v["metadata"]);
  const meta = kube ? (v["metadata"] as Record<string, unknown>) : v;
  const name = objectName(v) ?? "";
  const coreName = generatorCoreName(v);
  const labels = isObject(meta["labels"]) ? meta["labels"] : {};
  const fail = (path: (string | number)[], why: string): { error: string; at: Location } => ({
    error: `HostnameGenerator "${coreName}": ${path.join(".")}: ${why}`,
    at: locate(src.res, path),
  });
  const spec = v["spec"];
  if (!isObject(spec)) return fail(["spec"], "must be an object");
  const selector = isObject(spec["selector"]) ? spec["selector"] : {};
  const kinds = SELECTOR_KINDS.filter((k) => selector[k] !== undefined && selector[k] !== null);
  if (kinds.length !== 1) {
    // [validate.go validateSelectors], Kuma's message (which names two of the three kinds).
    return fail(
      ["spec", "selector"],
      `exact one selector (meshService, meshExternalService) must be defined (found ${kinds.length === 0 ? "none" : kinds.join(", ")})`,
    );
  }
  const kind = kinds[0] ?? "meshService";
  const sel = selector[kind];
  const rawLabels = isObject(sel) ? sel["matchLabels"] : undefined;
  if (!isObject(sel) || (rawLabels !== undefined && rawLabels !== null && !isStringMap(rawLabels))) {
    return fail(["spec", "selector", kind], "must be an object with matchLabels of string values");
  }
  const template = spec["template"];
  if (typeof template !== "string" || template === "") return fail(["spec", "template"], "must not be empty");
  // [hostnamegenerator/api/v1alpha1/validate.go validateExtension]: an extension names its type.
  const extension = spec["extension"];
  if (isObject(extension) && (typeof extension["type"] !== "string" || extension["type"] === ""))
    return fail(["spec", "extension", "type"], "must not be empty");
  const parsed = parseTemplate(template);
  if ("error" in parsed) return fail(["spec", "template"], `couldn't parse template: ${parsed.error}`);
  const stub = renderTemplate(parsed.nodes, STUB);
  if ("error" in stub) return fail(["spec", "template"], `couldn't render template with stub values: ${stub.error}`);
  const violations = dns1123SubdomainViolations(stub.hostname);
  if (violations.length > 0) {
    // [validate.go validateTemplate], Kuma's message.
    return fail(
      ["spec", "template"],
      `template renders to ${JSON.stringify(stub.hostname)} which is not a valid DNS name: ${violations.join(", ")}`,
    );
  }
  return {
    generator: {
      name,
      coreName,
      fromZone: labels[ORIGIN_LABEL] === "zone",
      matchLabels: isStringMap(rawLabels) ? rawLabels : {},
      nodes: parsed.nodes,
      at: src.at,
    },
    selects: kind,
  };
}

/**
 * The reference name of a HostnameGenerator resource: its name on Universal, `<name>.<namespace>`
 * for the Kubernetes format (the system namespace when it has none).
 */
export function generatorCoreName(v: Record<string, unknown>): string {
  const kube = isObject(v["metadata"]);
  const meta = kube ? (v["metadata"] as Record<string, unknown>) : v;
  const name = objectName(v) ?? "";
  const namespace =
    typeof meta["namespace"] === "string" && meta["namespace"] !== "" ? meta["namespace"] : SYSTEM_NAMESPACE;
  return kube ? `${name}.${namespace}` : name;
}

function isStringMap(v: unknown): v is Record<string, string> {
  return isObject(v) && Object.values(v).every((x) => typeof x === "string");
}

/** A MeshService taking part in hostname assignment: desired (written) or hand-written (never written). */
export interface HostnameSubject {
  readonly key: string;
  readonly mesh: string;
  readonly namespace: string;
  readonly name: string;
  /** The labels a generator sees (see {@link generatorLabelView}), not necessarily those written. */
  readonly labels: Readonly<Record<string, string>>;
  /** Hostnames its committed file records in status.addresses: those claims are sticky. */
  readonly recorded: ReadonlySet<string>;
  readonly at: Location;
}

export interface HostnameAddress {
  readonly hostname: string;
  readonly origin: "HostnameGenerator";
  readonly hostnameGeneratorRef: HostnameGeneratorRef;
}

export interface HostnameStatus {
  readonly addresses: HostnameAddress[];
  readonly hostnameGenerators: { hostnameGeneratorRef: HostnameGeneratorRef; conditions: MeshServiceCondition[] }[];
}

/**
 * The labels a HostnameGenerator sees on a MeshService, for `matchLabels` and `label "k"`
 * (docs/design/addressing.md, Assignment step 2). On Universal they are the written labels. On
 * Kubernetes, Kuma's store adds to every object's label view [pkg/plugins/resources/k8s/store.go
 * KubernetesMetaAdapter.GetLabels] `kuma.io/display-name`: the object's `kuma.io/display-name`
 * annotation, else its name (replacing a label of that key), and the `kuma.io/service-account` and
 * `kuma.io/workload` annotations when present. None of them is written into a generated file.
 */
export function generatorLabelView(
  environment: Environment,
  name: string,
  labels: Readonly<Record<string, string>>,
  annotations: Readonly<Record<string, string>> = {},
): Readonly<Record<string, string>> {
  if (environment !== "kubernetes") return labels;
  const view: Record<string, string> = { ...labels };
  const annotation = (k: string): string | undefined => (Object.hasOwn(annotations, k) ? annotations[k] : undefined);
  view[DISPLAY_NAME_LABEL] = annotation(DISPLAY_NAME_LABEL) ?? name;
  for (const k of [SERVICE_ACCOUNT_LABEL, WORKLOAD_LABEL]) {
    const v = annotation(k);
    if (v !== undefined) view[k] = v;
  }
  return view;
}

/**
 * Kuma's core name of a MeshService [pkg/plugins/resources/k8s/store.go KubernetesMetaAdapter.GetName]:
 * `<name>.<namespace>` on Kubernetes, the name on Universal (whose namespace is empty).
 */
export function coreNameOf(s: Pick<HostnameSubject, "name" | "namespace">): string {
  return s.namespace === "" ? s.name : `${s.name}.${s.namespace}`;
}

/** Template values of a MeshService: Kuma's [meshservice/hostname/generator.go] meshServiceData. */
export function templateValues(zone: string, s: Pick<HostnameSubject, "name" | "mesh" | "labels">): TemplateValues {
  const label = (k: string): string | undefined => (Object.hasOwn(s.labels, k) ? s.labels[k] : undefined);
  return {
    Name: s.name,
    DisplayName: label(DISPLAY_NAME_LABEL) ?? s.name,
    Namespace: label(NAMESPACE_LABEL) ?? "",
    Mesh: s.mesh,
    // [hostnamegenerator/hostname/generator.go EvaluateTemplate]: an empty kuma.io/zone label is the local zone.
    Zone: label(ZONE_LABEL) || zone,
    // Own keys only: a label named "constructor" must not find Object.prototype's.
    label,
  };
}

/**
 * Hostnames of a zone's MeshServices (docs/design/addressing.md, after Kuma's
 * [pkg/core/resources/apis/meshservice/hostname/] and [hostnamegenerator/hostname/generator.go]).
 * Generators in the given order; for each, the subjects whose labels contain its matchLabels, those
 * whose committed file records the rendered hostname first, then by Kuma's core name compared as
 * bytes (`sortResources` once creation times are gone: `<name>.<namespace>` on Kubernetes, so
 * `a.z` claims before `b.y`), then by identity key. A hostname already claimed in the mesh by another
 * MeshService is a Collision whose message names the loser by core name, as Kuma's does (and a
 * `warning` naming both); a render
 * error or an invalid result is a TemplateError; the same service receiving the same hostname from
 * two generators is no collision. Addresses and generator conditions are sorted by coreName.
 */
export function assignHostnames(input: {
  readonly zone: string;
  readonly generators: readonly HostnameGenerator[];
  readonly subjects: readonly HostnameSubject[];
  /** The kind of the subjects, for the messages (default MeshService). */
  readonly kind?: "MeshService" | "MeshMultiZoneService";
}): { statuses: Map<string, HostnameStatus>; diagnostics: Diagnostic[] } {
  const kind = input.kind ?? "MeshService";
  const describe = (s: Pick<HostnameSubject, "name" | "namespace">): string => describeSubject(kind, s);
  const diagnostics: Diagnostic[] = [];
  const statuses = new Map<string, HostnameStatus>();
  const claims = new Map<string, Map<string, HostnameSubject>>();
  const statusOf = (key: string): HostnameStatus => {
    let s = statuses.get(key);
    if (!s) statuses.set(key, (s = { addresses: [], hostnameGenerators: [] }));
    return s;
  };
  const subjects = [...input.subjects]
    .map((s) => ({ s, coreName: coreNameOf(s) }))
    .sort((a, b) => compareBytes(a.coreName, b.coreName) || compareStrings(a.s.key, b.s.key))
    .map(({ s }) => s);
  for (const g of input.generators) {
    const ref = { coreName: g.coreName };
    const rendered = subjects
      .filter((s) => Object.entries(g.matchLabels).every(([k, v]) => Object.hasOwn(s.labels, k) && s.labels[k] === v))
      .map((s) => ({ s, result: renderHostname(g, templateValues(input.zone, s)) }));
    const sticky = (r: (typeof rendered)[number]): number =>
      "hostname" in r.result && r.s.recorded.has(r.result.hostname) ? 0 : 1;
    // Stable sort: within each group the core-name order of `subjects` is kept.
    rendered.sort((a, b) => sticky(a) - sticky(b));
    for (const { s, result } of rendered) {
      const status = statusOf(s.key);
      const condition = (reason: string, message: string): MeshServiceCondition => ({
        type: "Generated",
        status: reason === "Generated" ? "True" : "False",
        reason,
        message,
      });
      if ("error" in result) {
        status.hostnameGenerators.push({
          hostnameGeneratorRef: ref,
          conditions: [condition("TemplateError", result.error)],
        });
        diagnostics.push(
          diagnostic(
            "warning",
            "hostname-template-error",
            `HostnameGenerator "${g.coreName}" gives ${describe(s)} no hostname: ${result.error}`,
            s.at,
          ),
        );
        continue;
      }
      let meshClaims = claims.get(s.mesh);
      if (!meshClaims) claims.set(s.mesh, (meshClaims = new Map<string, HostnameSubject>()));
      const owner = meshClaims.get(result.hostname);
      if (owner && owner.key !== s.key) {
        status.hostnameGenerators.push({
          hostnameGeneratorRef: ref,
          conditions: [condition("Collision", `Hostname collision with ${kind}: ${coreNameOf(s)}`)],
        });
        diagnostics.push(
          diagnostic(
            "warning",
            "hostname-collision",
            `hostname "${result.hostname}" from HostnameGenerator "${g.coreName}" for ${describe(s)} is already claimed by ${describe(owner)} (${owner.at.file}:${owner.at.line}) in mesh "${s.mesh}"; ${describe(s)} gets no address from it`,
            s.at,
          ),
        );
        continue;
      }
      meshClaims.set(result.hostname, s);
      status.hostnameGenerators.push({ hostnameGeneratorRef: ref, conditions: [condition("Generated", "")] });
      status.addresses.push({ hostname: result.hostname, origin: "HostnameGenerator", hostnameGeneratorRef: ref });
    }
  }
  for (const s of statuses.values()) {
    s.addresses.sort((a, b) => compareStrings(a.hostnameGeneratorRef.coreName, b.hostnameGeneratorRef.coreName));
    s.hostnameGenerators.sort((a, b) =>
      compareStrings(a.hostnameGeneratorRef.coreName, b.hostnameGeneratorRef.coreName),
    );
  }
  return { statuses, diagnostics };
}

/** Go's strings.Compare: by UTF-8 bytes (code points), which differs from code units beyond U+FFFF. */
function compareBytes(a: string, b: string): number {
  return Buffer.compare(Buffer.from(a, "utf8"), Buffer.from(b, "utf8"));
}

/**
 * [hostnamegenerator/hostname/generator.go EvaluateTemplate] with its messages: a failed execution
 * is wrapped as `pre evaluation of template with parameters failed with error="..."` (Go's %q), and
 * the result must pass Kubernetes' IsDNS1123Subdomain (at most 253 characters; a label of more than
 * 63 passes, as there).
 */
function renderHostname(g: HostnameGenerator, values: TemplateValues): { hostname: string } | { error: string } {
  const r = renderTemplate(g.nodes, values);
  if ("error" in r)
    return { error: `pre evaluation of template with parameters failed with error=${JSON.stringify(r.error)}` };
  const violations = dns1123SubdomainViolations(r.hostname);
  if (violations.length > 0) {
    return {
      error: `generated hostname ${JSON.stringify(r.hostname)} is not a valid DNS name: ${violations.join(", ")}`,
    };
  }
  return r;
}

function describeSubject(kind: string, s: Pick<HostnameSubject, "name" | "namespace">): string {
  return s.namespace === "" ? `${kind} "${s.name}"` : `${kind} "${s.name}" (namespace "${s.namespace}")`;
}
