import { compareStrings } from "../diagnostics.js";
import type { Location } from "../diagnostics.js";
import type { ZoneConfig } from "../model/config.js";
import type { Dataplane } from "../model/kuma.js";
import { identityKey, serviceKey } from "../model/kuma.js";
import type { Service } from "../model/kubernetes.js";
import { SERVICE_TAG, WORKLOAD_LABEL } from "../model/labels.js";
import { linkPending, locate } from "../parse/yaml.js";
import type { CommittedMeshService } from "./committed.js";
import type { Desired } from "./desired.js";
import type { HostnameGenerator } from "./hostnames.js";
import type { Located, ZoneSources } from "./sources.js";

/**
 * What one source contributed to a desired MeshService: `source` (the Service it is generated from,
 * or the Dataplane in workload mode), `inbound` (a Dataplane inbound tagged with its name),
 * `hostname-generator` (the generator behind one of its addresses) and `sticky` (the committed file
 * that recorded the VIP or hostname it keeps).
 */
export interface Provenance extends Location {
  readonly role: "source" | "inbound" | "hostname-generator" | "sticky";
  /** Service, Dataplane, HostnameGenerator, or MeshService (the committed file). */
  readonly kind: string;
  /** `<namespace>/<name>` or `<mesh>/<name>`; a HostnameGenerator's reference name. */
  readonly name: string;
  /** `inbound port 8080`, `hostname api.svc.mesh.local`, `VIP 241.0.0.1`; "" for the source. */
  readonly detail: string;
}

export interface ProvenanceInput {
  readonly zone: ZoneConfig;
  /** The zone's desired MeshServices with their addressing status. */
  readonly services: readonly Desired[];
  readonly sources: ZoneSources;
  readonly committed: readonly CommittedMeshService[];
  /** The generators that assigned hostnames (compute/hostnames.ts readHostnameGenerators). */
  readonly generators: readonly HostnameGenerator[];
}

/**
 * Where each desired MeshService comes from, by serviceKey, in a fixed order: its source (Kubernetes)
 * or every Dataplane inbound that carries its name (Universal, Dataplanes by file and line, inbounds
 * in file order), the HostnameGenerator of each address in status order, then the committed file when
 * it records the same VIP or hostname. Computed after the fact from the same sources as generation,
 * so generation itself carries no bookkeeping; a built-in generator has no file ("" and line 0).
 */
export function computeProvenance(input: ProvenanceInput): Map<string, Provenance[]> {
  const out = new Map<string, Provenance[]>();
  const origins =
    input.zone.environment === "universal"
      ? universalOrigins(input.sources.dataplanes, input.zone.universalSource)
      : kubernetesOrigins(input.sources.services);
  const generators = new Map(input.generators.map((g) => [g.coreName, g]));
  const committed = new Map<string, CommittedMeshService>();
  for (const c of input.committed) if (!committed.has(identityKey(c))) committed.set(identityKey(c), c);
  for (const svc of input.services) {
    const list: Provenance[] = [];
    const key = input.zone.environment === "universal" ? identityKey(svc) : atKey(svc.at);
    list.push(...(origins.get(key) ?? []));
    for (const a of svc.status.addresses ?? []) {
      const g = generators.get(a.hostnameGeneratorRef.coreName);
      list.push({
        role: "hostname-generator",
        kind: "HostnameGenerator",
        name: a.hostnameGeneratorRef.coreName,
        file: g?.at.file ?? "",
        line: g?.at.line ?? 0,
        column: g?.at.column ?? 0,
        detail: `hostname ${a.hostname}`,
      });
    }
    const c = committed.get(identityKey(svc));
    if (c) {
      const name = `${svc.namespace !== "" ? svc.namespace : svc.mesh}/${svc.name}`;
      const sticky = (detail: string): Provenance => ({
        role: "sticky",
        kind: "MeshService",
        name,
        ...at(c.at),
        detail,
      });
      // Kubernetes VIPs are the Service's clusterIP: only Universal ones are kept from the file.
      if (input.zone.environment === "universal") {
        const recorded = new Set(recordedValues(c.status.vips, "ip"));
        for (const v of svc.status.vips ?? []) if (recorded.has(v.ip)) list.push(sticky(`VIP ${v.ip}`));
      }
      const hostnames = new Set(recordedValues(c.status.addresses, "hostname"));
      for (const a of svc.status.addresses ?? [])
        if (hostnames.has(a.hostname)) list.push(sticky(`hostname ${a.hostname}`));
    }
    out.set(serviceKey(svc), list);
  }
  return out;
}

