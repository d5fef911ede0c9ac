import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import type { Desired } from "../../src/compute/desired.js";
import { computeMultiZoneServices, decodeMultiZoneService } from "../../src/compute/multizone.js";
import type { CommittedMultiZoneService, MultiZoneInput } from "../../src/compute/multizone.js";
import type { MeshServicePort } from "../../src/model/kuma.js";
import { toMultiZoneResource } from "../../src/render/multizone.js";
import { FIXTURES, readTree } from "../helpers/repo.js";
import { schemas } from "../helpers/schemas.js";

const at = (file: string) => ({ file, line: 1, column: 1 });

function universal(zone: string, name: string, ports: MeshServicePort[], mesh = "default"): Desired {
  return {
    zone,
    mesh,
    namespace: "",
    name,
    environment: "universal",
    labels: { "kuma.io/display-name": name, "kuma.io/mesh": mesh, "kuma.io/zone": zone },
    spec: { selector: { dataplaneTags: { "kuma.io/service": name } }, ports },
    status: {},
    at: at(`${zone}/${name}.yaml`),
  };
}

function kubernetes(
  zone: string,
  name: string,
  namespace: string,
  ports: MeshServicePort[],
  headless = false,
): Desired {
  return {
    zone,
    mesh: "default",
    namespace,
    name,
    environment: "kubernetes",
    labels: {
      "k8s.kuma.io/namespace": namespace,
      "k8s.kuma.io/is-headless-service": String(headless),
      "kuma.io/mesh": "default",
    },
    spec: { selector: { dataplaneTags: { app: name } }, ports },
    status: {},
    at: at(`${zone}/${namespace}/${name}.yaml`),
  };
}

const http = (port: number, name = "http"): MeshServicePort => ({ name, port, appProtocol: "http" });

function input(zones: Record<string, Desired[]>, more: Partial<MultiZoneInput> = {}): MultiZoneInput {
  return {
    meshes: ["default"],
    environment: "universal",
    zones: Object.entries(zones).map(([name, services]) => ({ name, services })),
    committed: [],
    handWritten: [],
    hostnameGenerators: [],
    globalAt: at("meshservice-reconciler.yaml"),
    ...more,
  };
}

/** Our committed files as the next run reads them back: each rendered and decoded. */
function committedFrom(result: ReturnType<typeof computeMultiZoneServices>): CommittedMultiZoneService[] {
  return result.services.flatMap((m) => {
    const decoded = decodeMultiZoneService(toMultiZoneResource(m), at(`global/${m.name}.yaml`));
    return decoded ? [decoded] : [];
  });
}

const vipsOf = (r: ReturnType<typeof computeMultiZoneServices>) =>
  Object.fromEntries(r.services.map((m) => [m.name, m.status.vips?.[0]?.ip]));

describe("computeMultiZoneServices: which services get one, named how, selecting what", () => {
  it.each([
    [
      "a Universal service in two zones",
      { a: [universal("a", "api", [http(80)])], b: [universal("b", "api", [http(80)])] },
      ["api"],
    ],
    [
      "a service in one zone only",
      { a: [universal("a", "api", [http(80)])], b: [universal("b", "web", [http(80)])] },
      [],
    ],
    [
      "a Kubernetes service in two zones, in one namespace",
      { a: [kubernetes("a", "api", "shop", [http(80)])], b: [kubernetes("b", "api", "shop", [http(80)])] },
      ["api-shop"],
    ],
    [
      "the same Kubernetes name in two namespaces",
      { a: [kubernetes("a", "api", "shop", [http(80)])], b: [kubernetes("b", "api", "infra", [http(80)])] },
      [],
    ],
    [
      "a headless Kubernetes service",
      {
        a: [kubernetes("a", "db-0", "shop", [http(80)], true)],
        b: [kubernetes("b", "db-0", "shop", [http(80)], true)],
      },
      [],
    ],
    [
      "a mesh that does not opt in",
      { a: [universal("a", "api", [http(80)], "other")], b: [universal("b", "api", [http(80)], "other")] },
      [],
    ],
  ])("%s", (_what, zones, names) => {
    expect(computeMultiZoneServices(input(zones)).services.map((m) => m.name)).toEqual(names);
  });

  it("selects by display name, and by namespace on Kubernetes, with Kuma's status of the matched MeshServices", () => {
    const r = computeMultiZoneServices(
      input({
        a: [kubernetes("a", "api", "shop", [http(80)])],
        b: [kubernetes("b", "api", "shop", [http(80)])],
        c: [kubernetes("c", "api", "shop", [http(80)])],
      }),
    );
    const [m] = r.services;
    expect(m?.spec).toEqual({
      selector: { meshService: { matchLabels: { "kuma.io/display-name": "api", "k8s.kuma.io/namespace": "shop" } } },
      ports: [{ name: "http", port: 80, appProtocol: "http" }],
    });
    expect(m?.labels).toEqual({
      "kuma.io/display-name": "api-shop",
      "kuma.io/mesh": "default",
      "kuma.io/origin": "global",
    });
    expect(m?.status.meshServices).toEqual(
      ["a", "b", "c"].map((zone) => ({ name: "api", namespace: "shop", zone, mesh: "default" })),
    );
    expect(m?.status.conditions).toEqual([
      { type: "MeshServicesMatched", status: "True", reason: "MatchesFound", message: "Matched 3 MeshService(s)" },
    ]);
    // Kuma's global default HostnameGenerator (pkg/defaults/hostname_generator.go).
    expect(m?.status.addresses?.map((a) => a.hostname)).toEqual(["api-shop.mzsvc.mesh.local"]);
  });
});

