import { didYouMean } from "../model/words.js";
import { posix } from "node:path";
import { diagnostic, quoteName } from "../diagnostics.js";
import type { Diagnostic, Location } from "../diagnostics.js";
import { parseCidr } from "../model/cidr.js";
import {
  DEFAULT_CONFIG_FILE,
  DEFAULT_GLOBAL_OUTPUT,
  DEFAULT_ZONE_NAME,
  GLOBAL_ZONE_NAME,
  SKIPPED_DIRECTORIES,
  defaultOutput,
  zoneWithDefaults,
} from "../model/config.js";
import type { Config, MeshMultiZoneServices, PolicyReferences, UniversalSource, ZoneConfig } from "../model/config.js";
import type { Environment } from "../model/kuma.js";
import { locate } from "../parse/yaml.js";
import type { ParsedFile, SourceResource } from "../parse/yaml.js";
import { validateResource } from "./schemas.js";
import type { Schemas } from "./schemas.js";

interface RawZone {
  name: string;
  environment: Environment;
  include?: string[];
  exclude?: string[];
  output?: string;
  vipCidr?: string;
  universalSource?: UniversalSource;
  defaultHostnameGenerators?: boolean;
}

interface RawMesh {
  name: string;
  meshMultiZoneServices?: MeshMultiZoneServices;
}

interface RawGlobal {
  output?: string;
  environment?: Environment;
}

/** A zone entry of a config that passed its schema: the raw entry, its index, its normalised output. */
interface ZoneEntry {
  readonly raw: RawZone;
  readonly index: number;
  /** null when the output is not a relative directory inside the repository. */
  readonly output: string | null;
}

/**
 * One rule a schema cannot say, checked over every zone entry. Rules run in this order and all of
 * them run, so that every problem shows in one run; a zone whose output is invalid is left out of
 * the rules that read outputs.
 */
interface ConfigRule {
  readonly name: string;
  readonly check: (entries: readonly ZoneEntry[], res: SourceResource) => Diagnostic[];
}

/** The raw keys of the document besides `zones`, for the rules that read them. */
function rawOf(res: SourceResource): { meshes?: RawMesh[]; global?: RawGlobal } {
  return res.value as { meshes?: RawMesh[]; global?: RawGlobal };
}

const CONFIG_RULES: readonly ConfigRule[] = [
  { name: "zone names are unique", check: uniqueZoneNames },
  { name: "outputs are relative directories inside the repository", check: outputsInsideRepository },
  { name: "outputs are not in a directory that discovery skips", check: outputsNotSkipped },
  { name: "include globs are relative patterns inside the repository", check: includesInsideRepository },
  { name: "VIP pools are IPv4 or IPv6 CIDRs", check: vipPoolsAreCidrs },
  { name: "outputs do not nest in one another", check: outputsDoNotOverlap },
  { name: "mesh names are unique", check: uniqueMeshNames },
  { name: "the global output is a directory inside the repository, apart from every zone's", check: globalOutput },
];

/** Where a zone's keys are in the config file; an absent key is located at its zone entry. */
export interface ZoneKeyLocations {
  readonly include: Location;
  readonly output: Location;
}

/** The config of a run, where each zone is defined, and every problem of the config file. */
export interface LoadedConfig {
  /** The config; null for the no-config default; undefined when the config file has an error. */
  readonly config: Config | null | undefined;
  readonly zoneLocations: Map<string, Location>;
  /** By zone name: where its `include` and `output` are, for the diagnostics about them. */
  readonly zoneKeys: Map<string, ZoneKeyLocations>;
  /** Where the MeshMultiZoneServices are configured (`meshes`), for the diagnostics about them. */
  readonly globalAt?: Location;
  readonly diagnostics: Diagnostic[];
}

/**
 * The config file as parsed by the same path as every other file (null: there is none, and the
 * defaults apply): its YAML problems, else its one document validated by validateConfig. A second
 * document is an error rather than ignored: whatever it says would silently not apply.
 */
