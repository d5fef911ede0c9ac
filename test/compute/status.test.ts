import { describe, expect, it } from "vitest";
import { computeUniversalStatus, inboundForPort, selectsDataplane } from "../../src/compute/status.js";
import type { Dataplane, DataplaneInbound, MeshServicePort, MeshServiceSelector } from "../../src/model/kuma.js";

function dataplane(name: string, inbounds: DataplaneInbound[], labels?: Record<string, string>): Dataplane {
  return { type: "Dataplane", name, ...(labels ? { labels } : {}), networking: { inbound: inbounds } };
}

const web = dataplane(
  "web-01",
  [
    { port: 80, name: "http", tags: { "kuma.io/service": "web", version: "v1" } },
    { port: 9901, tags: { "kuma.io/service": "web-admin", team: "ops" } },
  ],
  { "kuma.io/workload": "web", env: "prod" },
);

describe("selectsDataplane", () => {
  it.each<[string, MeshServiceSelector, Dataplane, boolean]>([
    ["tags: one pair", { dataplaneTags: { "kuma.io/service": "web" } }, web, true],
    ["tags: two pairs of one inbound", { dataplaneTags: { "kuma.io/service": "web", version: "v1" } }, web, true],
    [
      "tags: pairs spread over two inbounds do not match",
      { dataplaneTags: { "kuma.io/service": "web", team: "ops" } },
      web,
      false,
    ],
    ["tags: another value", { dataplaneTags: { "kuma.io/service": "api" } }, web, false],
    // [meshservice/match.go matchByTags]: pairs are looked up literally in the tag index, so `*` is no wildcard.
    ["tags: * is literal, not any value", { dataplaneTags: { "kuma.io/service": "*", team: "ops" } }, web, false],
    [
      "tags: * is literal, even for a present key",
      { dataplaneTags: { "kuma.io/service": "web", version: "*" } },
      web,
      false,
    ],
    ["tags: * needs the key", { dataplaneTags: { "kuma.io/service": "web", zone: "*" } }, web, false],
    [
      "tags: * matches the literal value *",
      { dataplaneTags: { "kuma.io/service": "*" } },
      dataplane("star", [{ port: 80, tags: { "kuma.io/service": "*" } }]),
      true,
    ],
    ["tags: an empty selector selects nothing", { dataplaneTags: {} }, web, false],
    ["ref: by name", { dataplaneRef: { name: "web-01" } }, web, true],
    ["ref: another name", { dataplaneRef: { name: "web-02" } }, web, false],
    ["labels: one pair", { dataplaneLabels: { matchLabels: { "kuma.io/workload": "web" } } }, web, true],
    ["labels: all pairs", { dataplaneLabels: { matchLabels: { "kuma.io/workload": "web", env: "prod" } } }, web, true],
    [
      "labels: a missing pair",
      { dataplaneLabels: { matchLabels: { "kuma.io/workload": "web", env: "dev" } } },
      web,
      false,
    ],
    ["labels: inbound tags are not labels", { dataplaneLabels: { matchLabels: { version: "v1" } } }, web, false],
    ["no inbounds: never", { dataplaneRef: { name: "bare" } }, dataplane("bare", []), false],
    [
      "no inbounds, labels: never",
      { dataplaneLabels: { matchLabels: { app: "x" } } },
      dataplane("bare", [], { app: "x" }),
      false,
    ],
  ])("%s -> %s", (_, selector, dp, expected) => {
    expect(selectsDataplane(selector, dp)).toBe(expected);
  });
});

describe("inboundForPort", () => {
  const inbounds: DataplaneInbound[] = [
    { port: 8080, name: "http" },
    { port: 9090, name: "metrics" },
  ];
  it.each<[MeshServicePort, number | undefined]>([
    [{ port: 80, targetPort: 8080 }, 8080],
    [{ port: 80, targetPort: "metrics" }, 9090],
    [{ port: 9090 }, 9090],
    [{ port: 80, targetPort: 7070 }, undefined],
    [{ port: 80, targetPort: "grpc" }, undefined],
    // The port name alone does not match an inbound.
    [{ port: 80, name: "http", targetPort: 81 }, undefined],
  ])("%j -> inbound port %s", (port, expected) => {
    expect(inboundForPort(inbounds, port)?.port).toBe(expected);
  });
});