describe("computeMultiZoneServices: names taken by hand or twice", () => {
  it("a hand-written MeshMultiZoneService of the same mesh and name wins", () => {
    const handWritten: CommittedMultiZoneService[] = [
      {
        mesh: "default",
        name: "api",
        namespace: "",
        labels: {},
        ports: [{ port: 80 }],
        status: {},
        at: at("manual/api.yaml"),
      },
    ];
    const r = computeMultiZoneServices(
      input({ a: [universal("a", "api", [http(80)])], b: [universal("b", "api", [http(80)])] }, { handWritten }),
    );
    expect(r.services).toEqual([]);
    expect(r.diagnostics.map((d) => [d.severity, d.code, d.message])).toEqual([
      [
        "warning",
        "hand-written-wins",
        'MeshMultiZoneService "api" (mesh "default") is written by hand at manual/api.yaml:1; not generating it',
      ],
    ]);
  });

  it("a second service that would give the same name is not generated", () => {
    const r = computeMultiZoneServices(
      input({
        a: [universal("a", "api-shop", [http(80)]), kubernetes("a", "api", "shop", [http(80)])],
        b: [universal("b", "api-shop", [http(80)]), kubernetes("b", "api", "shop", [http(80)])],
      }),
    );
    expect(r.services.map((m) => m.spec.selector.meshService.matchLabels)).toEqual([
      { "kuma.io/display-name": "api-shop" },
    ]);
    expect(r.diagnostics.map((d) => [d.severity, d.code, d.message])).toEqual([
      [
        "warning",
        "multizone-name-conflict",
        'MeshMultiZoneService "api-shop" (mesh "default") would select both api-shop and api in namespace "shop"; only the first is generated: rename one of the services',
      ],
    ]);
  });
});

describe("computeMultiZoneServices: ports the zones agree on", () => {
  it.each([
    ["the same port everywhere", [[http(80)], [http(80)]], [80], null],
    [
      "a port one zone lacks",
      [[http(80), http(9090, "metrics")], [http(80)]],
      [80],
      'MeshMultiZoneService "api" (mesh "default"): the zones disagree on ports (port 9090: http named "metrics" in a; absent in b); it gets only the ports every zone agrees on (80)',
    ],
    [
      "another appProtocol",
      [[http(80)], [{ name: "http", port: 80, appProtocol: "tcp" }]],
      [],
      'MeshMultiZoneService "api" (mesh "default"): the zones disagree on ports (port 80: http named "http" in a; tcp named "http" in b); no port is the same in every zone, so it is not generated',
    ],
    [
      "another port name",
      [[http(80)], [http(80, "web")], [http(80)]],
      [],
      'MeshMultiZoneService "api" (mesh "default"): the zones disagree on ports (port 80: http named "http" in a, c; http named "web" in b); no port is the same in every zone, so it is not generated',
    ],
    ["no appProtocol is tcp", [[{ port: 5432 }], [{ port: 5432, appProtocol: "tcp" }]], [5432], null],
  ])("%s", (_what, ports, agreed, warning) => {
    const zones = Object.fromEntries(
      ports.map((p, i) => {
        const zone = String.fromCharCode(97 + i);
        return [zone, [universal(zone, "api", p)]];
      }),
    );
    const r = computeMultiZoneServices(input(zones));
    expect(r.services.flatMap((m) => m.spec.ports.map((p) => p.port))).toEqual(agreed);
    expect(r.diagnostics.map((d) => [d.severity, d.code, d.message, d.file])).toEqual(
      warning === null ? [] : [["warning", "multizone-ports-differ", warning, "a/api.yaml"]],
    );
  });
});

