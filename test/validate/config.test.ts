import { describe, expect, it } from "vitest";
import { selectZones, validateConfig, validateConfigFile } from "../../src/validate/config.js";
import { parseYamlFile } from "../../src/parse/yaml.js";
import { schemas } from "../helpers/schemas.js";

function parse(text: string) {
  const file = parseYamlFile("meshservice-reconciler.yaml", new TextEncoder().encode(text));
  return validateConfig("meshservice-reconciler.yaml", file.resources[0], schemas);
}

const zone = (vipCidr: string) =>
  `zones:\n  - name: zone-1\n    environment: universal\n    vipCidr: "${vipCidr}"\n  - name: zone-2\n    environment: universal\n`;

describe("validateConfig vipCidr", () => {
  it.each(["241.0.0.0/8", "10.0.0.0/30", "fd00:1::/64", "::/0"])("accepts %s", (cidr) => {
    const r = parse(zone(cidr));
    expect(r.diagnostics).toEqual([]);
    expect(r.config?.zones.map((z) => z.vipCidr)).toEqual([cidr, "241.0.0.0/8"]);
  });

  it.each([
    ["241.0.0.0", 'vipCidr of zone "zone-1": "241.0.0.0" is not a CIDR: expected <address>/<prefix length>'],
    ["241.0.0.0/40", 'vipCidr of zone "zone-1": "241.0.0.0/40" is not a CIDR: the prefix length must be 0 to 32'],
    ["241.1.0.0/8", 'vipCidr of zone "zone-1": "241.1.0.0/8" has host bits set; the network is 241.0.0.0/8'],
    ["fd00::g/64", 'vipCidr of zone "zone-1": "fd00::g/64" is not a CIDR: "fd00::g" is not an IP address'],
  ])("refuses %s with an error at the vipCidr line", (cidr, message) => {
    const r = parse(zone(cidr));
    expect(r.config).toBeNull();
    expect(r.diagnostics).toEqual([
      {
        severity: "error",
        code: "vip-cidr-invalid",
        message,
        file: "meshservice-reconciler.yaml",
        line: 4,
        column: 14,
      },
    ]);
  });
});

describe("the config rules", () => {
  it("reports every rule's problem in one run, each at its own zone's line", () => {
    const r = parse(
      [
        "zones:",
        "  - name: a",
        "    environment: universal",
        "    output: ../out",
        '    vipCidr: "241.0.0.0"',
        "  - name: a",
        "    environment: universal",
        "    output: gen",
        "  - name: c",
        "    environment: universal",
        "    output: gen/c",
        "",
      ].join("\n"),
    );
    expect(r.config).toBeNull();
    expect(r.diagnostics.map((d) => [d.line, d.message])).toEqual([
      [6, 'zone "a" is defined twice (first at zones[0])'],
      [4, 'output "../out" of zone "a" must be a relative directory inside the repository'],
      // An invalid output leaves the zone out of the rules that read outputs, and the overlap is
      // reported at the output line of the zone as written, not at its place among the valid ones.
      [11, 'output "gen/c" of zone "c" overlaps output "gen" of zone "a"'],
    ]);
  });
});

describe("selectZones", () => {
  const config = parse(
    "zones:\n  - name: a\n    environment: universal\n  - name: b\n    environment: kubernetes\n",
  ).config;

  it.each([
    [[], ["a", "b"], []],
    [["b"], ["b"], []],
    [["b", "a"], ["a", "b"], []],
    [["x", "a"], ["a"], ["x"]],
  ])("--zone %j selects %j (unknown %j)", (names, selected, unknown) => {
    const zones = selectZones(config ?? null, names);
    expect(zones.all.map((z) => z.name)).toEqual(["a", "b"]);
    expect(zones.selected.map((z) => z.name)).toEqual(selected);
    expect(zones.unknown).toEqual(unknown);
  });

  it("gives the one universal zone `default` without a config", () => {
    const zones = selectZones(null, []);
    expect(zones.selected.map((z) => [z.name, z.environment, z.output])).toEqual([
      ["default", "universal", "meshservices/default"],
    ]);
  });
});

describe("validateConfigFile", () => {
  it("is the no-config default without a file", () => {
    expect(validateConfigFile(null, schemas)).toEqual({
      config: null,
      zoneLocations: new Map(),
      zoneKeys: new Map(),
      diagnostics: [],
    });
  });

  it("stops on the file's YAML errors and locates each zone", () => {
    const file = (text: string) => parseYamlFile("c.yaml", new TextEncoder().encode(text));
    expect(validateConfigFile(file("zones: [\n"), schemas).config).toBeUndefined();
    const loaded = validateConfigFile(file("zones:\n  - name: a\n    environment: universal\n"), schemas);
    expect(loaded.config?.file).toBe("c.yaml");
    const at = loaded.zoneLocations.get("a");
    expect([at?.file, at?.line, at?.column]).toEqual(["c.yaml", 2, 5]);
  });
});

