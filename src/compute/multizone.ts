// MeshMultiZoneServices (docs/design/addressing.md, "MeshMultiZoneServices"): Kuma makes none by
// itself; a user creates them on the global control plane to load-balance one service across zones
// (a MeshService balances within its own zone only). We generate one per service that the desired
// MeshServices of two or more zones show, in the meshes that opt in (`meshes[].meshMultiZoneServices:
// generate`), following Kuma's resource [pkg/core/resources/apis/meshmultizoneservice/api/v1alpha1/
// meshmultizoneservice.go], its validator [validator.go] and its status [status_updater.go].
import { compareStrings, diagnostic } from "../diagnostics.js";
import type { Diagnostic, Location } from "../diagnostics.js";
import { parseCidr } from "../model/cidr.js";
import { GLOBAL_ZONE_NAME, MULTIZONE_VIP_CIDR } from "../model/config.js";
import type { Environment, MatchedMeshService, MultiZoneService, MultiZoneServicePort } from "../model/kuma.js";
import { identityKey } from "../model/kuma.js";
import { DISPLAY_NAME_LABEL, HEADLESS_LABEL, MESH_LABEL, NAMESPACE_LABEL, ORIGIN_LABEL } from "../model/labels.js";
import { isObject } from "../model/values.js";
import { addressingStatus } from "./addressing.js";
import type { Desired } from "./desired.js";
import { assignHostnames, generatorCoreName, generatorLabelView, readHostnameGenerators } from "./hostnames.js";
import type { HostnameSubject } from "./hostnames.js";
import type { Provenance } from "./provenance.js";
import type { Located } from "./sources.js";
import { allocateVips } from "./vips.js";

/** `kuma.io/origin` of a resource created on the global control plane (pkg/defaults/hostname_generator.go). */
export const ORIGIN_GLOBAL = "global";

/** A MeshMultiZoneService read back from a file: ours (committed state) or hand-written. */
export interface CommittedMultiZoneService {
  readonly mesh: string;
  readonly name: string;
  readonly namespace: "";
  readonly labels: Readonly<Record<string, string>>;
  /** The entries of `spec.ports` with a numeric `port`. */
  readonly ports: readonly { readonly name?: string; readonly port: number }[];
  readonly status: unknown;
  readonly at: Location;
}

/** A MeshMultiZoneService the global control plane should have. */
export interface DesiredMultiZoneService extends MultiZoneService {
  readonly at: Location;
  /** The zones whose MeshServices it selects, in config order. */
  readonly zones: readonly string[];
}

export interface MultiZoneInput {
  /** The meshes that opt in, sorted. */
  readonly meshes: readonly string[];
  /** The resource format of the global control plane. */
  readonly environment: Environment;
  /** Every zone of the config (never a --zone subset), in config order, with its desired MeshServices. */
  readonly zones: readonly { readonly name: string; readonly services: readonly Desired[] }[];
  /** Our generated files in the global output. */
  readonly committed: readonly CommittedMultiZoneService[];
  /** MeshMultiZoneServices without our marker (in the global output or in the sources). */
  readonly handWritten: readonly CommittedMultiZoneService[];
  /** The HostnameGenerator sources of every zone, in config order (they are global resources). */
  readonly hostnameGenerators: readonly Located<Record<string, unknown>>[];
  /** Where global problems are reported (the config file's `global` or `meshes` key). */
  readonly globalAt: Location;
}

interface Member {
  readonly zone: string;
  readonly service: Desired;
  readonly display: string;
  readonly namespace: string;
}

