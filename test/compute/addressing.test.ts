import { describe, expect, it } from "vitest";
import { computeAddressing } from "../../src/compute/addressing.js";
import type { CommittedMeshService } from "../../src/compute/committed.js";
import type { Desired } from "../../src/compute/desired.js";
import { collectSources } from "../../src/compute/sources.js";
import { universalLabels } from "../../src/compute/universal.js";
import { zoneWithDefaults } from "../../src/model/config.js";
import type { MeshServiceStatus } from "../../src/model/kuma.js";
import { parseYamlFile } from "../../src/parse/yaml.js";

const at = { file: "src.yaml", line: 1, column: 1 };
const zoneAt = { file: "meshservice-reconciler.yaml", line: 3, column: 5 };

function universal(name: string, status: MeshServiceStatus = {}): Desired & CommittedMeshService {
  return {
    zone: "zone-1",
    environment: "universal",
    mesh: "default",
    namespace: "",
    name,
    labels: universalLabels("zone-1", "default", name),
    spec: { selector: { dataplaneTags: { "kuma.io/service": name } }, ports: [{ port: 80 }] },
    status,
    at,
  };
}

function generators(text: string) {
  const parsed = parseYamlFile("hg.yaml", new TextEncoder().encode(text));
  return collectSources(parsed.resources).sources.hostnameGenerators;
}

