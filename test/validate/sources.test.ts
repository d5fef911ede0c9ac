import { describe, expect, it } from "vitest";
import { parseYamlFile } from "../../src/parse/yaml.js";
import type { SourceResource } from "../../src/parse/yaml.js";
import { validateSources } from "../../src/validate/sources.js";
import { schemas } from "../helpers/schemas.js";

function resources(files: Record<string, string | undefined>): SourceResource[] {
  return Object.entries(files).flatMap(
    ([file, text]) => parseYamlFile(file, new TextEncoder().encode(text ?? "")).resources,
  );
}

function validate(text: string) {
  return validateSources("zone-1", resources({ "src/r.yaml": text }), schemas);
}

const DP = (networking: string, head = "type: Dataplane\nname: web-1\nmesh: default\n"): string =>
  `${head}networking:\n${networking}`;

describe("schema rules: each violation is a resource-invalid error at the offending key or value", () => {
  it.each([
    {
      rule: "unknown key in a Universal Dataplane (at the key)",
      text: DP(
        "  address: 10.0.0.1\n  inbound:\n    - port: 80\n      tags: {kuma.io/service: web}\n      weight: 3\n",
      ),
      expected: [["resource-invalid", 9, 7]],
    },
    {
      rule: "wrong type: an inbound port written as a string (at the value)",
      text: DP('  address: 10.0.0.1\n  inbound:\n    - port: "80"\n      tags: {kuma.io/service: web}\n'),
      expected: [["resource-invalid", 7, 13]],
    },
    {
      rule: "missing required key: a Universal MeshService without spec (at its parent)",
      text: "type: MeshService\nname: web\nmesh: default\n",
      expected: [["resource-invalid", 1, 1]],
    },
    {
      rule: "enum: Mesh meshServices.mode",
      text: "type: Mesh\nname: default\nmeshServices:\n  mode: Everywher\n",
      expected: [["resource-invalid", 4, 9]],
    },
    {
      rule: "a Kubernetes MeshService selector that is not a map",
      text: "apiVersion: kuma.io/v1alpha1\nkind: MeshService\nmetadata:\n  name: web\n  namespace: shop\nspec:\n  selector: [app]\n",
      expected: [["resource-invalid", 7, 13]],
    },
    {
      rule: "Kubernetes Service port protocol outside TCP, UDP, SCTP",
      text: "apiVersion: v1\nkind: Service\nmetadata:\n  name: web\nspec:\n  ports:\n    - port: 80\n      protocol: HTTP\n",
      expected: [["resource-invalid", 8, 17]],
    },
    {
      rule: "a Namespace label value that is not a string",
      text: "apiVersion: v1\nkind: Namespace\nmetadata:\n  name: shop\n  labels:\n    kuma.io/sidecar-injection: true\n",
      expected: [["resource-invalid", 6, 32]],
    },
    {
      rule: "EndpointSlice endpoint addresses that are not a list",
      text: "apiVersion: discovery.k8s.io/v1\nkind: EndpointSlice\nmetadata:\n  name: web-abc\nendpoints:\n  - addresses: 10.0.0.1\n",
      expected: [["resource-invalid", 6, 16]],
    },
    {
      rule: "StatefulSet replicas below zero",
      text: "apiVersion: apps/v1\nkind: StatefulSet\nmetadata:\n  name: redis\nspec:\n  replicas: -1\n",
      expected: [["resource-invalid", 6, 13]],
    },
    {
      rule: "HostnameGenerator without the required template",
      text: "type: HostnameGenerator\nname: local\nspec:\n  selector: {}\n",
      expected: [["resource-invalid", 4, 3]],
    },
    {
      rule: "Pod without metadata.name",
      text: "apiVersion: v1\nkind: Pod\nmetadata:\n  namespace: shop\n",
      expected: [["resource-invalid", 4, 3]],
    },
  ])("$rule", ({ text, expected }) => {
    const result = validate(text);
    expect(result.diagnostics.map((d) => [d.code, d.line, d.column])).toEqual(expected);
    for (const d of result.diagnostics) expect([d.file, d.severity]).toEqual(["src/r.yaml", "error"]);
    expect(result.resources).toEqual([]);
  });
});

