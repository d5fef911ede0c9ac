// The kinds of resource the tool reads and their two resource formats: how an object found in a YAML
// file is classified, named and scoped. Shared by validate/ (which schema, which rules) and compute/
// (which bucket), so that both classify an object the same way.
import { isObject } from "./values.js";

export type SourceKind =
  | "Dataplane"
  | "Service"
  | "Namespace"
  | "Mesh"
  | "MeshService"
  | "HostnameGenerator"
  | "StatefulSet"
  | "EndpointSlice"
  | "Pod"
  | "Policy";

/** Universal resources are flat with a `type`; Kubernetes objects have `apiVersion` and `kind`. */
export type ResourceFormat = "universal" | "kubernetes";

export const KUMA_API_VERSION = "kuma.io/v1alpha1";

/** Kinds whose Universal resources belong to a mesh (their `mesh` field names it). */
export const MESH_SCOPED: ReadonlySet<SourceKind> = new Set(["Dataplane", "MeshService"]);
/** Kubernetes kinds that have no namespace. */
export const CLUSTER_SCOPED: ReadonlySet<SourceKind> = new Set(["Mesh", "Namespace"]);

/**
 * The kind of a parsed object, or null for objects the tool does not read. Universal resources are
 * flat with a `type` key; Kubernetes objects have `apiVersion` and `kind`.
 */
export function sourceKind(value: unknown): SourceKind | null {
  if (!isObject(value)) return null;
  const { apiVersion, kind, type } = value;
  if (typeof apiVersion === "string" && typeof kind === "string") {
    if (apiVersion === "v1" && (kind === "Service" || kind === "Namespace" || kind === "Pod")) return kind;
    if (apiVersion === "apps/v1" && kind === "StatefulSet") return kind;
    if (apiVersion === "discovery.k8s.io/v1" && kind === "EndpointSlice") return kind;
    if (apiVersion === KUMA_API_VERSION) {
      if (kind === "Mesh" || kind === "MeshService" || kind === "HostnameGenerator") return kind;
      if (kind.startsWith("Mesh") && isObject(value["spec"])) return "Policy";
    }
    return null;
  }
  if (typeof type === "string" && apiVersion === undefined) {
    if (type === "Dataplane" || type === "Mesh" || type === "MeshService" || type === "HostnameGenerator") return type;
    if (type.startsWith("Mesh") && isObject(value["spec"])) return "Policy";
  }
  return null;
}

export function resourceFormat(value: Record<string, unknown>): ResourceFormat {
  return typeof value["apiVersion"] === "string" ? "kubernetes" : "universal";
}

/** `name` (Universal) or `metadata.name` (Kubernetes), when it is a non-empty string. */
export function objectName(value: Record<string, unknown>): string | null {
  const meta = value["metadata"];
  const name = isObject(meta) ? meta["name"] : value["name"];
  return typeof name === "string" && name !== "" ? name : null;
}
