import { compareStrings, diagnostic } from "../diagnostics.js";
import type { Diagnostic, Location } from "../diagnostics.js";
import { resolveDefaultZone } from "../validate/config.js";
import type { Config, ZoneConfig } from "../model/config.js";
import { decodeMeshService } from "../compute/committed.js";
import type { CommittedMeshService } from "../compute/committed.js";
import type { Desired } from "../compute/desired.js";
import { checkPolicyReferences } from "../compute/policies.js";
import type { PolicyRef } from "../compute/policies.js";
import { collectSources } from "../compute/sources.js";
import { sourceKind } from "../model/kinds.js";
import { computeZone } from "../compute/zone.js";
import type { ParsedFile, SourceResource } from "../parse/yaml.js";
import { outputPath, renderKey, renderResource, toResource } from "../render/meshservice.js";
import { validateRenderedMeshService } from "../validate/outputs.js";
import type { Schemas } from "../validate/schemas.js";
import { validateSources } from "../validate/sources.js";
import { buildZonePlan } from "./plan.js";
import type { CommittedFile, DesiredFile, FileChange } from "./plan.js";

export interface ZoneFiles {
  /** Source files of the zone (repository-relative, sorted). */
  readonly sources: readonly string[];
  /** Files found in the zone's output directory. */
  readonly outputs: readonly string[];
}

export interface ReconcileInput {
  /** The validated config, or null for the no-config default. */
  readonly config: Config | null;
  /** Where each zone is defined, for zone-wide diagnostics. */
  readonly zoneLocations: ReadonlyMap<string, Location>;
  /** The zones to reconcile (after --zone), in config order. */
  readonly zones: readonly ZoneConfig[];
  readonly files: ReadonlyMap<string, ZoneFiles>;
  /** Every parsed file by path: sources and outputs. */
  readonly parsed: ReadonlyMap<string, ParsedFile>;
  /** Git blob ids of the files: committed and desired files are compared by them. */
  readonly blobIds: ReadonlyMap<string, string>;
  /**
   * Render keys of the committed generated files whose text is exactly the rendering of their
   * resource (src/io/parse-worker.ts). A desired MeshService with the same key at the same path
   * is not rendered: its text is the committed one. Rendering is pure, so this only saves time.
   */
  readonly renderKeys?: ReadonlyMap<string, string>;
  /** The shipped JSON Schemas that sources and rendered files are validated against. */
  readonly schemas: Schemas;
}

export interface ZoneResult {
  readonly zone: ZoneConfig;
  readonly services: readonly Desired[];
  readonly changes: readonly FileChange[];
  /** Policies referencing each MeshService of the zone (desired, hand-written or committed), by serviceKey. */
  readonly referencedBy: ReadonlyMap<string, readonly PolicyRef[]>;
}

export interface ReconcileResult {
  readonly zones: readonly ZoneResult[];
  readonly changes: readonly FileChange[];
  readonly diagnostics: readonly Diagnostic[];
}

/**
 * The pure heart of a run: parsed sources and committed files of every zone in, the desired
 * MeshServices and the one plan out. Zones are independent; their results are concatenated in
 * config order and the changes sorted by path. Source resources are validated (validate/sources.ts)
 * before they are read; every rendered file is checked against Kuma's MeshService schema and a
 * failure throws an InternalError, so a run that writes always writes valid MeshServices.
 */
