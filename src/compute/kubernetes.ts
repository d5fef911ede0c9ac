import { compareStrings, diagnostic, excerpt } from "../diagnostics.js";
import type { Diagnostic, Location } from "../diagnostics.js";
import type { MeshServicePort } from "../model/kuma.js";
import type { Namespace, Service } from "../model/kubernetes.js";
import { locate } from "../parse/yaml.js";
import type { Desired } from "./desired.js";
import { computeHeadless, isPodEndpoint, sliceName } from "./headless.js";
import type { MeshGate } from "./mesh-gate.js";
import type { Located, ZoneSources } from "./sources.js";
import {
  ENV_LABEL,
  GATEWAY_ANNOTATION,
  HEADLESS_LABEL,
  IGNORE_ANNOTATION,
  INJECTION_LABEL,
  MANAGED_BY_K8S_CONTROLLER,
  MANAGED_BY_LABEL,
  MESH_LABEL,
  NAMESPACE_LABEL,
  ORIGIN_LABEL,
  ORIGIN_ZONE,
  SERVICE_NAME_LABEL,
  SLICE_SERVICE_LABEL,
  ZONE_LABEL,
  ZONE_PROXY_TYPE_LABEL,
} from "../model/labels.js";

const INJECTED = new Set(["enabled", "true", "yes"]);
const NOT_INJECTED = new Set(["disabled", "false", "no"]);

export interface KubernetesInput {
  readonly zone: string;
  readonly sources: ZoneSources;
  readonly gate: MeshGate;
}

/**
 * Desired MeshServices of a kubernetes zone, one per Service (one per backing Pod for headless
 * Services), after the gates of docs/design/generation.md in order
 * [pkg/plugins/runtime/k8s/controllers/meshservice_controller.go].
 */
export function computeKubernetes(input: KubernetesInput): { services: Desired[]; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = [];
  const services: Desired[] = [];
  const injection = namespaceInjection(input.sources.namespaces, diagnostics);
  const gatewayPods = gatewayPodIndex(input.sources);
  // Namespaces whose deprecated kuma.io/mesh annotation was already reported.
  const warnedNamespaces = new Set<Located<Namespace>>();
  const skippedMeshes = new Map<string, { count: number; reason: string; at: Location }>();
  const ordered = [...input.sources.services].sort(
    (a, b) =>
      compareStrings(a.value.metadata.namespace ?? "", b.value.metadata.namespace ?? "") ||
      compareStrings(a.value.metadata.name ?? "", b.value.metadata.name ?? ""),
  );
  for (const svc of ordered) {
    const meta = svc.value.metadata;
    const namespace = meta.namespace ?? "default";
    const name = meta.name ?? "";
    const ns = input.sources.namespaces.get(namespace);
    // 1. Mesh membership.
    if (meta.labels?.[MESH_LABEL] === undefined && injection.get(namespace) !== true) continue;
    // 2. Mesh name.
    const mesh = meshOf(svc, ns, warnedNamespaces, diagnostics);
    // 3. Mesh gate.
    const reason = input.gate.reasonSkipped(mesh);
    if (reason !== null) {
      const s = skippedMeshes.get(mesh);
      if (s) s.count++;
      else skippedMeshes.set(mesh, { count: 1, reason, at: svc.at });
      continue;
    }
    // 4. Opt-outs and objects that are not destinations.
    if (isSkipped(svc.value, namespace, gatewayPods)) continue;
    const spec = svc.value.spec ?? {};
    const ports = servicePorts(svc, diagnostics);
    const labels = serviceLabels(svc.value, input.zone, mesh, namespace, false);
    if (spec.clusterIP === "None") {
      services.push(
        ...computeHeadless({ zone: input.zone, mesh, service: svc, ports, labels, sources: input.sources }),
      );
      continue;
    }
    // 5. and 9. A pinned clusterIP is the VIP; an absent one is assigned by the cluster.
    const clusterIP = spec.clusterIP ?? "";
    services.push({
      zone: input.zone,
      environment: "kubernetes",
      mesh,
      namespace,
      name,
      labels,
      spec: {
        selector: { dataplaneTags: { ...(spec.selector ?? {}), [NAMESPACE_LABEL]: namespace } },
        ports,
      },
      status: clusterIP === "" ? {} : { vips: [{ ip: clusterIP }] },
      at: svc.at,
    });
  }
  for (const [mesh, s] of [...skippedMeshes].sort((a, b) => compareStrings(a[0], b[0]))) {
    diagnostics.push(
      diagnostic(
        "warning",
        "mesh-skipped",
        `no MeshServices generated for ${s.count} Service(s) of mesh "${mesh}": ${s.reason}`,
        s.at,
      ),
    );
  }
  return { services, diagnostics };
}

