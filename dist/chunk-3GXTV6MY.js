// Bundled by scripts/bundle.ts with esbuild; do not edit. Sources: src/, licences: licenses.txt.
import { createRequire as __msrCreateRequire } from "node:module";
import { dirname as __msrDirname } from "node:path";
import { fileURLToPath as __msrFileURLToPath } from "node:url";
const require = __msrCreateRequire(import.meta.url);
const __msrBundleFilename = __msrFileURLToPath(import.meta.url);
const __msrBundleDirname = __msrDirname(__msrBundleFilename);

// src/model/config.ts
var DEFAULT_CONFIG_FILE = "meshservice-reconciler.yaml";
var DEFAULT_INCLUDE = ["**/*.yaml", "**/*.yml"];
var DEFAULT_VIP_CIDR = "241.0.0.0/8";
var MULTIZONE_VIP_CIDR = "243.0.0.0/8";
var DEFAULT_GLOBAL_OUTPUT = "meshmultizoneservices";
var GLOBAL_ZONE_NAME = "global";
var DEFAULT_ZONE_NAME = "default";
var SKIPPED_DIRECTORIES = [".git", "node_modules"];
var DEFAULT_MAX_DELETIONS = { files: 10, share: 0.25 };
function multiZoneMeshes(config) {
  return (config?.meshes ?? []).filter((m) => m.meshMultiZoneServices === "generate").map((m) => m.name).sort();
}
function zoneWithDefaults(z) {
  return {
    name: z.name,
    environment: z.environment,
    include: z.include ?? DEFAULT_INCLUDE,
    exclude: z.exclude ?? [],
    output: z.output ?? defaultOutput(z.name),
    vipCidr: z.vipCidr ?? DEFAULT_VIP_CIDR,
    universalSource: z.universalSource ?? "serviceTag",
    defaultHostnameGenerators: z.defaultHostnameGenerators ?? true
  };
}
function defaultOutput(zone) {
  return `meshservices/${zone}`;
}
function multiZoneActive(config) {
  return (config?.meshes?.length ?? 0) > 0;
}
function multiZoneOutput(config) {
  return multiZoneActive(config) ? config?.global?.output ?? DEFAULT_GLOBAL_OUTPUT : null;
}

export {
  DEFAULT_CONFIG_FILE,
  DEFAULT_INCLUDE,
  MULTIZONE_VIP_CIDR,
  DEFAULT_GLOBAL_OUTPUT,
  GLOBAL_ZONE_NAME,
  DEFAULT_ZONE_NAME,
  SKIPPED_DIRECTORIES,
  DEFAULT_MAX_DELETIONS,
  multiZoneMeshes,
  zoneWithDefaults,
  defaultOutput,
  multiZoneActive,
  multiZoneOutput
};
