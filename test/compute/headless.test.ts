import { describe, expect, it } from "vitest";
import { headlessName, safeFnv32 } from "../../src/compute/headless.js";
import { computeKubernetes } from "../../src/compute/kubernetes.js";
import { gateOf, sourcesFromYaml } from "../helpers/sources.js";

// Expected names computed independently of this code base (FNV-1a 32 over the UTF-8 bytes, decimal,
// each digit mapped through "bcdfghjklmnpqrstvwxz2456789"[charCode % 27]), and checked against
// Kuma's golden headless.meshservice.yaml for the first and the 51-character rows.
describe("safeFnv32 and headlessName", () => {
  it.each([
    [["example", "demo"], "87ff74c98"],
    [["redis", "infra"], "8b8c746fd"],
    [["db", "prod"], "6946894c74"],
    [["", ""], "65bb57b6b5"],
  ])("hash of %j is %s", (parts, expected) => {
    expect(safeFnv32(...parts)).toBe(expected);
  });

  it.each([
    // The spec's test vector.
    ["example", "demo", "example-1", "example-1-87ff74c98"],
    ["db", "prod", "db-0", "db-0-6946894c74"],
    // 51 + 11 = 62 <= 63: the short rule, as in Kuma's golden.
    [
      "example",
      "demo",
      "very-long-very-long-very-long-very-long-very-long-v",
      "very-long-very-long-very-long-very-long-very-long-v-87ff74c98",
    ],
    // 52 + 11 = 63 <= 63: still the short rule.
    ["example", "demo", `${"x".repeat(50)}-0`, `${"x".repeat(50)}-0-87ff74c98`],
    // 53 + 11 = 64 > 63: the pod name is hashed in and cut to 52 characters.
    ["example", "demo", "p".repeat(53), `${"p".repeat(52)}-5757f954b6`],
    // A 63-character pod name.
    ["example", "demo", "a".repeat(63), `${"a".repeat(52)}-5d54d47b4c`],
    ["example", "demo", `web-${"x".repeat(60)}`, `web-${"x".repeat(48)}-5bbd84c8ff`],
  ])("Service %s in %s, Pod %s -> %s", (svc, ns, pod, expected) => {
    const name = headlessName(svc, ns, pod);
    expect(name).toBe(expected);
    expect(name.length).toBeLessThanOrEqual(63);
  });
});

function run(...docs: string[]) {
  const sources = sourcesFromYaml(docs.join("\n---\n"), "k8s.yaml");
  return computeKubernetes({ zone: "zone-1", sources, gate: gateOf(sources) });
}

const ns = (name: string): string =>
  `apiVersion: v1\nkind: Namespace\nmetadata:\n  name: ${name}\n  labels:\n    kuma.io/sidecar-injection: enabled`;
const headless = (selector = "\n  selector:\n    app: db"): string =>
  `apiVersion: v1\nkind: Service\nmetadata:\n  name: db\n  namespace: prod\nspec:\n  clusterIP: None${selector}\n  ports:\n    - name: pg\n      port: 5432`;
const statefulSet = (name: string, spec: string, namespace = "prod", labels = "app: db"): string =>
  `apiVersion: apps/v1\nkind: StatefulSet\nmetadata:\n  name: ${name}\n  namespace: ${namespace}\nspec:\n${spec}  template:\n    metadata:\n      labels:\n        ${labels}`;

