import { describe, expect, it } from "vitest";
import type { UniversalSource } from "../../src/model/config.js";
import type { Located } from "../../src/compute/sources.js";
import {
  computeUniversal,
  inboundAppProtocol,
  inboundPort,
  orderDataplanes,
  parseRfc3339,
  universalLabels,
} from "../../src/compute/universal.js";
import type { Dataplane, DataplaneInbound, MeshService } from "../../src/model/kuma.js";
import { gateOf, sourcesFromYaml } from "../helpers/sources.js";

function run(yaml: string, source: UniversalSource = "serviceTag", committed: MeshService[] = []) {
  const sources = sourcesFromYaml(yaml, "dps.yaml");
  const result = computeUniversal({
    zone: "zone-1",
    source,
    dataplanes: sources.dataplanes,
    committed: new Map(committed.map((c) => [`${c.mesh}/${c.namespace}/${c.name}`, c])),
    gate: gateOf(sources),
  });
  return {
    ...result,
    names: result.services.map((s) => `${s.mesh}/${s.name}`),
    codes: result.diagnostics.map((d) => d.code),
  };
}

/** A Dataplane document with one inbound per `[service, port]`. */
function dp(name: string, inbounds: [string, number][], extra = ""): string {
  return [
    "type: Dataplane",
    `name: ${name}`,
    "mesh: default",
    extra,
    "networking:",
    "  address: 10.0.0.1",
    "  inbound:",
    ...inbounds.flatMap(([svc, port]) => [`    - port: ${port}`, "      tags:", `        kuma.io/service: ${svc}`]),
  ]
    .filter((l) => l !== "")
    .join("\n");
}

function located(name: string, creationTime?: string, line = 1): Located<Dataplane> {
  const value: Dataplane = { type: "Dataplane", name, ...(creationTime ? { creationTime } : {}) };
  return { value, res: undefined as never, at: { file: "dps.yaml", line, column: 1 } };
}

describe("orderDataplanes (creationTime, then name)", () => {
  it.each([
    ["names only", [["b"], ["c"], ["a"]], ["a", "b", "c"]],
    [
      "creation times first",
      [
        ["a", "2024-01-02T00:00:00Z"],
        ["b", "2024-01-01T00:00:00Z"],
      ],
      ["b", "a"],
    ],
    [
      "equal times fall back to the name",
      [
        ["b", "2024-01-01T00:00:00Z"],
        ["a", "2024-01-01T00:00:00Z"],
      ],
      ["a", "b"],
    ],
    ["no creationTime is Go's zero time: before every time", [["a", "2024-01-01T00:00:00Z"], ["z"]], ["z", "a"]],
    [
      "offsets are honoured",
      [
        ["a", "2024-01-01T00:30:00Z"],
        ["b", "2024-01-01T01:00:00+01:00"],
      ],
      ["b", "a"],
    ],
    [
      "nanoseconds count",
      [
        ["a", "2024-01-01T00:00:00.000000002Z"],
        ["b", "2024-01-01T00:00:00.000000001Z"],
      ],
      ["b", "a"],
    ],
    [
      "an invalid creationTime counts as none",
      [
        ["a", "2024-01-01T00:00:00Z"],
        ["b", "yesterday"],
      ],
      ["b", "a"],
    ],
  ])("%s", (_, input, expected) => {
    const dps = input.map(([name, time]) => located(name as string, time));
    expect(orderDataplanes(dps).map((d) => d.value.name)).toEqual(expected);
    expect(orderDataplanes([...dps].reverse()).map((d) => d.value.name)).toEqual(expected);
  });

  it("breaks a tie of equal names by file position", () => {
    const dps = [located("a", undefined, 9), located("a", undefined, 2)];
    expect(orderDataplanes(dps).map((d) => d.at.line)).toEqual([2, 9]);
  });
});

