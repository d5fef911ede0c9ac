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
