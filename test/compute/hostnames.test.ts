import { describe, expect, it } from "vitest";
import { assignHostnames, LOCAL_UNIVERSAL_MESH_SERVICE, readHostnameGenerators } from "../../src/compute/hostnames.js";
import type { HostnameGenerator, HostnameSubject } from "../../src/compute/hostnames.js";
import { collectSources } from "../../src/compute/sources.js";
import { parseTemplate } from "../../src/compute/template.js";
import { parseYamlFile } from "../../src/parse/yaml.js";

function generatorsFrom(text: string, environment: "universal" | "kubernetes" = "universal", defaults = true) {
  const parsed = parseYamlFile("hg.yaml", new TextEncoder().encode(text));
  expect(parsed.diagnostics).toEqual([]);
  return readHostnameGenerators(collectSources(parsed.resources).sources.hostnameGenerators, environment, defaults);
}

function gen(coreName: string, template: string, matchLabels: Record<string, string> = {}): HostnameGenerator {
  const parsed = parseTemplate(template);
  if ("error" in parsed) throw new Error(parsed.error);
  return {
    name: coreName,
    coreName,
    fromZone: false,
    matchLabels,
    nodes: parsed.nodes,
    at: { file: "hg.yaml", line: 1, column: 1 },
  };
}

function svc(
  name: string,
  labels: Record<string, string> = {},
  recorded: string[] = [],
  mesh = "default",
): HostnameSubject {
  return {
    key: `${mesh}//${name}`,
    mesh,
    namespace: "",
    name,
    labels: { "kuma.io/origin": "zone", "kuma.io/display-name": name, ...labels },
    recorded: new Set(recorded),
    at: { file: `dp/${name}.yaml`, line: 2, column: 3 },
  };
}

const RFC1123 =
  "a lowercase RFC 1123 subdomain must consist of lower case alphanumeric characters, '-' or '.', and must start and end with an alphanumeric character (e.g. 'example.com', regex used for validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*')";

const UNIVERSAL_HG = `type: HostnameGenerator
name: by-team
labels:
  kuma.io/origin: zone
spec:
  selector:
    meshService:
      matchLabels:
        team: a
  template: '{{ .DisplayName }}.{{ label "team" }}.internal'
`;

const KUBERNETES_HG = `apiVersion: kuma.io/v1alpha1
kind: HostnameGenerator
metadata:
  name: mesh-wide
  namespace: kuma-system
spec:
  selector:
    meshService: {}
  template: '{{ .Name }}.{{ .Mesh }}.mesh'
`;