/**
 * The desired MeshMultiZoneServices, sorted by identity key, with their provenance by serviceKey.
 *
 * - Grouping: the non-headless desired MeshServices of an opted-in mesh by `kuma.io/display-name`
 *   (Kuma's label view: the Service's name on Kubernetes) and, for the Kubernetes format, namespace.
 *   A group that spans two or more zones gets one MeshMultiZoneService; the selector is those labels
 *   (`k8s.kuma.io/namespace` only for Kubernetes services), as Kuma's status updater matches
 *   MeshServices by their labels [status_updater.go matchesService].
 * - Name: the display name, `<display name>-<namespace>` for Kubernetes services. A second group with
 *   the same name in a mesh is not generated (`multizone-name-conflict`, a warning); a hand-written
 *   MeshMultiZoneService of that name wins (`hand-written-wins`).
 * - Ports: a port number that every zone has with the same name and appProtocol (tcp when unset).
 *   Any other port is left out with a `multizone-ports-differ` warning naming the zones; a group with
 *   no such port is not generated (Kuma requires one [validator.go]).
 * - VIP: one from Kuma's MeshMultiZoneService pool 243.0.0.0/8 by vips.ts allocateVips (sticky to
 *   our committed files, then SHA-256 of the identity key and linear probing in key order).
 * - Hostnames: the HostnameGenerators that select `meshMultiZoneService`, plus Kuma's global
 *   default `synced-mesh-multi-zone-service` (`{{ .DisplayName }}.mzsvc.mesh.local`), by
 *   hostnames.ts assignHostnames with the global zone name "" [hostname/generator.go].
 * - Status: `meshServices` sorted by `name/namespace/zone/mesh` and the `MeshServicesMatched`
 *   condition, as status_updater.go writes them.
 */
export function computeMultiZoneServices(input: MultiZoneInput): {
  services: DesiredMultiZoneService[];
  provenance: Map<string, Provenance[]>;
  diagnostics: Diagnostic[];
} {
  const diagnostics: Diagnostic[] = [];
  const handWritten = new Map(input.handWritten.map((h) => [identityKey(h), h]));
  const built: DesiredMultiZoneService[] = [];
  const provenance = new Map<string, Provenance[]>();
  const taken = new Map<string, string>();
  for (const members of groups(input)) {
    const first = members[0];
    if (first === undefined) continue;
    const zones = [...new Set(members.map((m) => m.zone))];
    if (zones.length < 2) continue;
    const name = first.namespace === "" ? first.display : `${first.display}-${first.namespace}`;
    const mesh = first.service.mesh;
    const key = identityKey({ mesh, namespace: "", name });
    const what = `MeshMultiZoneService "${name}" (mesh "${mesh}")`;
    const group = `${first.display}${first.namespace === "" ? "" : ` in namespace "${first.namespace}"`}`;
    const prev = taken.get(key);
    if (prev !== undefined) {
      const message = `${what} would select both ${prev} and ${group}; only the first is generated: rename one of the services`;
      diagnostics.push(diagnostic("warning", "multizone-name-conflict", message, first.service.at));
      continue;
    }
    taken.set(key, group);
    const hand = handWritten.get(key);
    if (hand) {
      const message = `${what} is written by hand at ${hand.at.file}:${hand.at.line}; not generating it`;
      diagnostics.push(diagnostic("warning", "hand-written-wins", message, first.service.at));
      continue;
    }
    const ports = agreedPorts(members, what, diagnostics);
    if (ports.length === 0) continue;
    const matchLabels: Record<string, string> = { [DISPLAY_NAME_LABEL]: first.display };
    if (first.namespace !== "") matchLabels[NAMESPACE_LABEL] = first.namespace;
    const labels: Record<string, string> = { [MESH_LABEL]: mesh, [ORIGIN_LABEL]: ORIGIN_GLOBAL };
    if (input.environment === "universal") labels[DISPLAY_NAME_LABEL] = name;
    const matched: MatchedMeshService[] = members
      .map((m) => ({ name: m.display, namespace: m.namespace, zone: m.zone, mesh }))
      .sort((a, b) => compareStrings(fqn(a), fqn(b)));
    built.push({
      zone: GLOBAL_ZONE_NAME,
      mesh,
      namespace: "",
      name,
      environment: input.environment,
      labels,
      spec: { selector: { meshService: { matchLabels } }, ports },
      status: {
        meshServices: matched,
        conditions: [
          {
            type: "MeshServicesMatched",
            status: "True",
            reason: "MatchesFound",
            message: `Matched ${matched.length} MeshService(s)`,
          },
        ],
      },
      at: first.service.at,
      zones,
    });
    provenance.set(
      `${GLOBAL_ZONE_NAME}/${key}`,
      members.map((m) => ({
        role: "source",
        kind: "MeshService",
        name: `${m.zone}/${m.namespace === "" ? "" : `${m.namespace}/`}${m.service.name}`,
        detail: "",
        ...m.service.at,
      })),
    );
  }
  built.sort((a, b) => compareStrings(identityKey(a), identityKey(b)));
  const services = address(input, built, diagnostics);
  return { services, provenance, diagnostics };
}