describe("Kuma's semantic rules, with Kuma's messages", () => {
  it.each([
    {
      rule: "inbound tags without kuma.io/service",
      text: DP("  address: 10.0.0.1\n  inbound:\n    - port: 80\n      tags:\n        version: v1\n"),
      code: "service-tag-missing",
      at: [9, 9],
      message: 'Dataplane "web-1": networking.inbound[0].tags["kuma.io/service"]: tag has to exist',
    },
    {
      rule: "tag name character set",
      text: DP(
        '  address: 10.0.0.1\n  inbound:\n    - port: 80\n      tags:\n        kuma.io/service: web\n        "v@r": x\n',
      ),
      code: "tag-invalid",
      at: [10, 9],
      message:
        'Dataplane "web-1": networking.inbound[0].tags["v@r"]: tag name must consist of alphanumeric characters, dots, dashes, slashes and underscores',
    },
    {
      rule: "tag value character set",
      text: DP(
        '  address: 10.0.0.1\n  inbound:\n    - port: 80\n      tags:\n        kuma.io/service: web\n        version: "1 0"\n',
      ),
      code: "tag-invalid",
      at: [10, 18],
      message:
        'Dataplane "web-1": networking.inbound[0].tags["version"]: tag value must consist of alphanumeric characters, dots, dashes and underscores',
    },
    {
      rule: "empty tag value",
      text: DP(
        '  address: 10.0.0.1\n  inbound:\n    - port: 80\n      tags:\n        kuma.io/service: web\n        version: ""\n',
      ),
      code: "tag-invalid",
      at: [10, 18],
      message: 'Dataplane "web-1": networking.inbound[0].tags["version"]: tag value must be non-empty',
    },
    {
      rule: "kuma.io/protocol tag value",
      text: DP(
        "  address: 10.0.0.1\n  inbound:\n    - port: 80\n      tags:\n        kuma.io/service: web\n        kuma.io/protocol: htp\n",
      ),
      code: "protocol-invalid",
      at: [10, 27],
      message:
        'Dataplane "web-1": networking.inbound[0].tags["kuma.io/protocol"]: tag "kuma.io/protocol" has an invalid value "htp". Allowed values: grpc, http, http2, kafka, tcp',
    },
    {
      rule: "inbound protocol field",
      text: DP(
        "  address: 10.0.0.1\n  inbound:\n    - port: 80\n      protocol: smtp\n      tags: {kuma.io/service: web}\n",
      ),
      code: "protocol-invalid",
      at: [8, 17],
      message:
        'Dataplane "web-1": networking.inbound[0].protocol: has an invalid value "smtp". Allowed values: grpc, http, http2, kafka, tcp',
    },
    {
      rule: "inbound port above 65535",
      text: DP("  address: 10.0.0.1\n  inbound:\n    - port: 65536\n      tags: {kuma.io/service: web}\n"),
      code: "port-invalid",
      at: [7, 13],
      message: 'Dataplane "web-1": networking.inbound[0].port: port must be in the range [1, 65535]',
    },
    {
      rule: "inbound without a port (at the inbound)",
      text: DP("  address: 10.0.0.1\n  inbound:\n    - tags: {kuma.io/service: web}\n"),
      code: "port-invalid",
      at: [7, 7],
      message: 'Dataplane "web-1": networking.inbound[0].port: port must be in the range [1, 65535]',
    },
    {
      rule: "inbound servicePort 0 is unset, 70000 is not",
      text: DP(
        "  address: 10.0.0.1\n  inbound:\n    - port: 80\n      servicePort: 70000\n      tags: {kuma.io/service: web}\n",
      ),
      code: "port-invalid",
      at: [8, 20],
      message: 'Dataplane "web-1": networking.inbound[0].servicePort: port must be in the range [1, 65535]',
    },
    {
      rule: "networking.address empty",
      text: DP('  address: ""\n  inbound:\n    - port: 80\n      tags: {kuma.io/service: web}\n'),
      code: "address-invalid",
      at: [5, 12],
      message: `Dataplane "web-1": networking.address: address can't be empty`,
    },
    {
      rule: "networking.address 0.0.0.0",
      text: DP("  address: 0.0.0.0\n  inbound:\n    - port: 80\n      tags: {kuma.io/service: web}\n"),
      code: "address-invalid",
      at: [5, 12],
      message: 'Dataplane "web-1": networking.address: must not be 0.0.0.0 or ::',
    },
    {
      rule: "networking.address neither IP nor domain name",
      text: DP("  address: not an address\n  inbound:\n    - port: 80\n      tags: {kuma.io/service: web}\n"),
      code: "address-invalid",
      at: [5, 12],
      message: 'Dataplane "web-1": networking.address: address has to be valid IP address or domain name',
    },
    {
      // [dataplane_validator.go validateAddress]: an absent protobuf string is "", "address can't be empty".
      rule: "networking.address absent",
      text: DP("  inbound:\n    - port: 80\n      tags: {kuma.io/service: web}\n"),
      code: "address-invalid",
      at: [5, 3],
      message: 'Dataplane "web-1": networking.address: address can\'t be empty',
    },
    {
      rule: "networking absent",
      text: "type: Dataplane\nname: web-1\nmesh: default\n",
      code: "resource-invalid",
      at: [1, 1],
      message: 'Dataplane "web-1": networking: must be defined',
    },
    {
      rule: "serviceAddress and servicePort equal to the Dataplane's address and the inbound port",
      text: DP(
        "  address: 10.0.0.1\n  inbound:\n    - port: 80\n      serviceAddress: 10.0.0.1\n      tags: {kuma.io/service: web}\n",
      ),
      code: "address-invalid",
      at: [8, 23],
      message:
        'Dataplane "web-1": networking.inbound[0].serviceAddress: serviceAddress and servicePort has to differ from address and port',
    },
    {
      rule: "serviceAddress equal to the inbound address with the same port",
      text: DP(
        "  address: 10.0.0.1\n  inbound:\n    - port: 80\n      servicePort: 80\n      address: 10.0.0.2\n      serviceAddress: 10.0.0.2\n      tags: {kuma.io/service: web}\n",
      ),
      code: "address-invalid",
      at: [10, 23],
      message:
        'Dataplane "web-1": networking.inbound[0].serviceAddress: serviceAddress and servicePort has to differ from address and port',
    },
    {
      // [meshservice/api/v1alpha1/validator_test.go] "name too long" (Kuma's message and field).
      rule: "hand-written MeshService name longer than 63 characters",
      text: `type: MeshService\nname: ${"a".repeat(64)}\nmesh: default\nspec:\n  ports:\n    - port: 80\n`,
      code: "name-invalid",
      at: [2, 7],
      message: `MeshService "${"a".repeat(64)}": name: must not be longer than 63 characters`,
    },
    {
      // [meshservice/api/v1alpha1/validator_test.go] "multiple selectors specified".
      rule: "hand-written MeshService with two selector kinds",
      text: "type: MeshService\nname: redis\nmesh: default\nspec:\n  selector:\n    dataplaneTags:\n      app: redis\n    dataplaneLabels:\n      matchLabels:\n        app: redis\n",
      code: "resource-invalid",
      at: [6, 5],
      message:
        'MeshService "redis": spec.selector: must specify only one of: dataplaneTags, dataplaneRef, or dataplaneLabels',
    },
    {
      rule: "inbound address not an IP",
      text: DP(
        "  address: web.internal\n  inbound:\n    - port: 80\n      address: web.internal\n      tags: {kuma.io/service: web}\n",
      ),
      code: "address-invalid",
      at: [8, 16],
      message: 'Dataplane "web-1": networking.inbound[0].address: address has to be valid IP address',
    },
    {
      rule: "Universal resource name not an RFC 1123 subdomain",
      text: DP("  address: 10.0.0.1\n", "type: Dataplane\nname: Web_1\nmesh: default\n"),
      code: "name-invalid",
      at: [2, 7],
      message:
        "Dataplane \"Web_1\": name: invalid characters. A lowercase RFC 1123 subdomain must consist of lower case alphanumeric characters, '-' or '.', and must start and end with an alphanumeric character",
    },
    {
      rule: "Universal mesh name characters",
      text: DP("  address: 10.0.0.1\n", "type: Dataplane\nname: web-1\nmesh: Prod!\n"),
      code: "mesh-name-invalid",
      at: [3, 7],
      message:
        "Dataplane \"web-1\": mesh: invalid characters. Valid characters are numbers, lowercase latin letters and '-', '_', '.' symbols.",
    },
    {
      rule: "Mesh name longer than 253 characters",
      text: `type: Mesh\nname: ${"a".repeat(254)}\n`,
      code: "name-invalid",
      at: [2, 7],
      // A name longer than any valid one is quoted as an excerpt only (issue 15, item 1).
      message: `Mesh "${"a".repeat(40)}"...: name: value length must less or equal 253`,
    },
    {
      rule: "Kubernetes Service name not a DNS-1035 label",
      text: "apiVersion: v1\nkind: Service\nmetadata:\n  name: 1web\n",
      code: "name-invalid",
      at: [4, 9],
      message:
        "Service \"1web\": metadata.name: Invalid value: \"1web\": a DNS-1035 label must consist of lower case alphanumeric characters or '-', start with an alphabetic character, and end with an alphanumeric character (e.g. 'my-name',  or 'abc-123', regex used for validation is '[a-z]([-a-z0-9]*[a-z0-9])?')",
    },
    {
      rule: "Kubernetes namespace not a DNS-1123 label",
      text: "apiVersion: kuma.io/v1alpha1\nkind: HostnameGenerator\nmetadata:\n  name: local\n  namespace: Kuma.System\nspec:\n  template: x\n",
      code: "name-invalid",
      at: [5, 14],
      message:
        "HostnameGenerator \"local\": metadata.namespace: Invalid value: \"Kuma.System\": a lowercase RFC 1123 label must consist of lower case alphanumeric characters or '-', and must start and end with an alphanumeric character (e.g. 'my-name',  or '123-abc', regex used for validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?')",
    },
    {
      rule: "Kubernetes object name not a DNS-1123 subdomain",
      text: "apiVersion: apps/v1\nkind: StatefulSet\nmetadata:\n  name: Redis\n",
      code: "name-invalid",
      at: [4, 9],
      message:
        "StatefulSet \"Redis\": metadata.name: Invalid value: \"Redis\": a lowercase RFC 1123 subdomain must consist of lower case alphanumeric characters, '-' or '.', and must start and end with an alphanumeric character (e.g. 'example.com', regex used for validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*')",
    },
    {
      rule: "kuma.io/mesh label characters on a Kubernetes object",
      text: 'apiVersion: v1\nkind: Namespace\nmetadata:\n  name: shop\n  labels:\n    kuma.io/mesh: "Prod!"\n',
      code: "mesh-name-invalid",
      at: [6, 19],
      message:
        "Namespace \"shop\": metadata.labels[\"kuma.io/mesh\"]: invalid characters. Valid characters are numbers, lowercase latin letters and '-', '_', '.' symbols.",
    },
    {
      rule: "Kubernetes Service port 0",
      text: "apiVersion: v1\nkind: Service\nmetadata:\n  name: web\nspec:\n  ports:\n    - port: 0\n",
      code: "port-invalid",
      at: [7, 13],
      message: 'Service "web": spec.ports[0].port: Invalid value: 0: must be between 1 and 65535, inclusive',
    },
    {
      rule: "Kubernetes Service numeric targetPort above 65535",
      text: "apiVersion: v1\nkind: Service\nmetadata:\n  name: web\nspec:\n  ports:\n    - port: 80\n      targetPort: 99999\n",
      code: "port-invalid",
      at: [8, 19],
      message: 'Service "web": spec.ports[0].targetPort: Invalid value: 99999: must be between 1 and 65535, inclusive',
    },
    {
      rule: "Kubernetes Service clusterIP that is not an IP",
      text: "apiVersion: v1\nkind: Service\nmetadata:\n  name: web\nspec:\n  clusterIP: 10.0.0.300\n",
      code: "address-invalid",
      at: [6, 14],
      message:
        'Service "web": spec.clusterIP: Invalid value: "10.0.0.300": must be a valid IP address, (e.g. 10.9.8.7 or 2001:db8::ffff)',
    },
    {
      rule: "hand-written MeshService port 0",
      text: "type: MeshService\nname: web\nmesh: default\nspec:\n  ports:\n    - port: 0\n",
      code: "port-invalid",
      at: [6, 13],
      message: 'MeshService "web": spec.ports[0].port: port must be in the range [1, 65535]',
    },
  ])("$rule", ({ text, code, at, message }) => {
    const result = validate(text);
    expect(result.diagnostics.map((d) => [d.file, d.severity, d.code, d.line, d.column, d.message])).toEqual([
      ["src/r.yaml", "error", code, ...at, message],
    ]);
    expect(result.resources).toEqual([]);
  });

  it.each([
    [
      "a valid Universal Dataplane",
      DP(
        "  address: 10.0.0.1\n  inbound:\n    - port: 80\n      servicePort: 0\n      tags: {kuma.io/service: web, kuma.io/protocol: HTTP}\n",
      ),
    ],
    [
      "a domain name as the Dataplane address",
      DP("  address: web-1.internal\n  inbound:\n    - port: 80\n      tags: {kuma.io/service: web}\n"),
    ],
    ["an inbound without tags", DP("  address: 10.0.0.1\n  inbound:\n    - port: 80\n")],
    [
      "a snake_case and a camelCase protobuf field",
      DP("  address: 10.0.0.1\n  transparent_proxying: {redirect_port_inbound: 15006}\n  admin: {port: 9901}\n"),
    ],
    [
      "every protocol Kuma knows, in any case",
      DP(
        "  address: 10.0.0.1\n  inbound:\n" +
          ["tcp", "TLS", "http", "HTTP2", "grpc", "kafka", "mysql"]
            .map(
              (p, i) =>
                `    - port: ${80 + i}\n      protocol: ${p}\n      tags: {kuma.io/service: s${i}, kuma.io/protocol: ${p}}\n`,
            )
            .join(""),
      ),
    ],
    [
      "a headless Service",
      "apiVersion: v1\nkind: Service\nmetadata:\n  name: redis\n  namespace: infra\nspec:\n  clusterIP: None\n  ports:\n    - {port: 6379, targetPort: redis}\n",
    ],
    [
      "a Kubernetes Mesh with other spec fields",
      "apiVersion: kuma.io/v1alpha1\nkind: Mesh\nmetadata:\n  name: default\nspec:\n  meshServices: {mode: Exclusive}\n  mtls: {enabledBackend: ca-1}\n",
    ],
    [
      "an empty kuma.io/mesh label and annotation on a Service (the mesh falls through to the next source)",
      'apiVersion: v1\nkind: Service\nmetadata:\n  name: web\n  labels:\n    kuma.io/mesh: ""\n  annotations:\n    kuma.io/mesh: ""\n',
    ],
    [
      "an empty kuma.io/mesh label and annotation on a Namespace",
      'apiVersion: v1\nkind: Namespace\nmetadata:\n  name: shop\n  labels:\n    kuma.io/mesh: ""\n  annotations:\n    kuma.io/mesh: ""\n',
    ],
    ["a policy (not validated here)", "type: MeshTimeout\nname: t\nmesh: default\nspec:\n  anything: goes\n"],
  ])("accepts %s", (_name, text) => {
    const result = validate(text);
    expect(result.diagnostics).toEqual([]);
    expect(result.resources).toHaveLength(1);
  });

  it("reports every problem of a resource at once, schema and rules together", () => {
    const result = validate(
      DP(
        "  address: 0.0.0.0\n  inbound:\n    - port: 0\n      tags: {version: v1}\n  extra: 1\n",
        "type: Dataplane\nname: Web\nmesh: default\n",
      ),
    );
    expect(result.diagnostics.map((d) => [d.code, d.line, d.column])).toEqual([
      ["resource-invalid", 9, 3],
      ["name-invalid", 2, 7],
      ["address-invalid", 5, 12],
      ["port-invalid", 7, 13],
      ["service-tag-missing", 8, 13],
    ]);
  });
});

