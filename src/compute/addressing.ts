import { diagnostic } from "../diagnostics.js";
import type { Diagnostic, Location } from "../diagnostics.js";
import { parseCidr } from "../model/cidr.js";
import type { ZoneConfig } from "../model/config.js";
import type { MeshServiceStatus } from "../model/kuma.js";
import { identityKey } from "../model/kuma.js";
import type { LiveMeshService } from "../model/live.js";
import { isObject } from "../model/values.js";
import type { CommittedMeshService } from "./committed.js";
import type { Desired } from "./desired.js";
import { assignHostnames, generatorLabelView, readHostnameGenerators } from "./hostnames.js";
import type { HostnameGenerator, HostnameStatus, HostnameSubject } from "./hostnames.js";
import type { Located } from "./sources.js";
import { adoptLiveVips } from "./live-vips.js";
import { allocateVips } from "./vips.js";
import type { RecordedVips } from "./vips.js";

export interface AddressingInput {
  readonly zone: ZoneConfig;
  readonly zoneAt: Location;
  /** The zone's desired MeshServices, after the hand-written ones removed theirs. */
  readonly services: readonly Desired[];
  readonly committed: readonly CommittedMeshService[];
  readonly handWritten: readonly CommittedMeshService[];
  readonly hostnameGenerators: readonly Located<Record<string, unknown>>[];
  /** `apply --adopt-live-vips`: the zone's live MeshServices, whose VIPs become the recorded ones. */
  readonly live?: readonly LiveMeshService[] | undefined;
}

/**
 * The desired MeshServices with their addressing status (docs/design/addressing.md): on a universal zone a VIP
 * from the zone's pool (`status.vips`), in every zone the hostnames of the HostnameGenerators
 * (`status.addresses`, `status.hostnameGenerators`). Hand-written MeshServices reserve their VIPs
 * and hostnames but are never returned. Order of `services` is kept.
 */
export function computeAddressing(input: AddressingInput): {
  services: Desired[];
  diagnostics: Diagnostic[];
  generators: HostnameGenerator[];
} {
  const diagnostics: Diagnostic[] = [];
  const vips = input.zone.environment === "universal" ? zoneVips(input, diagnostics) : new Map<string, string>();
  const { statuses: hostnames, generators } = zoneHostnames(input, diagnostics);
  const services = input.services.map((s): Desired => {
    const key = identityKey(s);
    const vip = vips.get(key);
    return { ...s, status: { ...s.status, ...addressingStatus(vip, hostnames.get(key)) } };
  });
  return { services, diagnostics, generators };
}

/**
 * The status fields of an assigned VIP and of assigned hostnames, each left out when there is none
 * (MeshServices and MeshMultiZoneServices alike).
 */
export function addressingStatus(
  vip: string | undefined,
  h: HostnameStatus | undefined,
): Partial<Pick<HostnameStatus, "addresses" | "hostnameGenerators">> & { vips?: { ip: string }[] } {
  return {
    ...(vip !== undefined ? { vips: [{ ip: vip }] } : {}),
    ...(h && h.addresses.length > 0 ? { addresses: h.addresses } : {}),
    ...(h && h.hostnameGenerators.length > 0 ? { hostnameGenerators: h.hostnameGenerators } : {}),
  };
}

/** The VIP of each desired MeshService of a universal zone by identity key (vips.ts allocateVips). */
function zoneVips(input: AddressingInput, diagnostics: Diagnostic[]): Map<string, string> {
  const { zone } = input;
  const pool = parseCidr(zone.vipCidr);
  if ("error" in pool) {
    diagnostics.push(
      diagnostic("error", "vip-cidr-invalid", `vipCidr of zone "${zone.name}": ${pool.error}`, input.zoneAt),
    );
    return new Map();
  }
  const recorded = (ms: CommittedMeshService, generated: boolean): RecordedVips => ({
    key: identityKey(ms),
    name: ms.name,
    ips: recordedIps(ms.status),
    at: ms.at,
    generated,
  });
  const committed = input.committed.map((c) => recorded(c, true));
  const handWritten = input.handWritten.map((h) => recorded(h, false));
  const adopted =
    input.live === undefined
      ? null
      : adoptLiveVips({ zone: zone.name, pool, live: input.live, committed, handWritten, zoneAt: input.zoneAt });
  if (adopted !== null) diagnostics.push(...adopted.diagnostics);
  const allocated = allocateVips({
    zone: zone.name,
    pool,
    keys: input.services.map(identityKey),
    recorded: adopted?.recorded ?? [...committed, ...handWritten],
    zoneAt: input.zoneAt,
  });
  diagnostics.push(...allocated.diagnostics);
  return allocated.vips;
}

/**
 * The hostnames of each desired MeshService by identity key (hostnames.ts assignHostnames): a desired
 * one is sticky to the hostnames of its committed file, a hand-written one to its own. Also the
 * generators that took part, for the provenance of each address.
 */
function zoneHostnames(
  input: AddressingInput,
  diagnostics: Diagnostic[],
): { statuses: ReturnType<typeof assignHostnames>["statuses"]; generators: HostnameGenerator[] } {
  const { zone } = input;
  const committedByKey = new Map<string, CommittedMeshService>();
  for (const c of input.committed) if (!committedByKey.has(identityKey(c))) committedByKey.set(identityKey(c), c);
  const generators = readHostnameGenerators(input.hostnameGenerators, zone.environment, zone.defaultHostnameGenerators);
  diagnostics.push(...generators.diagnostics);
  const subject = (
    ms: CommittedMeshService | Desired,
    recordedFrom: MeshServiceStatus | undefined,
  ): HostnameSubject => ({
    key: identityKey(ms),
    mesh: ms.mesh,
    namespace: ms.namespace,
    name: ms.name,
    labels: generatorLabelView(ms.environment, ms.name, ms.labels, "annotations" in ms ? ms.annotations : undefined),
    recorded: new Set(recordedHostnames(recordedFrom)),
    at: ms.at,
  });
  const hostnames = assignHostnames({
    zone: zone.name,
    generators: generators.generators,
    subjects: [
      ...input.services.map((s) => subject(s, committedByKey.get(identityKey(s))?.status)),
      ...input.handWritten.map((h) => subject(h, h.status)),
    ],
  });
  diagnostics.push(...hostnames.diagnostics);
  return { statuses: hostnames.statuses, generators: generators.generators };
}

/** `status.vips[].ip` of a file read back, tolerating anything a hand-written file may hold. */
function recordedIps(status: unknown): string[] {
  const vips = isObject(status) ? status["vips"] : undefined;
  if (!Array.isArray(vips)) return [];
  return vips.flatMap((v: unknown) => (isObject(v) && typeof v["ip"] === "string" ? [v["ip"]] : []));
}

function recordedHostnames(status: unknown): string[] {
  const addresses = isObject(status) ? status["addresses"] : undefined;
  if (!Array.isArray(addresses)) return [];
  return addresses.flatMap((a: unknown) => (isObject(a) && typeof a["hostname"] === "string" ? [a["hostname"]] : []));
}
