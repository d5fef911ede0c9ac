import { compareStrings, diagnostic } from "../diagnostics.js";
import type { Diagnostic, Location } from "../diagnostics.js";
import type { UniversalSource } from "../model/config.js";
import type { Dataplane, DataplaneInbound, MeshService, MeshServicePort } from "../model/kuma.js";
import { identityKey, KNOWN_PROTOCOLS } from "../model/kuma.js";
import { locate } from "../parse/yaml.js";
import type { Desired } from "./desired.js";
import type { MeshGate } from "./mesh-gate.js";
import { isDns1035Label } from "../model/names.js";
import type { Located } from "./sources.js";
import { computeUniversalStatus } from "./status.js";
import {
  DISPLAY_NAME_LABEL,
  ENV_LABEL,
  MANAGED_BY_LABEL,
  MANAGED_BY_MESHSERVICE_GENERATOR,
  MESH_LABEL,
  ORIGIN_LABEL,
  ORIGIN_ZONE,
  PROTOCOL_TAG,
  SERVICE_TAG,
  WORKLOAD_LABEL,
  ZONE_LABEL,
} from "../model/labels.js";

export interface UniversalInput {
  readonly zone: string;
  readonly source: UniversalSource;
  readonly dataplanes: readonly Located<Dataplane>[];
  /** The zone's committed generated MeshServices by identity key: conflicts stay sticky to them. */
  readonly committed: ReadonlyMap<string, MeshService>;
  readonly gate: MeshGate;
}

/**
 * Kuma orders a mesh's Dataplanes by creation time, then name [pkg/core/resources/apis/mesh
 * SortDataplanes]. A Dataplane without a valid RFC 3339 `creationTime` has Go's zero time there, so
 * it sorts before every Dataplane that has one; Dataplanes in Git rarely carry one, and then name
 * order decides (GitOps rule). Times compare to the nanosecond; equal names fall back to the file
 * and line so the order never depends on the order files were read.
 */
export function orderDataplanes<T extends Located<Dataplane>>(dataplanes: readonly T[]): T[] {
  const keyed = dataplanes.map((d) => ({ d, t: parseRfc3339(d.value.creationTime) }));
  keyed.sort(
    (a, b) =>
      compareTimes(a.t, b.t) ||
      compareStrings(a.d.value.name, b.d.value.name) ||
      compareStrings(a.d.at.file, b.d.at.file) ||
      a.d.at.line - b.d.at.line,
  );
  return keyed.map((k) => k.d);
}

const RFC3339 = /^(\d{4})-(\d{2})-(\d{2})[Tt](\d{2}):(\d{2}):(\d{2})(?:\.(\d{1,9}))?(?:([Zz])|([+-])(\d{2}):(\d{2}))$/;

/** Seconds since the epoch and nanoseconds of an RFC 3339 time, or null (Go's zero time) when invalid. */
export function parseRfc3339(text: string | undefined): readonly [number, number] | null {
  const m = text === undefined ? null : RFC3339.exec(text);
  if (!m) return null;
  const [, y, mo, d, h, mi, s, frac, , sign, oh, om] = m;
  // setUTCFullYear, unlike Date.UTC, keeps years 0-99 as they are (Go's zero time is year 1).
  const date = new Date(0);
  date.setUTCFullYear(Number(y), Number(mo) - 1, Number(d));
  date.setUTCHours(Number(h), Number(mi), Number(s), 0);
  const fields = [
    date.getUTCMonth() + 1,
    date.getUTCDate(),
    date.getUTCHours(),
    date.getUTCMinutes(),
    date.getUTCSeconds(),
  ];
  if (fields.join() !== [mo, d, h, mi, s].map(Number).join()) return null;
  const ms = date.getTime();
  const offset = sign === undefined ? 0 : (sign === "-" ? -1 : 1) * (Number(oh) * 3600 + Number(om) * 60);
  return [ms / 1000 - offset, Number((frac ?? "").padEnd(9, "0"))];
}

function compareTimes(a: readonly [number, number] | null, b: readonly [number, number] | null): number {
  if (a === null || b === null) return a === b ? 0 : a === null ? -1 : 1;
  return a[0] - b[0] || a[1] - b[1];
}