describe("unknown keys of Kubernetes-format Kuma resources", () => {
  it("are warnings (Kubernetes prunes them) and the resource is still read", () => {
    // After Kuma's testdata/k8s-controller/03.resources.yaml: an older MeshService layout.
    const result = validate(
      "apiVersion: kuma.io/v1alpha1\nkind: MeshService\nmetadata:\n  name: web\n  namespace: shop\nspec:\n  ports:\n    - port: 80\n      protocol: http\n  selector:\n    app: web\n",
    );
    expect(result.diagnostics.map((d) => [d.severity, d.code, d.line, d.column, d.message])).toEqual([
      [
        "warning",
        "unknown-field",
        9,
        7,
        'MeshService "web": spec.ports[0]: unknown key "protocol"; Kubernetes prunes fields its CRD schema does not declare, so it is ignored',
      ],
      [
        "warning",
        "unknown-field",
        11,
        5,
        'MeshService "web": spec.selector: unknown key "app"; Kubernetes prunes fields its CRD schema does not declare, so it is ignored',
      ],
    ]);
    expect(result.resources).toHaveLength(1);
  });
});

describe("duplicate resources in one zone", () => {
  it.each([
    {
      kind: "Universal Dataplanes in the same mesh, in two files",
      files: {
        "a.yaml": DP("  address: 10.0.0.1\n"),
        "b.yaml": `# second\n${DP("  address: 10.0.0.2\n")}`,
      },
      message: 'Dataplane "web-1" in mesh "default" is defined twice in zone "zone-1": at a.yaml:1:1 and b.yaml:2:1',
      at: ["b.yaml", 2, 1],
    },
    {
      kind: "Kubernetes Services, one with the default namespace implied",
      files: {
        "k.yaml":
          "apiVersion: v1\nkind: Service\nmetadata: {name: web}\n---\napiVersion: v1\nkind: Service\nmetadata: {name: web, namespace: default}\n",
      },
      message: 'Service "web" in namespace "default" is defined twice in zone "zone-1": at k.yaml:1:1 and k.yaml:5:1',
      at: ["k.yaml", 5, 1],
    },
    {
      kind: "Meshes (cluster-scoped)",
      files: {
        "m.yaml": "type: Mesh\nname: default\n---\ntype: Mesh\nname: default\nmeshServices: {mode: Exclusive}\n",
      },
      message: 'Mesh "default" is defined twice in zone "zone-1": at m.yaml:1:1 and m.yaml:4:1',
      at: ["m.yaml", 4, 1],
    },
  ])("$kind: an error naming both places; the first is kept", ({ files, message, at }) => {
    const result = validateSources("zone-1", resources(files), schemas);
    expect(result.diagnostics.map((d) => [d.code, d.file, d.line, d.column, d.message])).toEqual([
      ["duplicate-resource", ...at, message],
    ]);
    expect(result.resources).toHaveLength(1);
  });

  it.each([
    [
      "the same name in two meshes",
      {
        "a.yaml": DP("  address: 10.0.0.1\n"),
        "b.yaml": DP("  address: 10.0.0.1\n", "type: Dataplane\nname: web-1\nmesh: other\n"),
      },
    ],
    [
      "the same name in two namespaces",
      {
        "k.yaml":
          "apiVersion: v1\nkind: Service\nmetadata: {name: web, namespace: a}\n---\napiVersion: v1\nkind: Service\nmetadata: {name: web, namespace: b}\n",
      },
    ],
    [
      "the same name for two kinds",
      {
        "k.yaml":
          "apiVersion: v1\nkind: Service\nmetadata: {name: web}\n---\napiVersion: v1\nkind: Pod\nmetadata: {name: web}\n",
      },
    ],
  ])("%s is not a duplicate", (_name, files) => {
    const result = validateSources("zone-1", resources(files), schemas);
    expect(result.diagnostics).toEqual([]);
    expect(result.resources).toHaveLength(2);
  });
});

