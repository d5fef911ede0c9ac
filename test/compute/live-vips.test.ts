import { describe, expect, it } from "vitest";
import { computeAddressing } from "../../src/compute/addressing.js";
import type { CommittedMeshService } from "../../src/compute/committed.js";
import type { Desired } from "../../src/compute/desired.js";
import { universalLabels } from "../../src/compute/universal.js";
import { zoneWithDefaults } from "../../src/model/config.js";
import type { MeshServiceStatus } from "../../src/model/kuma.js";
import type { LiveMeshService } from "../../src/model/live.js";

const zoneAt = { file: "meshservice-reconciler.yaml", line: 3, column: 5 };
const zone = zoneWithDefaults({ name: "zone-1", environment: "universal" });

function universal(name: string, status: MeshServiceStatus = {}): Desired & CommittedMeshService {
  return {
    zone: "zone-1",
    environment: "universal",
    mesh: "default",
    namespace: "",
    name,
    labels: universalLabels("zone-1", "default", name),
    spec: { selector: { dataplaneTags: { "kuma.io/service": name } }, ports: [{ port: 80 }] },
    status,
    at: { file: `meshservices/zone-1/default/${name}.yaml`, line: 2, column: 1 },
  };
}

function live(name: string, ...ips: string[]): LiveMeshService {
  return {
    type: "MeshService",
    mesh: "default",
    name,
    spec: { selector: { dataplaneTags: { "kuma.io/service": name } }, ports: [{ port: 80 }] },
    status: { vips: ips.map((ip) => ({ ip })) },
  };
}

function addressed(opts: {
  services: string[];
  committed?: (Desired & CommittedMeshService)[];
  handWritten?: CommittedMeshService[];
  live?: LiveMeshService[];
}) {
  const r = computeAddressing({
    zone,
    zoneAt,
    services: opts.services.map((n) => universal(n)),
    committed: opts.committed ?? [],
    handWritten: opts.handWritten ?? [],
    hostnameGenerators: [],
    live: opts.live,
  });
  return {
    vips: Object.fromEntries(r.services.map((s) => [s.name, s.status.vips?.map((v) => v.ip)])),
    diagnostics: r.diagnostics.map((d) => [d.severity, d.code, d.file]),
  };
}

describe("computeAddressing with --adopt-live-vips", () => {
  it("without live VIPs: the first choice (the value the other tests pin)", () => {
    expect(addressed({ services: ["backend"] }).vips).toEqual({ backend: ["241.184.195.147"] });
  });

  it("takes the VIP the control plane assigned instead of the committed one, with an info at the file", () => {
    const r = addressed({
      services: ["backend", "web"],
      committed: [universal("backend", { vips: [{ ip: "241.184.195.147" }] })],
      live: [live("backend", "241.0.0.1"), live("web", "241.0.0.2")],
    });
    expect(r.vips).toEqual({ backend: ["241.0.0.1"], web: ["241.0.0.2"] });
    expect(r.diagnostics).toEqual([
      ["info", "live-vip-adopted", "meshservices/zone-1/default/backend.yaml"],
      ["info", "live-vip-adopted", "meshservice-reconciler.yaml"],
    ]);
  });

  it("is silent when the live VIP is the committed one", () => {
    const r = addressed({
      services: ["backend"],
      committed: [universal("backend", { vips: [{ ip: "241.0.0.1" }] })],
      live: [live("backend", "241.0.0.1")],
    });
    expect(r).toEqual({ vips: { backend: ["241.0.0.1"] }, diagnostics: [] });
  });

  it("refuses a VIP outside vipCidr, keeping the allocated one", () => {
    const r = addressed({ services: ["backend"], live: [live("backend", "10.0.0.1")] });
    expect(r).toEqual({
      vips: { backend: ["241.184.195.147"] },
      diagnostics: [["warning", "live-vip-outside-range", "meshservice-reconciler.yaml"]],
    });
  });

  it("a VIP held by a hand-written MeshService, or by an earlier live one, is a conflict and not adopted", () => {
    const hand = {
      ...universal("legacy", { vips: [{ ip: "241.0.0.5" }] }),
      at: { file: "hand.yaml", line: 1, column: 1 },
    };
    const r = addressed({
      services: ["a", "b"],
      handWritten: [hand],
      live: [live("a", "241.0.0.7"), live("b", "241.0.0.7"), live("legacy", "241.0.0.5"), live("c", "241.0.0.5")],
    });
    expect(r.vips["a"]).toEqual(["241.0.0.7"]);
    expect(r.vips["b"]).not.toEqual(["241.0.0.7"]);
    expect(r.diagnostics).toEqual([
      ["info", "live-vip-adopted", "meshservice-reconciler.yaml"],
      ["warning", "live-vip-conflict", "meshservice-reconciler.yaml"],
      ["warning", "live-vip-conflict", "meshservice-reconciler.yaml"],
    ]);
  });

  it("a committed file never keeps a VIP the control plane gave another MeshService, and live ones Git lacks reserve theirs", () => {
    const r = addressed({
      services: ["backend", "web"],
      committed: [universal("web", { vips: [{ ip: "241.0.0.9" }] })],
      live: [live("backend", "241.0.0.9"), live("not-in-git", "241.184.195.147")],
    });
    expect(r.vips["backend"]).toEqual(["241.0.0.9"]);
    expect(r.vips["web"]).not.toEqual(["241.0.0.9"]);
    expect(Object.values(r.vips).flat()).not.toContain("241.184.195.147");
  });
});