export function validateConfigFile(parsed: ParsedFile | null, schemas: Schemas): LoadedConfig {
  const failed = (diagnostics: Diagnostic[]): LoadedConfig => ({
    config: undefined,
    zoneLocations: new Map(),
    zoneKeys: new Map(),
    diagnostics,
  });
  if (parsed === null) return { config: null, zoneLocations: new Map(), zoneKeys: new Map(), diagnostics: [] };
  if (parsed.diagnostics.length > 0) return failed([...parsed.diagnostics]);
  const res = parsed.resources[0];
  const second = parsed.resources.find((r) => r.docIndex !== res?.docIndex);
  if (second !== undefined) {
    const message = "config file holds a second YAML document; only one is read: merge them into one document";
    return failed([diagnostic("error", "config-invalid", message, locate(second))]);
  }
  const { config, diagnostics } = validateConfig(parsed.file, res, schemas);
  if (!config || !res) return failed(diagnostics);
  const zoneLocations = new Map(config.zones.map((z, i) => [z.name, locate(res, ["zones", i])]));
  const zoneKeys = new Map(
    config.zones.map((z, i) => [
      z.name,
      { include: locate(res, ["zones", i, "include"]), output: locate(res, ["zones", i, "output"]) },
    ]),
  );
  const globalAt = locate(res, (res.value as { meshes?: unknown }).meshes !== undefined ? ["meshes"] : []);
  return { config, zoneLocations, zoneKeys, globalAt, diagnostics };
}

/**
 * Validates the config document against the shipped schema, then CONFIG_RULES. Returns a null
 * config when any error was found.
 */
export function validateConfig(
  file: string,
  res: SourceResource | undefined,
  schemas: Schemas,
): { config: Config | null; diagnostics: Diagnostic[] } {
  if (!res) {
    return {
      config: null,
      diagnostics: [
        diagnostic("error", "config-invalid", "config file holds no document", { file, line: 1, column: 1 }),
      ],
    };
  }
  const diagnostics = validateResource(schemas, "config", res, "config-invalid");
  if (diagnostics.length > 0) return { config: null, diagnostics };
  const raw = res.value as {
    policyReferences?: PolicyReferences;
    prune?: boolean;
    maxDeletions?: number;
    zones: RawZone[];
    meshes?: RawMesh[];
    global?: RawGlobal;
  };
  const entries = raw.zones.map((z, index) => ({
    raw: z,
    index,
    output: normaliseOutput(z.output ?? defaultOutput(z.name)),
  }));
  for (const rule of CONFIG_RULES) diagnostics.push(...rule.check(entries, res));
  if (diagnostics.length > 0) return { config: null, diagnostics };
  const zones = entries.map((e) => zoneWithDefaults({ ...e.raw, output: e.output ?? "" }));
  const config: Config = {
    file,
    policyReferences: raw.policyReferences ?? "warning",
    prune: raw.prune ?? true,
    maxDeletions: raw.maxDeletions ?? null,
    zones,
    meshes: (raw.meshes ?? []).map((m) => ({ name: m.name, meshMultiZoneServices: m.meshMultiZoneServices ?? "off" })),
    global: {
      output: normaliseOutput(raw.global?.output ?? DEFAULT_GLOBAL_OUTPUT) ?? DEFAULT_GLOBAL_OUTPUT,
      environment: raw.global?.environment ?? "universal",
    },
  };
  return { config, diagnostics };
}

function uniqueZoneNames(entries: readonly ZoneEntry[], res: SourceResource): Diagnostic[] {
  const out: Diagnostic[] = [];
  const names = new Map<string, number>();
  for (const { raw, index } of entries) {
    const prev = names.get(raw.name);
    if (prev !== undefined) {
      const message = `zone ${quoteName(raw.name)} is defined twice (first at zones[${prev}])`;
      out.push(diagnostic("error", "config-invalid", message, locate(res, ["zones", index, "name"])));
    }
    names.set(raw.name, index);
  }
  return out;
}

function outputsInsideRepository(entries: readonly ZoneEntry[], res: SourceResource): Diagnostic[] {
  return entries
    .filter((e) => e.output === null)
    .map(({ raw, index }) =>
      diagnostic(
        "error",
        "config-invalid",
        `output ${quoteName(raw.output ?? "")} of zone ${quoteName(raw.name)} must be a relative directory inside the repository`,
        locate(res, ["zones", index, "output"]),
      ),
    );
}