// kubectl refuses `json: cannot unmarshal bool into Go struct field ObjectMeta.metadata.labels of
// type string`, kumactl a bool tag value: YAML 1.1 reads unquoted yes/no/on/off/y/n as booleans.
describe("YAML 1.1 booleans where a string is wanted", () => {
  it.each([
    [
      "a Service label value",
      "apiVersion: v1\nkind: Service\nmetadata:\n  name: web\n  labels:\n    enabled: on\n",
      [6, 14],
      'Service "web": metadata.labels.enabled: must be string, found true',
    ],
    [
      "a Namespace's injection label",
      "apiVersion: v1\nkind: Namespace\nmetadata:\n  name: shop\n  labels:\n    kuma.io/sidecar-injection: yes\n",
      [6, 32],
      'Namespace "shop": metadata.labels["kuma.io/sidecar-injection"]: must be string, found true',
    ],
    [
      "a Dataplane tag value",
      DP("  address: 10.0.0.1\n  inbound:\n    - port: 80\n      tags: {kuma.io/service: web, canary: no}\n"),
      [8, 44],
      'Dataplane "web-1": networking.inbound[0].tags.canary: must be string, found false',
    ],
  ])("%s is an error at its line", (_what, text, at, message) => {
    const result = validate(text);
    expect(result.resources).toEqual([]);
    expect(result.diagnostics.map((d) => [d.code, d.line, d.column, d.message])).toEqual([
      [
        "resource-invalid",
        ...at,
        `${message} (YAML 1.1, as kubectl and kumactl read it: unquoted yes, no, on, off, y and n are booleans; quote a string)`,
      ],
    ]);
  });

  it("quoted, the same values are strings", () => {
    const result = validate(
      "apiVersion: v1\nkind: Service\nmetadata:\n  name: web\n  labels:\n    enabled: \"on\"\n    canary: 'no'\n",
    );
    expect(result.diagnostics).toEqual([]);
  });
});
