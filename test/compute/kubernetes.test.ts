import { describe, expect, it } from "vitest";
import { computeKubernetes } from "../../src/compute/kubernetes.js";
import { gateOf, sourcesFromYaml } from "../helpers/sources.js";

function run(...docs: string[]) {
  const sources = sourcesFromYaml(docs.join("\n---\n"), "k8s.yaml");
  const result = computeKubernetes({ zone: "zone-1", sources, gate: gateOf(sources) });
  return {
    ...result,
    names: result.services.map((s) => `${s.namespace}/${s.name}`),
    codes: result.diagnostics.map((d) => d.code),
  };
}

interface Meta {
  labels?: Record<string, string>;
  annotations?: Record<string, string>;
}

function metaLines(m: Meta): string[] {
  const out: string[] = [];
  for (const key of ["labels", "annotations"] as const) {
    const map = m[key];
    if (!map) continue;
    out.push(`  ${key}:`);
    for (const [k, v] of Object.entries(map)) out.push(`    ${k}: ${JSON.stringify(v)}`);
  }
  return out;
}

function namespace(name: string, m: Meta = {}): string {
  return ["apiVersion: v1", "kind: Namespace", "metadata:", `  name: ${name}`, ...metaLines(m)].join("\n");
}

function service(name: string, m: Meta = {}, spec = "  ports:\n    - port: 80", ns = "demo"): string {
  return [
    "apiVersion: v1",
    "kind: Service",
    "metadata:",
    `  name: ${name}`,
    `  namespace: ${ns}`,
    ...metaLines(m),
    "spec:",
    spec,
  ].join("\n");
}

const injected = namespace("demo", { labels: { "kuma.io/sidecar-injection": "enabled" } });
const mesh = (name: string, mode?: string): string =>
  `apiVersion: kuma.io/v1alpha1\nkind: Mesh\nmetadata:\n  name: ${name}\nspec:${mode ? `\n  meshServices:\n    mode: ${mode}` : " {}"}`;

describe("1. mesh membership", () => {
  it.each([
    ["enabled", true],
    ["true", true],
    ["yes", true],
    ["disabled", false],
    ["false", false],
    ["no", false],
  ])("namespace injection %s -> generated: %s", (value, generated) => {
    const r = run(namespace("demo", { labels: { "kuma.io/sidecar-injection": value } }), service("web"));
    expect(r.names).toEqual(generated ? ["demo/web"] : []);
    expect(r.codes).toEqual([]);
  });

  it.each(["Enabled", "on", "1", ""])("injection value %j is an error on the Namespace", (value) => {
    const r = run(namespace("demo", { labels: { "kuma.io/sidecar-injection": value } }), service("web"));
    expect(r.names).toEqual([]);
    expect(r.diagnostics).toEqual([
      {
        severity: "error",
        code: "injection-value-invalid",
        message: `Namespace "demo": label kuma.io/sidecar-injection is "${value}"; expected one of enabled, true, yes, disabled, false, no`,
        file: "k8s.yaml",
        line: 6,
        column: 32,
      },
    ]);
  });

  it("the injection annotation does not count, only the label", () => {
    const r = run(namespace("demo", { annotations: { "kuma.io/sidecar-injection": "enabled" } }), service("web"));
    expect(r.names).toEqual([]);
  });

  it.each([
    [
      "a Service kuma.io/mesh label makes it a member without injection",
      { labels: { "kuma.io/mesh": "default" } },
      true,
    ],
    ["an empty kuma.io/mesh label still makes it a member", { labels: { "kuma.io/mesh": "" } }, true],
    ["the annotation alone does not", { annotations: { "kuma.io/mesh": "default" } }, false],
    ["nothing: not a member", {}, false],
  ])("%s", (_, meta, generated) => {
    expect(run(namespace("demo"), service("web", meta)).names).toEqual(generated ? ["demo/web"] : []);
  });

  it("a Namespace missing from the sources counts as not injected", () => {
    expect(run(service("web")).names).toEqual([]);
    expect(run(service("web", { labels: { "kuma.io/mesh": "default" } })).names).toEqual(["demo/web"]);
  });

  it("Services in a disabled namespace are not generated even when other namespaces are injected", () => {
    const r = run(
      injected,
      namespace("other", { labels: { "kuma.io/sidecar-injection": "disabled" } }),
      service("a"),
      service("b", {}, "  ports: []", "other"),
    );
    expect(r.names).toEqual(["demo/a"]);
  });
});