/**
 * The appProtocol of an inbound's port: the `protocol` field, else (serviceTag mode only) the
 * `kuma.io/protocol` tag, lower-cased, when Kuma knows it; `tcp` otherwise.
 */
export function inboundAppProtocol(inbound: DataplaneInbound, useTag: boolean): string {
  // [api/mesh/v1alpha1 GetProtocolFallback]: an empty `protocol` field falls back to the tag.
  const field = inbound.protocol !== undefined && inbound.protocol !== "" ? inbound.protocol : undefined;
  const raw = field ?? (useTag ? inbound.tags?.[PROTOCOL_TAG] : undefined);
  const p = raw?.toLowerCase();
  return p !== undefined && KNOWN_PROTOCOLS.has(p) ? p : "tcp";
}

/** One inbound as one MeshService port: never `servicePort`, the name defaults to the port number. */
export function inboundPort(inbound: DataplaneInbound, useTag: boolean): MeshServicePort {
  const port = inbound.port ?? 0;
  return {
    name: inbound.name !== undefined && inbound.name !== "" ? inbound.name : String(port),
    port,
    targetPort: port,
    appProtocol: inboundAppProtocol(inbound, useTag),
  };
}

interface Candidate {
  readonly dataplane: Located<Dataplane>;
  readonly ports: MeshServicePort[];
  readonly key: string;
  readonly at: Location;
}

/**
 * Desired MeshServices of a universal zone [pkg/core/resources/apis/meshservice/generate/generator.go]:
 * one per service name (serviceTag mode: the `kuma.io/service` tag of each inbound; workload mode:
 * the Dataplane's `kuma.io/workload` label), with the ports of the first Dataplane in order, or of
 * the committed spec while some Dataplane still offers exactly those ports; then the status that
 * Kuma's status updater would write (status.ts).
 */
export function computeUniversal(input: UniversalInput): { services: Desired[]; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = [];
  const byMesh = new Map<string, Located<Dataplane>[]>();
  for (const dp of input.dataplanes) {
    const mesh = dp.value.mesh ?? "default";
    let list = byMesh.get(mesh);
    if (!list) byMesh.set(mesh, (list = []));
    list.push(dp);
  }
  const services: Desired[] = [];
  for (const mesh of [...byMesh.keys()].sort(compareStrings)) {
    const dps = orderDataplanes(byMesh.get(mesh) ?? []);
    const skipped = input.gate.reasonSkipped(mesh);
    if (skipped !== null) {
      const first = dps[0];
      diagnostics.push(
        diagnostic(
          "warning",
          "mesh-skipped",
          `no MeshServices generated for ${dps.length} Dataplane(s): ${skipped}`,
          first?.at,
        ),
      );
      continue;
    }
    const candidates = new Map<string, Candidate[]>();
    for (const dp of dps) {
      for (const [name, c] of candidatesOf(dp, input.source, diagnostics)) {
        let list = candidates.get(name);
        if (!list) candidates.set(name, (list = []));
        list.push(c);
      }
    }
    for (const name of [...candidates.keys()].sort(compareStrings)) {
      const list = candidates.get(name) ?? [];
      const winner = pickWinner(list, input.committed.get(identityKey({ mesh, namespace: "", name })));
      reportConflict(name, mesh, list, winner, diagnostics);
      const selector =
        input.source === "workload"
          ? { dataplaneLabels: { matchLabels: { [WORKLOAD_LABEL]: name } } }
          : { dataplaneTags: { [SERVICE_TAG]: name } };
      // The Dataplanes this selector selects are exactly the candidates: those with an inbound tagged
      // with the name (serviceTag mode) or labelled with it and with an inbound (workload mode). So
      // the status looks at them only, not at every Dataplane of the mesh per service.
      const { spec, status } = computeUniversalStatus(
        { selector, ports: winner.ports },
        list.map((c) => c.dataplane.value),
      );
      services.push({
        zone: input.zone,
        environment: "universal",
        mesh,
        namespace: "",
        name,
        labels: universalLabels(input.zone, mesh, name),
        spec,
        status,
        at: winner.at,
      });
    }
  }
  return { services, diagnostics };
}

