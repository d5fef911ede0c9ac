import { describe, expect, it } from "vitest";
import { diffFields, formatFieldChange } from "../../src/plan/fields.js";

const ms = (port: number, extra: Record<string, unknown> = {}): Record<string, unknown> => ({
  type: "MeshService",
  name: "backend",
  labels: { "kuma.io/zone": "zone-a" },
  spec: { ports: [{ name: "http", port, targetPort: port }] },
  status: { vips: [{ ip: "241.0.0.7" }], addresses: [{ hostname: "backend.svc.mesh.local" }] },
  ...extra,
});

describe("diffFields", () => {
  it("lists the changed leaves by path and keeps the addresses that stayed", () => {
    expect(diffFields(ms(8080), ms(8081)).map(formatFieldChange)).toEqual([
      "spec.ports[0].port: 8080 → 8081",
      "spec.ports[0].targetPort: 8080 → 8081",
      "status.vips[0].ip: kept (241.0.0.7)",
      "status.addresses[0].hostname: kept (backend.svc.mesh.local)",
    ]);
  });

  it.each([
    [{ labels: { "kuma.io/zone": "zone-b" } }, 'labels["kuma.io/zone"]: zone-a → zone-b'],
    [{ state: "Available" }, "state: (none) → Available"],
    [{ status: {} }, 'status.vips: [{"ip":"241.0.0.7"}] → (none)'],
    [{ spec: { ports: [] } }, 'spec.ports[0]: {"name":"http","port":8080,"targetPort":8080} → (none)'],
    [{ name: "a b" }, 'name: backend → "a b"'],
    [{ name: "\u001b[31mred" }, 'name: backend → "\\u001b[31mred"'],
    // JSON.stringify keeps DEL and C1 raw (U+009B is a CSI): the one helper escapes them.
    [{ name: "evil\u009b2J\u007f" }, 'name: backend → "evil\\u009b2J\\u007f"'],
    [{ spec: { selector: ["\u009b"] } }, 'spec.selector: (none) → ["\\u009b"]'],
    [{ labels: { "kuma.io/zone": "zone-a", "x\u009by": "1" } }, 'labels["x\\u009by"]: (none) → 1'],
    [{ name: "x".repeat(80) }, `name: backend → ${"x".repeat(59)}…`],
  ] as const)("compares %j with the committed resource", (extra, line) => {
    expect(diffFields(ms(8080), ms(8080, extra)).map(formatFieldChange)).toContain(line);
  });

  it("lists every key of a map present on one side only", () => {
    const before = { spec: {} };
    const after = { spec: {}, status: { vips: [{ ip: "241.0.0.1" }], dataplaneProxies: { total: 1 } } };
    expect(diffFields(before, after)).toEqual([
      { path: "status.vips", change: "added", after: [{ ip: "241.0.0.1" }] },
      { path: "status.dataplaneProxies.total", change: "added", after: 1 },
    ]);
  });

  it("finds nothing between equal resources but the kept addresses", () => {
    expect(diffFields(ms(80), ms(80)).map((f) => f.change)).toEqual(["kept", "kept"]);
  });
});