/** Injection per Namespace: true, false, or an `error` for a value Kuma does not accept. */
function namespaceInjection(
  namespaces: ReadonlyMap<string, Located<Namespace>>,
  diagnostics: Diagnostic[],
): Map<string, boolean> {
  const out = new Map<string, boolean>();
  for (const [name, ns] of namespaces) {
    const v = ns.value.metadata.labels?.[INJECTION_LABEL];
    if (v === undefined) continue;
    if (INJECTED.has(v)) out.set(name, true);
    else if (NOT_INJECTED.has(v)) out.set(name, false);
    else
      diagnostics.push(
        diagnostic(
          "error",
          "injection-value-invalid",
          `Namespace "${name}": label ${INJECTION_LABEL} is ${excerpt(v)}; expected one of enabled, true, yes, disabled, false, no`,
          locate(ns.res, ["metadata", "labels", INJECTION_LABEL]),
        ),
      );
  }
  return out;
}

/**
 * Service label, Service annotation, Namespace label, Namespace annotation, `default`: the first
 * non-empty one. Both annotations are deprecated (a `warning`, once per Namespace for its annotation).
 */
function meshOf(
  svc: Located<Service>,
  ns: Located<Namespace> | undefined,
  warned: Set<Located<Namespace>>,
  diagnostics: Diagnostic[],
): string {
  const meta = svc.value.metadata;
  const fromLabel = meta.labels?.[MESH_LABEL];
  if (fromLabel) return fromLabel;
  const fromAnnotation = meta.annotations?.[MESH_LABEL];
  if (fromAnnotation) {
    diagnostics.push(
      diagnostic(
        "warning",
        "mesh-annotation-deprecated",
        `Service "${meta.name ?? ""}": the ${MESH_LABEL} annotation is deprecated; use the ${MESH_LABEL} label`,
        locate(svc.res, ["metadata", "annotations", MESH_LABEL]),
      ),
    );
    return fromAnnotation;
  }
  const fromNamespaceLabel = ns?.value.metadata.labels?.[MESH_LABEL];
  if (fromNamespaceLabel) return fromNamespaceLabel;
  const fromNamespaceAnnotation = ns?.value.metadata.annotations?.[MESH_LABEL];
  if (ns && fromNamespaceAnnotation) {
    // Kuma logs the same deprecation warning for a Namespace's annotation [util.go MeshOfByLabelOrAnnotation].
    const at = locate(ns.res, ["metadata", "annotations", MESH_LABEL]);
    if (!warned.has(ns))
      diagnostics.push(
        diagnostic(
          "warning",
          "mesh-annotation-deprecated",
          `Namespace "${ns.value.metadata.name ?? ""}": the ${MESH_LABEL} annotation is deprecated; use the ${MESH_LABEL} label`,
          at,
        ),
      );
    warned.add(ns);
    return fromNamespaceAnnotation;
  }
  return "default";
}

function isSkipped(svc: Service, namespace: string, gatewayPods: ReadonlySet<string>): boolean {
  const annotations = svc.metadata.annotations ?? {};
  const ignore = annotations[IGNORE_ANNOTATION];
  if (ignore === "true" || ignore === "yes") return true;
  if (annotations[GATEWAY_ANNOTATION] !== undefined) return true;
  if (svc.metadata.labels?.[ZONE_PROXY_TYPE_LABEL] !== undefined) return true;
  if (svc.spec?.type === "ExternalName") return true;
  return gatewayPods.has(`${namespace}/${svc.metadata.name ?? ""}`);
}

