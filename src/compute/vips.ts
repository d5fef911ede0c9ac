import { createHash } from "node:crypto";
import { compareStrings, diagnostic } from "../diagnostics.js";
import type { Diagnostic, Location } from "../diagnostics.js";
import { addressAt, poolOffset } from "../model/cidr.js";
import type { VipPool } from "../model/cidr.js";

// Deterministic VIP allocation (docs/design/addressing.md). Kuma hands out VIPs sequentially from 241.0.0.0/8 in
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
  /** What the keys are, as messages name them: MeshService (the default) or, globally, MeshMultiZoneService. */
  readonly kind?: "MeshService" | "MeshMultiZoneService";
}

/**
 * The VIP of every desired key (docs/design/addressing.md). Recorded VIPs inside the pool are reserved; a VIP
 * recorded twice stays with the first holder by identity key (then our generated file before a
 * hand-written one, then file and line) and the others get a `warning`. A desired key keeps the first VIP of its own generated file that it holds; the others,
 * in ascending key order, take their first choice or the next free address up, wrapping at the end
 * of the pool. Probing skips runs of taken offsets through a path-compressed "next free" map, so a
 * zone costs O(n log n), never one string per probe. A full pool is an `error` and the keys left
 * without a VIP are absent from the result.
 */
export function allocateVips(input: VipInput): { vips: Map<string, string>; diagnostics: Diagnostic[] } {
  const { pool } = input;
  const reserved = reserveRecorded(input);
  const diagnostics = reserved.diagnostics;
  const vips = new Map<string, string>();
  const fresh: string[] = [];
  for (const key of [...new Set(input.keys)].sort(compareStrings)) {
    const sticky = reserved.held.get(key)?.[0];
    if (sticky !== undefined) vips.set(key, addressAt(pool, sticky));
    else fresh.push(key);
  }
  const free = new FreeOffsets(pool.size, reserved.holder.keys());
  for (const key of fresh) {
    if (free.full()) {
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
    vips.set(key, addressAt(pool, free.takeFrom(firstChoice(pool, key))));
  }
  return { vips, diagnostics };
}

/**
 * The recorded VIPs inside the pool, reserved: `holder` of each taken offset, and the offsets that
 * each generated file holds (`held`, its sticky candidates). A VIP recorded twice stays with the
 * first holder by identity key, then our generated file before a hand-written one, then file and
 * line; the others get a `vip-duplicate` warning.
 */
function reserveRecorded(input: VipInput): {
  holder: Map<bigint, RecordedVips>;
  held: Map<string, bigint[]>;
  diagnostics: Diagnostic[];
} {
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
      const off = poolOffset(input.pool, ip);
      if (off === null) continue;
      const first = holder.get(off);
      if (first === r) continue;
      if (first) {
        diagnostics.push(duplicateVip(input.zone, input.kind ?? "MeshService", ip, r, first));
        continue;
      }
      holder.set(off, r);
      if (!r.generated) continue;
      let list = held.get(r.key);
      if (!list) held.set(r.key, (list = []));
      list.push(off);
    }
  }
  return { holder, held, diagnostics };
}

function duplicateVip(zone: string, kind: string, ip: string, r: RecordedVips, first: RecordedVips): Diagnostic {
  return diagnostic(
    "warning",
    "vip-duplicate",
    `VIP ${ip} is recorded by ${kind} "${r.name}" and by "${first.name}" (${first.at.file}:${first.at.line}) in zone "${zone}"; "${first.name}" keeps it${r.generated ? `, "${r.name}" gets a new VIP` : ""}`,
    r.at,
  );
}

/**
 * The taken offsets of a pool, for linear probing that never visits each taken address: every taken
 * offset maps to a lower bound of the first free offset after it (cyclically), and following and
 * compressing these links finds the next free offset.
 */
class FreeOffsets {
  private readonly next = new Map<bigint, bigint>();
  private readonly last: bigint;
  private readonly capacity: number;

  constructor(size: bigint, taken: Iterable<bigint>) {
    this.last = size - 1n;
    this.capacity = size > BigInt(Number.MAX_SAFE_INTEGER) ? Infinity : Number(size);
    for (const o of taken) this.take(o);
  }

  full(): boolean {
    return this.next.size >= this.capacity;
  }

  /** The first free offset at or after `start` (wrapping at the end of the pool), now taken. */
  takeFrom(start: bigint): bigint {
    let o = start;
    if (this.next.has(o)) {
      const path: bigint[] = [];
      for (let n = this.next.get(o); n !== undefined; n = this.next.get(o)) {
        path.push(o);
        o = n;
      }
      for (const p of path) this.next.set(p, o);
    }
    this.take(o);
    return o;
  }

  private take(o: bigint): void {
    this.next.set(o, o === this.last ? 0n : o + 1n);
  }
}