describe("2. mesh name", () => {
  it.each<[string, Meta, Meta, string, string[]]>([
    [
      "Service label first",
      { labels: { "kuma.io/mesh": "m1" }, annotations: { "kuma.io/mesh": "m2" } },
      { labels: { "kuma.io/mesh": "m3" } },
      "m1",
      [],
    ],
    [
      "then the Service annotation, with a warning",
      { annotations: { "kuma.io/mesh": "m2" } },
      { labels: { "kuma.io/mesh": "m3" } },
      "m2",
      ["mesh-annotation-deprecated"],
    ],
    [
      "then the Namespace label",
      {},
      { labels: { "kuma.io/mesh": "m3" }, annotations: { "kuma.io/mesh": "m4" } },
      "m3",
      [],
    ],
    // Kuma logs the deprecation for the Namespace's annotation too [util.go MeshOfByLabelOrAnnotation].
    [
      "then the Namespace annotation, with a warning",
      {},
      { annotations: { "kuma.io/mesh": "m4" } },
      "m4",
      ["mesh-annotation-deprecated"],
    ],
    ["then default", {}, {}, "default", []],
    [
      "an empty Service label falls through",
      { labels: { "kuma.io/mesh": "" } },
      { labels: { "kuma.io/mesh": "m3" } },
      "m3",
      [],
    ],
    [
      "an empty Namespace label falls through",
      {},
      { labels: { "kuma.io/mesh": "" }, annotations: { "kuma.io/mesh": "m4" } },
      "m4",
      ["mesh-annotation-deprecated"],
    ],
  ])("%s", (_, svcMeta, nsMeta, expected, codes) => {
    const ns = namespace("demo", {
      labels: { "kuma.io/sidecar-injection": "enabled", ...(nsMeta.labels ?? {}) },
      ...(nsMeta.annotations ? { annotations: nsMeta.annotations } : {}),
    });
    const r = run(ns, service("web", svcMeta));
    expect(r.services.map((s) => s.mesh)).toEqual([expected]);
    expect(r.services[0]?.labels["kuma.io/mesh"]).toBe(expected);
    expect(r.codes).toEqual(codes);
  });

  it("warns once per Namespace whose annotation names the mesh of its Services", () => {
    const ns = namespace("demo", {
      labels: { "kuma.io/sidecar-injection": "enabled" },
      annotations: { "kuma.io/mesh": "m4" },
    });
    const r = run(ns, service("web"), service("api"));
    expect(r.services.map((s) => s.mesh)).toEqual(["m4", "m4"]);
    expect(r.diagnostics.map((d) => [d.severity, d.message, d.line])).toEqual([
      ["warning", 'Namespace "demo": the kuma.io/mesh annotation is deprecated; use the kuma.io/mesh label', 8],
    ]);
  });

  it("the deprecated annotation warning points at the annotation", () => {
    const r = run(injected, service("web", { annotations: { "kuma.io/mesh": "m2" } }));
    expect(r.diagnostics.map((d) => [d.severity, d.message, d.line])).toEqual([
      ["warning", 'Service "web": the kuma.io/mesh annotation is deprecated; use the kuma.io/mesh label', 14],
    ]);
  });
});

describe("3. the Mesh gate", () => {
  it.each([
    ["Everywhere", true],
    ["ReachableBackends", true],
    ["Exclusive", true],
    ["Disabled", false],
    [undefined, false],
  ])("mode %s -> generated: %s", (mode, generated) => {
    const r = run(mesh("default", mode), injected, service("web"));
    expect(r.names).toEqual(generated ? ["demo/web"] : []);
    expect(r.codes).toEqual(generated ? [] : ["mesh-skipped"]);
  });

  it("one warning per skipped mesh, counting its Services and saying why", () => {
    const r = run(mesh("other", "Everywhere"), injected, service("a"), service("b"));
    expect(r.names).toEqual([]);
    expect(r.diagnostics.map((d) => [d.severity, d.message])).toEqual([
      [
        "warning",
        `no MeshServices generated for 2 Service(s) of mesh "default": mesh "default" is not among the zone's Mesh objects`,
      ],
    ]);
  });

  it("says an unset mode is Disabled", () => {
    const r = run(mesh("default"), injected, service("web"));
    expect(r.diagnostics[0]?.message).toContain("meshServices.mode unset (Disabled)");
  });

  it("applies per mesh", () => {
    const r = run(
      mesh("default", "Disabled"),
      mesh("other", "Everywhere"),
      injected,
      service("a"),
      service("b", { labels: { "kuma.io/mesh": "other" } }),
    );
    expect(r.names).toEqual(["demo/b"]);
  });
});