/**
 * `<namespace>/<service>` of the Services that back gateway Pods: Kuma does not generate MeshServices
 * for them [meshservice_controller.go isServiceForGateway]. The EndpointSlices of a Service are read
 * in slice-name order and their Pod endpoints in order; an endpoint whose Pod is not in the sources
 * is passed over (Kuma `continue`s on NotFound), and the first one whose Pod is decides: the Service
 * is a gateway's when that Pod is annotated `kuma.io/gateway`.
 */
function gatewayPodIndex(sources: ZoneSources): Set<string> {
  const pods = new Map<string, boolean>();
  for (const { value: pod } of sources.pods) {
    pods.set(
      `${pod.metadata.namespace ?? "default"}/${pod.metadata.name ?? ""}`,
      pod.metadata.annotations?.[GATEWAY_ANNOTATION] !== undefined,
    );
  }
  const out = new Set<string>();
  if (![...pods.values()].some((gateway) => gateway)) return out;
  const slices = [...sources.endpointSlices].sort((a, b) => compareStrings(sliceName(a.value), sliceName(b.value)));
  const decided = new Set<string>();
  for (const { value: slice } of slices) {
    const ns = slice.metadata.namespace ?? "default";
    const svc = slice.metadata.labels?.[SLICE_SERVICE_LABEL];
    if (svc === undefined) continue;
    const key = `${ns}/${svc}`;
    if (decided.has(key)) continue;
    for (const ep of slice.endpoints ?? []) {
      if (!isPodEndpoint(ep)) continue;
      // string_util.OrDefault: an empty namespace is the Service's.
      const gateway = pods.get(`${ep.targetRef.namespace || ns}/${ep.targetRef.name ?? ""}`);
      if (gateway === undefined) continue;
      decided.add(key);
      if (gateway) out.add(key);
      break;
    }
  }
  return out;
}

/**
 * TCP ports only (absent protocol is TCP); the rest are dropped with an `info`. `targetPort` is
 * kept verbatim (number or name), absent means `port`; `appProtocol` verbatim, else `tcp`.
 */
export function servicePorts(svc: Located<Service>, diagnostics: Diagnostic[]): MeshServicePort[] {
  const ports: MeshServicePort[] = [];
  const ignored: string[] = [];
  for (const p of svc.value.spec?.ports ?? []) {
    const name = p.name !== undefined && p.name !== "" ? p.name : String(p.port);
    if ((p.protocol ?? "TCP") !== "TCP") {
      ignored.push(`${name}/${p.protocol ?? ""}`);
      continue;
    }
    ports.push({
      name,
      port: p.port,
      targetPort: p.targetPort ?? p.port,
      appProtocol: p.appProtocol !== undefined && p.appProtocol !== "" ? p.appProtocol : "tcp",
    });
  }
  if (ignored.length > 0) {
    diagnostics.push(
      diagnostic(
        "info",
        "ports-ignored",
        `Service "${svc.value.metadata.name ?? ""}": Ignored unsupported ports: ${ignored.join(", ")}`,
        locate(svc.res, ["spec", "ports"]),
      ),
    );
  }
  return ports;
}

/**
 * Every Service label, then the controller's labels, then the three that Kuma's admission webhook
 * adds in a cluster (`kuma.io/origin`, `kuma.io/zone`, `k8s.kuma.io/namespace`).
 */
export function serviceLabels(
  svc: Service,
  zone: string,
  mesh: string,
  namespace: string,
  headless: boolean,
): Record<string, string> {
  return {
    ...(svc.metadata.labels ?? {}),
    [MESH_LABEL]: mesh,
    [SERVICE_NAME_LABEL]: svc.metadata.name ?? "",
    [MANAGED_BY_LABEL]: MANAGED_BY_K8S_CONTROLLER,
    [ENV_LABEL]: "kubernetes",
    [HEADLESS_LABEL]: headless ? "true" : "false",
    [ORIGIN_LABEL]: ORIGIN_ZONE,
    [ZONE_LABEL]: zone,
    [NAMESPACE_LABEL]: namespace,
  };
}
