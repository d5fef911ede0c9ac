import { describe, expect, it } from "vitest";
import { allocateVips, firstChoice } from "../../src/compute/vips.js";
import type { RecordedVips } from "../../src/compute/vips.js";
import { addressAt, parseCidr, poolOffset } from "../../src/model/cidr.js";
import type { VipPool } from "../../src/model/cidr.js";

const at = { file: "meshservice-reconciler.yaml", line: 3, column: 5 };

function pool(cidr: string): VipPool {
  const p = parseCidr(cidr);
  if ("error" in p) throw new Error(p.error);
  return p;
}

function allocate(cidr: string, keys: string[], recorded: RecordedVips[] = []) {
  return allocateVips({ zone: "z", pool: pool(cidr), keys, recorded, zoneAt: at });
}

function rec(key: string, ips: string[], generated = true, line = 1): RecordedVips {
  return { key, name: key.split("/")[2] ?? key, ips, generated, at: { file: `out/${key}.yaml`, line, column: 1 } };
}

describe("allocateVips", () => {
  it.each([
    ["241.0.0.0/8", "default//backend", "241.184.195.147"],
    ["241.0.0.0/8", "default//redis", "241.228.53.110"],
    ["fd00:1::/64", "default//backend", "fd00:1::f0be:5909:cab8:c393"],
  ])("test vector: in %s, %s -> %s", (cidr, key, ip) => {
    expect(allocate(cidr, [key]).vips.get(key)).toBe(ip);
  });

  it("gives two zones the same first choice", () => {
    const a = allocateVips({ zone: "a", pool: pool("241.0.0.0/8"), keys: ["m//x"], recorded: [], zoneAt: at });
    const b = allocateVips({ zone: "b", pool: pool("241.0.0.0/8"), keys: ["m//x"], recorded: [], zoneAt: at });
    expect(a.vips.get("m//x")).toBe(b.vips.get("m//x"));
  });

  it("probes past an address that is taken by a hand-written MeshService", () => {
    const r = allocate("241.0.0.0/8", ["default//backend"], [rec("default//manual", ["241.184.195.147"], false)]);
    expect(r.vips.get("default//backend")).toBe("241.184.195.148");
    expect(r.diagnostics).toEqual([]);
  });

  it("probes past a run of taken addresses", () => {
    const taken = ["241.184.195.147", "241.184.195.148", "241.184.195.149"];
    const r = allocate("241.0.0.0/8", ["default//backend"], [rec("default//a", taken, false)]);
    expect(r.vips.get("default//backend")).toBe("241.184.195.150");
  });

  it("wraps around at the end of a small pool", () => {
    // In 10.0.0.0/30, default//backend's first choice is offset 3 (the digest ends in ...93: 0x93 mod 4 = 3).
    const p = pool("10.0.0.0/30");
    expect(firstChoice(p, "default//backend")).toBe(3n);
    const r = allocate("10.0.0.0/30", ["default//backend"], [rec("default//x", ["10.0.0.3"], false)]);
    expect(r.vips.get("default//backend")).toBe("10.0.0.0");
  });

  it("allocates new keys in identity-key order, whatever the input order", () => {
    const keys = ["m//c", "m//a", "m//b", "m//d"];
    const one = allocate("10.0.0.0/30", keys);
    const other = allocate("10.0.0.0/30", [...keys].reverse());
    expect([...one.vips].sort()).toEqual([...other.vips].sort());
    expect(new Set(one.vips.values()).size).toBe(4);
  });

  it("fails with an error when a /30 is exhausted, leaving the last keys without a VIP", () => {
    const keys = ["m//a", "m//b", "m//c", "m//d", "m//e"];
    const r = allocate("10.0.0.0/30", keys);
    expect(r.vips.size).toBe(4);
    expect(r.vips.has("m//e")).toBe(false);
    expect(r.diagnostics).toEqual([
      {
        severity: "error",
        code: "vip-pool-exhausted",
        message:
          "VIP pool 10.0.0.0/30 of zone z is exhausted: 4 addresses, 1 MeshService(s) left without a VIP (first: m//e)",
        ...at,
      },
    ]);
  });

  it("counts reserved VIPs when the pool is exhausted", () => {
    const r = allocate("10.0.0.0/30", ["m//a"], [rec("m//h", ["10.0.0.0", "10.0.0.1", "10.0.0.2", "10.0.0.3"], false)]);
    expect(r.vips.size).toBe(0);
    expect(r.diagnostics.map((d) => d.code)).toEqual(["vip-pool-exhausted"]);
  });

  it("keeps a sticky VIP, and ignores a recorded VIP outside the pool", () => {
    const r = allocate(
      "241.0.0.0/8",
      ["default//backend", "default//web"],
      [rec("default//backend", ["241.0.0.9"]), rec("default//web", ["10.1.2.3"])],
    );
    expect(r.vips.get("default//backend")).toBe("241.0.0.9");
    expect(r.vips.get("default//web")).toBe(allocate("241.0.0.0/8", ["default//web"]).vips.get("default//web"));
  });

  it("rewrites a sticky IPv6 VIP in canonical form", () => {
    const r = allocate("fd00:1::/64", ["m//a"], [rec("m//a", ["FD00:0001:0000:0000:0000:0000:0000:0007"])]);
    expect(r.vips.get("m//a")).toBe("fd00:1::7");
  });

  it("does not make a hand-written MeshService's VIP sticky for a generated one of the same key", () => {
    const r = allocate("241.0.0.0/8", ["default//backend"], [rec("default//backend", ["241.0.0.9"], false)]);
    expect(r.vips.get("default//backend")).toBe("241.184.195.147");
  });

  it("resolves a VIP recorded twice by identity key, with a warning, and allocates the loser anew", () => {
    const r = allocate(
      "241.0.0.0/8",
      ["default//a", "default//b"],
      [rec("default//b", ["241.0.0.9"]), rec("default//a", ["241.0.0.9"])],
    );
    expect(r.vips.get("default//a")).toBe("241.0.0.9");
    expect(r.vips.get("default//b")).toBe(allocate("241.0.0.0/8", ["default//b"]).vips.get("default//b"));
    expect(r.diagnostics).toEqual([
      {
        severity: "warning",
        code: "vip-duplicate",
        message:
          'VIP 241.0.0.9 is recorded by MeshService "b" and by "a" (out/default//a.yaml:1) in zone "z"; "a" keeps it, "b" gets a new VIP',
        file: "out/default//b.yaml",
        line: 1,
        column: 1,
      },
    ]);
  });

  it("does not re-use the VIP of a committed file that is being deleted", () => {
    const first = firstChoice(pool("241.0.0.0/8"), "default//backend");
    const r = allocate(
      "241.0.0.0/8",
      ["default//backend"],
      [rec("default//gone", [addressAt(pool("241.0.0.0/8"), first)])],
    );
    expect(r.vips.get("default//backend")).toBe(addressAt(pool("241.0.0.0/8"), first + 1n));
  });

  it("allocates 50,000 services of one zone, all unique and inside the pool", () => {
    const keys = Array.from({ length: 50_000 }, (_, i) => `mesh-${i % 7}//service-${i}`);
    const p = pool("241.0.0.0/14"); // 262,144 addresses: enough collisions to exercise probing
    const r = allocateVips({ zone: "z", pool: p, keys, recorded: [], zoneAt: at });
    expect(r.diagnostics).toEqual([]);
    expect(r.vips.size).toBe(50_000);
    expect(new Set(r.vips.values()).size).toBe(50_000);
    expect([...r.vips.values()].filter((ip) => poolOffset(p, ip) === null)).toEqual([]);
  });

  it("fills a pool exactly: 4,096 services in a /20", () => {
    const keys = Array.from({ length: 4096 }, (_, i) => `m//s${i}`);
    const r = allocate("10.0.0.0/20", keys);
    expect(r.diagnostics).toEqual([]);
    expect(new Set(r.vips.values()).size).toBe(4096);
  });
});
