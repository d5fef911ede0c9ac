import { describe, expect, it } from "vitest";
import { zoneWithDefaults } from "../../src/model/config.js";
import { renderZonesJson, renderZonesText, zoneMatrix } from "../../src/report/zones.js";

const vm = zoneWithDefaults({ name: "zone-vm", environment: "universal", include: ["vm/**"], exclude: ["vm/old/**"] });
const k8s = zoneWithDefaults({ name: "zone-k8s", environment: "kubernetes", output: "gen/k8s" });

describe("zones", () => {
  it("the matrix: one include entry per zone, in the order given", () => {
    expect(zoneMatrix([vm, k8s])).toEqual({
      include: [
        {
          zone: "zone-vm",
          environment: "universal",
          output: "meshservices/zone-vm",
          sources: { include: ["vm/**"], exclude: ["vm/old/**"] },
        },
        {
          zone: "zone-k8s",
          environment: "kubernetes",
          output: "gen/k8s",
          sources: { include: ["**/*.yaml", "**/*.yml"], exclude: [] },
        },
      ],
    });
    expect(zoneMatrix([vm], false).include[0]?.environment).toBe("auto");
  });

  it("JSON on exactly one line, whatever the globs hold", () => {
    const odd = zoneWithDefaults({ name: "a", environment: "universal", include: ["x\ny", "p\rq"] });
    const json = renderZonesJson([odd, vm]);
    expect(json.split("\n")).toEqual([expect.any(String), ""]);
    expect(json).not.toContain("\r");
    expect(JSON.parse(json)).toEqual(zoneMatrix([odd, vm]));
  });

  it.each([
    [[vm], "zone-vm (universal) -> meshservices/zone-vm: include vm/**, exclude vm/old/**\n"],
    [[k8s], "zone-k8s (kubernetes) -> gen/k8s: include **/*.yaml **/*.yml\n"],
    [
      [zoneWithDefaults({ name: "a", environment: "universal", include: ["\u001b[31mred", "ok"], output: "o\u009bx" })],
      'a (universal) -> "o\\u009bx": include "\\u001b[31mred" ok\n',
    ],
  ])("text: %j", (zones, text) => {
    expect(renderZonesText(zones)).toBe(text);
  });
});