describe("validateConfig meshes and global (MeshMultiZoneServices)", () => {
  // As src/io/repository.ts reads the config file: YAML 1.2, where `off` and `yes` are strings.
  const parse = (text: string) => {
    const file = parseYamlFile("meshservice-reconciler.yaml", new TextEncoder().encode(text), "1.2");
    return validateConfig("meshservice-reconciler.yaml", file.resources[0], schemas);
  };
  const zones = "zones:\n  - name: zone-1\n    environment: universal\n  - name: zone-2\n    environment: kubernetes\n";

  it("reads the opt-in per mesh and the global output, with their defaults", () => {
    const r = parse(`meshes:\n  - name: default\n    meshMultiZoneServices: generate\n  - name: other\n${zones}`);
    expect(r.diagnostics).toEqual([]);
    expect(r.config?.meshes).toEqual([
      { name: "default", meshMultiZoneServices: "generate" },
      { name: "other", meshMultiZoneServices: "off" },
    ]);
    expect(r.config?.global).toEqual({ output: "meshmultizoneservices", environment: "universal" });
    const k = parse(`global:\n  output: gen/global/\n  environment: kubernetes\n${zones}`);
    expect(k.config?.global).toEqual({ output: "gen/global", environment: "kubernetes" });
  });

  it.each([
    [
      "a value that is not off or generate",
      "meshes:\n  - name: default\n    meshMultiZoneServices: yes\n",
      'meshes[0].meshMultiZoneServices: must be one of "off", "generate", found "yes"',
      3,
      28,
    ],
    [
      "a boolean",
      "meshes:\n  - name: default\n    meshMultiZoneServices: true\n",
      'meshes[0].meshMultiZoneServices: must be one of "off", "generate", found true',
      3,
      28,
    ],
    [
      "an unknown key of a mesh",
      "meshes:\n  - name: default\n    multiZone: generate\n",
      'meshes[0]: unknown key "multiZone"',
      3,
      5,
    ],
    [
      "a mesh listed twice",
      "meshes:\n  - name: default\n  - name: default\n",
      'mesh "default" is listed twice (first at meshes[0])',
      3,
      11,
    ],
    [
      "a global output outside the repository",
      "global:\n  output: ../global\n",
      'global.output "../global" must be a relative directory inside the repository',
      2,
      11,
    ],
    [
      "a global output that a zone's output holds",
      "global:\n  output: meshservices/zone-1/global\n",
      'global.output "meshservices/zone-1/global" overlaps output "meshservices/zone-1" of zone "zone-1"',
      2,
      11,
    ],
    [
      "a global output that holds a zone's output",
      "global:\n  output: meshservices\n",
      'global.output "meshservices" overlaps output "meshservices/zone-1" of zone "zone-1"',
      2,
      11,
    ],
    [
      "a global output in node_modules",
      "global:\n  output: node_modules/mmzs\n",
      'global.output "node_modules/mmzs" is inside a node_modules/ directory, which discovery never reads; choose another directory',
      2,
      11,
    ],
    [
      "an unknown global environment",
      "global:\n  environment: k8s\n",
      'global.environment: must be one of "universal", "kubernetes", found "k8s"',
      2,
      16,
    ],
  ])("refuses %s with an error at its line and column", (_what, head, message, line, column) => {
    const r = parse(`${head}${zones}`);
    expect(r.config).toBeNull();
    expect(r.diagnostics).toContainEqual({
      severity: "error",
      code: "config-invalid",
      message,
      file: "meshservice-reconciler.yaml",
      line,
      column,
    });
  });

  it("reserves the zone name global while the config lists meshes, and only then", () => {
    const text = (generate: string) =>
      `meshes:\n  - name: default\n    meshMultiZoneServices: ${generate}\nzones:\n  - name: global\n    environment: universal\n`;
    expect(parse(text("off")).diagnostics).toEqual(parse(text("generate")).diagnostics);
    expect(parse(text("generate")).diagnostics).toEqual([
      {
        severity: "error",
        code: "config-invalid",
        message:
          'zone "global": the name is reserved for the global control plane\'s MeshMultiZoneServices while the config lists meshes',
        file: "meshservice-reconciler.yaml",
        line: 5,
        column: 11,
      },
    ]);
    expect(parse("zones:\n  - name: global\n    environment: universal\n").diagnostics).toEqual([]);
  });
});
