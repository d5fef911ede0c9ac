// The parts of Kubernetes objects that the tool reads, field names verbatim (k8s.io/api core/v1,
// apps/v1, discovery/v1).

export interface ObjectMeta {
  readonly name?: string;
  readonly namespace?: string;
  readonly labels?: Readonly<Record<string, string>>;
  readonly annotations?: Readonly<Record<string, string>>;
}

export interface ServicePort {
  readonly name?: string;
  readonly protocol?: string;
  readonly appProtocol?: string;
  readonly port: number;
  readonly targetPort?: number | string;
}

export interface Service {
  readonly apiVersion: "v1";
  readonly kind: "Service";
  readonly metadata: ObjectMeta;
  readonly spec?: {
    readonly type?: string;
    readonly clusterIP?: string;
    readonly selector?: Readonly<Record<string, string>>;
    readonly ports?: readonly ServicePort[];
  };
}

export interface Namespace {
  readonly apiVersion: "v1";
  readonly kind: "Namespace";
  readonly metadata: ObjectMeta;
}

/** apps/v1 StatefulSet: what a headless Service's Pods will be called. */
export interface StatefulSet {
  readonly apiVersion: "apps/v1";
  readonly kind: "StatefulSet";
  readonly metadata: ObjectMeta;
  readonly spec?: {
    readonly replicas?: number;
    readonly serviceName?: string;
    readonly ordinals?: { readonly start?: number };
    readonly template?: { readonly metadata?: Pick<ObjectMeta, "labels" | "annotations"> };
  };
}

export interface ObjectReference {
  readonly apiVersion?: string;
  readonly kind?: string;
  readonly name?: string;
  readonly namespace?: string;
}

export interface Endpoint {
  readonly addresses: readonly string[];
  readonly targetRef?: ObjectReference;
}

/** discovery.k8s.io/v1 EndpointSlice: the Pods behind a Service, and their addresses. */
export interface EndpointSlice {
  readonly apiVersion: "discovery.k8s.io/v1";
  readonly kind: "EndpointSlice";
  readonly metadata: ObjectMeta;
  readonly addressType?: string;
  readonly endpoints?: readonly Endpoint[];
}

/** core/v1 Pod: its labels and annotations only. */
export interface Pod {
  readonly apiVersion: "v1";
  readonly kind: "Pod";
  readonly metadata: ObjectMeta;
}
