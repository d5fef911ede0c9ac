import { compareStrings, diagnostic } from "../diagnostics.js";
import type { Diagnostic, Location } from "../diagnostics.js";
import type { ZoneConfig } from "../model/config.js";
import type { MeshService } from "../model/kuma.js";
import type { LiveMeshService } from "../model/live.js";
import { identityKey } from "../model/kuma.js";
import { computeAddressing } from "./addressing.js";
import type { CommittedMeshService } from "./committed.js";
import type { Desired } from "./desired.js";
import { computeKubernetes } from "./kubernetes.js";
import { computeMeshGate } from "./mesh-gate.js";
import type { MeshGate } from "./mesh-gate.js";
import { computeProvenance } from "./provenance.js";
import type { Provenance } from "./provenance.js";
import type { ZoneSources } from "./sources.js";
import { computeUniversal } from "./universal.js";

export interface ZoneInput {
  readonly zone: ZoneConfig;
  /** Where the zone is defined (the config file entry), for zone-wide diagnostics. */
  readonly zoneAt: Location;
  readonly sources: ZoneSources;
  /** Generated MeshServices committed in the zone's output directory. */
  readonly committed: readonly CommittedMeshService[];
  /** MeshServices without our marker, in the sources or the output directory. */
  readonly handWritten: readonly CommittedMeshService[];
  /** `apply --adopt-live-vips`: the zone's live MeshServices (addressing.ts). */
  readonly live?: readonly LiveMeshService[] | undefined;
}

/**
 * The zone's desired MeshServices, sorted by identity key. A hand-written MeshService with the same
 * identity wins and the desired one is dropped with a `warning` (Kuma: the hand-made object wins).
 * Also returns the zone's Mesh gate, which the policy reference checks share, and the provenance
 * of every desired MeshService.
 */
export function computeZone(input: ZoneInput): {
  services: Desired[];
  diagnostics: Diagnostic[];
  gate: MeshGate;
  /** Where each desired MeshService comes from, by serviceKey (provenance.ts). */
  provenance: Map<string, Provenance[]>;
} {
  const { zone, sources } = input;
  const gate = computeMeshGate(zone.name, sources.meshes, input.zoneAt);
  const committedByKey = new Map<string, MeshService>(input.committed.map((c) => [identityKey(c), c]));
  const generated =
    zone.environment === "universal"
      ? computeUniversal({
          zone: zone.name,
          source: zone.universalSource,
          dataplanes: sources.dataplanes,
          committed: committedByKey,
          gate,
        })
      : computeKubernetes({ zone: zone.name, sources, gate });
  // The "no Mesh objects" info only matters to a zone that has something to generate from.
  const hasInputs = sources.dataplanes.length + sources.services.length > 0;
  const diagnostics = [...(hasInputs ? gate.diagnostics : []), ...generated.diagnostics];
  const handWritten = new Map(input.handWritten.map((h) => [identityKey(h), h]));
  const seen = new Map<string, Desired>();
  for (const svc of generated.services) {
    const key = identityKey(svc);
    const hand = handWritten.get(key);
    if (hand) {
      diagnostics.push(
        diagnostic(
          "warning",
          "hand-written-wins",
          `MeshService "${svc.name}" (mesh "${svc.mesh}"${svc.namespace ? `, namespace "${svc.namespace}"` : ""}) is written by hand at ${hand.at.file}:${hand.at.line}; not generating it`,
          svc.at,
        ),
      );
      continue;
    }
    const prev = seen.get(key);
    if (prev) {
      diagnostics.push(
        diagnostic(
          "error",
          "duplicate-meshservice",
          `MeshService "${svc.name}" is generated twice in zone "${zone.name}" (also from ${prev.at.file}:${prev.at.line})`,
          svc.at,
        ),
      );
      continue;
    }
    seen.set(key, svc);
  }
  const services = [...seen.values()].sort((a, b) => compareStrings(identityKey(a), identityKey(b)));
  // VIPs and hostnames (docs/design/addressing.md); hand-written MeshServices reserve theirs too.
  const addressed = computeAddressing({ ...input, services, hostnameGenerators: sources.hostnameGenerators });
  diagnostics.push(...addressed.diagnostics);
  const provenance = computeProvenance({
    zone,
    services: addressed.services,
    sources,
    committed: input.committed,
    generators: addressed.generators,
  });
  return { services: addressed.services, diagnostics, gate, provenance };
}
