// Every label, tag and annotation name of Kuma and Kubernetes that the tool reads or writes, in one
// place, spelled as Kuma spells them (pkg/core/metadata, pkg/plugins/runtime/k8s/metadata at v2.14.3).

/** Dataplane inbound tag naming the service (Universal), and the legacy service name on Kubernetes. */
export const SERVICE_TAG = "kuma.io/service";
export const PROTOCOL_TAG = "kuma.io/protocol";
export const WORKLOAD_LABEL = "kuma.io/workload";
/** A Kubernetes annotation that Kuma's store adds to an object's label view. */
export const SERVICE_ACCOUNT_LABEL = "kuma.io/service-account";
export const MESH_LABEL = "kuma.io/mesh";
export const DISPLAY_NAME_LABEL = "kuma.io/display-name";
export const ENV_LABEL = "kuma.io/env";
export const MANAGED_BY_LABEL = "kuma.io/managed-by";
export const ORIGIN_LABEL = "kuma.io/origin";
export const ZONE_LABEL = "kuma.io/zone";
export const INJECTION_LABEL = "kuma.io/sidecar-injection";
export const IGNORE_ANNOTATION = "kuma.io/ignore";
export const GATEWAY_ANNOTATION = "kuma.io/gateway";

export const NAMESPACE_LABEL = "k8s.kuma.io/namespace";
export const SERVICE_NAME_LABEL = "k8s.kuma.io/service-name";
export const HEADLESS_LABEL = "k8s.kuma.io/is-headless-service";
export const ZONE_PROXY_TYPE_LABEL = "k8s.kuma.io/zone-proxy-type";

/** Kubernetes' own label linking an EndpointSlice to its Service. */
export const SLICE_SERVICE_LABEL = "kubernetes.io/service-name";

/** `kuma.io/managed-by` of the MeshServices Kuma's generators make, per environment. */
export const MANAGED_BY_K8S_CONTROLLER = "k8s-controller";
export const MANAGED_BY_MESHSERVICE_GENERATOR = "meshservice-generator";
/** `kuma.io/origin` of resources that belong to the zone. */
export const ORIGIN_ZONE = "zone";