describe("parseRfc3339", () => {
  it.each([
    ["2024-01-01T00:00:00Z", [1704067200, 0]],
    ["2024-01-01t00:00:00z", [1704067200, 0]],
    ["2024-01-01T02:00:00+02:00", [1704067200, 0]],
    ["2024-01-01T00:00:00.5Z", [1704067200, 500000000]],
    ["2024-01-01T00:00:00.123456789Z", [1704067200, 123456789]],
    ["0001-01-01T00:00:00Z", [-62135596800, 0]],
  ])("%s", (text, expected) => {
    expect(parseRfc3339(text)).toEqual(expected);
  });

  it.each([
    undefined,
    "",
    "2024-01-01",
    "2024-01-01 00:00:00Z",
    "2024-02-30T00:00:00Z",
    "2024-01-01T25:00:00Z",
    "2024-01-01T10:60:00Z",
    "2024-01-01T10:00:61Z",
  ])("%s is not a time", (text) => {
    expect(parseRfc3339(text)).toBeNull();
  });
});

describe("service names must be DNS-1035 labels", () => {
  it.each([
    ["backend", true],
    ["a", true],
    ["backend-v2", true],
    ["a".repeat(63), true],
    ["backend_svc", false],
    ["backend.svc", false],
    ["00-backend-svc", false],
    ["Backend", false],
    ["backend-", false],
    ["a".repeat(64), false],
  ])("%s -> generated: %s", (name, generated) => {
    const r = run(dp("dp-1", [[name, 8080]]));
    expect(r.names).toEqual(generated ? [`default/${name}`] : []);
    if (!generated) {
      expect(r.diagnostics).toEqual([
        {
          severity: "info",
          code: "service-name-invalid",
          message: `no MeshService for kuma.io/service "${name}": not a DNS-1035 label (lower-case letters, digits and '-', starting with a letter, at most 63 characters)`,
          file: "dps.yaml",
          line: 9,
          column: 26,
        },
      ]);
    }
  });

  it("skips only the invalid inbound; the Dataplane's other services are generated", () => {
    const r = run(
      dp("dp-1", [
        ["web_admin", 9901],
        ["web", 80],
      ]),
    );
    expect(r.names).toEqual(["default/web"]);
    expect(r.codes).toEqual(["service-name-invalid"]);
  });
  it("an inbound without a kuma.io/service tag is an info at the inbound", () => {
    const r = run(
      "type: Dataplane\nname: dp-1\nnetworking:\n  inbound:\n    - port: 80\n      tags:\n        version: v1",
    );
    expect(r.names).toEqual([]);
    expect(r.diagnostics.map((d) => [d.severity, d.code, d.message, d.line, d.column])).toEqual([
      [
        "info",
        "service-name-invalid",
        'no MeshService for inbound port 80 of Dataplane "dp-1": it has no kuma.io/service tag',
        5,
        7,
      ],
    ]);
  });
});