describe("computeMultiZoneServices: VIPs are sticky when zones come and go", () => {
  const three = {
    east: [universal("east", "backend", [http(8080)]), universal("east", "web", [http(80)])],
    west: [universal("west", "backend", [http(8080)]), universal("west", "web", [http(80)])],
    south: [universal("south", "backend", [http(8080)])],
  };

  it("allocates from Kuma's MeshMultiZoneService pool 243.0.0.0/8 by hash", () => {
    // SHA-256 of the identity key "default//backend" mod 2^24, computed apart from our code (Python hashlib).
    const r = computeMultiZoneServices(input(three));
    for (const ip of Object.values(vipsOf(r))) expect(ip).toMatch(/^243\./);
    expect(vipsOf(r)).toEqual({ backend: "243.184.195.147", web: vipsOf(r)["web"] });
  });

  it("keeps every VIP when a zone is removed or added, and gives a new service its own", () => {
    const first = computeMultiZoneServices(input(three));
    const committed = committedFrom(first);
    // zone-south leaves: backend is still in two zones and keeps its VIP.
    const twoZones = { east: three.east, west: three.west };
    const fewer = computeMultiZoneServices(input(twoZones, { committed }));
    expect(vipsOf(fewer)).toEqual(vipsOf(first));
    // A fourth zone arrives with web and a new service shared with south.
    const north = [universal("north", "web", [http(80)]), universal("north", "cache", [http(6379)])];
    const south = [...three.south, universal("south", "cache", [http(6379)])];
    const more = computeMultiZoneServices(input({ ...three, south, north }, { committed }));
    expect(vipsOf(more)).toMatchObject(vipsOf(first));
    expect(Object.keys(vipsOf(more)).sort()).toEqual(["backend", "cache", "web"]);
    expect(new Set(Object.values(vipsOf(more))).size).toBe(3);
  });

  it("a committed VIP that is not the hash's first choice stays, through zone changes", () => {
    // As after a collision in an earlier run: backend holds 243.0.0.9, not its first choice.
    const committed = committedFrom(computeMultiZoneServices(input(three))).map((c) =>
      c.name === "backend" ? { ...c, status: { vips: [{ ip: "243.0.0.9" }] } } : c,
    );
    const twoZones = { east: three.east, west: three.west };
    expect(vipsOf(computeMultiZoneServices(input(twoZones, { committed })))["backend"]).toBe("243.0.0.9");
    const north = [universal("north", "backend", [http(8080)])];
    expect(vipsOf(computeMultiZoneServices(input({ ...three, north }, { committed })))["backend"]).toBe("243.0.0.9");
  });

  it("a VIP recorded by a hand-written MeshMultiZoneService is never given to another", () => {
    const first = computeMultiZoneServices(input(three));
    const backendIp = vipsOf(first)["backend"];
    const handWritten: CommittedMultiZoneService[] = [
      {
        mesh: "default",
        name: "manual",
        namespace: "",
        labels: {},
        ports: [],
        status: { vips: [{ ip: backendIp }] },
        at: at("manual.yaml"),
      },
    ];
    const r = computeMultiZoneServices(input(three, { handWritten }));
    expect(vipsOf(r)["backend"]).not.toBe(backendIp);
    expect(vipsOf(r)["backend"]).toMatch(/^243\./);
  });
});

describe("MeshMultiZoneServices pass Kuma's MeshMultiZoneService schema (ajv, schemas/ from Kuma 2.14.3)", () => {
  it("every generated file of the multizone-services golden, parsed back", async () => {
    const dir = join(FIXTURES, "multizone-services.expected", "files");
    const files = [...(await readTree(dir))].filter(([p]) => p.startsWith("meshservices/global/"));
    expect(files.map(([p]) => p)).toEqual([
      "meshservices/global/default/backend.yaml",
      "meshservices/global/default/web.yaml",
    ]);
    const validate = schemas.validator("kuma-meshmultizoneservice-universal");
    for (const [path, text] of files) {
      expect(validate(parse(text) as unknown), `${path}: ${JSON.stringify(validate.errors)}`).toBe(true);
    }
  });

  it("the Kubernetes format, in Kuma's system namespace", () => {
    const r = computeMultiZoneServices(
      input(
        { a: [kubernetes("a", "api", "shop", [http(80)])], b: [kubernetes("b", "api", "shop", [http(80)])] },
        { environment: "kubernetes" },
      ),
    );
    const [m] = r.services;
    if (!m) throw new Error("no MeshMultiZoneService");
    const resource = toMultiZoneResource(m);
    expect(resource["metadata"]).toEqual({
      name: "api-shop",
      namespace: "kuma-system",
      labels: { "kuma.io/mesh": "default", "kuma.io/origin": "global" },
    });
    // On Kubernetes the default generator's core name carries the system namespace.
    expect(m.status.addresses?.map((a) => a.hostnameGeneratorRef.coreName)).toEqual([
      "synced-mesh-multi-zone-service.kuma-system",
    ]);
    const validate = schemas.validator("kuma-meshmultizoneservice-kubernetes");
    expect(validate(resource), JSON.stringify(validate.errors)).toBe(true);
  });

  it("the schema is Kuma's: it refuses what Kuma refuses", () => {
    const text = readFileSync(
      join(FIXTURES, "multizone-services.expected", "files", "meshservices/global/default/backend.yaml"),
      "utf8",
    );
    const good = parse(text) as { spec: Record<string, unknown> };
    const validate = schemas.validator("kuma-meshmultizoneservice-universal");
    expect(validate({ ...good, spec: { ...good.spec, ports: [{ port: 80, appProtocol: "http", extra: 1 }] } })).toBe(
      false,
    );
    expect(validate({ ...good, spec: { ports: good.spec["ports"] } })).toBe(false);
  });
});
