import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import type { MeshService } from "../../src/model/kuma.js";
import {
  MARKER_PREFIX,
  canonicalRenderKey,
  outputPath,
  readMarker,
  renderKey,
  renderMeshService,
  renderResource,
  toResource,
} from "../../src/render/meshservice.js";

const universal: MeshService = {
  zone: "zone-1",
  environment: "universal",
  mesh: "default",
  namespace: "",
  name: "backend",
  labels: { "kuma.io/zone": "zone-1", "kuma.io/mesh": "default" },
  spec: {
    selector: { dataplaneTags: { "kuma.io/service": "backend" } },
    ports: [{ port: 80, name: "80", targetPort: 80, appProtocol: "http" }],
  },
  status: { vips: [{ ip: "241.0.0.1" }] },
};

describe("renderMeshService", () => {
  it("renders the canonical Universal format with the marker", () => {
    expect(renderMeshService(universal)).toBe(
      [
        `${MARKER_PREFIX}a63ef025188b88c45475ebb6d873a08501d6f5ba22b8bae40c08cbe2a02c59dd`,
        "type: MeshService",
        "name: backend",
        "mesh: default",
        "labels:",
        "  kuma.io/mesh: default",
        "  kuma.io/zone: zone-1",
        "spec:",
        "  ports:",
        "  - appProtocol: http",
        '    name: "80"',
        "    port: 80",
        "    targetPort: 80",
        "  selector:",
        "    dataplaneTags:",
        "      kuma.io/service: backend",
        "status:",
        "  vips:",
        "  - ip: 241.0.0.1",
        "",
      ].join("\n"),
    );
  });

  // Kuma's omitempty [pkg/core/resources/apis/meshservice/api/v1alpha1/meshservice.go]: a Service whose
  // ports are all UDP gives a MeshService without `ports`, and empty status lists and zero counts go too.
  it("leaves out empty lists and zero counts, never [] or 0 (docs/design/generation.md, Empty lists)", () => {
    const resource = toResource({
      ...universal,
      spec: { selector: { dataplaneTags: { "kuma.io/service": "backend" } }, ports: [], identities: [] },
      status: { vips: [], addresses: [], hostnameGenerators: [], dataplaneProxies: { total: 1, healthy: 0 } },
    });
    expect(resource["spec"]).toEqual({ selector: { dataplaneTags: { "kuma.io/service": "backend" } } });
    expect(resource["status"]).toEqual({ dataplaneProxies: { total: 1 } });
    const text = renderMeshService({
      ...universal,
      environment: "kubernetes",
      namespace: "demo",
      spec: { selector: { dataplaneTags: { app: "dns" } }, ports: [] },
      status: { vips: [] },
    });
    expect(text).not.toContain("ports");
    expect(text).not.toContain("[]");
    expect(text).not.toContain("status");
  });

  it("renders the Kubernetes format with metadata and no empty status", () => {
    const text = renderMeshService({ ...universal, environment: "kubernetes", namespace: "demo", status: {} });
    expect(text.split("\n").slice(1, 6)).toEqual([
      "apiVersion: kuma.io/v1alpha1",
      "kind: MeshService",
      "metadata:",
      "  name: backend",
      "  namespace: demo",
    ]);
    expect(text).not.toMatch(/^status:/m);
  });

  it("gives the same bytes whatever the key order of the input", () => {
    const shuffled: MeshService = {
      ...universal,
      labels: { "kuma.io/mesh": "default", "kuma.io/zone": "zone-1" },
      spec: { ports: universal.spec.ports, selector: universal.spec.selector },
    };
    expect(renderMeshService(shuffled)).toBe(renderMeshService(universal));
  });
});