describe("computeUniversalStatus", () => {
  const selector = { dataplaneTags: { "kuma.io/service": "api" } };
  const ports: MeshServicePort[] = [
    { name: "http", port: 8080, targetPort: 8080, appProtocol: "http" },
    { name: "grpc", port: 9090, targetPort: "grpc", appProtocol: "grpc" },
  ];
  const api = (name: string, state8080?: string, stateGrpc?: string, extra: DataplaneInbound[] = []): Dataplane =>
    dataplane(name, [
      { port: 8080, tags: { "kuma.io/service": "api" }, ...(state8080 ? { state: state8080 } : {}) },
      { port: 9000, name: "grpc", tags: { "kuma.io/service": "api" }, ...(stateGrpc ? { state: stateGrpc } : {}) },
      ...extra,
    ]);

  it.each<[string, Dataplane[], number, number, string, string[]]>([
    ["no Dataplane", [], 0, 0, "Unavailable", []],
    ["absent state means Ready", [api("a")], 1, 1, "Available", ["api"]],
    ["Ready", [api("a", "Ready", "Ready")], 1, 1, "Available", ["api"]],
    ["one port NotReady: not healthy", [api("a", "Ready", "NotReady")], 1, 0, "Unavailable", ["api"]],
    ["Ignored is not Ready", [api("a", "Ignored")], 1, 0, "Unavailable", ["api"]],
    ["mixed", [api("a"), api("b", "NotReady"), api("c")], 3, 2, "Available", ["api"]],
    [
      "a port without an inbound: not healthy",
      [dataplane("a", [{ port: 8080, tags: { "kuma.io/service": "api" } }])],
      1,
      0,
      "Unavailable",
      ["api"],
    ],
    [
      "identities: every service of every inbound of the selected Dataplanes, sorted",
      [
        api("a", undefined, undefined, [{ port: 1, tags: { "kuma.io/service": "zeta" } }]),
        api("b", undefined, undefined, [
          { port: 2, tags: { "kuma.io/service": "alpha" } },
          { port: 3, tags: {} },
        ]),
        dataplane("other", [{ port: 4, tags: { "kuma.io/service": "other" } }]),
      ],
      2,
      2,
      "Available",
      ["alpha", "api", "zeta"],
    ],
  ])("%s", (_, dps, total, healthy, state, identities) => {
    const out = computeUniversalStatus({ selector, ports }, dps);
    expect(out.status).toEqual({ dataplaneProxies: { total, healthy } });
    expect(out.spec.state).toBe(state);
    expect(out.spec.identities).toEqual(
      identities.length > 0 ? identities.map((value) => ({ type: "ServiceTag", value })) : undefined,
    );
    expect(out.spec.selector).toBe(selector);
    expect(out.spec.ports).toBe(ports);
    // The order of the Dataplanes never shows.
    expect(computeUniversalStatus({ selector, ports }, [...dps].reverse())).toEqual(out);
  });

  // [updater.go buildIdentities]: the kuma.io/workload fallback of a Dataplane without any kuma.io/service tag.
  it.each<[string, Dataplane[], string[]]>([
    [
      "no kuma.io/service tag on any inbound: the workload label",
      [dataplane("w-1", [{ port: 8080 }], { "kuma.io/workload": "web" })],
      ["web"],
    ],
    [
      "a kuma.io/service tag wins over the workload label",
      [dataplane("w-1", [{ port: 8080, tags: { "kuma.io/service": "api" } }], { "kuma.io/workload": "web" })],
      ["api"],
    ],
    ["an empty workload label gives nothing", [dataplane("w-1", [{ port: 8080 }], { "kuma.io/workload": "" })], []],
    [
      "per Dataplane: one tagged, one not",
      [
        dataplane("w-1", [{ port: 8080 }], { "kuma.io/workload": "web", env: "prod" }),
        dataplane("w-2", [{ port: 8080, tags: { "kuma.io/service": "web-legacy" } }], { env: "prod" }),
      ],
      ["web", "web-legacy"],
    ],
  ])("identities: %s", (_, dps, identities) => {
    const out = computeUniversalStatus({ selector: { dataplaneLabels: { matchLabels: {} } }, ports: [] }, dps);
    expect(out.spec.identities).toEqual(
      identities.length > 0 ? identities.map((value) => ({ type: "ServiceTag", value })) : undefined,
    );
  });

  it("a MeshService without ports is healthy on every selected Dataplane", () => {
    const out = computeUniversalStatus({ selector, ports: [] }, [api("a", "NotReady", "NotReady")]);
    expect(out.status).toEqual({ dataplaneProxies: { total: 1, healthy: 1 } });
    expect(out.spec.state).toBe("Available");
  });

  it("replaces a stale state and identities", () => {
    const out = computeUniversalStatus(
      { selector, ports, state: "Available", identities: [{ type: "ServiceTag", value: "old" }] },
      [],
    );
    expect(out.spec).toEqual({ selector, ports, state: "Unavailable" });
  });
});
