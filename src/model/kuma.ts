// The parts of Kuma's resources that the tool reads and writes, field names verbatim
// (api/mesh/v1alpha1/dataplane.proto, pkg/core/resources/apis/meshservice/api/v1alpha1).

export type Environment = "universal" | "kubernetes";

// [pkg/core/metadata/protocol.go] ParseProtocol: the protocols Kuma 2.14.3 knows (docs/design/generation.md);
// Kuma compares them case-insensitively when it validates, and exactly when it generates.
export const KNOWN_PROTOCOLS: ReadonlySet<string> = new Set(["tcp", "tls", "http", "http2", "grpc", "kafka", "mysql"]);

export interface DataplaneInbound {
  readonly port?: number;
  readonly servicePort?: number;
  readonly name?: string;
  readonly protocol?: string;
  readonly state?: string;
  readonly tags?: Readonly<Record<string, string>>;
}

export interface Dataplane {
  readonly type: "Dataplane";
  readonly name: string;
  readonly mesh?: string;
  readonly creationTime?: string;
  readonly labels?: Readonly<Record<string, string>>;
  readonly networking?: {
    readonly address?: string;
    readonly inbound?: readonly DataplaneInbound[];
  };
}

export interface MeshServicePort {
  readonly name?: string;
  readonly port: number;
  readonly targetPort?: number | string;
  readonly appProtocol?: string;
}

export type MeshServiceSelector =
  | { readonly dataplaneTags: Readonly<Record<string, string>> }
  | { readonly dataplaneRef: { readonly name: string } }
  | { readonly dataplaneLabels: { readonly matchLabels: Readonly<Record<string, string>> } };

export interface MeshServiceIdentity {
  readonly type: "ServiceTag" | "SpiffeID";
  readonly value: string;
}

export interface MeshServiceSpec {
  readonly selector: MeshServiceSelector;
  readonly ports: readonly MeshServicePort[];
  readonly state?: "Available" | "Unavailable";
  readonly identities?: readonly MeshServiceIdentity[];
}

export interface HostnameGeneratorRef {
  readonly coreName: string;
}

export interface MeshServiceCondition {
  readonly type: string;
  readonly status: "True" | "False";
  readonly reason: string;
  readonly message: string;
}

export interface MeshServiceStatus {
  readonly vips?: readonly { readonly ip: string }[];
  readonly addresses?: readonly {
    readonly hostname: string;
    readonly origin: string;
    readonly hostnameGeneratorRef: HostnameGeneratorRef;
  }[];
  readonly hostnameGenerators?: readonly {
    readonly hostnameGeneratorRef: HostnameGeneratorRef;
    readonly conditions: readonly MeshServiceCondition[];
  }[];
  readonly dataplaneProxies?: { readonly total?: number; readonly healthy?: number };
}

/** Identity of a MeshService in a zone: namespace is "" on Universal. */
export interface MeshServiceId {
  readonly zone: string;
  readonly mesh: string;
  readonly namespace: string;
  readonly name: string;
}

/**
 * A MeshService as the tool reasons about it, independent of the resource format it is written in.
 * `source` is where it came from (the Service, the Dataplane inbound, or the committed file).
 */
export interface MeshService extends MeshServiceId {
  readonly environment: Environment;
  readonly labels: Readonly<Record<string, string>>;
  readonly spec: MeshServiceSpec;
  readonly status: MeshServiceStatus;
}

/** `<mesh>/<namespace>/<name>`: the identity key that orders allocation (docs/design/addressing.md). */
export function identityKey(id: Pick<MeshServiceId, "mesh" | "namespace" | "name">): string {
  return `${id.mesh}/${id.namespace}/${id.name}`;
}

/** `<zone>/<mesh>/<namespace>/<name>`: a MeshService across zones (reports, policy references). */
export function serviceKey(s: MeshServiceId): string {
  return `${s.zone}/${identityKey(s)}`;
}

/** A port of a MeshMultiZoneService [pkg/core/resources/apis/meshmultizoneservice/api/v1alpha1 Port]. */
export interface MultiZoneServicePort {
  readonly name?: string;
  readonly port: number;
  /** Kuma's default is tcp (`+kubebuilder:default=tcp`); we always write it. */
  readonly appProtocol: string;
}

/** A MeshService a MeshMultiZoneService selects, as Kuma's status lists it (MatchedMeshService). */
export interface MatchedMeshService {
  readonly name: string;
  readonly namespace: string;
  readonly zone: string;
  readonly mesh: string;
}

/**
 * A MeshMultiZoneService as the tool reasons about it (meshmultizoneservice.go): a resource of the
 * global control plane, in the mesh `mesh`, written in the format of `environment`. `namespace` is
 * always "" (on Kubernetes all of them live in the system namespace).
 */
export interface MultiZoneService {
  readonly zone: string;
  readonly mesh: string;
  readonly namespace: "";
  readonly name: string;
  readonly environment: Environment;
  readonly labels: Readonly<Record<string, string>>;
  readonly spec: {
    readonly selector: { readonly meshService: { readonly matchLabels: Readonly<Record<string, string>> } };
    readonly ports: readonly MultiZoneServicePort[];
  };
  readonly status: {
    readonly vips?: readonly { readonly ip: string }[];
    readonly addresses?: MeshServiceStatus["addresses"];
    readonly hostnameGenerators?: MeshServiceStatus["hostnameGenerators"];
    readonly meshServices?: readonly MatchedMeshService[];
    readonly conditions?: readonly MeshServiceCondition[];
  };
}
