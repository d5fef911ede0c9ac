import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { Diagnostic, Location } from "../diagnostics.js";
import type { Config, ZoneConfig } from "../model/config.js";
import { lazyProvenance } from "../compute/provenance.js";
import type { Provenance } from "../compute/provenance.js";
import type { MarkerState } from "../parse/marker.js";
import { locatePending, pendingOf } from "../parse/yaml.js";
import type { FileText, PendingLocation } from "../parse/yaml.js";
import type { FileChange } from "../plan/plan.js";
import type { ZoneFiles, ZoneOutcome, ZoneResult } from "../plan/reconcile.js";
import type { ReadStats } from "../report/report.js";
import type { ZoneKeyLocations } from "../validate/config.js";
import type { Cache } from "./cache.js";
import { lazyFileText } from "./parse-pool.js";

// Whole zones, memoised. A zone's outcome (src/plan/reconcile.ts ZoneOutcome: its desired
// MeshServices, its plan, its policy references and provenance, its diagnostics and those of its
// files) is a pure function of its inputs: the contents of its source and output files, the
// config, and the tool (its code and shipped schemas, which the cache's version holds). So the
// outcome is kept in the cache under a digest of those inputs, the files named by their git blob
// ids, and a run whose zone has the same digest takes the outcome as it is: none of the zone's
// files is read, parsed or looked up, and nothing of the zone is computed or rendered. A file git
// does not hold as unmodified has no blob id, and its zone is computed (and not memoised).

export interface ZoneMemoInput {
  readonly config: Config | null;
  /** The zones of the run (after --zone), in config order. */
  readonly zones: readonly ZoneConfig[];
  readonly files: ReadonlyMap<string, ZoneFiles>;
  /** Git blob ids of the files git holds as unmodified (src/io/git-index.ts); null outside git. */
  readonly blobIds: ReadonlyMap<string, string> | null;
  readonly zoneLocations: ReadonlyMap<string, Location>;
  readonly zoneKeys: ReadonlyMap<string, ZoneKeyLocations>;
  readonly allowDeletions: boolean;
  /** False when the run needs more of a zone than its outcome (src/run.ts says when): nothing is recalled or stored. */
  readonly enabled: boolean;
}

export interface RecalledZones {
  /** The digest of each zone whose inputs all have a blob id, by zone name. */
  readonly digests: ReadonlyMap<string, string>;
  /** The zones found in the cache, by name. */
  readonly memoised: ReadonlyMap<string, ZoneOutcome>;
  /** The marker of each output file of the memoised zones (the uncommitted-inputs check reads it). */
  readonly markers: ReadonlyMap<string, { readonly marker: MarkerState }>;
  /** The files the run still reads: those of the zones not memoised, sorted, once each. */
  readonly unread: readonly string[];
}

/** The memoised outcomes of the run's zones whose inputs are unchanged. */
export function recallZones(cache: Cache, repoDir: string, input: ZoneMemoInput): RecalledZones {
  const digests = new Map<string, string>();
  const memoised = new Map<string, ZoneOutcome>();
  const markers = new Map<string, { marker: MarkerState }>();
  const unread = new Set<string>();
  for (const zone of input.zones) {
    const files = input.files.get(zone.name) ?? { sources: [], outputs: [] };
    const digest = cache.enabled && input.enabled ? zoneDigest(input, zone, files) : null;
    if (digest !== null) digests.set(zone.name, digest);
    const memo = digest === null ? null : decodeZoneMemo(cache.getZone(digest), repoDir);
    if (memo === null) continue;
    memoised.set(zone.name, memo.outcome);
    for (const [path, marker] of memo.markers) markers.set(path, { marker });
  }
  // Every other file is read: those of the zones computed, and of an output without a zone (global).
  for (const [name, files] of input.files)
    if (!memoised.has(name)) for (const f of [...files.sources, ...files.outputs]) unread.add(f);
  return { digests, memoised, markers, unread: [...unread].sort() };
}

/**
 * Stores the outcome of every zone the run computed and could memoise, and keeps the parsed-file
 * entries of the memoised zones (when the run read the parsed files at all), so that a later change
 * to one file of such a zone re-parses that file only. When the run wrote its plan (`written`), a
 * zone with changes is not stored: its outputs are no longer what its digest names, so no run could
 * use it (and the first apply of a large zone would store the text of every new file).
 */
export function rememberZones(
  cache: Cache,
  input: ZoneMemoInput,
  recalled: RecalledZones,
  outcomes: ReadonlyMap<string, ZoneOutcome>,
  parsed: ReadonlyMap<string, { readonly marker: MarkerState }>,
  written: boolean,
): void {
  for (const [name, digest] of recalled.digests) {
    const files = input.files.get(name) ?? { sources: [], outputs: [] };
    if (recalled.memoised.has(name)) {
      for (const f of [...files.sources, ...files.outputs]) cache.keepFile(f, input.blobIds?.get(f) ?? "");
      continue;
    }
    const outcome = outcomes.get(name);
    if (outcome === undefined) continue;
    if (written && outcome.zone?.changes.some((c) => c.action !== "unchanged") === true) continue;
    const markers = files.outputs.map((f): [string, MarkerState] => [f, parsed.get(f)?.marker ?? "none"]);
    cache.setZone(digest, memoJson(outcome, markers));
  }
}

