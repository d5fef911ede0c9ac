// IP addresses and CIDRs as numbers: the VIP pools of the config (validate/config.ts) and of the
// allocator (compute/vips.ts). Parsers return a value or an error and never throw.
import { excerpt } from "../diagnostics.js";

export type IpFamily = 4 | 6;

/** Every address of a CIDR, as BigInt offsets from `base`. */
export interface VipPool {
  /** The CIDR as written in the config. */
  readonly cidr: string;
  readonly family: IpFamily;
  readonly base: bigint;
  readonly size: bigint;
}

/**
 * Parses an IPv4 or IPv6 CIDR into a pool, or returns why it is not one. Host bits must be zero
 * (`241.1.0.0/8` is refused with the network it probably meant), like the prefix length must be
 * in range for the family.
 */
export function parseCidr(cidr: string): VipPool | { error: string } {
  const slash = cidr.indexOf("/");
  if (slash === -1) return { error: `${excerpt(cidr)} is not a CIDR: expected <address>/<prefix length>` };
  const addr = parseIp(cidr.slice(0, slash));
  if (addr === null)
    return { error: `${excerpt(cidr)} is not a CIDR: ${excerpt(cidr.slice(0, slash))} is not an IP address` };
  const bits = addr.family === 4 ? 32 : 128;
  const prefixText = cidr.slice(slash + 1);
  const prefix = /^(0|[1-9]\d{0,2})$/.test(prefixText) ? Number(prefixText) : NaN;
  if (!(prefix >= 0 && prefix <= bits)) {
    return { error: `${excerpt(cidr)} is not a CIDR: the prefix length must be 0 to ${bits}` };
  }
  const size = 1n << BigInt(bits - prefix);
  const base = addr.value & ~(size - 1n);
  if (base !== addr.value) {
    return { error: `${excerpt(cidr)} has host bits set; the network is ${formatIp(addr.family, base)}/${prefix}` };
  }
  return { cidr, family: addr.family, base, size };
}

/** An IPv4 (dotted quad, no leading zeros) or IPv6 address (with `::` and a trailing IPv4 part) as a number. */
export function parseIp(text: string): { family: IpFamily; value: bigint } | null {
  if (!text.includes(":")) {
    const v = parseIpv4(text);
    return v === null ? null : { family: 4, value: v };
  }
  const v = parseIpv6(text);
  return v === null ? null : { family: 6, value: v };
}

function parseIpv4(text: string): bigint | null {
  const parts = text.split(".");
  if (parts.length !== 4) return null;
  let v = 0n;
  for (const p of parts) {
    if (!/^(0|[1-9]\d{0,2})$/.test(p) || Number(p) > 255) return null;
    v = (v << 8n) | BigInt(p);
  }
  return v;
}

function parseIpv6(text: string): bigint | null {
  const halves = text.split("::");
  if (halves.length > 2) return null;
  const groups = (s: string): bigint[] | null => {
    if (s === "") return [];
    const out: bigint[] = [];
    const parts = s.split(":");
    for (let i = 0; i < parts.length; i++) {
      const p = parts[i] ?? "";
      if (i === parts.length - 1 && p.includes(".")) {
        const v4 = parseIpv4(p);
        if (v4 === null) return null;
        out.push(v4 >> 16n, v4 & 0xffffn);
      } else if (/^[0-9a-fA-F]{1,4}$/.test(p)) {
        out.push(BigInt(`0x${p}`));
      } else {
        return null;
      }
    }
    return out;
  };
  const head = groups(halves[0] ?? "");
  const tail = halves.length === 2 ? groups(halves[1] ?? "") : [];
  if (head === null || tail === null) return null;
  const missing = 8 - head.length - tail.length;
  if (halves.length === 2 ? missing < 1 : missing !== 0) return null;
  // An embedded IPv4 part may only end the address.
  if (halves.length === 2 && head.length > 0 && (halves[0] ?? "").includes(".")) return null;
  let v = 0n;
  for (const g of [...head, ...Array<bigint>(missing).fill(0n), ...tail]) v = (v << 16n) | g;
  return v;
}

/**
 * Text of an address: dotted quad for IPv4; RFC 5952 for IPv6 (lower-case hex, no leading zeros,
 * the longest run of two or more zero groups, the first on a tie, as `::`; IPv4-mapped addresses
 * end in dotted decimal, RFC 5952 section 5).
 */
export function formatIp(family: IpFamily, value: bigint): string {
  if (family === 4) {
    const v = Number(value);
    return `${v >>> 24}.${(v >>> 16) & 0xff}.${(v >>> 8) & 0xff}.${v & 0xff}`;
  }
  if (value >> 32n === 0xffffn) return `::ffff:${formatIp(4, value & 0xffffffffn)}`;
  const groups: number[] = [];
  for (let s = 112n; s >= 0n; s -= 16n) groups.push(Number((value >> s) & 0xffffn));
  let bestStart = -1;
  let bestLen = 1;
  for (let i = 0; i < 8;) {
    if (groups[i] !== 0) {
      i++;
      continue;
    }
    let j = i;
    while (j < 8 && groups[j] === 0) j++;
    if (j - i > bestLen) {
      bestStart = i;
      bestLen = j - i;
    }
    i = j;
  }
  const hex = (gs: number[]): string => gs.map((g) => g.toString(16)).join(":");
  if (bestStart === -1) return hex(groups);
  return `${hex(groups.slice(0, bestStart))}::${hex(groups.slice(bestStart + bestLen))}`;
}

/** The pool offset of an address, or null when it is not in the pool. */
export function poolOffset(pool: VipPool, ip: string): bigint | null {
  const a = parseIp(ip);
  if (a === null || a.family !== pool.family) return null;
  const off = a.value - pool.base;
  return off >= 0n && off < pool.size ? off : null;
}

export function addressAt(pool: VipPool, offset: bigint): string {
  return formatIp(pool.family, pool.base + offset);
}
