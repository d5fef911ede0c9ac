import { compareStrings } from "../diagnostics.js";
import type { MeshServicePort } from "../model/kuma.js";
import type { Endpoint, EndpointSlice, ObjectReference, Service, StatefulSet } from "../model/kubernetes.js";
import type { Desired } from "./desired.js";
import type { Located, ZoneSources } from "./sources.js";
import { HEADLESS_LABEL, NAMESPACE_LABEL, SLICE_SERVICE_LABEL } from "../model/labels.js";

const POD_NAME_LABEL = "statefulset.kubernetes.io/pod-name";
const POD_INDEX_LABEL = "apps.kubernetes.io/pod-index";
const HASH_ALPHABET = "bcdfghjklmnpqrstvwxz2456789";

/**
 * Kuma's name-safe FNV-1a 32-bit hash of the given strings' UTF-8 bytes, in decimal, each digit
 * mapped through the alphabet of k8s.io/apimachinery's SafeEncodeString
 * [pkg/util/k8s/name_converter.go, pkg/plugins/runtime/k8s/controllers/meshservice_controller.go].
 */
export function safeFnv32(...parts: string[]): string {
  let h = 0x811c9dc5;
  for (const part of parts) {
    for (const b of Buffer.from(part, "utf8")) {
      h ^= b;
      h = Math.imul(h, 0x01000193) >>> 0;
    }
  }
  let out = "";
  for (const c of String(h)) out += HASH_ALPHABET[c.charCodeAt(0) % HASH_ALPHABET.length];
  return out;
}

/**
 * The MeshService name of a headless Service's Pod: `<pod>-<hash>`; when that could exceed 63
 * characters the pod name is hashed in too and cut to 52 characters.
 */
export function headlessName(serviceName: string, namespace: string, pod: string): string {
  if (pod.length + 11 > 63) return `${pod.slice(0, 52)}-${safeFnv32(serviceName, namespace, pod)}`;
  return `${pod}-${safeFnv32(serviceName, namespace)}`;
}

export interface HeadlessInput {
  readonly zone: string;
  readonly mesh: string;
  readonly service: Located<Service>;
  readonly ports: readonly MeshServicePort[];
  readonly labels: Readonly<Record<string, string>>;
  readonly sources: ZoneSources;
}

interface PodRef {
  readonly name: string;
  readonly namespace: string;
  readonly vips: string[];
  readonly podLabels: Record<string, string>;
}

/**
 * One MeshService per Pod backing a headless Service: the Pods of its EndpointSlices (their
 * addresses are the VIPs) or, when the sources hold none for it, the Pods its StatefulSets will have.
 */
export function computeHeadless(input: HeadlessInput): Desired[] {
  const svcMeta = input.service.value.metadata;
  const namespace = svcMeta.namespace ?? "default";
  const svcName = svcMeta.name ?? "";
  const index = headlessIndex(input.sources);
  const pods = podsFromEndpointSlices(index, namespace, svcName) ?? podsFromStatefulSets(input, index);
  return pods.map((pod) => ({
    zone: input.zone,
    environment: "kubernetes" as const,
    mesh: input.mesh,
    namespace: pod.namespace,
    name: headlessName(svcName, namespace, pod.name),
    labels: {
      ...input.labels,
      [HEADLESS_LABEL]: "true",
      [NAMESPACE_LABEL]: pod.namespace,
      ...pod.podLabels,
    },
    spec: { selector: { dataplaneRef: { name: `${pod.name}.${pod.namespace}` } }, ports: [...input.ports] },
    status: pod.vips.length > 0 ? { vips: pod.vips.map((ip) => ({ ip })) } : {},
    at: input.service.at,
  }));
}

/** The zone's EndpointSlices, Pods and StatefulSets, indexed once per zone (not once per Service). */
interface HeadlessIndex {
  /** EndpointSlices by `<namespace>/<kubernetes.io/service-name>`, sorted by slice name. */
  readonly slices: Map<string, EndpointSlice[]>;
  readonly podLabels: Map<string, Record<string, string>>;
  readonly statefulSets: Map<string, StatefulSet[]>;
}

// A memo per sources object: computeHeadless runs once per headless Service of the same zone.
const indexes = new WeakMap<ZoneSources, HeadlessIndex>();