describe("readHostnameGenerators", () => {
  it("reads both formats, adds the Universal default, and orders origin-zone generators first", () => {
    const r = generatorsFrom(`${UNIVERSAL_HG}---\n${KUBERNETES_HG}`);
    expect(r.diagnostics).toEqual([]);
    expect(r.generators.map((g) => [g.coreName, g.fromZone, g.matchLabels])).toEqual([
      ["by-team", true, { team: "a" }],
      ["local-universal-mesh-service", true, { "kuma.io/origin": "zone" }],
      ["mesh-wide.kuma-system", false, {}],
    ]);
  });

  it("has no default on Kubernetes, and none with defaultHostnameGenerators: false", () => {
    expect(generatorsFrom(KUBERNETES_HG, "kubernetes").generators.map((g) => g.coreName)).toEqual([
      "mesh-wide.kuma-system",
    ]);
    expect(generatorsFrom(KUBERNETES_HG, "universal", false).generators.map((g) => g.coreName)).toEqual([
      "mesh-wide.kuma-system",
    ]);
  });

  it("replaces the default with a source generator of the same name", () => {
    const r = generatorsFrom(UNIVERSAL_HG.replace("name: by-team", "name: local-universal-mesh-service"));
    expect(r.generators).toHaveLength(1);
    expect(r.generators[0]?.matchLabels).toEqual({ team: "a" });
    expect(r.generators[0]).not.toBe(LOCAL_UNIVERSAL_MESH_SERVICE);
  });

  it("drops generators that select only MeshExternalServices or MeshMultiZoneServices", () => {
    const r = generatorsFrom(KUBERNETES_HG.replace("meshService: {}", "meshExternalService: {}"), "kubernetes");
    expect(r).toEqual({ generators: [], diagnostics: [] });
  });

  it.each([
    [
      "no selector",
      UNIVERSAL_HG.replace(/ {2}selector:\n(.*\n){3}/, ""),
      6,
      'HostnameGenerator "by-team": spec.selector: exact one selector (meshService, meshExternalService) must be defined (found none)',
    ],
    [
      "two selector kinds",
      UNIVERSAL_HG.replace("    meshService:", "    meshExternalService: {}\n    meshService:"),
      7,
      'HostnameGenerator "by-team": spec.selector: exact one selector (meshService, meshExternalService) must be defined (found meshService, meshExternalService)',
    ],
    [
      "an empty template",
      UNIVERSAL_HG.replace(/template: .*/, "template: ''"),
      10,
      'HostnameGenerator "by-team": spec.template: must not be empty',
    ],
    [
      "a template that does not parse",
      UNIVERSAL_HG.replace(/template: .*/, "template: '{{ .Name | upper }}.mesh'"),
      10,
      'HostnameGenerator "by-team": spec.template: couldn\'t parse template: unsupported template construct "{{ .Name | upper }}"',
    ],
    [
      "a template that is not a DNS name",
      UNIVERSAL_HG.replace(/template: .*/, "template: '{{ .Name }}_svc'"),
      10,
      `HostnameGenerator "by-team": spec.template: template renders to "name_svc" which is not a valid DNS name: ${RFC1123}`,
    ],
    [
      "an extension without a type",
      UNIVERSAL_HG.replace("spec:\n", "spec:\n  extension:\n    config: {}\n"),
      7,
      'HostnameGenerator "by-team": spec.extension.type: must not be empty',
    ],
    ["no spec", "type: HostnameGenerator\nname: x\n", 1, 'HostnameGenerator "x": spec: must be an object'],
  ])("refuses %s with an error at the generator", (_what, text, line, message) => {
    const r = generatorsFrom(text, "universal", false);
    expect(r.generators).toEqual([]);
    expect(r.diagnostics).toEqual([
      {
        severity: "error",
        code: "hostname-generator-invalid",
        message,
        file: "hg.yaml",
        line,
        column: expect.any(Number) as number,
      },
    ]);
  });

  it("accepts label in a template: the stub label value is 'label'", () => {
    expect(generatorsFrom(UNIVERSAL_HG).diagnostics).toEqual([]);
  });

  it("refuses a generator defined twice", () => {
    const r = generatorsFrom(`${UNIVERSAL_HG}---\n${UNIVERSAL_HG}`, "universal", false);
    expect(r.generators.map((g) => g.coreName)).toEqual(["by-team"]);
    expect(r.diagnostics.map((d) => [d.code, d.line])).toEqual([["hostname-generator-invalid", 12]]);
  });
});