/** What the run read: every file of the zones, those of the memoised zones counted as from the cache. */
export function memoStats(total: number, recalled: RecalledZones, read: ReadStats): ReadStats {
  const memoised = total - recalled.unread.length;
  return { ...read, files: total, cached: read.cached + memoised, memoisedZones: recalled.memoised.size };
}

/**
 * The digest of a zone's inputs, or null when one of its files has no blob id. Paths and blob ids
 * in discovery order (sorted), each field length-prefixed by JSON: no two inputs give one string.
 */
function zoneDigest(input: ZoneMemoInput, zone: ZoneConfig, files: ZoneFiles): string | null {
  const hash = createHash("sha256");
  hash.update(
    JSON.stringify({
      zone,
      config: input.config,
      at: input.zoneLocations.get(zone.name) ?? null,
      keys: input.zoneKeys.get(zone.name) ?? null,
      allowDeletions: input.allowDeletions,
      sourcesFailed: files.sourcesFailed === true,
    }),
  );
  for (const [role, paths] of [
    ["source", files.sources],
    ["output", files.outputs],
  ] as const) {
    hash.update(`\n${role}s ${paths.length}`);
    for (const path of paths) {
      const id = input.blobIds?.get(path);
      if (id === undefined) return null;
      hash.update(`\n${JSON.stringify(path)} ${id}`);
    }
  }
  return hash.digest("hex");
}

interface ZoneMemo {
  readonly outcome: ZoneOutcome;
  readonly markers: readonly (readonly [string, MarkerState])[];
}

/**
 * A zone outcome as JSON: its Maps as lists of entries, and an unchanged file without its text
 * (src/plan/plan.ts reads that text only when asked; writing it here would read every committed file
 * of an in-sync zone). Null when JSON cannot carry the outcome faithfully.
 */
function memoJson(outcome: ZoneOutcome, markers: readonly (readonly [string, string])[]): string | null {
  const zone =
    outcome.zone === null
      ? null
      : {
          ...outcome.zone,
          changes: outcome.zone.changes.map(withoutUnchangedText),
          referencedBy: [...outcome.zone.referencedBy],
          provenance: [...outcome.zone.provenance],
          // What only the runs that never memoise read (src/run.ts `enabled`): the parsed sources (the
          // global step), the committed MeshServices (--live), a reference's resource (migrate).
          sources: undefined,
          committed: [],
          migration: outcome.zone.migration.map((m) => ({
            ...m,
            references: m.references.map((r) => ({ ...r, res: undefined, path: undefined })),
          })),
        };
  let faithful = true;
  const json = JSON.stringify({ outcome: { zone, diagnostics: outcome.diagnostics }, markers }, (_k, v: unknown) => {
    // JSON has no .inf or .nan and writes -0 as 0: such a number would come back as another.
    if (typeof v === "number" && (!Number.isFinite(v) || Object.is(v, -0))) faithful = false;
    return typeof v === "object" && v !== null ? storedLocation(v) : v;
  });
  return faithful ? json : null;
}

/**
 * A lazy location whose position was never computed (src/parse/yaml.ts pendingOf: a MeshService's
 * Dataplane inbound, a provenance), stored as where it is instead of its line and column: reading
 * those would parse its file again, for every location of the zone, wanted or not. Anything else
 * as it is.
 */
function storedLocation(v: object): object {
  const pending = pendingOf(v);
  if (pending === null) return v;
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(Object.getOwnPropertyDescriptors(v)))
    if (key !== "line" && key !== "column" && value.enumerable === true) out[key] = value.value;
  return { ...out, pending };
}

/**
 * The values memoJson stored, with each stored pending location a lazy location again: its keys in
 * their order, with `line` and `column` after `file`, computed from the file when first read.
 * Throws on a pending location of another shape.
 */
function reviveLocations(v: unknown, repoDir: string, texts: Map<string, FileText>): unknown {
  if (Array.isArray(v)) return v.map((x) => reviveLocations(x, repoDir, texts));
  if (!isObject(v)) return v;
  if (!("pending" in v)) {
    for (const [k, x] of Object.entries(v))
      if (typeof x === "object" && x !== null) v[k] = reviveLocations(x, repoDir, texts);
    return v;
  }
  const { pending, ...rest } = v;
  if (!isPending(pending) || typeof rest["file"] !== "string") throw new Error("not a stored location");
  const file = rest["file"];
  let source = texts.get(file);
  if (source === undefined) {
    source = lazyFileText(repoDir, file);
    texts.set(file, source);
  }
  const loc = locatePending(source, pending);
  // The two shapes storedLocation meets (a location of locate, a provenance of lazyProvenance: the
  // only carriers of a pending position), as object literals, which V8 keeps fast. Any other is
  // not what memoJson wrote.
  const keys = Object.keys(rest).join();
  if (keys === "file") return loc;
  if (keys !== "role,kind,name,file,detail") throw new Error("not a stored location");
  const p = rest as unknown as Omit<Provenance, "line" | "column">;
  return lazyProvenance(p.role, p.kind, p.name, loc, p.detail);
}