/** Every inbound tagged with a service name (serviceTag), or every labelled Dataplane (workload), by identity key. */
function universalOrigins(
  dataplanes: readonly Located<Dataplane>[],
  mode: ZoneConfig["universalSource"],
): Map<string, Provenance[]> {
  const out = new Map<string, Provenance[]>();
  const add = (key: string, p: Provenance): void => {
    const list = out.get(key);
    if (list) list.push(p);
    else out.set(key, [p]);
  };
  const ordered = [...dataplanes].sort((a, b) => compareStrings(a.at.file, b.at.file) || a.at.line - b.at.line);
  for (const dp of ordered) {
    const mesh = dp.value.mesh ?? "default";
    const name = `${mesh}/${dp.value.name}`;
    const inbounds = dp.value.networking?.inbound ?? [];
    if (mode === "workload") {
      const workload = dp.value.labels?.[WORKLOAD_LABEL];
      if (workload === undefined || workload === "" || inbounds.length === 0) continue;
      add(identityKey({ mesh, namespace: "", name: workload }), {
        role: "source",
        kind: "Dataplane",
        name,
        ...at(dp.at),
        detail: "",
      });
      continue;
    }
    inbounds.forEach((inbound, i) => {
      const service = inbound.tags?.[SERVICE_TAG];
      if (service === undefined) return;
      add(
        identityKey({ mesh, namespace: "", name: service }),
        lazyProvenance(
          "inbound",
          "Dataplane",
          name,
          locate(dp.res, ["networking", "inbound", i]),
          `inbound port ${inbound.port ?? 0}`,
        ),
      );
    });
  }
  return out;
}

/** The Service of each location: a desired MeshService (headless ones too) is at its Service. */
function kubernetesOrigins(services: readonly Located<Service>[]): Map<string, Provenance[]> {
  const out = new Map<string, Provenance[]>();
  for (const s of services) {
    const name = `${s.value.metadata.namespace ?? "default"}/${s.value.metadata.name ?? ""}`;
    out.set(atKey(s.at), [{ role: "source", kind: "Service", name, ...at(s.at), detail: "" }]);
  }
  return out;
}

function atKey(l: Location): string {
  return `${l.file}\0${l.line}\0${l.column}`;
}

/**
 * A provenance at a lazy location: its line and column are computed when first read (a report that
 * shows them), not here, which would parse every Dataplane file again for a position nobody may
 * read. The same keys in the same order as the others (the JSON report keeps them).
 */
export function lazyProvenance(
  role: Provenance["role"],
  kind: string,
  name: string,
  l: Location,
  detail: string,
): Provenance {
  const p: Provenance = {
    role,
    kind,
    name,
    file: l.file,
    get line() {
      return l.line;
    },
    get column() {
      return l.column;
    },
    detail,
  };
  linkPending(p, l);
  return p;
}

/** A plain copy of a location (a lazy one resolves its line here, once). */
function at(l: Location): Location {
  return { file: l.file, line: l.line, column: l.column };
}

function recordedValues(list: unknown, field: string): string[] {
  if (!Array.isArray(list)) return [];
  return list.flatMap((v: unknown) => {
    const x = typeof v === "object" && v !== null ? (v as Record<string, unknown>)[field] : undefined;
    return typeof x === "string" ? [x] : [];
  });
}
