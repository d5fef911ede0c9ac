import { describe, expect, it } from "vitest";
import { locate, parseYamlFile } from "../../src/parse/yaml.js";

const parse = (text: string) => parseYamlFile("f.yaml", new TextEncoder().encode(text));

describe("parseYamlFile: Lists", () => {
  it("expands kind: List into its items, each located at its own lines", () => {
    const file = parse(
      [
        "apiVersion: v1",
        "kind: List",
        "items:",
        "  - apiVersion: v1",
        "    kind: Service",
        "    metadata:",
        "      name: a",
        "  - null",
        "  - apiVersion: v1",
        "    kind: Namespace",
        "    metadata:",
        "      name: b",
      ].join("\n"),
    );
    expect(file.diagnostics).toEqual([]);
    expect(file.resources.map((r) => [r.base, (r.value as { kind: string }).kind])).toEqual([
      [["items", 0], "Service"],
      [["items", 2], "Namespace"],
    ]);
    expect(file.resources.map((r) => locate(r).line)).toEqual([4, 9]);
    expect(file.resources.map((r) => locate(r, ["metadata", "name"]).line)).toEqual([7, 12]);
  });

  it.each([
    [
      "a List next to other documents",
      "kind: Namespace\nmetadata:\n  name: a\n---\nkind: List\nitems:\n  - kind: Service\n",
      2,
    ],
    ["an empty List", "kind: List\nitems: []\n", 0],
    ["a List without items is kept as it is", "kind: List\n", 1],
    ["a document whose kind is not List", "kind: Lists\nitems:\n  - a\n", 1],
  ])("%s -> %i resources", (_, text, count) => {
    const file = parse(text);
    expect(file.diagnostics).toEqual([]);
    expect(file.resources).toHaveLength(count);
  });
});

// kubectl and kumactl decode with sigs.k8s.io/yaml over its fork of gopkg.in/yaml.v2: YAML 1.1
// scalars and merge keys, but no sexagesimal numbers and no timestamps (kept as strings). Each row
// is what Go's decoder gives for the plain scalar (strconv.ParseInt(plain without "_", 0, 64) for
// ints, the yaml.v2 resolve table for booleans).
describe("parseYamlFile: sources are read with YAML 1.1, as kubectl and kumactl read them", () => {
  const value = (scalar: string, version?: "1.1" | "1.2") =>
    (parseYamlFile("f.yaml", new TextEncoder().encode(`v: ${scalar}\n`), version).resources[0]?.value as { v: unknown })
      .v;

  it.each<[string, unknown, unknown]>([
    // [scalar, YAML 1.1 (sources), YAML 1.2 (the config file)]
    ["0120", 80, 120],
    ["-0120", -80, -120],
    ["1_000", 1000, "1_000"],
    ["0b101", 5, "0b101"],
    ["0x1F", 31, 31],
    ["1_000.5", 1000.5, "1_000.5"],
    ["yes", true, "yes"],
    ["No", false, "No"],
    ["on", true, "on"],
    ["OFF", false, "OFF"],
    ["y", true, "y"],
    ["n", false, "n"],
    ["true", true, true],
    ["~", null, null],
    // strconv.ParseInt(plain, 0, 64), then yamlStyleFloat, else a string, as yaml.v2 resolves them.
    ["0o17", 15, 15],
    ["08", 8, 8],
    ["-0", 0, -0],
    ["+12", 12, 12],
    ["1e3", 1000, 1000],
    [".5", 0.5, 0.5],
    ["-.inf", -Infinity, -Infinity],
    ["e0", "e0", "e0"],
    ["1.2.3", "1.2.3", "1.2.3"],
    ["0x_1F", 31, "0x_1F"],
    ["_1", "_1", "_1"],
    // Not in yaml.v2: base-60 numbers and timestamps stay strings.
    ["1:30", "1:30", "1:30"],
    ["190:20:30.15", "190:20:30.15", "190:20:30.15"],
    ["2024-01-01", "2024-01-01", "2024-01-01"],
    ["2024-01-01T10:00:00Z", "2024-01-01T10:00:00Z", "2024-01-01T10:00:00Z"],
    ['"0120"', "0120", "0120"],
    ["'yes'", "yes", "yes"],
  ])("%s reads as %j (config file: %j)", (scalar, yaml11, yaml12) => {
    expect(value(scalar)).toEqual(yaml11);
    expect(value(scalar, "1.2")).toEqual(yaml12);
  });

  const service = [
    "apiVersion: v1",
    "kind: Service",
    "metadata:",
    "  name: web",
    "spec:",
    "  ports:",
    "    - &http",
    "      name: http",
    "      port: 0120",
    "      appProtocol: http",
    "    - <<: *http",
    "      name: alt",
    "      port: 1_000",
  ].join("\n");

  it("merges <<: *anchor keys (the explicit key wins) and keeps their positions at the anchor", () => {
    const file = parse(service);
    expect(file.diagnostics).toEqual([]);
    const [res] = file.resources;
    expect((res?.value as { spec: unknown }).spec).toEqual({
      ports: [
        { name: "http", port: 80, appProtocol: "http" },
        { name: "alt", port: 1000, appProtocol: "http" },
      ],
    });
    if (!res) throw new Error("no resource");
    // A merged key is found where the anchor defines it; an explicit key where it is written.
    expect([
      locate(res, ["spec", "ports", 1, "appProtocol"]).line,
      locate(res, ["spec", "ports", 1, "appProtocol"]).column,
    ]).toEqual([10, 20]);
    expect(locate(res, ["spec", "ports", 1, "port"]).line).toBe(13);
    expect(locate(res, ["spec", "ports", 1, "name"], true).line).toBe(12);
  });

  it("reads the config file as YAML 1.2: << is an ordinary key there", () => {
    const file = parseYamlFile("f.yaml", new TextEncoder().encode(service), "1.2");
    expect(file.diagnostics).toEqual([]);
    const ports = (file.resources[0]?.value as { spec: { ports: unknown[] } }).spec.ports;
    expect(ports[1]).toHaveProperty(["<<"]);
    expect(ports[0]).toEqual({ name: "http", port: 120, appProtocol: "http" });
  });
});