describe("4. skipped Services", () => {
  it.each<[string, Meta, string, boolean]>([
    ["kuma.io/ignore: true", { annotations: { "kuma.io/ignore": "true" } }, "", false],
    ["kuma.io/ignore: yes", { annotations: { "kuma.io/ignore": "yes" } }, "", false],
    ["kuma.io/ignore: false", { annotations: { "kuma.io/ignore": "false" } }, "", true],
    ["kuma.io/ignore as a label does not count", { labels: { "kuma.io/ignore": "true" } }, "", true],
    ["kuma.io/gateway: builtin", { annotations: { "kuma.io/gateway": "builtin" } }, "", false],
    ["kuma.io/gateway with any value", { annotations: { "kuma.io/gateway": "" } }, "", false],
    ["a zone proxy Service", { labels: { "k8s.kuma.io/zone-proxy-type": "ingress" } }, "", false],
    ["ExternalName", {}, "  type: ExternalName\n  externalName: example.com", false],
    ["LoadBalancer is not skipped", {}, "  type: LoadBalancer", true],
  ])("%s -> generated: %s", (_, meta, spec, generated) => {
    const r = run(injected, service("web", meta, `${spec}\n  ports:\n    - port: 80`));
    expect(r.names).toEqual(generated ? ["demo/web"] : []);
  });

  const slice = (name: string, pods: string[], svc = "web"): string =>
    [
      "apiVersion: discovery.k8s.io/v1",
      "kind: EndpointSlice",
      "metadata:",
      `  name: ${name}`,
      "  namespace: demo",
      "  labels:",
      `    kubernetes.io/service-name: ${svc}`,
      "addressType: IPv4",
      "endpoints:",
      ...pods.map(
        (p) => `  - addresses: ["10.0.0.1"]\n    targetRef:\n      kind: Pod\n      name: ${p}\n      namespace: demo`,
      ),
    ].join("\n");
  const pod = (name: string, gateway: boolean): string =>
    `apiVersion: v1\nkind: Pod\nmetadata:\n  name: ${name}\n  namespace: demo${gateway ? "\n  annotations:\n    kuma.io/gateway: enabled" : ""}`;

  it.each<[string, string[], boolean]>([
    [
      "the first Pod endpoint is a gateway Pod",
      [slice("web-1", ["gw", "app"]), pod("gw", true), pod("app", false)],
      false,
    ],
    [
      "the first Pod endpoint is not a gateway Pod",
      [slice("web-1", ["app", "gw"]), pod("gw", true), pod("app", false)],
      true,
    ],
    [
      "the first slice by name decides",
      [slice("web-b", ["app"]), slice("web-a", ["gw"]), pod("gw", true), pod("app", false)],
      false,
    ],
    ["a gateway Pod that is not in the sources does not count", [slice("web-1", ["gw"])], true],
    // [meshservice_controller.go isServiceForGateway]: a Pod that is NotFound is passed over (`continue`).
    [
      "a Pod endpoint whose Pod is not in the sources is passed over: the next one decides",
      [slice("web-1", ["gone", "gw"]), pod("gw", true)],
      false,
    ],
    ["passed over across slices too", [slice("web-a", ["gone"]), slice("web-b", ["gw"]), pod("gw", true)], false],
    [
      "the first Pod that is in the sources decides, even when it is no gateway",
      [slice("web-1", ["gone", "app", "gw"]), pod("app", false), pod("gw", true)],
      true,
    ],
    ["a slice of another Service does not count", [slice("x-1", ["gw"], "other"), pod("gw", true)], true],
  ])("%s -> generated: %s", (_, docs, generated) => {
    const r = run(injected, service("web", {}, "  clusterIP: 10.0.0.9\n  ports:\n    - port: 80"), ...docs);
    expect(r.names).toEqual(generated ? ["demo/web"] : []);
  });
});

