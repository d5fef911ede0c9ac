import { diagnostic } from "../diagnostics.js";
import type { Diagnostic, Location } from "../diagnostics.js";
import type { MeshInfo } from "./sources.js";

// Kuma 2.x: MeshServices are generated only for meshes whose meshServices.mode enables them; an
// unset mode means Disabled [pkg/core/resources/apis/mesh/mesh_helpers.go].
const ENABLED_MODES = new Set(["Everywhere", "ReachableBackends", "Exclusive"]);

export interface MeshGate {
  /** Null when the mesh may have MeshServices, else why it may not. */
  readonly reasonSkipped: (mesh: string) => string | null;
  readonly diagnostics: Diagnostic[];
}

/**
 * The Mesh gate of docs/design/generation.md. With Mesh objects in the zone's sources a mesh must exist and
 * enable MeshServices. GitOps rule: with none, every mesh is assumed to exist with MeshServices
 * enabled, and an `info` says so once for the zone.
 */
export function computeMeshGate(zone: string, meshes: ReadonlyMap<string, MeshInfo>, zoneAt: Location): MeshGate {
  if (meshes.size === 0) {
    return {
      reasonSkipped: () => null,
      diagnostics: [
        diagnostic(
          "info",
          "no-mesh-objects",
          `zone "${zone}" has no Mesh objects in its sources: every mesh is assumed to exist with MeshServices enabled`,
          zoneAt,
        ),
      ],
    };
  }
  return {
    reasonSkipped: (mesh) => {
      const m = meshes.get(mesh);
      if (!m) return `mesh "${mesh}" is not among the zone's Mesh objects`;
      if (m.mode === undefined || !ENABLED_MODES.has(m.mode)) {
        return `mesh "${mesh}" has meshServices.mode ${m.mode ?? "unset (Disabled)"}`;
      }
      return null;
    },
    diagnostics: [],
  };
}
