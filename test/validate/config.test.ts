import { describe, expect, it } from "vitest";
import { validateConfig } from "../../src/validate/config.js";
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