describe("headless Services from EndpointSlices", () => {
  const slice = (name: string, endpoints: string): string =>
    `apiVersion: discovery.k8s.io/v1\nkind: EndpointSlice\nmetadata:\n  name: ${name}\n  namespace: prod\n  labels:\n    kubernetes.io/service-name: db\naddressType: IPv4\nendpoints:\n${endpoints}`;
  const endpoint = (pod: string, addresses: string[], kind = "Pod", apiVersion = ""): string =>
    `  - addresses: ${JSON.stringify(addresses)}\n    targetRef:\n      kind: ${kind}\n${apiVersion ? `      apiVersion: ${apiVersion}\n` : ""}      name: ${pod}\n      namespace: prod\n`;

  it("one MeshService per Pod endpoint, its addresses as VIPs, selected by dataplaneRef", () => {
    const r = run(
      ns("prod"),
      headless(),
      slice("db-abc", endpoint("db-1", ["10.0.0.6"]) + endpoint("db-0", ["10.0.0.5", "10.0.0.7"])),
      statefulSet("db", "  replicas: 9\n"),
    );
    expect(
      r.services.map((s) => ({ name: s.name, namespace: s.namespace, selector: s.spec.selector, status: s.status })),
    ).toEqual([
      {
        name: "db-0-6946894c74",
        namespace: "prod",
        selector: { dataplaneRef: { name: "db-0.prod" } },
        status: { vips: [{ ip: "10.0.0.5" }, { ip: "10.0.0.7" }] },
      },
      {
        name: "db-1-6946894c74",
        namespace: "prod",
        selector: { dataplaneRef: { name: "db-1.prod" } },
        status: { vips: [{ ip: "10.0.0.6" }] },
      },
    ]);
    expect(r.services[0]?.spec.ports).toEqual([{ name: "pg", port: 5432, targetPort: 5432, appProtocol: "tcp" }]);
  });

  it("labels as for a normal Service, headless, plus the Pod's StatefulSet labels when the Pod is in the sources", () => {
    const pod =
      'apiVersion: v1\nkind: Pod\nmetadata:\n  name: db-0\n  namespace: prod\n  labels:\n    statefulset.kubernetes.io/pod-name: db-0\n    apps.kubernetes.io/pod-index: "0"\n    other: not-copied';
    const r = run(
      ns("prod"),
      headless(),
      slice("s", endpoint("db-0", ["10.0.0.5"]) + endpoint("db-1", ["10.0.0.6"])),
      pod,
    );
    expect(r.services.map((s) => s.labels)).toEqual([
      {
        "apps.kubernetes.io/pod-index": "0",
        "statefulset.kubernetes.io/pod-name": "db-0",
        "k8s.kuma.io/is-headless-service": "true",
        "k8s.kuma.io/namespace": "prod",
        "k8s.kuma.io/service-name": "db",
        "kuma.io/env": "kubernetes",
        "kuma.io/managed-by": "k8s-controller",
        "kuma.io/mesh": "default",
        "kuma.io/origin": "zone",
        "kuma.io/zone": "zone-1",
      },
      {
        "k8s.kuma.io/is-headless-service": "true",
        "k8s.kuma.io/namespace": "prod",
        "k8s.kuma.io/service-name": "db",
        "kuma.io/env": "kubernetes",
        "kuma.io/managed-by": "k8s-controller",
        "kuma.io/mesh": "default",
        "kuma.io/origin": "zone",
        "kuma.io/zone": "zone-1",
      },
    ]);
  });

  it.each([
    ["a Node endpoint", endpoint("n1", ["10.0.0.9"], "Node")],
    ["a Pod of another API group", endpoint("p1", ["10.0.0.9"], "Pod", "example.com/v1")],
    ["an endpoint without a targetRef", '  - addresses: ["10.0.0.9"]\n'],
  ])("ignores %s", (_, ep) => {
    const r = run(ns("prod"), headless(), slice("s", ep + endpoint("db-0", ["10.0.0.5"], "Pod", "v1")));
    expect(r.services.map((s) => s.name)).toEqual(["db-0-6946894c74"]);
  });

  it("a Pod in two slices (dual stack) keeps the addresses of both, in slice-name order", () => {
    const r = run(
      ns("prod"),
      headless(),
      slice("db-v6", endpoint("db-0", ["fd00::5"])),
      slice("db-v4", endpoint("db-0", ["10.0.0.5"])),
    );
    expect(r.services.map((s) => s.status)).toEqual([{ vips: [{ ip: "10.0.0.5" }, { ip: "fd00::5" }] }]);
  });
});

describe("headless Services from StatefulSets (no EndpointSlice in the sources)", () => {
  const names = (...docs: string[]): string[] => run(ns("prod"), ...docs).services.map((s) => s.name);

  it.each<[string, string, string[]]>([
    ["replicas from 0", "  replicas: 2\n", ["db-0-6946894c74", "db-1-6946894c74"]],
    ["replicas absent: 1", "", ["db-0-6946894c74"]],
    ["replicas 0: none", "  replicas: 0\n", []],
    ["ordinals.start", "  replicas: 2\n  ordinals:\n    start: 5\n", ["db-5-6946894c74", "db-6-6946894c74"]],
  ])("%s", (_, spec, expected) => {
    expect(names(headless(), statefulSet("db", spec))).toEqual(expected);
  });

  it("pods get the StatefulSet pod labels and no VIPs", () => {
    const [svc] = run(ns("prod"), headless(), statefulSet("db", "  replicas: 1\n")).services;
    expect(svc?.labels["statefulset.kubernetes.io/pod-name"]).toBe("db-0");
    expect(svc?.labels["apps.kubernetes.io/pod-index"]).toBe("0");
    expect(svc?.status).toEqual({});
    expect(svc?.spec.selector).toEqual({ dataplaneRef: { name: "db-0.prod" } });
  });

  it.each<[string, string[]]>([
    ["template labels that do not match the selector", [headless(), statefulSet("db", "", "prod", "app: other")]],
    ["a StatefulSet in another namespace", [headless(), statefulSet("db", "", "other")]],
    ["a Service without selector", [headless(""), statefulSet("db", "")]],
    ["a Service with an empty selector", [headless("\n  selector: {}"), statefulSet("db", "")]],
  ])("nothing for %s", (_, docs) => {
    expect(names(...docs)).toEqual([]);
  });

  it("every matching StatefulSet contributes, sorted by pod name", () => {
    expect(names(headless(), statefulSet("db-b", ""), statefulSet("db-a", "  replicas: 2\n"))).toEqual([
      "db-a-0-6946894c74",
      "db-a-1-6946894c74",
      "db-b-0-6946894c74",
    ]);
  });

  it("template labels may hold more than the selector", () => {
    expect(names(headless(), statefulSet("db", "", "prod", "app: db\n        tier: data"))).toEqual([
      "db-0-6946894c74",
    ]);
  });

  it("an EndpointSlice for the Service wins over StatefulSets", () => {
    const slice =
      'apiVersion: discovery.k8s.io/v1\nkind: EndpointSlice\nmetadata:\n  name: s\n  namespace: prod\n  labels:\n    kubernetes.io/service-name: db\naddressType: IPv4\nendpoints:\n  - addresses: ["10.0.0.5"]\n    targetRef:\n      kind: Pod\n      name: db-7\n      namespace: prod';
    expect(names(headless(), statefulSet("db", "  replicas: 3\n"), slice)).toEqual(["db-7-6946894c74"]);
  });
});
