import { createHash } from "node:crypto";
import { compareStrings, diagnostic } from "../diagnostics.js";
import type { Diagnostic, Location } from "../diagnostics.js";
import { addressAt, poolOffset } from "../model/cidr.js";
import type { VipPool } from "../model/cidr.js";

// Deterministic VIP allocation (addressing.md). Kuma hands out VIPs sequentially from 241.0.0.0/8 in
// memory, reserving at start-up the VIPs already stored in status.vips
// [pkg/core/resources/apis/core/vip/allocator.go]; we keep the pool and the reservation rule and
// replace the timing-dependent cursor with SHA-256(identity key) mod poolSize and linear probing.

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
