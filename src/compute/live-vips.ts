import { compareStrings, diagnostic } from "../diagnostics.js";
import type { Diagnostic, Location } from "../diagnostics.js";
import { poolOffset } from "../model/cidr.js";
import type { VipPool } from "../model/cidr.js";
import { identityKey } from "../model/kuma.js";
import { ORIGIN_LABEL } from "../model/labels.js";
import { liveIdentity } from "../model/live.js";
import type { LiveMeshService } from "../model/live.js";
import { printable, quoted } from "../model/printable.js";
import type { RecordedVips } from "./vips.js";

// `apply --adopt-live-vips` (docs/deploying.md): on Universal, Kuma's REST API drops the status of
// every MeshService it is given [pkg/api-server/resource_endpoints.go createResource and
// updateResource set only the spec and labels; testdata put_meshservice_with_status_01.golden.json]
// and its allocator hands out the next free VIP of its own sequence
// [pkg/core/resources/apis/core/vip/allocator.go]. Adopting makes the VIPs the control plane already
// assigned the recorded, sticky VIPs of Git: allocateVips keeps a recorded VIP, so the files then
// describe the mesh as it runs, and a later reallocation by Kuma is live drift.

export interface LiveVipInput {
  readonly zone: string;
  readonly pool: VipPool;
  /** The MeshServices the zone's control plane lists. */
  readonly live: readonly LiveMeshService[];
  /** The recorded VIPs of the zone's generated files (sticky). */
  readonly committed: readonly RecordedVips[];
  /** The recorded VIPs of the hand-written MeshServices (they reserve, and win every conflict). */
  readonly handWritten: readonly RecordedVips[];
  readonly zoneAt: Location;
}

/**
 * The recorded VIPs of a universal zone with the live ones adopted, for allocateVips. Each live
 * MeshService of this zone (not one synced from global, `kuma.io/origin: global`), in identity-key
 * order, has its `status.vips` checked: a VIP outside the zone's vipCidr is a `live-vip-outside-range`
 * warning, one that a hand-written MeshService or an earlier live one holds is a `live-vip-conflict`
 * warning; neither is adopted. The adopted VIPs of a key replace its committed ones (an `info`
 * `live-vip-adopted` says so when they differ), and no committed file keeps a VIP the control plane
 * gave another MeshService. Live MeshServices that Git does not generate reserve their VIPs too; a
 * hand-written one keeps what its own file records.
 * Names the control plane sent are quoted with their control characters escaped (model/printable.ts).
 * Located at the key's committed file, else at the zone. Pure.
 */
export function adoptLiveVips(input: LiveVipInput): { recorded: RecordedVips[]; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = [];
  const committedByKey = new Map<string, RecordedVips>();
  for (const c of input.committed) if (!committedByKey.has(c.key)) committedByKey.set(c.key, c);
  const handHeld = new Map<string, RecordedVips>();
  for (const h of input.handWritten) for (const ip of h.ips) if (!handHeld.has(ip)) handHeld.set(ip, h);
  const liveHeld = new Map<string, string>();
  const adopted: RecordedVips[] = [];
  const live = input.live
    .filter((l) => l.labels?.[ORIGIN_LABEL] !== "global")
    .map((l) => ({ l, key: identityKey(liveIdentity(l, "universal")) }))
    .sort((a, b) => compareStrings(a.key, b.key));
  const handKeys = new Set(input.handWritten.map((h) => h.key));
  for (const { l, key } of live) {
    // A hand-written MeshService keeps the VIPs its own file records (it wins every conflict).
    if (handKeys.has(key) || adopted.some((a) => a.key === key)) continue;
    const at = committedByKey.get(key)?.at ?? input.zoneAt;
    const ips: string[] = [];
    for (const ip of (l.status?.vips ?? []).map((v) => v.ip)) {
      const hand = handHeld.get(ip);
      const other = liveHeld.get(ip);
      if (poolOffset(input.pool, ip) === null) diagnostics.push(outsideRange(input, l.name, ip, at));
      else if (hand !== undefined && hand.key !== key)
        diagnostics.push(
          conflict(
            input.zone,
            l.name,
            ip,
            `the hand-written MeshService ${quoted(hand.name)} (${printable(hand.at.file)}:${hand.at.line})`,
            at,
          ),
        );
      else if (other !== undefined && other !== key)
        diagnostics.push(
          conflict(input.zone, l.name, ip, `the live MeshService ${quoted(other.split("/").pop() ?? other)}`, at),
        );
      else {
        liveHeld.set(ip, key);
        ips.push(ip);
      }
    }
    if (ips.length === 0) continue;
    adopted.push({ key, name: l.name, ips, at, generated: true });
    const before = committedByKey.get(key)?.ips ?? [];
    if (before.join(",") !== ips.join(","))
      diagnostics.push(
        diagnostic(
          "info",
          "live-vip-adopted",
          `MeshService ${quoted(l.name)} in zone "${input.zone}": VIP ${ips.join(", ")} adopted from the control plane (Git had ${before.length === 0 ? "none" : before.join(", ")})`,
          at,
        ),
      );
  }
  const adoptedKeys = new Set(adopted.map((a) => a.key));
  const committed = input.committed
    .filter((c) => !adoptedKeys.has(c.key))
    .map((c) => ({ ...c, ips: c.ips.filter((ip) => !liveHeld.has(ip)) }));
  return { recorded: [...adopted, ...committed, ...input.handWritten], diagnostics };
}

function outsideRange(input: LiveVipInput, name: string, ip: string, at: Location): Diagnostic {
  return diagnostic(
    "warning",
    "live-vip-outside-range",
    `MeshService ${quoted(name)} in zone "${input.zone}": the control plane's VIP ${ip} is outside vipCidr ${input.pool.cidr}; it is not adopted (is vipCidr the control plane's kuma-cp ipam.meshService.cidr?)`,
    at,
  );
}

function conflict(zone: string, name: string, ip: string, holder: string, at: Location): Diagnostic {
  return diagnostic(
    "warning",
    "live-vip-conflict",
    `MeshService ${quoted(name)} in zone "${zone}": the control plane's VIP ${ip} is also held by ${holder}; it is not adopted`,
    at,
  );
}
