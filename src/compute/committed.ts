import type { Location } from "../diagnostics.js";
import type { Environment, MeshService, MeshServicePort, MeshServiceSpec, MeshServiceStatus } from "../model/kuma.js";
import { locate } from "../parse/yaml.js";
import { isObject, str } from "../model/values.js";
import type { SourceResource } from "../parse/yaml.js";
import { MESH_LABEL } from "../model/labels.js";

/** A MeshService read back from a file, generated (committed state) or hand-written. */
export interface CommittedMeshService extends MeshService {
  readonly at: Location;
  /** `metadata.annotations` (Kubernetes format): Kuma's label view reads some of them (hostnames.ts). */
  readonly annotations?: Readonly<Record<string, string>>;
}

/**
 * Reads a MeshService resource in either format into the tool's model, or null when the object is
 * not a MeshService. The environment is the zone's; the namespace is "" on Universal. The file may
 * be edited by hand, so only ports that are objects with a numeric `port` are kept: the rest
 * (`ports: [~]`, a string) cannot be read, and a hand-edited generated file is simply rewritten.
 */
export function decodeMeshService(
  res: SourceResource,
  zone: string,
  environment: Environment,
): CommittedMeshService | null {
  const v = res.value;
  if (!isObject(v)) return null;
  const at = locate(res);
  const spec = (isObject(v["spec"]) ? v["spec"] : {}) as unknown as MeshServiceSpec;
  const status = (isObject(v["status"]) ? v["status"] : {}) as MeshServiceStatus;
  if (v["kind"] === "MeshService" && isObject(v["metadata"])) {
    const meta = v["metadata"];
    const labels = (isObject(meta["labels"]) ? meta["labels"] : {}) as Record<string, string>;
    return {
      zone,
      environment,
      mesh: labels[MESH_LABEL] ?? "default",
      namespace: typeof meta["namespace"] === "string" ? meta["namespace"] : "default",
      name: str(meta["name"], ""),
      labels,
      annotations: (isObject(meta["annotations"]) ? meta["annotations"] : {}) as Record<string, string>,
      spec: { ...spec, ports: readablePorts(spec.ports) },
      status,
      at,
    };
  }
  if (v["type"] === "MeshService") {
    return {
      zone,
      environment,
      mesh: typeof v["mesh"] === "string" ? v["mesh"] : "default",
      namespace: "",
      name: str(v["name"], ""),
      labels: (isObject(v["labels"]) ? v["labels"] : {}) as Record<string, string>,
      spec: { ...spec, ports: readablePorts(spec.ports) },
      status,
      at,
    };
  }
  return null;
}

/** The entries of `spec.ports` that are objects with a numeric `port` (Kuma's MeshServicePort). */
function readablePorts(ports: unknown): MeshServicePort[] {
  if (!Array.isArray(ports)) return [];
  return ports.filter((p): p is MeshServicePort => isObject(p) && typeof p["port"] === "number");
}