export function reconcile(input: ReconcileInput): ReconcileResult {
  const diagnostics: Diagnostic[] = [];
  for (const f of input.parsed.values()) diagnostics.push(...f.diagnostics);
  const zones: ZoneResult[] = [];
  for (const configured of input.zones) {
    const files = input.files.get(configured.name) ?? { sources: [], outputs: [] };
    const resources = files.sources.flatMap((f) => input.parsed.get(f)?.resources ?? []);
    let zone = configured;
    if (input.config === null) {
      const counts = countKinds(resources);
      const resolved = resolveDefaultZone(counts);
      diagnostics.push(...resolved.diagnostics);
      if (!resolved.zone) continue;
      zone = resolved.zone;
    }
    const zoneAt = input.zoneLocations.get(zone.name) ?? { file: "", line: 0, column: 0 };
    const validated = validateSources(zone.name, resources, input.schemas);
    diagnostics.push(...validated.diagnostics);
    const collected = collectSources(validated.resources);
    diagnostics.push(...collected.diagnostics);
    const committedFiles: CommittedFile[] = [];
    const committed: CommittedMeshService[] = [];
    const handWritten: CommittedMeshService[] = [];
    const strayGenerated = new Set<string>();
    for (const res of collected.sources.meshServices) {
      // A generated file outside every output directory (a zone renamed, an output moved) is not
      // hand-written: it is ignored, and reported once per file.
      if ((input.parsed.get(res.res.file)?.marker ?? "none") !== "none") {
        strayGenerated.add(res.res.file);
        continue;
      }
      const ms = decodeMeshService(res.res, zone.name, zone.environment);
      if (ms) handWritten.push(ms);
    }
    for (const file of strayGenerated) diagnostics.push(generatedOutsideOutput(file));
    for (const path of files.outputs) {
      const file = input.parsed.get(path);
      const marker = file?.marker ?? "none";
      const first = file?.resources[0];
      const ms = first ? decodeMeshService(first, zone.name, zone.environment) : null;
      // A file without the marker is written by hand: it is validated like a source.
      if (marker === "none" && first)
        diagnostics.push(...validateSources(zone.name, [first], input.schemas).diagnostics);
      committedFiles.push({
        path,
        source: file?.source ?? { file: path, text: "" },
        blobId: input.blobIds.get(path) ?? null,
        marker,
        id: ms,
      });
      if (!ms) continue;
      if (marker === "none") handWritten.push(ms);
      else committed.push(ms);
    }
    const computed = computeZone({ zone, zoneAt, sources: collected.sources, committed, handWritten });
    diagnostics.push(...computed.diagnostics);
    const policies = checkPolicyReferences({
      zone: zone.name,
      environment: zone.environment,
      policies: collected.sources.policies,
      available: [...computed.services, ...handWritten],
      committed,
      gate: computed.gate,
      severity: input.config?.policyReferences ?? "warning",
    });
    diagnostics.push(...policies.diagnostics);
    const desiredFiles: DesiredFile[] = [];
    for (const svc of computed.services) {
      const path = outputPath(zone.output, svc);
      if (path === null) {
        diagnostics.push(
          diagnostic(
            "error",
            "output-path-invalid",
            `MeshService "${svc.name}" (mesh "${svc.mesh}"${svc.namespace ? `, namespace "${svc.namespace}"` : ""}) has a name that cannot be a file name inside ${zone.output}`,
            svc.at,
          ),
        );
        continue;
      }
      // One resource object serves the render key, the text and the schema check.
      const resource = toResource(svc);
      const key = input.renderKeys?.get(path);
      const committedText =
        key !== undefined && key === renderKey(resource) ? input.parsed.get(path)?.source : undefined;
      const content = committedText ?? { text: renderResource(resource) };
      validateRenderedMeshService(path, svc.environment, resource, content, input.schemas);
      desiredFiles.push({ ...svc, path, content, sameAsCommitted: committedText !== undefined });
    }
    const plan = buildZonePlan(zone.name, desiredFiles, committedFiles);
    diagnostics.push(...plan.diagnostics);
    zones.push({ zone, services: computed.services, changes: plan.changes, referencedBy: policies.referencedBy });
  }
  const changes = zones.flatMap((z) => z.changes).sort((a, b) => compareStrings(a.path, b.path));
  return { zones, changes, diagnostics };
}

function generatedOutsideOutput(file: string): Diagnostic {
  return diagnostic(
    "warning",
    "generated-file-outside-output",
    "generated by meshservice-reconciler but outside every zone's output directory; delete it or move it",
    { file, line: 1, column: 1 },
  );
}

function countKinds(resources: readonly SourceResource[]): { dataplanes: number; services: number } {
  let dataplanes = 0;
  let services = 0;
  for (const r of resources) {
    const k = sourceKind(r.value);
    if (k === "Dataplane") dataplanes++;
    else if (k === "Service") services++;
  }
  return { dataplanes, services };
}