describe("canonicalRenderKey", () => {
  const text = renderMeshService(universal);
  const parsed = (t: string): unknown => parse(t) as unknown;

  it("gives a parsed generated file the render key of the resource it was rendered from", () => {
    expect(canonicalRenderKey(parsed(text), text)).toBe(renderKey(toResource(universal)));
  });

  it.each([
    ["a comment added", `${text}# note\n`],
    [
      "another indentation",
      text.replace(
        '  - appProtocol: http\n    name: "80"\n    port: 80\n    targetPort: 80\n',
        '    - appProtocol: http\n      name: "80"\n      port: 80\n      targetPort: 80\n',
      ),
    ],
    ["a quoted string that needs no quotes", text.replace("mesh: default\n", 'mesh: "default"\n')],
    ["a key out of canonical order", text.replace("name: backend\nmesh: default\n", "mesh: default\nname: backend\n")],
  ])("gives no key when the text is not exactly the rendering: %s", (_case, edited) => {
    expect(edited).not.toBe(text);
    expect(canonicalRenderKey(parsed(edited), edited)).toBeNull();
  });

  it.each([
    ["-0", -0, "port: -0"],
    ["Infinity", Number.POSITIVE_INFINITY, "port: .inf"],
    ["NaN", Number.NaN, "port: .nan"],
  ])("gives no key to a rendering of %s, which JSON cannot tell apart", (_case, port, line) => {
    const odd = toResource({ ...universal, spec: { ...universal.spec, ports: [{ port, appProtocol: "http" }] } });
    const oddText = renderResource(odd);
    expect(oddText).toContain(line);
    const value = parsed(oddText);
    expect(renderResource(value as Record<string, unknown>)).toBe(oddText);
    expect(canonicalRenderKey(value, oddText)).toBeNull();
    expect(renderKey(odd)).toBeNull();
  });

  it("gives no key to a list or a scalar", () => {
    expect(canonicalRenderKey([], text)).toBeNull();
    expect(canonicalRenderKey("x", text)).toBeNull();
  });
});

describe("renderMeshService for YAML 1.1 readers (kubectl, kumactl)", () => {
  // Strings that YAML 1.1 (Go's yaml, under kubectl and kumactl) or YAML 1.2 resolves to another type.
  it.each([
    "on",
    "off",
    "yes",
    "no",
    "y",
    "n",
    "Y",
    "NO",
    "On",
    "1_000",
    "0b1",
    "0x1f",
    "012",
    "0o17",
    "1:20",
    "~",
    "true",
    "1e3",
  ])("quotes %j as a label key and value and reads it back as a string", (value) => {
    const text = renderMeshService({ ...universal, labels: { [value]: value } });
    expect(text).toContain(`\n  "${value}": "${value}"\n`);
    for (const version of ["1.1", "1.2"] as const) {
      const labels = (parse(text, { version }) as { labels: Record<string, unknown> }).labels;
      expect(Object.entries(labels)).toEqual([[value, value]]);
    }
  });

  it.each(["on", "no", "y"])("quotes the name and namespace %j", (value) => {
    const text = renderMeshService({ ...universal, environment: "kubernetes", name: value, namespace: value });
    expect(text).toContain(`\n  name: "${value}"\n  namespace: "${value}"\n`);
    for (const version of ["1.1", "1.2"] as const) {
      const metadata = (parse(text, { version }) as { metadata: Record<string, unknown> }).metadata;
      expect([metadata["name"], metadata["namespace"]]).toEqual([value, value]);
    }
  });

  it.each(["default", "backend", "0.1.0", "kuma.io/zone", "onward", "yesterday"])("leaves %j plain", (value) => {
    expect(renderMeshService({ ...universal, labels: { app: value } })).toContain(`\n  app: ${value}\n`);
  });
});

describe("readMarker", () => {
  const text = renderMeshService(universal);
  it.each([
    [text, "intact"],
    [text.replace("port: 80", "port: 81"), "edited"],
    [text.split("\n").slice(1).join("\n"), "none"],
    ["# hand written\ntype: MeshService\n", "none"],
  ])("classifies a file (%#)", (input, state) => {
    expect(readMarker(input)).toBe(state);
  });
});

describe("outputPath", () => {
  it.each([
    ["universal", "default", "", "backend", "out/default/backend.yaml"],
    ["kubernetes", "default", "demo", "example-1-87ff74c98", "out/demo/example-1-87ff74c98.yaml"],
    ["universal", "..", "", "backend", null],
    ["universal", "default", "", "../../etc", null],
    ["kubernetes", "default", "a/b", "x", null],
    ["universal", "default", "", "Backend", null],
  ] as const)("%s %s/%s/%s -> %s", (environment, mesh, namespace, name, path) => {
    expect(outputPath("out", { ...universal, environment, mesh, namespace, name })).toBe(path);
  });
});