function headlessIndex(sources: ZoneSources): HeadlessIndex {
  let index = indexes.get(sources);
  if (index) return index;
  const slices = new Map<string, EndpointSlice[]>();
  for (const { value: s } of sources.endpointSlices) {
    const svc = s.metadata.labels?.[SLICE_SERVICE_LABEL];
    if (svc !== undefined) push(slices, `${s.metadata.namespace ?? "default"}/${svc}`, s);
  }
  for (const list of slices.values()) list.sort((a, b) => compareStrings(sliceName(a), sliceName(b)));
  const statefulSets = new Map<string, StatefulSet[]>();
  for (const { value: sts } of sources.statefulSets) push(statefulSets, sts.metadata.namespace ?? "default", sts);
  index = { slices, podLabels: podLabelIndex(sources), statefulSets };
  indexes.set(sources, index);
  return index;
}

function push<T>(map: Map<string, T[]>, key: string, value: T): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

function podsFromEndpointSlices(index: HeadlessIndex, namespace: string, svcName: string): PodRef[] | null {
  const slices = index.slices.get(`${namespace}/${svcName}`) ?? [];
  if (slices.length === 0) return null;
  const podLabels = index.podLabels;
  const pods = new Map<string, PodRef>();
  for (const slice of slices) {
    for (const ep of slice.endpoints ?? []) {
      if (!isPodEndpoint(ep)) continue;
      const name = ep.targetRef.name ?? "";
      const ns = ep.targetRef.namespace ?? namespace;
      const key = `${ns}/${name}`;
      let pod = pods.get(key);
      if (!pod) pods.set(key, (pod = { name, namespace: ns, vips: [], podLabels: podLabels.get(key) ?? {} }));
      for (const a of ep.addresses) if (!pod.vips.includes(a)) pod.vips.push(a);
    }
  }
  return [...pods.values()].sort((a, b) => compareStrings(a.namespace, b.namespace) || compareStrings(a.name, b.name));
}

/**
 * An endpoint whose `targetRef` is a core/v1 Pod (`apiVersion` `v1` or absent), the only endpoints
 * Kuma makes MeshServices for [meshservice_controller.go].
 */
export function isPodEndpoint(ep: Endpoint): ep is Endpoint & { targetRef: ObjectReference } {
  const ref = ep.targetRef;
  if (ref === undefined) return false;
  return ref.kind === "Pod" && (ref.apiVersion === undefined || ref.apiVersion === "" || ref.apiVersion === "v1");
}

export function sliceName(slice: EndpointSlice): string {
  return slice.metadata.name ?? "";
}

/** The StatefulSet pod labels of the Pods in the sources, by `<namespace>/<name>`. */
function podLabelIndex(sources: ZoneSources): Map<string, Record<string, string>> {
  const out = new Map<string, Record<string, string>>();
  for (const { value: pod } of sources.pods) {
    const labels = pod.metadata.labels ?? {};
    const picked: Record<string, string> = {};
    for (const k of [POD_NAME_LABEL, POD_INDEX_LABEL]) {
      const v = labels[k];
      if (v !== undefined) picked[k] = v;
    }
    out.set(`${pod.metadata.namespace ?? "default"}/${pod.metadata.name ?? ""}`, picked);
  }
  return out;
}

function podsFromStatefulSets(input: HeadlessInput, index: HeadlessIndex): PodRef[] {
  const selector = input.service.value.spec?.selector ?? {};
  const entries = Object.entries(selector);
  if (entries.length === 0) return [];
  const namespace = input.service.value.metadata.namespace ?? "default";
  const pods: PodRef[] = [];
  for (const sts of index.statefulSets.get(namespace) ?? []) {
    const labels = sts.spec?.template?.metadata?.labels ?? {};
    if (!entries.every(([k, v]) => labels[k] === v)) continue;
    const replicas = sts.spec?.replicas ?? 1;
    const start = sts.spec?.ordinals?.start ?? 0;
    for (let i = start; i < start + replicas; i++) {
      const name = `${sts.metadata.name ?? ""}-${i}`;
      pods.push({ name, namespace, vips: [], podLabels: { [POD_NAME_LABEL]: name, [POD_INDEX_LABEL]: String(i) } });
    }
  }
  return pods.sort((a, b) => compareStrings(a.name, b.name));
}
