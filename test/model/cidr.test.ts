import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { formatIp, parseCidr, parseIp } from "../../src/model/cidr.js";

describe("parseCidr", () => {
  it.each([
    ["241.0.0.0/8", 4, 0xf1000000n, 1n << 24n],
    ["10.0.0.0/30", 4, 0x0a000000n, 4n],
    ["0.0.0.0/0", 4, 0n, 1n << 32n],
    ["192.168.1.7/32", 4, 0xc0a80107n, 1n],
    ["fd00:1::/64", 6, 0xfd000001n << 96n, 1n << 64n],
    ["::/0", 6, 0n, 1n << 128n],
    ["2001:db8::1/128", 6, (0x20010db8n << 96n) | 1n, 1n],
  ])("%s is a pool", (cidr, family, base, size) => {
    expect(parseCidr(cidr)).toEqual({ cidr, family, base, size });
  });

  it.each([
    ["241.0.0.0", "is not a CIDR: expected <address>/<prefix length>"],
    ["241.0.0/8", `"241.0.0" is not an IP address`],
    ["241.0.0.256/8", `"241.0.0.256" is not an IP address`],
    ["241.00.0.0/8", `"241.00.0.0" is not an IP address`],
    ["241.0.0.0/33", "the prefix length must be 0 to 32"],
    ["241.0.0.0/08", "the prefix length must be 0 to 32"],
    ["fd00::/129", "the prefix length must be 0 to 128"],
    ["241.1.0.0/8", "has host bits set; the network is 241.0.0.0/8"],
    ["fd00::1/64", "has host bits set; the network is fd00::/64"],
    ["fd00:::/64", `"fd00:::" is not an IP address`],
    ["1:2:3:4:5:6:7:8:9/64", "is not an IP address"],
    ["banana/8", "is not an IP address"],
  ])("%s is refused", (cidr, message) => {
    const p = parseCidr(cidr);
    expect(p).toHaveProperty("error");
    expect((p as { error: string }).error).toContain(message);
  });
});

describe("formatIp (RFC 5952)", () => {
  it.each([
    ["2001:0DB8:0000:0000:0000:0000:0000:0001", "2001:db8::1"],
    ["2001:db8:0:0:1:0:0:1", "2001:db8::1:0:0:1"],
    ["2001:db8:0:1:1:1:1:1", "2001:db8:0:1:1:1:1:1"],
    ["2001:0:0:1:0:0:0:1", "2001:0:0:1::1"],
    ["0:0:0:0:0:0:0:0", "::"],
    ["0:0:0:0:0:0:0:1", "::1"],
    ["1:0:0:0:0:0:0:0", "1::"],
    ["fd00:1::f0be:5909:cab8:c393", "fd00:1::f0be:5909:cab8:c393"],
    ["::ffff:192.0.2.1", "::ffff:192.0.2.1"],
    ["::ffff:c000:0201", "::ffff:192.0.2.1"],
    ["64:ff9b::192.0.2.33", "64:ff9b::c000:221"],
    ["241.0.0.1", "241.0.0.1"],
  ])("%s -> %s", (input, text) => {
    const ip = parseIp(input);
    expect(ip).not.toBeNull();
    if (ip) expect(formatIp(ip.family, ip.value)).toBe(text);
  });
});

describe("IPv6 text properties", () => {
  // Random addresses with many zero groups, so that "::" placement is exercised.
  const groupArb = fc.oneof(fc.constant(0), fc.integer({ min: 0, max: 0xffff }));
  const addressArb = fc
    .array(groupArb, { minLength: 8, maxLength: 8 })
    .map((gs) => gs.reduce((v, g) => (v << 16n) | BigInt(g), 0n));

  it("formats as the WHATWG URL serializer does (RFC 5952 compression) and parses back", () => {
    fc.assert(
      fc.property(addressArb, (value) => {
        fc.pre(value >> 32n !== 0xffffn); // IPv4-mapped: RFC 5952 section 5 differs from WHATWG
        const text = formatIp(6, value);
        expect(new URL(`http://[${text}]/`).hostname).toBe(`[${text}]`);
        expect(parseIp(text)).toEqual({ family: 6, value });
      }),
      { numRuns: 500 },
    );
  });
});
