import { expect } from "vitest";
import { computeMeshGate } from "../../src/compute/mesh-gate.js";
import type { MeshGate } from "../../src/compute/mesh-gate.js";
import { collectSources } from "../../src/compute/sources.js";
import type { ZoneSources } from "../../src/compute/sources.js";
import { NO_LOCATION } from "../../src/diagnostics.js";
import { parseYamlFile } from "../../src/parse/yaml.js";

/** The zone sources of one YAML text, as the pipeline reads them; a parse problem fails the test. */
export function sourcesFromYaml(text: string, file = "sources.yaml"): ZoneSources {
  const parsed = parseYamlFile(file, new TextEncoder().encode(text));
  expect(parsed.diagnostics).toEqual([]);
  const { sources, diagnostics } = collectSources(parsed.resources);
  expect(diagnostics).toEqual([]);
  return sources;
}

/** The Mesh gate of a zone's sources, as zone.ts builds it. */
export function gateOf(sources: ZoneSources, zone = "zone-1"): MeshGate {
  return computeMeshGate(zone, sources.meshes, NO_LOCATION);
}