// Discovery never enters these directories (src/io/discover.ts ALWAYS_EXCLUDED), so the committed
// files of an output there would never be found: planned as "create" forever, and a hand-written file
// at a generated path would be overwritten instead of refused.
function outputsNotSkipped(entries: readonly ZoneEntry[], res: SourceResource): Diagnostic[] {
  const out: Diagnostic[] = [];
  for (const { raw, index, output } of entries) {
    const skipped = output?.split("/").find((part) => SKIPPED_DIRECTORIES.includes(part));
    if (output === null || skipped === undefined) continue;
    const message =
      `output "${output}" of zone "${raw.name}" is inside a ${skipped}/ directory, which discovery never reads: ` +
      `its files would never be found again; choose another directory`;
    out.push(diagnostic("error", "config-invalid", message, locate(res, ["zones", index, "output"])));
  }
  return out;
}

// fast-glob resolves an absolute pattern or one that climbs with `..` against the file system, not
// the repository: files outside it would be listed (in warnings, at least) and never read.
function includesInsideRepository(entries: readonly ZoneEntry[], res: SourceResource): Diagnostic[] {
  const out: Diagnostic[] = [];
  for (const { raw, index } of entries) {
    (raw.include ?? []).forEach((glob, j) => {
      const outside = posix.isAbsolute(glob) || /^[A-Za-z]:/.test(glob) || glob.split("/").includes("..");
      if (!outside) return;
      const message = `include glob ${quoteName(glob)} of zone ${quoteName(raw.name)} must be a relative pattern inside the repository`;
      out.push(diagnostic("error", "config-invalid", message, locate(res, ["zones", index, "include", j])));
    });
  }
  return out;
}

function vipPoolsAreCidrs(entries: readonly ZoneEntry[], res: SourceResource): Diagnostic[] {
  const out: Diagnostic[] = [];
  for (const { raw, index, output } of entries) {
    if (output === null || raw.vipCidr === undefined) continue;
    const pool = parseCidr(raw.vipCidr);
    if ("error" in pool) {
      const message = `vipCidr of zone ${quoteName(raw.name)}: ${pool.error}`;
      out.push(diagnostic("error", "vip-cidr-invalid", message, locate(res, ["zones", index, "vipCidr"])));
    }
  }
  return out;
}

function outputsDoNotOverlap(entries: readonly ZoneEntry[], res: SourceResource): Diagnostic[] {
  const out: Diagnostic[] = [];
  const valid = entries.filter((e): e is ZoneEntry & { output: string } => e.output !== null);
  valid.forEach((a, i) =>
    valid.forEach((b, j) => {
      if (i === j || !(a.output === b.output ? i < j : b.output.startsWith(`${a.output}/`))) return;
      out.push(
        diagnostic(
          "error",
          "config-invalid",
          `output "${b.output}" of zone "${b.raw.name}" overlaps output "${a.output}" of zone "${a.raw.name}"`,
          locate(res, ["zones", b.index, "output"]),
        ),
      );
    }),
  );
  return out;
}

function uniqueMeshNames(_entries: readonly ZoneEntry[], res: SourceResource): Diagnostic[] {
  const out: Diagnostic[] = [];
  const seen = new Map<string, number>();
  (rawOf(res).meshes ?? []).forEach((m, i) => {
    const prev = seen.get(m.name);
    if (prev !== undefined) {
      const message = `mesh ${quoteName(m.name)} is listed twice (first at meshes[${prev}])`;
      out.push(diagnostic("error", "config-invalid", message, locate(res, ["meshes", i, "name"])));
    } else seen.set(m.name, i);
  });
  return out;
}

