import { compareStrings } from "../diagnostics.js";
import type {
  Dataplane,
  DataplaneInbound,
  MeshServiceIdentity,
  MeshServicePort,
  MeshServiceSelector,
  MeshServiceSpec,
  MeshServiceStatus,
} from "../model/kuma.js";
import { SERVICE_TAG, WORKLOAD_LABEL } from "../model/labels.js";

// [api/mesh/v1alpha1/dataplane.proto Inbound.State]: Ready is the zero value, so absent means Ready.
const READY = "Ready";

/**
 * Whether a MeshService selector selects a Dataplane of the same mesh
 * [pkg/core/resources/apis/meshservice/match.go]. Only Dataplanes with at least one inbound are ever
 * selected. `dataplaneTags`: one single inbound's tags hold every pair, compared literally: Kuma's
 * matchByTags looks each pair up in an index of literal tag values before TagSelector.Matches (where
 * `*` would match any value) runs, so a selector value `*` finds only an inbound tagged `*`, which the
 * tag rules never allow; an empty `dataplaneTags` selects nothing, as that index finds nothing for it.
 * `dataplaneRef`: the Dataplane's name. `dataplaneLabels`: every `matchLabels` pair is one of the
 * Dataplane's own labels.
 */
export function selectsDataplane(selector: MeshServiceSelector, dataplane: Dataplane): boolean {
  const inbounds = dataplane.networking?.inbound ?? [];
  if (inbounds.length === 0) return false;
  if ("dataplaneRef" in selector) return selector.dataplaneRef.name === dataplane.name;
  if ("dataplaneLabels" in selector) {
    const labels = dataplane.labels ?? {};
    return Object.entries(selector.dataplaneLabels.matchLabels ?? {}).every(([k, v]) => labels[k] === v);
  }
  const pairs = Object.entries(selector.dataplaneTags);
  if (pairs.length === 0) return false;
  return inbounds.some((inbound) => {
    const tags = inbound.tags ?? {};
    return pairs.every(([k, v]) => Object.hasOwn(tags, k) && tags[k] === v);
  });
}

/**
 * The inbound that serves a MeshService port [match.go MatchInboundWithMeshServicePort]: a numeric
 * `targetPort` is the inbound's `port`, a named one its `name`. An absent `targetPort` is the port
 * itself (Kuma's defaulter sets it so).
 */
export function inboundForPort(
  inbounds: readonly DataplaneInbound[],
  port: MeshServicePort,
): DataplaneInbound | undefined {
  const target = port.targetPort ?? port.port;
  return inbounds.find((i) => (typeof target === "number" ? i.port === target : i.name === target));
}

export interface UniversalStatus {
  /** The spec with `state` and (when any) `identities` set. */
  readonly spec: MeshServiceSpec;
  /** `dataplaneProxies.total` and `healthy`; `connected` and `tls` are runtime-only. */
  readonly status: MeshServiceStatus;
}

/**
 * What Kuma's status updater writes on a Universal MeshService
 * [pkg/core/resources/apis/meshservice/status/updater.go], from the Dataplanes of its mesh:
 * `total` = selected Dataplanes; `healthy` = those where every port has an inbound (by
 * {@link inboundForPort}) whose `state` is Ready (absent means Ready); `spec.state` = Available when
 * `healthy > 0`, else Unavailable; `spec.identities` = one `ServiceTag` per distinct `kuma.io/service`
 * value over all inbounds of the selected Dataplanes, and the `kuma.io/workload` label of a selected
 * Dataplane none of whose inbounds has that tag, sorted by value (omitted when there is none).
 * Independent of the order of `dataplanes`.
 */
export function computeUniversalStatus(spec: MeshServiceSpec, dataplanes: readonly Dataplane[]): UniversalStatus {
  let total = 0;
  let healthy = 0;
  const services = new Set<string>();
  for (const dp of dataplanes) {
    if (!selectsDataplane(spec.selector, dp)) continue;
    total++;
    const inbounds = dp.networking?.inbound ?? [];
    const ready = spec.ports.every((p) => {
      const inbound = inboundForPort(inbounds, p);
      return inbound !== undefined && (inbound.state ?? READY) === READY;
    });
    if (ready) healthy++;
    const tagged = inbounds.flatMap((i) => {
      const s = i.tags?.[SERVICE_TAG];
      return s === undefined ? [] : [s];
    });
    // [updater.go buildIdentities]: without any kuma.io/service tag (inbound tags disabled) the
    // Dataplane's non-empty kuma.io/workload label is its ServiceTag identity.
    const workload = dp.labels?.[WORKLOAD_LABEL];
    if (tagged.length === 0 && workload !== undefined && workload !== "") services.add(workload);
    for (const s of tagged) services.add(s);
  }
  const identities: MeshServiceIdentity[] = [...services]
    .sort(compareStrings)
    .map((value) => ({ type: "ServiceTag", value }));
  return {
    spec: {
      selector: spec.selector,
      ports: spec.ports,
      state: healthy > 0 ? "Available" : "Unavailable",
      ...(identities.length > 0 ? { identities } : {}),
    },
    status: { dataplaneProxies: { total, healthy } },
  };
}
