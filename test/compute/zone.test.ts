import { describe, expect, it } from "vitest";
import type { ZoneConfig } from "../../src/model/config.js";
import { decodeMeshService } from "../../src/compute/committed.js";
import type { CommittedMeshService } from "../../src/compute/committed.js";
import { collectSources } from "../../src/compute/sources.js";
import { computeZone } from "../../src/compute/zone.js";
import { parseYamlFile } from "../../src/parse/yaml.js";

const zone = (environment: "universal" | "kubernetes"): ZoneConfig => ({
  name: "zone-1",
  environment,
  include: [],
  exclude: [],
  output: "meshservices/zone-1",
  vipCidr: "241.0.0.0/8",
  universalSource: "serviceTag",
  defaultHostnameGenerators: true,
});

function run(environment: "universal" | "kubernetes", yaml: string) {
  const parsed = parseYamlFile("sources.yaml", new TextEncoder().encode(yaml));
  expect(parsed.diagnostics).toEqual([]);
  const { sources } = collectSources(parsed.resources);
  const handWritten = sources.meshServices
    .map((m) => decodeMeshService(m.res, "zone-1", environment))
    .filter((m): m is CommittedMeshService => m !== null);
  const out = computeZone({
    zone: zone(environment),
    zoneAt: { file: "meshservice-reconciler.yaml", line: 3, column: 5 },
    sources,
    committed: [],
    handWritten,
  });
  return { ...out, names: out.services.map((s) => `${s.mesh}/${s.namespace}/${s.name}`) };
}

describe("hand-written MeshServices win", () => {
  it("Universal: same mesh and name", () => {
    const r = run(
      "universal",
      [
        "type: Dataplane\nname: dp-1\nmesh: default\nnetworking:\n  inbound:\n    - port: 80\n      tags:\n        kuma.io/service: web\n    - port: 81\n      tags:\n        kuma.io/service: api",
        "type: MeshService\nname: web\nmesh: default\nspec:\n  selector:\n    dataplaneTags:\n      kuma.io/service: web\n  ports:\n    - port: 80",
        "type: MeshService\nname: api\nmesh: other\nspec:\n  selector: {}\n  ports: []",
      ].join("\n---\n"),
    );
    expect(r.names).toEqual(["default//api"]);
    expect(
      r.diagnostics.filter((d) => d.code !== "no-mesh-objects").map((d) => [d.severity, d.code, d.message]),
    ).toEqual([
      [
        "warning",
        "hand-written-wins",
        'MeshService "web" (mesh "default") is written by hand at sources.yaml:13; not generating it',
      ],
    ]);
  });

  it("Kubernetes: same mesh, namespace and name; another namespace does not count", () => {
    const r = run(
      "kubernetes",
      [
        "apiVersion: v1\nkind: Namespace\nmetadata:\n  name: shop\n  labels:\n    kuma.io/sidecar-injection: enabled",
        "apiVersion: v1\nkind: Service\nmetadata:\n  name: web\n  namespace: shop\nspec:\n  ports:\n    - port: 80",
        "apiVersion: v1\nkind: Service\nmetadata:\n  name: api\n  namespace: shop\nspec:\n  ports:\n    - port: 80",
        "apiVersion: kuma.io/v1alpha1\nkind: MeshService\nmetadata:\n  name: web\n  namespace: shop\n  labels:\n    kuma.io/mesh: default\nspec:\n  ports: []",
        "apiVersion: kuma.io/v1alpha1\nkind: MeshService\nmetadata:\n  name: api\n  namespace: other\n  labels:\n    kuma.io/mesh: default\nspec:\n  ports: []",
      ].join("\n---\n"),
    );
    expect(r.names).toEqual(["default/shop/api"]);
    expect(r.diagnostics.filter((d) => d.code === "hand-written-wins").map((d) => d.severity)).toEqual(["warning"]);
  });

  it("the zone's no-Mesh info is given once, only when there is something to generate from", () => {
    expect(run("universal", "type: Mesh\nname: default\nmeshServices:\n  mode: Everywhere").diagnostics).toEqual([]);
    expect(
      run("universal", "type: Dataplane\nname: dp-1\nnetworking:\n  inbound: []").diagnostics.map((d) => [
        d.code,
        d.file,
        d.line,
      ]),
    ).toEqual([["no-mesh-objects", "meshservice-reconciler.yaml", 3]]);
  });
});