/** The members of each candidate group, groups in key order, members in zone (config) order. */
function groups(input: MultiZoneInput): Member[][] {
  const enabled = new Set(input.meshes);
  const byKey = new Map<string, Member[]>();
  for (const z of input.zones) {
    for (const s of z.services) {
      if (!enabled.has(s.mesh) || s.labels[HEADLESS_LABEL] === "true") continue;
      const annotations =
        "annotations" in s && isObject(s.annotations) ? (s.annotations as Record<string, string>) : {};
      const display = generatorLabelView(s.environment, s.name, s.labels, annotations)[DISPLAY_NAME_LABEL] ?? s.name;
      const namespace = s.environment === "kubernetes" ? s.namespace : "";
      const key = `${s.mesh}\0${namespace}\0${display}`;
      const list = byKey.get(key) ?? [];
      list.push({ zone: z.name, service: s, display, namespace });
      byKey.set(key, list);
    }
  }
  return [...byKey.keys()].sort(compareStrings).map((k) => byKey.get(k) ?? []);
}

function fqn(m: MatchedMeshService): string {
  return `${m.name}/${m.namespace}/${m.zone}/${m.mesh}`;
}

/**
 * The ports every member has with the same name and appProtocol, by port number; each other port
 * number is one part of a `multizone-ports-differ` warning that names the zones of each variant.
 */
function agreedPorts(members: readonly Member[], what: string, diagnostics: Diagnostic[]): MultiZoneServicePort[] {
  type Variant = { port: MultiZoneServicePort; zones: string[] };
  const byNumber = new Map<number, Map<string, Variant>>();
  for (const m of members) {
    for (const p of m.service.spec.ports) {
      const port: MultiZoneServicePort = {
        ...(p.name !== undefined ? { name: p.name } : {}),
        port: p.port,
        appProtocol: p.appProtocol ?? "tcp",
      };
      const variant = `${port.name ?? ""}\0${port.appProtocol}`;
      const variants = byNumber.get(p.port) ?? new Map<string, Variant>();
      const v = variants.get(variant) ?? { port, zones: [] };
      v.zones.push(m.zone);
      variants.set(variant, v);
      byNumber.set(p.port, variants);
    }
  }
  const agreed: MultiZoneServicePort[] = [];
  const problems: string[] = [];
  const all = members.map((m) => m.zone);
  for (const n of [...byNumber.keys()].sort((a, b) => a - b)) {
    const variants = [...(byNumber.get(n) ?? new Map<string, Variant>()).values()];
    const only = variants[0];
    if (variants.length === 1 && only !== undefined && only.zones.length === members.length) {
      agreed.push(only.port);
      continue;
    }
    const parts = variants.map(
      (v) =>
        `${v.port.appProtocol}${v.port.name !== undefined ? ` named "${v.port.name}"` : ""} in ${v.zones.join(", ")}`,
    );
    const missing = all.filter((z) => !variants.some((v) => v.zones.includes(z)));
    if (missing.length > 0) parts.push(`absent in ${missing.join(", ")}`);
    problems.push(`port ${n}: ${parts.join("; ")}`);
  }
  if (problems.length > 0) {
    const outcome =
      agreed.length === 0
        ? "no port is the same in every zone, so it is not generated"
        : `it gets only the ports every zone agrees on (${agreed.map((p) => p.port).join(", ")})`;
    const first = members[0];
    diagnostics.push(
      diagnostic(
        "warning",
        "multizone-ports-differ",
        `${what}: the zones disagree on ports (${problems.join(" | ")}); ${outcome}`,
        first ? first.service.at : { file: "", line: 0, column: 0 },
      ),
    );
  }
  return agreed;
}

