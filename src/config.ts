import { posix } from "node:path";
import { diagnostic } from "./diagnostics.js";
import type { Diagnostic } from "./diagnostics.js";
import type { Environment } from "./model/kuma.js";
import type { SourceResource } from "./parse/yaml.js";
import { locate } from "./parse/yaml.js";
import { validateResource } from "./validate/schemas.js";
import { parseCidr } from "./compute/vips.js";

export const DEFAULT_CONFIG_FILE = "meshservice-reconciler.yaml";
export const DEFAULT_INCLUDE: readonly string[] = ["**/*.yaml", "**/*.yml"];
export const DEFAULT_VIP_CIDR = "241.0.0.0/8";

export type PolicyReferences = "warning" | "error" | "off";
export type UniversalSource = "serviceTag" | "workload";

export interface ZoneConfig {
  readonly name: string;
  readonly environment: Environment;
  readonly include: readonly string[];
  readonly exclude: readonly string[];
  /** Repository-relative POSIX directory, normalised, without trailing slash. */
  readonly output: string;
  readonly vipCidr: string;
  readonly universalSource: UniversalSource;
  readonly defaultHostnameGenerators: boolean;
}

export interface Config {
  /** Repository-relative path of the config file, or null when the defaults are used. */
  readonly file: string | null;
  readonly policyReferences: PolicyReferences;
  readonly zones: readonly ZoneConfig[];
}

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

/**
 * Validates the config document against the shipped schema, then the rules a schema cannot say:
 * unique zone names, output directories inside the repository and not nested in one another, and
 * VIP pools that are IPv4 or IPv6 CIDRs.
 * Returns null config when any error was found.
 */
export function parseConfig(
  file: string,
  res: SourceResource | undefined,
): { config: Config | null; diagnostics: Diagnostic[] } {
  if (!res) {
    return {
      config: null,
      diagnostics: [
        diagnostic("error", "config-invalid", "config file holds no document", { file, line: 1, column: 1 }),
      ],
    };
  }
  const diagnostics = validateResource("config", res, "config-invalid");
  if (diagnostics.length > 0) return { config: null, diagnostics };
  const raw = res.value as { policyReferences?: PolicyReferences; zones: RawZone[] };
  const zones: ZoneConfig[] = [];
  const names = new Map<string, number>();
  raw.zones.forEach((z, i) => {
    const prev = names.get(z.name);
    if (prev !== undefined) {
      diagnostics.push(
        diagnostic(
          "error",
          "config-invalid",
          `zone "${z.name}" is defined twice (first at zones[${prev}])`,
          locate(res, ["zones", i, "name"]),
        ),
      );
    }
    names.set(z.name, i);
    const output = normaliseOutput(z.output ?? `meshservices/${z.name}`);
    if (output === null) {
      diagnostics.push(
        diagnostic(
          "error",
          "config-invalid",
          `output "${z.output ?? ""}" of zone "${z.name}" must be a relative directory inside the repository`,
          locate(res, ["zones", i, "output"]),
        ),
      );
      return;
    }
    if (z.vipCidr !== undefined) {
      const pool = parseCidr(z.vipCidr);
      if ("error" in pool) {
        diagnostics.push(
          diagnostic(
            "error",
            "vip-cidr-invalid",
            `vipCidr of zone "${z.name}": ${pool.error}`,
            locate(res, ["zones", i, "vipCidr"]),
          ),
        );
      }
    }
    zones.push(zoneWithDefaults({ ...z, output }));
  });
  for (let i = 0; i < zones.length; i++) {
    for (let j = 0; j < zones.length; j++) {
      const a = zones[i];
      const b = zones[j];
      if (i === j || !a || !b) continue;
      if (a.output === b.output ? i < j : b.output.startsWith(`${a.output}/`)) {
        diagnostics.push(
          diagnostic(
            "error",
            "config-invalid",
            `output "${b.output}" of zone "${b.name}" overlaps output "${a.output}" of zone "${a.name}"`,
            locate(res, ["zones", j, "output"]),
          ),
        );
      }
    }
  }
  if (diagnostics.length > 0) return { config: null, diagnostics };
  return { config: { file, policyReferences: raw.policyReferences ?? "warning", zones }, diagnostics };
}

export function zoneWithDefaults(z: { name: string; environment: Environment } & Partial<ZoneConfig>): ZoneConfig {
  return {
    name: z.name,
    environment: z.environment,
    include: z.include ?? DEFAULT_INCLUDE,
    exclude: z.exclude ?? [],
    output: z.output ?? `meshservices/${z.name}`,
    vipCidr: z.vipCidr ?? DEFAULT_VIP_CIDR,
    universalSource: z.universalSource ?? "serviceTag",
    defaultHostnameGenerators: z.defaultHostnameGenerators ?? true,
  };
}

/** A repository-relative directory, or null when it is absolute or climbs out of the repository. */
function normaliseOutput(dir: string): string | null {
  if (dir.includes("\\") || posix.isAbsolute(dir)) return null;
  const n = posix.normalize(dir).replace(/\/+$/, "");
  if (n === "." || n === "" || n === ".." || n.startsWith("../") || n === ".git" || n.startsWith(".git/")) return null;
  return n;
}

/**
 * The no-config default of interface.md: one zone `default`, universal when the sources hold
 * Dataplanes and no Services, kubernetes when they hold Services and no Dataplanes. Both is an
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
  return { zone: zoneWithDefaults({ name: "default", environment }), diagnostics: [] };
}
