import { describe, expect, it } from "vitest";
import { parseYamlFile } from "../../src/parse/yaml.js";
import { fieldName, validateResource } from "../../src/validate/schemas.js";
import { schemas } from "../helpers/schemas.js";

function check(schema: string, text: string): [number, number, string][] {
  const res = parseYamlFile("f.yaml", new TextEncoder().encode(text)).resources[0];
  if (!res) throw new Error("no resource");
  return validateResource(schemas, schema, res, "resource-invalid").map((d) => [d.line, d.column, d.message]);
}

describe("ajv errors as diagnostics: where, what was expected, what was found", () => {
  it.each([
    {
      error: "unknown key at the root: at the key",
      schema: "kuma-mesh-kubernetes",
      text: "apiVersion: kuma.io/v1alpha1\nkind: Mesh\nmetadata: {name: default}\nstatus: {}\n",
      expected: [[4, 1, 'unknown key "status"']],
    },
    {
      error: "missing key: at the parent",
      schema: "config",
      text: "zones:\n  - name: zone-1\n",
      expected: [[2, 5, 'zones[0]: missing required key "environment"']],
    },
    {
      error: "type, with the value found",
      schema: "kuma-dataplane-universal",
      text: 'type: Dataplane\nname: a\nnetworking:\n  inbound:\n    - port: "80"\n',
      expected: [[5, 13, 'networking.inbound[0].port: must be integer, found "80"']],
    },
    {
      error: "enum, with the value found",
      schema: "k8s-service",
      text: "apiVersion: v1\nkind: Service\nmetadata: {name: a}\nspec:\n  type: Headless\n",
      expected: [
        [5, 9, 'spec.type: must be one of "ClusterIP", "NodePort", "LoadBalancer", "ExternalName", found "Headless"'],
      ],
    },
    {
      error: "anyOf branches folded into one message",
      schema: "kuma-meshservice-universal",
      text: "type: MeshService\nname: a\nspec:\n  ports:\n    - port: 80\n      targetPort: [80]\n",
      expected: [[6, 19, "spec.ports[0].targetPort: must be integer or string, found a list"]],
    },
    {
      error: "a key with dots and slashes is quoted",
      schema: "k8s-namespace",
      text: "apiVersion: v1\nkind: Namespace\nmetadata:\n  name: a\n  labels:\n    kuma.io/sidecar-injection: true\n",
      expected: [
        [
          6,
          32,
          'metadata.labels["kuma.io/sidecar-injection"]: must be string, found true (YAML 1.1, as kubectl and kumactl read it: unquoted yes, no, on, off, y and n are booleans; quote a string)',
        ],
      ],
    },
    {
      error: "an int32 out of range",
      schema: "kuma-meshservice-kubernetes",
      text: "apiVersion: kuma.io/v1alpha1\nkind: MeshService\nmetadata: {name: a}\nspec:\n  ports:\n    - port: 4294967296\n",
      expected: [[6, 13, "spec.ports[0].port: must be <= 2147483647, found 4294967296"]],
    },
  ])("$error", ({ schema, text, expected }) => {
    expect(check(schema, text)).toEqual(expected);
  });

  it.each([
    [[], ""],
    [["networking", "inbound", 0, "port"], "networking.inbound[0].port"],
    [["spec", "tags", "kuma.io/service"], 'spec.tags["kuma.io/service"]'],
    [["metadata", "labels", "app"], "metadata.labels.app"],
  ])("fieldName(%j) is %s", (path, name) => {
    expect(fieldName(path)).toBe(name);
  });
});
