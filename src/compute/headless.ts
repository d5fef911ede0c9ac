import { compareStrings } from "../diagnostics.js";
import type { MeshServicePort } from "../model/kuma.js";
import type { Service } from "../model/kubernetes.js";
import { isObject, str } from "../model/values.js";
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
  readonly slices: Map<string, Located<Record<string, unknown>>[]>;
  readonly podLabels: Map<string, Record<string, string>>;
  readonly statefulSets: Map<string, Located<Record<string, unknown>>[]>;
}

// A memo per sources object: computeHeadless runs once per headless Service of the same zone.
const indexes = new WeakMap<ZoneSources, HeadlessIndex>();

function headlessIndex(sources: ZoneSources): HeadlessIndex {
  let index = indexes.get(sources);
  if (index) return index;
  const slices = new Map<string, Located<Record<string, unknown>>[]>();
  for (const s of sources.endpointSlices) {
    const meta = s.value["metadata"];
    if (!isObject(meta)) continue;
    const labels = meta["labels"];
    const svc = isObject(labels) ? labels[SLICE_SERVICE_LABEL] : undefined;
    if (typeof svc !== "string") continue;
    const key = `${str(meta["namespace"], "default")}/${svc}`;
    const list = slices.get(key);
    if (list) list.push(s);
    else slices.set(key, [s]);
  }
  for (const list of slices.values()) list.sort((a, b) => compareStrings(sliceName(a.value), sliceName(b.value)));
  const statefulSets = new Map<string, Located<Record<string, unknown>>[]>();
  for (const sts of sources.statefulSets) {
    const meta = sts.value["metadata"];
    if (!isObject(meta)) continue;
    const ns = str(meta["namespace"], "default");
    const list = statefulSets.get(ns);
    if (list) list.push(sts);
    else statefulSets.set(ns, [sts]);
  }
  index = { slices, podLabels: podLabelIndex(sources), statefulSets };
  indexes.set(sources, index);
  return index;
}

function podsFromEndpointSlices(index: HeadlessIndex, namespace: string, svcName: string): PodRef[] | null {
  const slices = index.slices.get(`${namespace}/${svcName}`) ?? [];
  if (slices.length === 0) return null;
  const podLabels = index.podLabels;
  const pods = new Map<string, PodRef>();
  for (const slice of slices) {
    const endpoints = Array.isArray(slice.value["endpoints"]) ? (slice.value["endpoints"] as unknown[]) : [];
    for (const ep of endpoints) {
      if (!isPodEndpoint(ep)) continue;
      const ref = ep["targetRef"];
      const name = str(ref["name"], "");
      const ns = typeof ref["namespace"] === "string" ? ref["namespace"] : namespace;
      const key = `${ns}/${name}`;
      let pod = pods.get(key);
      if (!pod) pods.set(key, (pod = { name, namespace: ns, vips: [], podLabels: podLabels.get(key) ?? {} }));
      const addresses = Array.isArray(ep["addresses"]) ? ep["addresses"] : [];
      for (const a of addresses) if (typeof a === "string" && !pod.vips.includes(a)) pod.vips.push(a);
    }
  }
  return [...pods.values()].sort((a, b) => compareStrings(a.namespace, b.namespace) || compareStrings(a.name, b.name));
}

/**
 * An endpoint whose `targetRef` is a core/v1 Pod (`apiVersion` `v1` or absent), the only endpoints
 * Kuma makes MeshServices for [meshservice_controller.go].
 */
export function isPodEndpoint(ep: unknown): ep is Record<string, unknown> & { targetRef: Record<string, unknown> } {
  if (!isObject(ep) || !isObject(ep["targetRef"])) return false;
  const ref = ep["targetRef"];
  const apiVersion = ref["apiVersion"];
  return ref["kind"] === "Pod" && (apiVersion === undefined || apiVersion === "" || apiVersion === "v1");
}

function sliceName(v: Record<string, unknown>): string {
  const meta = v["metadata"];
  return isObject(meta) ? str(meta["name"], "") : "";
}

/** The StatefulSet pod labels of the Pods in the sources, by `<namespace>/<name>`. */
function podLabelIndex(sources: ZoneSources): Map<string, Record<string, string>> {
  const out = new Map<string, Record<string, string>>();
  for (const pod of sources.pods) {
    const meta = pod.value["metadata"];
    if (!isObject(meta)) continue;
    const labels = isObject(meta["labels"]) ? meta["labels"] : {};
    const picked: Record<string, string> = {};
    for (const k of [POD_NAME_LABEL, POD_INDEX_LABEL]) {
      const v = labels[k];
      if (typeof v === "string") picked[k] = v;
    }
    out.set(`${str(meta["namespace"], "default")}/${str(meta["name"], "")}`, picked);
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
    const meta = sts.value["metadata"];
    if (!isObject(meta)) continue;
    const spec = isObject(sts.value["spec"]) ? sts.value["spec"] : {};
    const template = isObject(spec["template"]) ? spec["template"] : {};
    const tmeta = isObject(template["metadata"]) ? template["metadata"] : {};
    const labels = isObject(tmeta["labels"]) ? tmeta["labels"] : {};
    if (!entries.every(([k, v]) => labels[k] === v)) continue;
    const replicas = typeof spec["replicas"] === "number" ? spec["replicas"] : 1;
    const ordinals = isObject(spec["ordinals"]) ? spec["ordinals"] : {};
    const start = typeof ordinals["start"] === "number" ? ordinals["start"] : 0;
    for (let i = start; i < start + replicas; i++) {
      const name = `${str(meta["name"], "")}-${i}`;
      pods.push({ name, namespace, vips: [], podLabels: { [POD_NAME_LABEL]: name, [POD_INDEX_LABEL]: String(i) } });
    }
  }
  return pods.sort((a, b) => compareStrings(a.name, b.name));
}