/** The six labels of a generated universal MeshService, exactly [generate/generator.go]. */
export function universalLabels(zone: string, mesh: string, name: string): Record<string, string> {
  return {
    [DISPLAY_NAME_LABEL]: name,
    [ENV_LABEL]: "universal",
    [MANAGED_BY_LABEL]: MANAGED_BY_MESHSERVICE_GENERATOR,
    [MESH_LABEL]: mesh,
    [ORIGIN_LABEL]: ORIGIN_ZONE,
    [ZONE_LABEL]: zone,
  };
}

function candidatesOf(
  dp: Located<Dataplane>,
  source: UniversalSource,
  diagnostics: Diagnostic[],
): Map<string, Candidate> {
  const out = new Map<string, Candidate>();
  const inbounds = dp.value.networking?.inbound ?? [];
  if (source === "workload") {
    // [generate/generator.go workloadForDataplane]: an absent or empty label means no workload.
    const name = dp.value.labels?.[WORKLOAD_LABEL];
    if (name === undefined || name === "" || inbounds.length === 0) return out;
    const at = locate(dp.res, ["labels", WORKLOAD_LABEL]);
    if (!isDns1035Label(name)) {
      diagnostics.push(invalidName(name, WORKLOAD_LABEL, at));
      return out;
    }
    const ports = inbounds.map((i) => inboundPort(i, false));
    out.set(name, { dataplane: dp, ports, key: JSON.stringify(ports), at: dp.at });
    return out;
  }
  inbounds.forEach((inbound, i) => {
    const name = inbound.tags?.[SERVICE_TAG];
    if (name === undefined) {
      // Kuma reads the missing tag as "" and logs it as an invalid name [generate/generator.go].
      diagnostics.push(
        diagnostic(
          "info",
          "service-name-invalid",
          `no MeshService for inbound port ${inbound.port ?? 0} of Dataplane "${dp.value.name}": it has no ${SERVICE_TAG} tag`,
          locate(dp.res, ["networking", "inbound", i]),
        ),
      );
      return;
    }
    if (!isDns1035Label(name)) {
      diagnostics.push(
        invalidName(name, SERVICE_TAG, locate(dp.res, ["networking", "inbound", i, "tags", SERVICE_TAG])),
      );
      return;
    }
    const existing = out.get(name);
    const port = inboundPort(inbound, true);
    if (existing) existing.ports.push(port);
    else out.set(name, { dataplane: dp, ports: [port], key: "", at: locate(dp.res, ["networking", "inbound", i]) });
  });
  for (const [name, c] of out) out.set(name, { ...c, key: JSON.stringify(c.ports) });
  return out;
}

function invalidName(name: string, from: string, at: Location): Diagnostic {
  return diagnostic(
    "info",
    "service-name-invalid",
    `no MeshService for ${from} "${name}": not a DNS-1035 label (lower-case letters, digits and '-', starting with a letter, at most 63 characters)`,
    at,
  );
}

function pickWinner(list: readonly Candidate[], committed: MeshService | undefined): Candidate {
  const first = list[0] as Candidate;
  if (committed) {
    const key = JSON.stringify(committed.spec.ports.map(normalisePort));
    const sticky = list.find((c) => c.key === key);
    if (sticky) return sticky;
  }
  return first;
}

function normalisePort(p: MeshServicePort): MeshServicePort {
  return { name: p.name, port: p.port, targetPort: p.targetPort, appProtocol: p.appProtocol };
}

function reportConflict(
  name: string,
  mesh: string,
  list: readonly Candidate[],
  winner: Candidate,
  diagnostics: Diagnostic[],
): void {
  if (list.every((c) => c.key === winner.key)) return;
  const describe = (c: Candidate): string =>
    `Dataplane "${c.dataplane.value.name}" (${c.at.file}:${c.at.line}) ports ${c.ports.map((p) => `${p.name}:${p.port}/${p.appProtocol ?? "tcp"}`).join(",")}`;
  diagnostics.push(
    diagnostic(
      "warning",
      "service-ports-conflict",
      `Dataplanes disagree on the ports of MeshService "${name}" in mesh "${mesh}"; using ${describe(winner)}; conflicting: ${list
        .filter((c) => c.key !== winner.key)
        .map(describe)
        .join("; ")}`,
      winner.at,
    ),
  );
}
