import { posix } from "node:path";
import { SYSTEM_NAMESPACE } from "../compute/hostnames.js";
import { KUMA_API_VERSION } from "../model/kinds.js";
import type { MultiZoneService } from "../model/kuma.js";
import { isDns1123Subdomain } from "../model/names.js";
import { sortKeys } from "./meshservice.js";

/**
 * The MeshMultiZoneService in the resource format of the global control plane, keys in canonical
 * order: Universal `type/name/mesh/labels/spec/status`; Kubernetes in Kuma's system namespace, its
 * mesh in the `kuma.io/mesh` label (a global resource has no other namespace). Empty status lists
 * are left out, as Kuma's `omitempty` does [meshmultizoneservice.go MeshMultiZoneServiceStatus].
 */
export function toMultiZoneResource(m: MultiZoneService): Record<string, unknown> {
  const labels = sortKeys(m.labels);
  const spec = sortKeys(m.spec);
  const status = sortKeys(
    Object.fromEntries(Object.entries(m.status).filter(([, v]) => !(Array.isArray(v) && v.length === 0))),
  ) as Record<string, unknown>;
  const withStatus = Object.keys(status).length > 0 ? { status } : {};
  if (m.environment === "kubernetes") {
    return {
      apiVersion: KUMA_API_VERSION,
      kind: "MeshMultiZoneService",
      metadata: { name: m.name, namespace: SYSTEM_NAMESPACE, labels },
      spec,
      ...withStatus,
    };
  }
  return { type: "MeshMultiZoneService", name: m.name, mesh: m.mesh, labels, spec, ...withStatus };
}

/**
 * `<output>/<mesh>/<name>.yaml` in both formats (they are all in one namespace on Kubernetes), or
 * null when the mesh or the name could not be a safe path segment.
 */
export function multiZoneOutputPath(output: string, m: Pick<MultiZoneService, "mesh" | "name">): string | null {
  if (!isDns1123Subdomain(m.mesh) || !isDns1123Subdomain(m.name)) return null;
  const p = posix.join(output, m.mesh, `${m.name}.yaml`);
  return p.startsWith(`${output}/`) ? p : null;
}