describe("assignHostnames", () => {
  it("gives the default generator's hostname, Kuma's example", () => {
    const r = assignHostnames({
      zone: "zone-1",
      generators: [LOCAL_UNIVERSAL_MESH_SERVICE],
      subjects: [svc("backend")],
    });
    expect(r.diagnostics).toEqual([]);
    expect(r.statuses.get("default//backend")).toEqual({
      addresses: [
        {
          hostname: "backend.svc.mesh.local",
          origin: "HostnameGenerator",
          hostnameGeneratorRef: { coreName: "local-universal-mesh-service" },
        },
      ],
      hostnameGenerators: [
        {
          hostnameGeneratorRef: { coreName: "local-universal-mesh-service" },
          conditions: [{ type: "Generated", status: "True", reason: "Generated", message: "" }],
        },
      ],
    });
  });

  it("only selects services whose labels contain the matchLabels", () => {
    const r = assignHostnames({
      zone: "z",
      generators: [gen("g", "{{ .Name }}.team", { team: "a" })],
      subjects: [svc("x", { team: "a" }), svc("y", { team: "b" }), svc("z")],
    });
    expect([...r.statuses.keys()]).toEqual(["default//x"]);
  });

  it("reports a collision across generators: the first generator's claim wins, Kuma's message names the loser", () => {
    const r = assignHostnames({
      zone: "z",
      generators: [gen("a-first", "{{ .Name }}.mesh"), gen("b-second", '{{ label "alias" }}.mesh')],
      subjects: [svc("web", { alias: "www" }), svc("api", { alias: "web" })],
    });
    expect(r.statuses.get("default//api")?.hostnameGenerators).toEqual([
      {
        hostnameGeneratorRef: { coreName: "a-first" },
        conditions: [{ type: "Generated", status: "True", reason: "Generated", message: "" }],
      },
      {
        hostnameGeneratorRef: { coreName: "b-second" },
        conditions: [
          {
            type: "Generated",
            status: "False",
            reason: "Collision",
            message: "Hostname collision with MeshService: api",
          },
        ],
      },
    ]);
    expect(r.statuses.get("default//api")?.addresses.map((a) => a.hostname)).toEqual(["api.mesh"]);
    expect(r.diagnostics).toEqual([
      {
        severity: "warning",
        code: "hostname-collision",
        message:
          'hostname "web.mesh" from HostnameGenerator "b-second" for MeshService "api" is already claimed by MeshService "web" (dp/web.yaml:2) in mesh "default"; MeshService "api" gets no address from it',
        file: "dp/api.yaml",
        line: 2,
        column: 3,
      },
    ]);
  });

  it("does not count the same hostname from two generators for one service as a collision", () => {
    const r = assignHostnames({
      zone: "z",
      generators: [gen("one", "{{ .Name }}.mesh"), gen("two", "{{ .DisplayName }}.mesh")],
      subjects: [svc("web")],
    });
    expect(r.diagnostics).toEqual([]);
    expect(r.statuses.get("default//web")?.addresses).toEqual([
      { hostname: "web.mesh", origin: "HostnameGenerator", hostnameGeneratorRef: { coreName: "one" } },
      { hostname: "web.mesh", origin: "HostnameGenerator", hostnameGeneratorRef: { coreName: "two" } },
    ]);
  });

  it("lets the service whose committed file records the hostname keep it, else the first by identity key", () => {
    const generators = [gen("g", '{{ label "alias" }}.mesh')];
    const fresh = assignHostnames({
      zone: "z",
      generators,
      subjects: [svc("b", { alias: "x" }), svc("a", { alias: "x" })],
    });
    expect(fresh.statuses.get("default//a")?.addresses.map((a) => a.hostname)).toEqual(["x.mesh"]);
    const sticky = assignHostnames({
      zone: "z",
      generators,
      subjects: [svc("b", { alias: "x" }, ["x.mesh"]), svc("a", { alias: "x" })],
    });
    expect(sticky.statuses.get("default//b")?.addresses.map((a) => a.hostname)).toEqual(["x.mesh"]);
    expect(sticky.statuses.get("default//a")?.addresses).toEqual([]);
  });

  it("keeps claims per mesh: the same hostname in two meshes is no collision", () => {
    const r = assignHostnames({
      zone: "z",
      generators: [gen("g", "{{ .Name }}.mesh")],
      subjects: [svc("web", {}, [], "m1"), svc("web", {}, [], "m2")],
    });
    expect(r.diagnostics).toEqual([]);
    expect(r.statuses.get("m1//web")?.addresses).toHaveLength(1);
    expect(r.statuses.get("m2//web")?.addresses).toHaveLength(1);
  });

  it.each([
    // Kuma's messages [hostnamegenerator/hostname/generator.go EvaluateTemplate].
    [
      '{{ label "missing" }}.mesh',
      'pre evaluation of template with parameters failed with error="template: :1:3: executing \\"\\" at <label \\"missing\\">: error calling label: label missing not found"',
    ],
    ['{{ label "bad" }}.mesh', `generated hostname "Not_A_Host.mesh" is not a valid DNS name: ${RFC1123}`],
    [
      '{{ label "long" }}.mesh',
      `generated hostname "${Array<string>(5).fill("a".repeat(60)).join(".")}.mesh" is not a valid DNS name: must be no more than 253 characters`,
    ],
  ])("%s gives a TemplateError condition and no address", (template, message) => {
    const long = Array<string>(5).fill("a".repeat(60)).join(".");
    const r = assignHostnames({
      zone: "z",
      generators: [gen("g", template)],
      subjects: [svc("web", { bad: "Not_A_Host", long })],
    });
    expect(r.statuses.get("default//web")).toEqual({
      addresses: [],
      hostnameGenerators: [
        {
          hostnameGeneratorRef: { coreName: "g" },
          conditions: [{ type: "Generated", status: "False", reason: "TemplateError", message }],
        },
      ],
    });
    expect(r.diagnostics.map((d) => d.code)).toEqual(["hostname-template-error"]);
  });

  it("uses the zone's name for .Zone when the service has no kuma.io/zone label, and the namespace label", () => {
    const r = assignHostnames({
      zone: "zone-9",
      generators: [gen("g", "{{ .Name }}.{{ .Namespace }}{{ .Zone }}.mesh")],
      subjects: [svc("a"), svc("b", { "kuma.io/zone": "zone-1", "k8s.kuma.io/namespace": "ns" })],
    });
    expect(r.statuses.get("default//a")?.addresses.map((a) => a.hostname)).toEqual(["a.zone-9.mesh"]);
    expect(r.statuses.get("default//b")?.addresses.map((a) => a.hostname)).toEqual(["b.nszone-1.mesh"]);
  });

  it("sorts addresses and generator conditions by coreName, not by generator order", () => {
    const zoneFirst = { ...gen("z-zone", "{{ .Name }}.z"), fromZone: true };
    const r = assignHostnames({
      zone: "z",
      generators: [zoneFirst, gen("a-other", "{{ .Name }}.a")],
      subjects: [svc("web")],
    });
    expect(r.statuses.get("default//web")?.addresses.map((a) => a.hostnameGeneratorRef.coreName)).toEqual([
      "a-other",
      "z-zone",
    ]);
  });
});