describe("inboundPort and inboundAppProtocol", () => {
  it.each<[string, DataplaneInbound, boolean, Record<string, unknown>]>([
    [
      "named inbound",
      { port: 8080, name: "http", tags: { "kuma.io/protocol": "http" } },
      true,
      { name: "http", port: 8080, targetPort: 8080, appProtocol: "http" },
    ],
    [
      "unnamed: the port as a string",
      { port: 8080 },
      true,
      { name: "8080", port: 8080, targetPort: 8080, appProtocol: "tcp" },
    ],
    [
      "empty name: the port as a string",
      { port: 81, name: "" },
      true,
      { name: "81", port: 81, targetPort: 81, appProtocol: "tcp" },
    ],
    [
      "servicePort is never used",
      { port: 8080, servicePort: 80 },
      true,
      { name: "8080", port: 8080, targetPort: 8080, appProtocol: "tcp" },
    ],
    [
      "workload mode ignores the tag",
      { port: 8080, tags: { "kuma.io/protocol": "http" } },
      false,
      { name: "8080", port: 8080, targetPort: 8080, appProtocol: "tcp" },
    ],
  ])("%s", (_, inbound, useTag, expected) => {
    expect(inboundPort(inbound, useTag)).toEqual(expected);
  });

  it.each<[string | undefined, string | undefined, boolean, string]>([
    [undefined, undefined, true, "tcp"],
    [undefined, "http", true, "http"],
    [undefined, "HTTP", true, "http"],
    [undefined, "Http2", true, "http2"],
    [undefined, "GRPC", true, "grpc"],
    [undefined, "Kafka", true, "kafka"],
    [undefined, "TLS", true, "tls"],
    [undefined, "MySQL", true, "mysql"],
    [undefined, "udp", true, "tcp"],
    [undefined, "websocket", true, "tcp"],
    ["grpc", "http", true, "grpc"],
    ["GRPC", undefined, true, "grpc"],
    ["", "http", true, "http"],
    ["unknown", "http", true, "tcp"],
    [undefined, "http", false, "tcp"],
    ["HTTP", undefined, false, "http"],
  ])("protocol field %s, tag %s, tag used %s -> %s", (protocol, tag, useTag, expected) => {
    const inbound: DataplaneInbound = {
      port: 80,
      ...(protocol !== undefined ? { protocol } : {}),
      ...(tag !== undefined ? { tags: { "kuma.io/protocol": tag } } : {}),
    };
    expect(inboundAppProtocol(inbound, useTag)).toBe(expected);
  });
});

describe("computeUniversal", () => {
  it("groups a Dataplane's inbounds by service, in inbound order, without de-duplication", () => {
    const r = run(
      dp("dp-1", [
        ["a", 80],
        ["b", 81],
        ["a", 82],
        ["a", 80],
      ]),
    );
    expect(r.services.map((s) => [s.name, s.spec.ports.map((p) => p.port)])).toEqual([
      ["a", [80, 82, 80]],
      ["b", [81]],
    ]);
  });

  it("writes the six labels exactly, and the tag selector", () => {
    const [svc] = run(dp("dp-1", [["backend", 8080]])).services;
    expect(svc?.labels).toEqual({
      "kuma.io/mesh": "default",
      "kuma.io/display-name": "backend",
      "kuma.io/managed-by": "meshservice-generator",
      "kuma.io/env": "universal",
      "kuma.io/zone": "zone-1",
      "kuma.io/origin": "zone",
    });
    expect(svc?.labels).toEqual(universalLabels("zone-1", "default", "backend"));
    expect(svc?.spec.selector).toEqual({ dataplaneTags: { "kuma.io/service": "backend" } });
    expect(svc?.namespace).toBe("");
  });

  it("adds the status Kuma's status updater computes", () => {
    const [svc] = run([dp("dp-1", [["backend", 8080]]), dp("dp-2", [["backend", 8080]])].join("\n---\n")).services;
    expect(svc?.spec.state).toBe("Available");
    expect(svc?.spec.identities).toEqual([{ type: "ServiceTag", value: "backend" }]);
    expect(svc?.status).toEqual({ dataplaneProxies: { total: 2, healthy: 2 } });
  });

  it("a Dataplane without a mesh is in mesh default; meshes are separate", () => {
    const yaml = [
      "type: Dataplane\nname: dp-1\nnetworking:\n  inbound:\n    - port: 80\n      tags:\n        kuma.io/service: web",
      "type: Dataplane\nname: dp-2\nmesh: other\nnetworking:\n  inbound:\n    - port: 81\n      tags:\n        kuma.io/service: web",
    ].join("\n---\n");
    const r = run(yaml);
    expect(r.names).toEqual(["default/web", "other/web"]);
    expect(r.codes).toEqual([]);
  });
});

