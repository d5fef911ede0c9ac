import { createHash } from "node:crypto";
import { compareStrings, diagnostic } from "../diagnostics.js";
import type { Diagnostic, Location } from "../diagnostics.js";

// Deterministic VIP allocation (addressing.md). Kuma hands out VIPs sequentially from 241.0.0.0/8 in
// memory, reserving at start-up the VIPs already stored in status.vips
// [pkg/core/resources/apis/core/vip/allocator.go]; we keep the pool and the reservation rule and
// replace the timing-dependent cursor with SHA-256(identity key) mod poolSize and linear probing.

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
  if (slash === -1) return { error: `"${cidr}" is not a CIDR: expected <address>/<prefix length>` };
  const addr = parseIp(cidr.slice(0, slash));
  if (addr === null) return { error: `"${cidr}" is not a CIDR: "${cidr.slice(0, slash)}" is not an IP address` };
  const bits = addr.family === 4 ? 32 : 128;
  const prefixText = cidr.slice(slash + 1);
  const prefix = /^(0|[1-9]\d{0,2})$/.test(prefixText) ? Number(prefixText) : NaN;
  if (!(prefix >= 0 && prefix <= bits)) {
    return { error: `"${cidr}" is not a CIDR: the prefix length must be 0 to ${bits}` };
  }
  const size = 1n << BigInt(bits - prefix);
  const base = addr.value & ~(size - 1n);
  if (base !== addr.value) {
    return { error: `"${cidr}" has host bits set; the network is ${formatIp(addr.family, base)}/${prefix}` };
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

/** First choice of a key: SHA-256 of its UTF-8 bytes, read as a big-endian unsigned integer, mod poolSize. */
export function firstChoice(pool: VipPool, key: string): bigint {
  const digest = createHash("sha256").update(key, "utf8").digest();
  // poolSize is a power of two no larger than 2^128, so the remainder is the digest's low 128 bits
  // masked: no 256-bit number is ever built.
  const low = (digest.readBigUInt64BE(16) << 64n) | digest.readBigUInt64BE(24);
  return low & (pool.size - 1n);
}

/** A committed MeshService's recorded VIPs: generated or hand-written, keyed by identity key. */
export interface RecordedVips {
  readonly key: string;
  readonly name: string;
  readonly ips: readonly string[];
  readonly at: Location;
  /** True for our own generated file: only those VIPs are sticky. */
  readonly generated: boolean;
}

export interface VipInput {
  readonly zone: string;
  readonly pool: VipPool;
  /** Identity keys of the desired MeshServices that need a VIP. */
  readonly keys: readonly string[];
  /** status.vips of every committed MeshService of the zone (generated files and hand-written). */
  readonly recorded: readonly RecordedVips[];
  /** Where pool-wide problems are reported (the zone's config entry). */
  readonly zoneAt: Location;
}

/**
 * The VIP of every desired key (addressing.md). Recorded VIPs inside the pool are reserved; a VIP
 * recorded twice stays with the first holder by identity key (then our generated file before a
 * hand-written one, then file and line) and the others get a `warning`. A desired key keeps the first VIP of its own generated file that it holds; the others,
 * in ascending key order, take their first choice or the next free address up, wrapping at the end
 * of the pool. Probing skips runs of taken offsets through a path-compressed "next free" map, so a
 * zone costs O(n log n), never one string per probe. A full pool is an `error` and the keys left
 * without a VIP are absent from the result.
 */
export function allocateVips(input: VipInput): { vips: Map<string, string>; diagnostics: Diagnostic[] } {
  const { pool } = input;
  const diagnostics: Diagnostic[] = [];
  const holder = new Map<bigint, RecordedVips>();
  const held = new Map<string, bigint[]>();
  const recorded = [...input.recorded].sort(
    (a, b) =>
      compareStrings(a.key, b.key) ||
      Number(b.generated) - Number(a.generated) ||
      compareStrings(a.at.file, b.at.file) ||
      a.at.line - b.at.line,
  );
  for (const r of recorded) {
    for (const ip of r.ips) {
      const off = poolOffset(pool, ip);
      if (off === null) continue;
      const first = holder.get(off);
      if (first === r) continue;
      if (first) {
        diagnostics.push(
          diagnostic(
            "warning",
            "vip-duplicate",
            `VIP ${ip} is recorded by MeshService "${r.name}" and by "${first.name}" (${first.at.file}:${first.at.line}) in zone "${input.zone}"; "${first.name}" keeps it${r.generated ? `, "${r.name}" gets a new VIP` : ""}`,
            r.at,
          ),
        );
        continue;
      }
      holder.set(off, r);
      if (r.generated) {
        let list = held.get(r.key);
        if (!list) held.set(r.key, (list = []));
        list.push(off);
      }
    }
  }
  const vips = new Map<string, string>();
  const fresh: string[] = [];
  for (const key of [...new Set(input.keys)].sort(compareStrings)) {
    const sticky = held.get(key)?.[0];
    if (sticky !== undefined) vips.set(key, addressAt(pool, sticky));
    else fresh.push(key);
  }
  // Every taken offset maps to a lower bound of the first free offset after it (cyclically);
  // following and compressing these links is linear probing without visiting each taken address.
  const last = pool.size - 1n;
  const next = new Map<bigint, bigint>();
  const take = (o: bigint): void => void next.set(o, o === last ? 0n : o + 1n);
  for (const o of holder.keys()) take(o);
  const findFree = (start: bigint): bigint => {
    let o = start;
    if (!next.has(o)) return o;
    const path: bigint[] = [];
    for (let n = next.get(o); n !== undefined; n = next.get(o)) {
      path.push(o);
      o = n;
    }
    for (const p of path) next.set(p, o);
    return o;
  };
  const capacity = pool.size > BigInt(Number.MAX_SAFE_INTEGER) ? Infinity : Number(pool.size);
  for (const key of fresh) {
    if (next.size >= capacity) {
      diagnostics.push(
        diagnostic(
          "error",
          "vip-pool-exhausted",
          `VIP pool ${pool.cidr} of zone ${input.zone} is exhausted: ${pool.size} addresses, ${fresh.length - fresh.indexOf(key)} MeshService(s) left without a VIP (first: ${key})`,
          input.zoneAt,
        ),
      );
      break;
    }
    const off = findFree(firstChoice(pool, key));
    take(off);
    vips.set(key, addressAt(pool, off));
  }
  return { vips, diagnostics };
}