function isPending(p: unknown): p is PendingLocation {
  const isPath = (x: unknown): boolean =>
    Array.isArray(x) && x.every((s) => typeof s === "string" || typeof s === "number");
  return (
    isObject(p) &&
    typeof p["docIndex"] === "number" &&
    typeof p["line"] === "number" &&
    typeof p["column"] === "number" &&
    typeof p["key"] === "boolean" &&
    isPath(p["base"]) &&
    isPath(p["path"])
  );
}

/** An unchanged change without `before` and `after`, whose getters would read the file; others as they are. */
function withoutUnchangedText(c: FileChange): unknown {
  if (c.action !== "unchanged") return c;
  const keys = Object.keys(c).filter((k) => k !== "before" && k !== "after") as (keyof FileChange)[];
  return Object.fromEntries(keys.map((k) => [k, c[k]]));
}

/**
 * An unchanged change as the plan makes it: its text (before and after alike) is the committed
 * file's, read from the repository only if something asks for it.
 */
function withUnchangedText(c: Record<string, unknown>, repoDir: string): unknown {
  if (c["action"] !== "unchanged" || typeof c["path"] !== "string") return c;
  const path = c["path"];
  let text: string | undefined;
  const read = (): string => (text ??= readFileSync(join(repoDir, path), "utf8"));
  return Object.defineProperties(
    { ...c },
    {
      before: { get: read, enumerable: true },
      after: { get: read, enumerable: true },
    },
  );
}

/** A stored memo back to an outcome; null for anything not of the shape memoJson writes (a miss). */
function decodeZoneMemo(raw: unknown, repoDir: string): ZoneMemo | null {
  if (!isObject(raw) || !isObject(raw["outcome"]) || !Array.isArray(raw["markers"])) return null;
  const { zone, diagnostics } = raw["outcome"];
  if (!Array.isArray(diagnostics) || !diagnostics.every(isDiagnostic)) return null;
  const markers = raw["markers"] as unknown[];
  if (!markers.every((m) => Array.isArray(m) && typeof m[0] === "string" && isMarker(m[1]))) return null;
  if (zone === null) return { outcome: { zone: null, diagnostics }, markers: markers as [string, MarkerState][] };
  if (
    !isObject(zone) ||
    !isObject(zone["zone"]) ||
    !Array.isArray(zone["services"]) ||
    !Array.isArray(zone["changes"]) ||
    !zone["changes"].every(isObject) ||
    !isEntries(zone["referencedBy"]) ||
    !isEntries(zone["provenance"]) ||
    !Array.isArray(zone["committed"]) ||
    !Array.isArray(zone["migration"])
  )
    return null;
  const texts = new Map<string, FileText>();
  let revived: Record<string, unknown>;
  try {
    // Locations are in the desired MeshServices (`at`, the only one of a Desired) and the lists
    // beside them, never in the plan's changes: the walk leaves the largest parts alone.
    revived = {};
    for (const [key, value] of Object.entries(zone))
      revived[key] =
        key === "changes"
          ? value
          : key === "services" && Array.isArray(value)
            ? value.map((d: unknown) => {
                if (isObject(d) && isObject(d["at"])) d["at"] = reviveLocations(d["at"], repoDir, texts);
                return d;
              })
            : reviveLocations(value, repoDir, texts);
  } catch {
    return null; // a pending location of another shape: not what memoJson wrote
  }
  const result = {
    ...revived,
    changes: (revived["changes"] as Record<string, unknown>[]).map((c) => withUnchangedText(c, repoDir)),
    referencedBy: new Map(revived["referencedBy"] as [string, unknown[]][]),
    provenance: new Map(revived["provenance"] as [string, unknown[]][]),
  } as unknown as ZoneResult;
  return { outcome: { zone: result, diagnostics }, markers: markers as [string, MarkerState][] };
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

function isEntries(v: unknown): v is [string, unknown[]][] {
  return Array.isArray(v) && v.every((e) => Array.isArray(e) && typeof e[0] === "string" && Array.isArray(e[1]));
}

function isMarker(v: unknown): v is MarkerState {
  return v === "none" || v === "intact" || v === "edited";
}

function isDiagnostic(v: unknown): v is Diagnostic {
  return (
    isObject(v) &&
    (v["severity"] === "error" || v["severity"] === "warning" || v["severity"] === "info") &&
    typeof v["code"] === "string" &&
    typeof v["message"] === "string" &&
    typeof v["file"] === "string" &&
    typeof v["line"] === "number" &&
    typeof v["column"] === "number"
  );
}