describe("conflicts between Dataplanes", () => {
  const a = dp("dp-a", [["backend", 8080]]);
  const b = dp("dp-b", [["backend", 9090]]);
  const committedWith = (port: number): MeshService => ({
    zone: "zone-1",
    environment: "universal",
    mesh: "default",
    namespace: "",
    name: "backend",
    labels: {},
    spec: {
      selector: { dataplaneTags: { "kuma.io/service": "backend" } },
      ports: [{ name: String(port), port, targetPort: port, appProtocol: "tcp" }],
    },
    status: {},
  });

  it.each<[string, string, MeshService[], number, string]>([
    ["the first Dataplane by name wins", [b, a].join("\n---\n"), [], 8080, "dp-b"],
    [
      "the first Dataplane by creationTime wins",
      [
        dp("dp-a", [["backend", 8080]], "creationTime: 2021-01-01T00:00:00Z"),
        dp("dp-b", [["backend", 9090]], "creationTime: 2020-01-01T00:00:00Z"),
      ].join("\n---\n"),
      [],
      9090,
      "dp-a",
    ],
    [
      "sticky: the committed spec while a Dataplane still has it",
      [a, b].join("\n---\n"),
      [committedWith(9090)],
      9090,
      "dp-a",
    ],
    ["a committed spec that no Dataplane has is not kept", [a, b].join("\n---\n"), [committedWith(7070)], 8080, "dp-b"],
  ])("%s", (_, yaml, committed, port, loser) => {
    const r = run(yaml, "serviceTag", committed);
    expect(r.services.map((s) => s.spec.ports.map((p) => p.port))).toEqual([[port]]);
    const warnings = r.diagnostics.filter((d) => d.code === "service-ports-conflict");
    expect(warnings).toHaveLength(1);
    expect(warnings[0]?.severity).toBe("warning");
    expect(warnings[0]?.message).toContain(`conflicting: Dataplane "${loser}" (dps.yaml:`);
  });

  it("names every conflicting Dataplane with its file and line", () => {
    const yaml = [a, b, dp("dp-c", [["backend", 7070]])].join("\n---\n");
    const [warning] = run(yaml).diagnostics.filter((d) => d.code === "service-ports-conflict");
    expect(warning?.message).toBe(
      'Dataplanes disagree on the ports of MeshService "backend" in mesh "default"; using Dataplane "dp-a" (dps.yaml:7) ports 8080:8080/tcp; conflicting: Dataplane "dp-b" (dps.yaml:17) ports 9090:9090/tcp; Dataplane "dp-c" (dps.yaml:27) ports 7070:7070/tcp',
    );
    expect([warning?.file, warning?.line]).toEqual(["dps.yaml", 7]);
  });

  it.each([
    ["identical ports do not conflict", [["backend", 8080]], [["backend", 8080]], false],
    [
      "port order counts",
      [
        ["backend", 80],
        ["backend", 81],
      ],
      [
        ["backend", 81],
        ["backend", 80],
      ],
      true,
    ],
    [
      "a missing port counts",
      [["backend", 80]],
      [
        ["backend", 80],
        ["backend", 81],
      ],
      true,
    ],
  ] as [string, [string, number][], [string, number][], boolean][])("%s", (_, first, second, conflict) => {
    const r = run([dp("dp-a", first), dp("dp-b", second)].join("\n---\n"));
    expect(r.codes.includes("service-ports-conflict")).toBe(conflict);
  });

  it("protocols count", () => {
    const yaml = [
      dp("dp-a", [["backend", 80]]),
      dp("dp-b", [["backend", 80]]).replace(
        "kuma.io/service: backend",
        "kuma.io/service: backend\n        kuma.io/protocol: http",
      ),
    ].join("\n---\n");
    expect(run(yaml).codes).toContain("service-ports-conflict");
  });
});

