import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { CommittedMeshService } from "../../src/compute/committed.js";
import type { LiveMeshService } from "../../src/model/live.js";
import { compareLive, liveMeshes } from "../../src/plan/live.js";
import { kumaDir } from "../helpers/kuma.js";

// Kuma's own recorded bodies (pkg/api-server/testdata/resources/crud, vendored): what a Universal
// control plane lists, and what it stores for a MeshService created with a status.
const list = JSON.parse(readFileSync(join(kumaDir(), "testdata/api-server/list_meshservices.golden.json"), "utf8")) as {
  items: LiveMeshService[];
};
const created = JSON.parse(
  readFileSync(join(kumaDir(), "testdata/api-server/put_meshservice_with_status_01.golden.json"), "utf8"),
) as LiveMeshService;

/** The committed file of a golden item as Git holds it: no runtime fields, VIP as listed. */
function git(name: string, over: Partial<CommittedMeshService> = {}): CommittedMeshService {
  return {
    zone: "zone-1",
    environment: "universal",
    mesh: "default",
    namespace: "",
    name,
    labels: {},
    spec: {
      selector: { dataplaneTags: { app: "redis" } },
      ports: [{ port: 6379, targetPort: 6379, appProtocol: "tcp" }],
    },
    status: { vips: [{ ip: name === "redis-1" ? "10.0.0.1" : "10.0.0.2" }] },
    at: { file: `meshservices/default/${name}.yaml`, line: 2, column: 1 },
    ...over,
  };
}

const compare = (committed: CommittedMeshService[], live: readonly LiveMeshService[] = list.items) =>
  compareLive({ zone: "zone-1", environment: "universal", meshes: ["default"], committed, live });

describe("compareLive", () => {
  it("is in sync with Kuma's recorded list: creationTime, kri, snis, spec.state, tls, dataplaneProxies never count", () => {
    expect(compare([git("redis-1"), git("redis-2")])).toEqual([]);
  });

  it("reports a VIP that Kuma assigned differently, Git before, control plane after", () => {
    const moved = git("redis-1", { status: { vips: [{ ip: "10.0.0.9" }] } });
    expect(compare([moved, git("redis-2")])).toEqual([
      {
        kind: "differs",
        mesh: "default",
        namespace: "",
        name: "redis-1",
        path: "meshservices/default/redis-1.yaml",
        line: 2,
        fields: [{ path: "status.vips[0].ip", change: "changed", before: "10.0.0.9", after: "10.0.0.1" }],
      },
    ]);
  });

  it("reports a changed port, a hostname and a label Git holds", () => {
    const changed = git("redis-2", {
      labels: { team: "cache" },
      spec: {
        selector: { dataplaneTags: { app: "redis" } },
        ports: [{ port: 6380, targetPort: 6379, appProtocol: "tcp" }],
      },
      status: {
        vips: [{ ip: "10.0.0.2" }],
        addresses: [{ hostname: "redis-2.mesh", origin: "HostnameGenerator", hostnameGeneratorRef: { coreName: "g" } }],
      },
    });
    expect(compare([git("redis-1"), changed])[0]?.fields).toEqual([
      { path: "labels.team", change: "removed", before: "cache" },
      { path: "spec.ports[0].port", change: "changed", before: 6380, after: 6379 },
      { path: "status.addresses[0]", change: "removed", before: { hostname: "redis-2.mesh" } },
    ]);
  });

  it("reports missing and extra objects, sorted by name; a MeshService synced from global is no extra", () => {
    const synced = { ...list.items[0], name: "elsewhere", labels: { "kuma.io/origin": "global" } } as LiveMeshService;
    expect(
      compare([git("redis-1"), git("redis-0")], [...list.items, synced]).map((d) => [d.kind, d.name, d.path]),
    ).toEqual([
      ["missing", "redis-0", "meshservices/default/redis-0.yaml"],
      ["extra", "redis-2", null],
    ]);
  });

  it("leaves out the labels Kuma computes on create, and a status Kuma dropped is a missing VIP (put_meshservice_with_status)", () => {
    // Created with status.vips 10.0.0.2 (put_meshservice_with_status_00.request.json): Kuma keeps no status.
    const requested = git("with-status", {
      spec: { selector: { dataplaneTags: { app: "httpbin" } }, ports: [{ port: 8081, targetPort: 80 }] },
      status: { vips: [{ ip: "10.0.0.2" }] },
    });
    expect(compare([requested], [created])[0]?.fields).toEqual([
      { path: "status.vips[0]", change: "removed", before: { ip: "10.0.0.2" } },
    ]);
  });

  it("matches a Kubernetes zone's <name>.<namespace> REST names by kuma.io/display-name and k8s.kuma.io/namespace", () => {
    const k8s = {
      ...list.items[0],
      name: "redis-1.cache",
      labels: { "kuma.io/display-name": "redis-1", "k8s.kuma.io/namespace": "cache" },
    } as LiveMeshService;
    const committed = git("redis-1", {
      environment: "kubernetes",
      namespace: "cache",
      labels: { "kuma.io/display-name": "redis-1" },
    });
    expect(
      compareLive({ zone: "z", environment: "kubernetes", meshes: ["default"], committed: [committed], live: [k8s] }),
    ).toEqual([]);
  });

  it.each([
    [[], ["default"]],
    [
      ["b", "a", "b"],
      ["a", "b"],
    ],
  ])("reads the meshes of the zone's MeshServices: %j -> %j", (meshes, expected) => {
    expect(liveMeshes({ services: meshes.map((mesh) => ({ mesh })), committed: [] })).toEqual(expected);
  });
});
