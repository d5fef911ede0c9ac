import { diagnostic } from "../diagnostics.js";
import type { Diagnostic, Location } from "../diagnostics.js";
import type { ZoneConfig } from "../model/config.js";
import type { MeshServiceStatus } from "../model/kuma.js";
import { identityKey } from "../model/kuma.js";
import { isObject } from "../model/values.js";
import type { CommittedMeshService } from "./committed.js";
import type { Desired } from "./desired.js";
import { assignHostnames, readHostnameGenerators } from "./hostnames.js";
import type { HostnameSubject } from "./hostnames.js";
import type { Located } from "./sources.js";
import { allocateVips } from "./vips.js";
import { parseCidr } from "../model/cidr.js";

export interface AddressingInput {
  readonly zone: ZoneConfig;
  readonly zoneAt: Location;
  /** The zone's desired MeshServices, after the hand-written ones removed theirs. */
  readonly services: readonly Desired[];
  readonly committed: readonly CommittedMeshService[];
  readonly handWritten: readonly CommittedMeshService[];
  readonly hostnameGenerators: readonly Located<Record<string, unknown>>[];
}

/**
 * The desired MeshServices with their addressing status (addressing.md): on a universal zone a VIP
 * from the zone's pool (`status.vips`), in every zone the hostnames of the HostnameGenerators
 * (`status.addresses`, `status.hostnameGenerators`). Hand-written MeshServices reserve their VIPs
 * and hostnames but are never returned. Order of `services` is kept.
 */
export function computeAddressing(input: AddressingInput): { services: Desired[]; diagnostics: Diagnostic[] } {
  const { zone } = input;
  const diagnostics: Diagnostic[] = [];
  const committedByKey = new Map<string, CommittedMeshService>();
  for (const c of input.committed) if (!committedByKey.has(identityKey(c))) committedByKey.set(identityKey(c), c);

  let vips = new Map<string, string>();
  if (zone.environment === "universal") {
    const pool = parseCidr(zone.vipCidr);
    if ("error" in pool) {
      diagnostics.push(
        diagnostic("error", "vip-cidr-invalid", `vipCidr of zone "${zone.name}": ${pool.error}`, input.zoneAt),
      );
    } else {
      const allocated = allocateVips({
        zone: zone.name,
        pool,
        keys: input.services.map(identityKey),
        recorded: [
          ...input.committed.map((c) => ({
            key: identityKey(c),
            name: c.name,
            ips: recordedIps(c.status),
            at: c.at,
            generated: true,
          })),
          ...input.handWritten.map((h) => ({
            key: identityKey(h),
            name: h.name,
            ips: recordedIps(h.status),
            at: h.at,
            generated: false,
          })),
        ],
        zoneAt: input.zoneAt,
      });
      vips = allocated.vips;
      diagnostics.push(...allocated.diagnostics);
    }
  }

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
    labels: ms.labels,
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

  const services = input.services.map((s): Desired => {
    const key = identityKey(s);
    const vip = vips.get(key);
    const h = hostnames.statuses.get(key);
    return {
      ...s,
      status: {
        ...s.status,
        ...(vip !== undefined ? { vips: [{ ip: vip }] } : {}),
        ...(h && h.addresses.length > 0 ? { addresses: h.addresses } : {}),
        ...(h && h.hostnameGenerators.length > 0 ? { hostnameGenerators: h.hostnameGenerators } : {}),
      },
    };
  });
  return { services, diagnostics };
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
