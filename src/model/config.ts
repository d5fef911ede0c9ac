// The config file's model (docs/configuration.md): the zones, their sources and outputs, and the
// defaults that apply when a key, or the whole file, is absent. Validation is validate/config.ts.
import type { Environment } from "./kuma.js";

export const DEFAULT_CONFIG_FILE = "meshservice-reconciler.yaml";
export const DEFAULT_INCLUDE: readonly string[] = ["**/*.yaml", "**/*.yml"];
/** Kuma's own pool for MeshService VIPs (docs/addressing.md). */
export const DEFAULT_VIP_CIDR = "241.0.0.0/8";
/**
 * Kuma's pool for MeshMultiZoneService VIPs [pkg/config/app/kuma-cp/config.go DefaultConfig,
 * IPAM.MeshMultiZoneService.CIDR; kuma-cp.defaults.yaml ipam.meshMultiZoneService.cidr].
 */
export const MULTIZONE_VIP_CIDR = "243.0.0.0/8";
/** Where the MeshMultiZoneServices go without `global.output`: beside, never inside, the zones' outputs. */
export const DEFAULT_GLOBAL_OUTPUT = "meshmultizoneservices";
/** The name the global control plane's files go under in plans and reports (docs/configuration.md). */
export const GLOBAL_ZONE_NAME = "global";
/** The zone of a repository without a config file. */
export const DEFAULT_ZONE_NAME = "default";
/**
 * Directory names that discovery never enters, at any depth (git's own files, installed packages):
 * never sources, and never an output directory, whose files would never be found again.
 */
export const SKIPPED_DIRECTORIES: readonly string[] = [".git", "node_modules"];
/**
 * The mass-deletion guard without `maxDeletions` (docs/safety.md): a zone's plan may delete up to
 * this many of its generated files, or up to this share of them, whichever is more.
 */
export const DEFAULT_MAX_DELETIONS = { files: 10, share: 0.25 } as const;

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

export type MeshMultiZoneServices = "off" | "generate";

/** A mesh's settings (`meshes[]`); a mesh not listed has every default. */
export interface MeshConfig {
  readonly name: string;
  /** generate: one MeshMultiZoneService per service in two or more zones (compute/multizone.ts). */
  readonly meshMultiZoneServices: MeshMultiZoneServices;
}

/** The global control plane: where its resources (MeshMultiZoneServices) are written, in which format. */
export interface GlobalConfig {
  /** Repository-relative POSIX directory, normalised, without trailing slash. */
  readonly output: string;
  readonly environment: Environment;
}

export interface Config {
  /** Repository-relative path of the config file, or null when the defaults are used. */
  readonly file: string | null;
  readonly policyReferences: PolicyReferences;
  /** false: stale generated files are reported and kept, never deleted. */
  readonly prune: boolean;
  /** Most generated files one zone's plan may delete; null: DEFAULT_MAX_DELETIONS. */
  readonly maxDeletions: number | null;
  readonly zones: readonly ZoneConfig[];
  /** Per-mesh settings; absent from a config without `meshes`. */
  readonly meshes?: readonly MeshConfig[];
  /** The global control plane; absent: DEFAULT_GLOBAL_OUTPUT, universal. */
  readonly global?: GlobalConfig;
}

/** The meshes whose MeshMultiZoneServices are generated, sorted. */
export function multiZoneMeshes(config: Config | null): string[] {
  return (config?.meshes ?? [])
    .filter((m) => m.meshMultiZoneServices === "generate")
    .map((m) => m.name)
    .sort();
}

/** A zone with every absent key set to its default. */
export function zoneWithDefaults(z: { name: string; environment: Environment } & Partial<ZoneConfig>): ZoneConfig {
  return {
    name: z.name,
    environment: z.environment,
    include: z.include ?? DEFAULT_INCLUDE,
    exclude: z.exclude ?? [],
    output: z.output ?? defaultOutput(z.name),
    vipCidr: z.vipCidr ?? DEFAULT_VIP_CIDR,
    universalSource: z.universalSource ?? "serviceTag",
    defaultHostnameGenerators: z.defaultHostnameGenerators ?? true,
  };
}

export function defaultOutput(zone: string): string {
  return `meshservices/${zone}`;
}

/**
 * Whether a run has the global step (plan/reconcile.ts): the config lists meshes. A mesh set back to
 * `meshMultiZoneServices: off` then has its MeshMultiZoneServices pruned, rather than left behind.
 */
export function multiZoneActive(config: Config | null): boolean {
  return (config?.meshes?.length ?? 0) > 0;
}

/** The global output directory of a run with the global step, else null. */
export function multiZoneOutput(config: Config | null): string | null {
  return multiZoneActive(config) ? (config?.global?.output ?? DEFAULT_GLOBAL_OUTPUT) : null;
}