describe("computeAddressing", () => {
  it("gives a universal service its VIP and the default hostname", () => {
    const r = computeAddressing({
      zone: zoneWithDefaults({ name: "zone-1", environment: "universal" }),
      zoneAt,
      services: [universal("backend")],
      committed: [],
      handWritten: [],
      hostnameGenerators: [],
    });
    expect(r.diagnostics).toEqual([]);
    expect(r.services[0]?.status.vips).toEqual([{ ip: "241.184.195.147" }]);
    expect(r.services[0]?.status.addresses?.map((a) => a.hostname)).toEqual(["backend.svc.mesh.local"]);
  });

  it("reserves a hand-written VIP and hostname, and never returns the hand-written service", () => {
    const hand = {
      ...universal("backend-v1"),
      labels: { ...universal("x").labels, "kuma.io/display-name": "backend" },
    };
    const r = computeAddressing({
      zone: zoneWithDefaults({ name: "zone-1", environment: "universal" }),
      zoneAt,
      services: [universal("backend")],
      committed: [],
      handWritten: [
        {
          ...hand,
          status: {
            vips: [{ ip: "241.184.195.147" }],
            // Recorded in its own file: the hand-written service's claim is sticky.
            addresses: [
              {
                hostname: "backend.svc.mesh.local",
                origin: "HostnameGenerator",
                hostnameGeneratorRef: { coreName: "local-universal-mesh-service" },
              },
            ],
          },
        },
      ],
      hostnameGenerators: [],
    });
    expect(r.services.map((s) => s.name)).toEqual(["backend"]);
    expect(r.services[0]?.status.vips).toEqual([{ ip: "241.184.195.148" }]);
    expect(r.services[0]?.status.addresses).toBeUndefined();
    expect(r.services[0]?.status.hostnameGenerators?.[0]?.conditions[0]?.reason).toBe("Collision");
    expect(r.diagnostics.map((d) => d.code)).toEqual(["hostname-collision"]);
  });

  it("allocates no VIP on Kubernetes, keeps the clusterIP, and has no default generator", () => {
    const svc: Desired = {
      ...universal("cart"),
      environment: "kubernetes",
      namespace: "shop",
      labels: { "k8s.kuma.io/namespace": "shop", "kuma.io/origin": "zone" },
      status: { vips: [{ ip: "10.96.0.7" }] },
    };
    const zone = zoneWithDefaults({ name: "zone-k", environment: "kubernetes" });
    const none = computeAddressing({
      zone,
      zoneAt,
      services: [svc],
      committed: [],
      handWritten: [],
      hostnameGenerators: [],
    });
    expect(none.services[0]?.status).toEqual({ vips: [{ ip: "10.96.0.7" }] });
    const custom = computeAddressing({
      zone,
      zoneAt,
      services: [svc],
      committed: [],
      handWritten: [],
      hostnameGenerators: generators(
        "apiVersion: kuma.io/v1alpha1\nkind: HostnameGenerator\nmetadata:\n  name: k\n  namespace: kuma-system\nspec:\n  selector:\n    meshService: {}\n  template: '{{ .Name }}.{{ .Namespace }}.svc.{{ .Zone }}.mesh'\n",
      ),
    });
    expect(custom.services[0]?.status.vips).toEqual([{ ip: "10.96.0.7" }]);
    expect(custom.services[0]?.status.addresses).toEqual([
      {
        hostname: "cart.shop.svc.zone-k.mesh",
        origin: "HostnameGenerator",
        hostnameGeneratorRef: { coreName: "k.kuma-system" },
      },
    ]);
  });

  const kube = (name: string, namespace: string, labels: Record<string, string> = {}): Desired => ({
    ...universal(name),
    environment: "kubernetes",
    namespace,
    labels: { "k8s.kuma.io/namespace": namespace, "kuma.io/origin": "zone", ...labels },
  });
  const kubeZone = zoneWithDefaults({ name: "zone-k", environment: "kubernetes" });
  const kubeGenerator = (selector: string, template: string) =>
    generators(
      `apiVersion: kuma.io/v1alpha1\nkind: HostnameGenerator\nmetadata:\n  name: k\n  namespace: kuma-system\nspec:\n  selector:\n    meshService: ${selector}\n  template: '${template}'\n`,
    );

  // Kuma's Kubernetes store adds kuma.io/display-name (the name) to every object's label view
  // [pkg/plugins/resources/k8s/store.go KubernetesMetaAdapter.GetLabels]; it is never written.
  it("shows a generator kuma.io/display-name: <name> on Kubernetes, for matchLabels and label, without writing it", () => {
    const r = computeAddressing({
      zone: kubeZone,
      zoneAt,
      // A Service label of that key is replaced in the view, as Kuma's store does.
      services: [kube("cart", "shop"), kube("web", "shop", { "kuma.io/display-name": "cart" })],
      committed: [],
      handWritten: [],
      hostnameGenerators: kubeGenerator(
        '{matchLabels: {"kuma.io/display-name": cart}}',
        '{{ label "kuma.io/display-name" }}.{{ .DisplayName }}.mesh',
      ),
    });
    expect(r.diagnostics).toEqual([]);
    expect(r.services.map((s) => [s.name, s.status.addresses?.map((a) => a.hostname)])).toEqual([
      ["cart", ["cart.cart.mesh"]],
      ["web", undefined],
    ]);
    expect(r.services[0]?.labels).not.toHaveProperty(["kuma.io/display-name"]);
  });

  // [hostnamegenerator/hostname/generator.go sortResources]: by core name, <name>.<namespace>, as bytes.
  it("lets the first by core name claim a hostname on Kubernetes: a.z before b.y (identity keys sort the other way)", () => {
    const r = computeAddressing({
      zone: kubeZone,
      zoneAt,
      services: [kube("b", "y"), kube("a", "z")],
      committed: [],
      handWritten: [],
      hostnameGenerators: kubeGenerator("{}", "static.mesh"),
    });
    const byName = new Map(r.services.map((s) => [s.name, s.status]));
    expect(byName.get("a")?.addresses?.map((a) => a.hostname)).toEqual(["static.mesh"]);
    expect(byName.get("b")?.addresses).toBeUndefined();
    expect(byName.get("b")?.hostnameGenerators).toEqual([
      {
        hostnameGeneratorRef: { coreName: "k.kuma-system" },
        conditions: [
          {
            type: "Generated",
            status: "False",
            reason: "Collision",
            // Kuma names the loser by its core name.
            message: "Hostname collision with MeshService: b.y",
          },
        ],
      },
    ]);
  });

  it("leaves the default out with defaultHostnameGenerators: false", () => {
    const r = computeAddressing({
      zone: zoneWithDefaults({ name: "zone-1", environment: "universal", defaultHostnameGenerators: false }),
      zoneAt,
      services: [universal("backend")],
      committed: [],
      handWritten: [],
      hostnameGenerators: [],
    });
    expect(r.services[0]?.status).toEqual({ vips: [{ ip: "241.184.195.147" }] });
  });
});