describe("workload mode", () => {
  const workload = (name: string, labels: string, inbounds: string): string =>
    `type: Dataplane\nname: ${name}\nmesh: default\n${labels}networking:\n  address: 10.0.0.1\n${inbounds}`;
  const twoInbounds =
    "  inbound:\n    - port: 8080\n      name: http\n      protocol: http\n      tags:\n        kuma.io/service: x\n        kuma.io/protocol: grpc\n    - port: 9090\n      tags:\n        kuma.io/protocol: http\n";

  it("names the MeshService after the kuma.io/workload label, with every inbound as a port", () => {
    const r = run(workload("dp-1", "labels:\n  kuma.io/workload: shop\n", twoInbounds), "workload");
    expect(r.names).toEqual(["default/shop"]);
    expect(r.services[0]?.spec.selector).toEqual({ dataplaneLabels: { matchLabels: { "kuma.io/workload": "shop" } } });
    // The protocol comes from the `protocol` field only: the tags are ignored.
    expect(r.services[0]?.spec.ports).toEqual([
      { name: "http", port: 8080, targetPort: 8080, appProtocol: "http" },
      { name: "9090", port: 9090, targetPort: 9090, appProtocol: "tcp" },
    ]);
    expect(r.services[0]?.labels["kuma.io/display-name"]).toBe("shop");
    expect(r.services[0]?.status).toEqual({ dataplaneProxies: { total: 1, healthy: 1 } });
  });

  it.each([
    ["no label", ""],
    ["an empty label", 'labels:\n  kuma.io/workload: ""\n'],
  ])("%s: nothing, silently", (_, labels) => {
    const r = run(workload("dp-1", labels, twoInbounds), "workload");
    expect(r.names).toEqual([]);
    expect(r.codes).toEqual([]);
  });

  it("no inbounds: nothing", () => {
    const r = run(workload("dp-1", "labels:\n  kuma.io/workload: shop\n", "  inbound: []\n"), "workload");
    expect(r.names).toEqual([]);
  });

  it("an invalid workload name is an info at the label", () => {
    const r = run(workload("dp-1", "labels:\n  kuma.io/workload: Shop_1\n", twoInbounds), "workload");
    expect(r.names).toEqual([]);
    expect(r.diagnostics.map((d) => [d.code, d.severity, d.line])).toEqual([["service-name-invalid", "info", 5]]);
  });

  it("Dataplanes of one workload with different ports conflict like services do", () => {
    const one = workload("dp-1", "labels:\n  kuma.io/workload: shop\n", "  inbound:\n    - port: 80\n");
    const two = workload("dp-2", "labels:\n  kuma.io/workload: shop\n", "  inbound:\n    - port: 81\n");
    const r = run([two, one].join("\n---\n"), "workload");
    expect(r.services.map((s) => s.spec.ports.map((p) => p.port))).toEqual([[80]]);
    expect(r.codes).toEqual(["service-ports-conflict"]);
  });
});

describe("the Mesh gate on Universal", () => {
  const mesh = (name: string, mode?: string): string =>
    `type: Mesh\nname: ${name}${mode ? `\nmeshServices:\n  mode: ${mode}` : ""}`;

  it.each([
    ["Everywhere", true],
    ["ReachableBackends", true],
    ["Exclusive", true],
    ["Disabled", false],
    [undefined, false],
  ])("mode %s -> generated: %s", (mode, generated) => {
    const r = run([mesh("default", mode), dp("dp-1", [["web", 80]])].join("\n---\n"));
    expect(r.names).toEqual(generated ? ["default/web"] : []);
    expect(r.codes).toEqual(generated ? [] : ["mesh-skipped"]);
  });

  it("a mesh that is not among the Mesh objects is skipped with a warning that says why", () => {
    const r = run([mesh("other", "Everywhere"), dp("dp-1", [["web", 80]])].join("\n---\n"));
    expect(r.names).toEqual([]);
    expect(r.diagnostics.map((d) => [d.severity, d.message])).toEqual([
      ["warning", `no MeshServices generated for 1 Dataplane(s): mesh "default" is not among the zone's Mesh objects`],
    ]);
  });

  it("without Mesh objects every mesh is enabled, and the gate says so", () => {
    const sources = sourcesFromYaml(dp("dp-1", [["web", 80]]));
    expect(gateOf(sources).diagnostics.map((d) => [d.severity, d.code])).toEqual([["info", "no-mesh-objects"]]);
    expect(run(dp("dp-1", [["web", 80]])).names).toEqual(["default/web"]);
  });
});