describe("readHostnameGenerators for MeshMultiZoneServices (the global control plane)", () => {
  const both = [
    "type: HostnameGenerator",
    "name: for-services",
    "spec:",
    "  selector:",
    "    meshService:",
    "      matchLabels: {}",
    '  template: "{{ .DisplayName }}.svc.example"',
    "---",
    "type: HostnameGenerator",
    "name: for-multizone",
    "spec:",
    "  selector:",
    "    meshMultiZoneService:",
    "      matchLabels: {}",
    '  template: "{{ .DisplayName }}.mz.example"',
    "",
  ].join("\n");
  const read = (environment: "universal" | "kubernetes", target: "meshService" | "meshMultiZoneService") => {
    const parsed = parseYamlFile("hg.yaml", new TextEncoder().encode(both));
    const sources = collectSources(parsed.resources).sources.hostnameGenerators;
    return readHostnameGenerators(sources, environment, true, target).generators.map((g) => g.coreName);
  };

  it.each([
    ["universal", "meshService", ["local-universal-mesh-service", "for-services"]],
    ["kubernetes", "meshService", ["for-services"]],
    // Kuma's global default [pkg/defaults/hostname_generator.go], in the system namespace on Kubernetes.
    ["universal", "meshMultiZoneService", ["for-multizone", "synced-mesh-multi-zone-service"]],
    ["kubernetes", "meshMultiZoneService", ["for-multizone", "synced-mesh-multi-zone-service.kuma-system"]],
  ] as const)("%s, selecting %s: %j", (environment, target, names) => {
    expect(read(environment, target)).toEqual(names);
  });
});