/** VIPs from Kuma's MeshMultiZoneService pool and hostnames from the generators that select them. */
function address(
  input: MultiZoneInput,
  services: readonly DesiredMultiZoneService[],
  diagnostics: Diagnostic[],
): DesiredMultiZoneService[] {
  const pool = parseCidr(MULTIZONE_VIP_CIDR);
  if ("error" in pool) throw new Error(`built-in pool ${MULTIZONE_VIP_CIDR}: ${pool.error}`);
  const recorded = (
    m: CommittedMultiZoneService,
    generated: boolean,
  ): Parameters<typeof allocateVips>[0]["recorded"][number] => ({
    key: identityKey(m),
    name: m.name,
    ips: listed(m.status, "vips", "ip"),
    at: m.at,
    generated,
  });
  const vips = allocateVips({
    zone: GLOBAL_ZONE_NAME,
    pool,
    keys: services.map(identityKey),
    recorded: [...input.committed.map((c) => recorded(c, true)), ...input.handWritten.map((h) => recorded(h, false))],
    zoneAt: input.globalAt,
    kind: "MeshMultiZoneService",
  });
  diagnostics.push(...vips.diagnostics);
  // Generators are global resources, which a repository may hold in several zones' sources: the
  // first of each reference name (in zone order) counts. Their problems are the zones' diagnostics.
  const seen = new Set<string>();
  const sources = input.hostnameGenerators.filter((g) => {
    const name = generatorCoreName(g.value);
    if (seen.has(name)) return false;
    seen.add(name);
    return true;
  });
  const generators = readHostnameGenerators(sources, input.environment, true, "meshMultiZoneService").generators;
  const committedByKey = new Map(input.committed.map((c) => [identityKey(c), c]));
  const subject = (
    m: { mesh: string; name: string; labels: Readonly<Record<string, string>>; at: Location },
    status: unknown,
  ): HostnameSubject => ({
    key: identityKey({ mesh: m.mesh, namespace: "", name: m.name }),
    mesh: m.mesh,
    namespace: "",
    name: m.name,
    labels: generatorLabelView(input.environment, m.name, m.labels),
    recorded: new Set(listed(status, "addresses", "hostname")),
    at: m.at,
  });
  const hostnames = assignHostnames({
    zone: "",
    generators,
    subjects: [
      ...services.map((s) => subject(s, committedByKey.get(identityKey(s))?.status)),
      ...input.handWritten.map((h) => subject(h, h.status)),
    ],
    kind: "MeshMultiZoneService",
  });
  diagnostics.push(...hostnames.diagnostics);
  return services.map((s) => {
    const key = identityKey(s);
    return { ...s, status: { ...s.status, ...addressingStatus(vips.vips.get(key), hostnames.statuses.get(key)) } };
  });
}

/** `status.<list>[].<field>` strings of a file read back, tolerating anything a hand-written file holds. */
function listed(status: unknown, list: string, field: string): string[] {
  const items = isObject(status) ? status[list] : undefined;
  if (!Array.isArray(items)) return [];
  return items.flatMap((i: unknown) => (isObject(i) && typeof i[field] === "string" ? [i[field]] : []));
}

/**
 * Reads a MeshMultiZoneService resource in either format, or null when the object is not one. On
 * Kubernetes its mesh is the `kuma.io/mesh` label (default "default").
 */
export function decodeMultiZoneService(value: unknown, at: Location): CommittedMultiZoneService | null {
  if (!isObject(value)) return null;
  const strings = (v: unknown): Record<string, string> =>
    isObject(v)
      ? Object.fromEntries(Object.entries(v).filter((e): e is [string, string] => typeof e[1] === "string"))
      : {};
  const spec = isObject(value["spec"]) ? value["spec"] : {};
  const ports = (Array.isArray(spec["ports"]) ? (spec["ports"] as unknown[]) : []).flatMap((p) =>
    isObject(p) && typeof p["port"] === "number"
      ? [{ port: p["port"], ...(typeof p["name"] === "string" ? { name: p["name"] } : {}) }]
      : [],
  );
  if (value["kind"] === "MeshMultiZoneService" && isObject(value["metadata"])) {
    const meta = value["metadata"];
    const labels = strings(meta["labels"]);
    const name = typeof meta["name"] === "string" ? meta["name"] : "";
    return { mesh: labels[MESH_LABEL] ?? "default", name, namespace: "", labels, ports, status: value["status"], at };
  }
  if (value["type"] === "MeshMultiZoneService") {
    const mesh = typeof value["mesh"] === "string" && value["mesh"] !== "" ? value["mesh"] : "default";
    const name = typeof value["name"] === "string" ? value["name"] : "";
    return { mesh, name, namespace: "", labels: strings(value["labels"]), ports, status: value["status"], at };
  }
  return null;
}