// The MeshMultiZoneServices are pruned like a zone's MeshServices: their directory must hold nothing
// else the tool owns, so it may neither contain nor sit in a zone's output, and discovery must read it.
// A zone named "global" would share its name in the plan with the global control plane's files.
function globalOutput(entries: readonly ZoneEntry[], res: SourceResource): Diagnostic[] {
  const raw = rawOf(res);
  const out: Diagnostic[] = [];
  // The global step runs when meshes are listed (model/config.ts multiZoneActive).
  const active = (raw.meshes ?? []).length > 0;
  if (!active && raw.global === undefined) return out;
  const at = raw.global?.output !== undefined ? locate(res, ["global", "output"]) : locate(res, ["global"]);
  const written = raw.global?.output ?? DEFAULT_GLOBAL_OUTPUT;
  const output = normaliseOutput(written);
  const fail = (message: string, where = at): void => {
    out.push(diagnostic("error", "config-invalid", message, where));
  };
  if (output === null) {
    fail(`global.output ${quoteName(written)} must be a relative directory inside the repository`);
    return out;
  }
  const skipped = output.split("/").find((part) => SKIPPED_DIRECTORIES.includes(part));
  if (skipped !== undefined)
    fail(
      `global.output "${output}" is inside a ${skipped}/ directory, which discovery never reads; choose another directory`,
    );
  for (const e of entries) {
    if (e.output === null) continue;
    if (e.output === output || e.output.startsWith(`${output}/`) || output.startsWith(`${e.output}/`))
      fail(`global.output "${output}" overlaps output "${e.output}" of zone "${e.raw.name}"`);
    if (active && e.raw.name === GLOBAL_ZONE_NAME)
      fail(
        `zone "${GLOBAL_ZONE_NAME}": the name is reserved for the global control plane's MeshMultiZoneServices while the config lists meshes`,
        locate(res, ["zones", e.index, "name"]),
      );
  }
  return out;
}

/** A repository-relative directory, or null when it is absolute or climbs out of the repository. */
function normaliseOutput(dir: string): string | null {
  if (dir.includes("\\") || posix.isAbsolute(dir)) return null;
  const n = posix.normalize(dir).replace(/\/+$/, "");
  if (n === "." || n === "" || n === ".." || n.startsWith("../") || n === ".git" || n.startsWith(".git/")) return null;
  return n;
}

/**
 * The no-config default (docs/design/interface.md): one zone `default`, universal when the sources
 * hold Dataplanes and no Services, kubernetes when they hold Services and no Dataplanes. Both is an
 * error asking for a config file; neither gives a universal zone with nothing to generate.
 */
export function resolveDefaultZone(counts: { dataplanes: number; services: number }): {
  zone: ZoneConfig | null;
  diagnostics: Diagnostic[];
} {
  if (counts.dataplanes > 0 && counts.services > 0) {
    return {
      zone: null,
      diagnostics: [
        diagnostic(
          "error",
          "config-required",
          `the repository holds both Dataplanes (${counts.dataplanes}) and Services (${counts.services}); ` +
            `add a ${DEFAULT_CONFIG_FILE} that says which files belong to which zone`,
        ),
      ],
    };
  }
  const environment: Environment = counts.services > 0 ? "kubernetes" : "universal";
  return { zone: zoneWithDefaults({ name: DEFAULT_ZONE_NAME, environment }), diagnostics: [] };
}

/**
 * The zones a run reconciles: those named by `--zone` (in config order), or all of them; the
 * configured zones, or the one default zone without a config. Unknown names are returned, for the
 * caller to refuse.
 */
export function selectZones(
  config: Config | null,
  names: readonly string[],
): { all: readonly ZoneConfig[]; selected: readonly ZoneConfig[]; unknown: readonly string[] } {
  const all = config?.zones ?? [zoneWithDefaults({ name: DEFAULT_ZONE_NAME, environment: "universal" })];
  const unknown = names.filter((z) => !all.some((c) => c.name === z));
  const selected = names.length > 0 ? all.filter((z) => names.includes(z.name)) : all;
  return { all, selected, unknown };
}

/** `--zone zone-x: no such zone. Did you mean "zone-a"? The zones are: zone-a, zone-b.` */
export function unknownZones(unknown: readonly string[], all: readonly ZoneConfig[]): string {
  const names = all.map((z) => z.name);
  const hints = unknown.map((u) => didYouMean(u, names)).find((h) => h !== "") ?? "";
  return `--zone ${unknown.join(", ")}: no such zone in the config.${hints} The zones are: ${names.join(", ")}.`;
}
