import { diagnostic } from "../diagnostics.js";
import type { Diagnostic, Location } from "../diagnostics.js";
import type { Dataplane } from "../model/kuma.js";
import type { EndpointSlice, Namespace, Pod, Service, StatefulSet } from "../model/kubernetes.js";
import { locate } from "../parse/yaml.js";
import { objectName, sourceKind } from "../model/kinds.js";
import { isObject } from "../model/values.js";
import type { SourceResource } from "../parse/yaml.js";

/** A typed source object and the resource it was read from (for positions). */
export interface Located<T> {
  readonly value: T;
  readonly res: SourceResource;
  readonly at: Location;
}

export interface MeshInfo {
  readonly name: string;
  /** spec.meshServices.mode (Kubernetes format) or meshServices.mode (Universal format). */
  readonly mode: string | undefined;
  readonly at: Location;
}

/** Every source object of one zone that generation reads, bucketed by kind. */
export interface ZoneSources {
  readonly dataplanes: Located<Dataplane>[];
  readonly services: Located<Service>[];
  readonly namespaces: Map<string, Located<Namespace>>;
  readonly meshes: Map<string, MeshInfo>;
  /** MeshServices in the sources without our marker: hand-written. */
  readonly meshServices: Located<Record<string, unknown>>[];
  readonly hostnameGenerators: Located<Record<string, unknown>>[];
  readonly statefulSets: Located<StatefulSet>[];
  readonly endpointSlices: Located<EndpointSlice>[];
  readonly pods: Located<Pod>[];
  readonly policies: Located<Record<string, unknown>>[];
}

/**
 * Buckets the resources of one zone by kind. Objects too malformed to be read (no name, a
 * non-object metadata) are errors here; their detailed schema errors come from validate/.
 */
export function collectSources(resources: readonly SourceResource[]): {
  sources: ZoneSources;
  diagnostics: Diagnostic[];
} {
  const sources: ZoneSources = {
    dataplanes: [],
    services: [],
    namespaces: new Map(),
    meshes: new Map(),
    meshServices: [],
    hostnameGenerators: [],
    statefulSets: [],
    endpointSlices: [],
    pods: [],
    policies: [],
  };
  const diagnostics: Diagnostic[] = [];
  for (const res of resources) {
    const kind = sourceKind(res.value);
    if (kind === null) continue;
    const value = res.value as Record<string, unknown>;
    const at = locate(res);
    const name = objectName(value);
    if (name === null) {
      diagnostics.push(diagnostic("error", "resource-invalid", `${kind} has no name`, at));
      continue;
    }
    const located = { value, res, at };
    switch (kind) {
      case "Dataplane":
        sources.dataplanes.push(located as unknown as Located<Dataplane>);
        break;
      case "Service":
        sources.services.push(located as unknown as Located<Service>);
        break;
      case "Namespace":
        sources.namespaces.set(name, located as unknown as Located<Namespace>);
        break;
      case "Mesh": {
        const holder = isObject(value["spec"]) ? value["spec"] : value;
        const ms = holder["meshServices"];
        const mode = isObject(ms) && typeof ms["mode"] === "string" ? ms["mode"] : undefined;
        sources.meshes.set(name, { name, mode, at });
        break;
      }
      case "MeshService":
        sources.meshServices.push(located);
        break;
      case "HostnameGenerator":
        sources.hostnameGenerators.push(located);
        break;
      case "StatefulSet":
        sources.statefulSets.push(located as unknown as Located<StatefulSet>);
        break;
      case "EndpointSlice":
        sources.endpointSlices.push(located as unknown as Located<EndpointSlice>);
        break;
      case "Pod":
        sources.pods.push(located as unknown as Located<Pod>);
        break;
      case "Policy":
        sources.policies.push(located);
        break;
    }
  }
  return { sources, diagnostics };
}
