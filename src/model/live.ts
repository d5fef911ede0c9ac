// What a running control plane says about a MeshService, as its REST API lists it
// (`GET /meshes/{mesh}/meshservices`, schemas/kuma-meshservice-list.schema.json): the Universal
// resource format plus the fields Kuma fills at run time. Field names verbatim.

import type { Environment, MeshServiceSpec, MeshServiceStatus } from "./kuma.js";
import { DISPLAY_NAME_LABEL, NAMESPACE_LABEL } from "./labels.js";

export interface LiveMeshService {
  readonly type: "MeshService";
  readonly mesh?: string;
  readonly name: string;
  readonly labels?: Readonly<Record<string, string>>;
  readonly spec: MeshServiceSpec;
  readonly status?: MeshServiceStatus & { readonly tls?: unknown };
  readonly creationTime?: string;
  readonly modificationTime?: string;
  readonly kri?: string;
  readonly snis?: readonly unknown[];
}

/** One page of the list: `next` is the URL of the following page, absent or null on the last one. */
export interface LiveMeshServicePage {
  readonly total: number;
  readonly items: readonly LiveMeshService[];
  readonly next?: string | null;
}

/** The mesh, namespace and name a live MeshService has in Git's terms. */
export function liveIdentity(
  l: LiveMeshService,
  environment: Environment,
): { mesh: string; namespace: string; name: string } {
  const mesh = l.mesh ?? "default";
  if (environment === "universal") return { mesh, namespace: "", name: l.name };
  // [pkg/util/k8s/name_converter.go K8sNamespacedNameToCoreName] the REST name of a namespaced object is
  // <name>.<namespace>; [pkg/core/resources/model/resource.go GetDisplayName] kuma.io/display-name.
  const namespace = l.labels?.[NAMESPACE_LABEL] ?? l.name.slice(l.name.lastIndexOf(".") + 1);
  const suffix = `.${namespace}`;
  const name = l.labels?.[DISPLAY_NAME_LABEL] ?? (l.name.endsWith(suffix) ? l.name.slice(0, -suffix.length) : l.name);
  return { mesh, namespace, name };
}