describe("6.-9. the generated MeshService", () => {
  it("labels: every Service label, then the controller's, then the webhook's; no annotations", () => {
    const r = run(
      injected,
      service("web", {
        labels: { app: "web", "kuma.io/env": "wrong", "k8s.kuma.io/is-headless-service": "true" },
        annotations: { note: "not copied" },
      }),
    );
    expect(r.services[0]?.labels).toEqual({
      app: "web",
      "kuma.io/mesh": "default",
      "k8s.kuma.io/service-name": "web",
      "kuma.io/managed-by": "k8s-controller",
      "kuma.io/env": "kubernetes",
      "k8s.kuma.io/is-headless-service": "false",
      "kuma.io/origin": "zone",
      "kuma.io/zone": "zone-1",
      "k8s.kuma.io/namespace": "demo",
    });
  });

  it.each([
    [
      "the selector plus the namespace",
      "  selector:\n    app: web\n    tier: front",
      { app: "web", tier: "front", "k8s.kuma.io/namespace": "demo" },
    ],
    ["no selector: the namespace only, not skipped", "", { "k8s.kuma.io/namespace": "demo" }],
    ["an empty selector", "  selector: {}", { "k8s.kuma.io/namespace": "demo" }],
  ])("selector: %s", (_, spec, tags) => {
    const r = run(injected, service("web", {}, `${spec}\n  ports:\n    - port: 80`));
    expect(r.services[0]?.spec.selector).toEqual({ dataplaneTags: tags });
  });

  it.each<[string, string, Record<string, unknown>[]]>([
    [
      "protocol absent means TCP; no name: the port",
      "  ports:\n    - port: 80",
      [{ name: "80", port: 80, targetPort: 80, appProtocol: "tcp" }],
    ],
    [
      "named, TCP",
      "  ports:\n    - name: http\n      port: 80\n      protocol: TCP",
      [{ name: "http", port: 80, targetPort: 80, appProtocol: "tcp" }],
    ],
    [
      "numeric targetPort",
      "  ports:\n    - port: 80\n      targetPort: 8080",
      [{ name: "80", port: 80, targetPort: 8080, appProtocol: "tcp" }],
    ],
    [
      "named targetPort, verbatim",
      "  ports:\n    - port: 80\n      targetPort: http-web",
      [{ name: "80", port: 80, targetPort: "http-web", appProtocol: "tcp" }],
    ],
    [
      "appProtocol verbatim",
      "  ports:\n    - port: 80\n      appProtocol: HTTP",
      [{ name: "80", port: 80, targetPort: 80, appProtocol: "HTTP" }],
    ],
    [
      "appProtocol with a prefix, verbatim",
      "  ports:\n    - port: 80\n      appProtocol: kubernetes.io/h2c",
      [{ name: "80", port: 80, targetPort: 80, appProtocol: "kubernetes.io/h2c" }],
    ],
    [
      "UDP is dropped",
      "  ports:\n    - port: 53\n      protocol: UDP\n    - port: 80",
      [{ name: "80", port: 80, targetPort: 80, appProtocol: "tcp" }],
    ],
    ["SCTP is dropped", "  ports:\n    - port: 99\n      protocol: SCTP", []],
    ["no ports", "  ports: []", []],
  ])("ports: %s", (_, ports, expected) => {
    const r = run(injected, service("web", {}, ports));
    expect(r.services[0]?.spec.ports).toEqual(expected);
  });

  it("dropped ports are one info naming each, at the ports list", () => {
    const r = run(
      injected,
      service(
        "web",
        {},
        "  ports:\n    - name: dns\n      port: 53\n      protocol: UDP\n    - port: 99\n      protocol: SCTP\n    - port: 80",
      ),
    );
    expect(r.diagnostics).toEqual([
      {
        severity: "info",
        code: "ports-ignored",
        message: 'Service "web": Ignored unsupported ports: dns/UDP, 99/SCTP',
        file: "k8s.yaml",
        line: 15,
        column: 5,
      },
    ]);
  });

  it.each([
    ["a pinned clusterIP is the VIP", "  clusterIP: 10.96.0.12", { vips: [{ ip: "10.96.0.12" }] }],
    ["no clusterIP: assigned by the cluster, no VIP", "", {}],
    ["an empty clusterIP: the same", '  clusterIP: ""', {}],
  ])("%s", (_, spec, status) => {
    const r = run(injected, service("web", {}, `${spec}\n  ports:\n    - port: 80`));
    expect(r.services[0]?.status).toEqual(status);
    expect(r.services[0]?.spec.state).toBeUndefined();
    expect(r.services[0]?.spec.identities).toBeUndefined();
  });

  it("a Service without a namespace is in default; Services come out by namespace, then name", () => {
    const r = run(
      namespace("default", { labels: { "kuma.io/sidecar-injection": "enabled" } }),
      injected,
      service("b"),
      service("a"),
      "apiVersion: v1\nkind: Service\nmetadata:\n  name: z\nspec:\n  ports:\n    - port: 80",
    );
    expect(r.names).toEqual(["default/z", "demo/a", "demo/b"]);
  });
});

// Read as kubectl reads it (YAML 1.1): the merge key, the octal port and the underscore number count.
describe("a Service read with YAML 1.1", () => {
  it("merges <<: *anchor into a port, reads port: 0120 as 80 and targetPort: 8_080 as 8080", () => {
    const r = run(
      injected,
      service(
        "web",
        {},
        "  ports:\n    - &base\n      name: http\n      port: 0120\n      targetPort: 8_080\n      appProtocol: http\n    - <<: *base\n      name: admin\n      port: 9_090\n",
      ),
    );
    expect(r.services[0]?.spec.ports).toEqual([
      { name: "http", port: 80, targetPort: 8080, appProtocol: "http" },
      { name: "admin", port: 9090, targetPort: 8080, appProtocol: "http" },
    ]);
  });
});
