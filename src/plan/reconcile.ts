import { compareStrings, diagnostic } from "../diagnostics.js";
import type { Diagnostic, Location } from "../diagnostics.js";
import { resolveDefaultZone } from "../validate/config.js";
import type { ZoneKeyLocations } from "../validate/config.js";
import {
  DEFAULT_GLOBAL_OUTPUT,
  GLOBAL_ZONE_NAME,
  multiZoneActive,
  multiZoneMeshes,
  zoneWithDefaults,
} from "../model/config.js";
import type { Config, ZoneConfig } from "../model/config.js";
import { decodeMeshService } from "../compute/committed.js";
import type { CommittedMeshService } from "../compute/committed.js";
import type { Desired } from "../compute/desired.js";
import { computeMultiZoneServices, decodeMultiZoneService } from "../compute/multizone.js";
import type { CommittedMultiZoneService, DesiredMultiZoneService } from "../compute/multizone.js";
import { checkMultiZoneReferences, checkPolicyReferences, policyMeta } from "../compute/policies.js";
import { computeMigration } from "../compute/migration.js";
import type { MeshMigration } from "../compute/migration.js";
import type { PolicyRef } from "../compute/policies.js";
import type { MeshGate } from "../compute/mesh-gate.js";
import type { Provenance } from "../compute/provenance.js";
import { collectSources } from "../compute/sources.js";
import type { ZoneSources } from "../compute/sources.js";
import { sourceKind } from "../model/kinds.js";
import type { LiveMeshService } from "../model/live.js";
import { computeZone } from "../compute/zone.js";
import { locate } from "../parse/yaml.js";
import type { ParsedFile, SourceResource } from "../parse/yaml.js";
import { outputPath, renderKey, renderResource, toResource } from "../render/meshservice.js";
import { multiZoneOutputPath, toMultiZoneResource } from "../render/multizone.js";
import { validateRenderedMeshService, validateRenderedMultiZoneService } from "../validate/outputs.js";
import { validateResource } from "../validate/schemas.js";
import type { Schemas } from "../validate/schemas.js";
import { validateSources } from "../validate/sources.js";
import { checkDeletions } from "./deletions.js";
import { buildZonePlan } from "./plan.js";
import type { CommittedFile, DesiredFile, FileChange } from "./plan.js";

export interface ZoneFiles {
  /** Source files of the zone (repository-relative, sorted). */
  readonly sources: readonly string[];
  /** Files found in the zone's output directory. */
  readonly outputs: readonly string[];
  /** Discovery of the sources failed (and said why): `sources` is not known to be empty. */
  readonly sourcesFailed?: boolean;
}

export interface ReconcileInput {
  /** The validated config, or null for the no-config default. */
  readonly config: Config | null;
  /** Where each zone is defined, for zone-wide diagnostics. */
  readonly zoneLocations: ReadonlyMap<string, Location>;
  /** Where each zone's `include` and `output` are (default: at the zone). */
  readonly zoneKeys?: ReadonlyMap<string, ZoneKeyLocations>;
  /** Where the config opts meshes in to MeshMultiZoneServices (`meshes`), for global diagnostics. */
  readonly globalAt?: Location;
  /** --allow-deletions: the mass-deletion guard is off (plan/deletions.ts). */
  readonly allowDeletions?: boolean;
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
  /** `apply --adopt-live-vips`: the live MeshServices of a zone by zone name, their VIPs adopted. */
  readonly live?: ReadonlyMap<string, readonly LiveMeshService[]>;
  /**
   * Zones whose inputs are unchanged since a run that computed them (src/io/zone-memo.ts), by zone
   * name: their outcome is taken as it is, and their files need not be in `parsed`.
   */
  readonly memoised?: ReadonlyMap<string, ZoneOutcome>;
}

export interface ZoneResult {
  readonly zone: ZoneConfig;
  readonly services: readonly Desired[];
  readonly changes: readonly FileChange[];
  /** Policies referencing each MeshService of the zone (desired, hand-written or committed), by serviceKey. */
  readonly referencedBy: ReadonlyMap<string, readonly PolicyRef[]>;
  /** Where each desired MeshService comes from, by serviceKey (compute/provenance.ts). */
  readonly provenance: ReadonlyMap<string, readonly Provenance[]>;
  /** The MeshServices committed in Git for the zone, generated and hand-written (`--live` compares them). */
  readonly committed: readonly CommittedMeshService[];
  /** The zone's sources, for the global step (MeshMultiZoneServices); absent for global itself. */
  readonly sources?: ZoneSources;
  /** The meshes of the zone whose policies have legacy references (compute/migration.ts). */
  readonly migration: readonly MeshMigration[];
}

/**
 * Everything a run takes from one zone: its result (null for the no-config zone when it cannot be
 * decided) and its diagnostics, those of its files included. A pure function of the zone's inputs
 * (its files' contents, the config, the tool), which is what lets a run memoise it.
 */
export interface ZoneOutcome {
  readonly zone: ZoneResult | null;
  readonly diagnostics: readonly Diagnostic[];
}

export interface ReconcileResult {
  readonly zones: readonly ZoneResult[];
  readonly changes: readonly FileChange[];
  readonly diagnostics: readonly Diagnostic[];
  /** The outcome of each zone by name, memoised or computed. */
  readonly outcomes: ReadonlyMap<string, ZoneOutcome>;
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
  const zones: ZoneResult[] = [];
  const outcomes = new Map<string, ZoneOutcome>();
  for (const configured of input.zones) {
    const outcome = input.memoised?.get(configured.name) ?? reconcileZoneOutcome(input, configured);
    outcomes.set(configured.name, outcome);
    // A file of two zones gives its diagnostics twice; reports drop the duplicates (sortDiagnostics).
    diagnostics.push(...outcome.diagnostics);
    if (outcome.zone !== null) zones.push(outcome.zone);
  }
  const global = reconcileGlobal(input, zones, diagnostics);
  if (global !== null) zones.push(global);
  const changes = zones.flatMap((z) => z.changes).sort((a, b) => compareStrings(a.path, b.path));
  return { zones, changes, diagnostics, outcomes };
}

/** One zone computed: the diagnostics of its files (sources, then outputs), then the zone's own. */
function reconcileZoneOutcome(input: ReconcileInput, configured: ZoneConfig): ZoneOutcome {
  const diagnostics: Diagnostic[] = [];
  const files = input.files.get(configured.name) ?? { sources: [], outputs: [] };
  for (const f of [...files.sources, ...files.outputs]) diagnostics.push(...(input.parsed.get(f)?.diagnostics ?? []));
  const zone = reconcileZone(input, configured, diagnostics);
  return { zone, diagnostics };
}

/**
 * The global control plane's MeshMultiZoneServices (compute/multizone.ts), after every zone: read
 * the global output, compute, render and check each against Kuma's schema, plan and bound the
 * deletions as for a zone, and check the `kind: MeshMultiZoneService` references of every zone's
 * policies. It needs the desired MeshServices of every zone, so a run on a --zone subset leaves
 * the global output as it is (a `multizone-skipped` info). Null when the config lists no meshes;
 * with meshes that all say `off`, the committed MeshMultiZoneServices are pruned.
 */
function reconcileGlobal(
  input: ReconcileInput,
  zones: readonly ZoneResult[],
  diagnostics: Diagnostic[],
): ZoneResult | null {
  if (input.config === null || !multiZoneActive(input.config)) return null;
  const meshes = multiZoneMeshes(input.config);
  const at = input.globalAt ?? { file: input.config.file ?? "", line: 1, column: 1 };
  const settings = input.config.global ?? { output: DEFAULT_GLOBAL_OUTPUT, environment: "universal" as const };
  const zone = zoneWithDefaults({ name: GLOBAL_ZONE_NAME, ...settings, include: [] });
  if (input.zones.length < input.config.zones.length) {
    const message =
      `MeshMultiZoneServices need the MeshServices of every zone; --zone selects ${input.zones.length} of ` +
      `${input.config.zones.length}, so ${zone.output} is left as it is`;
    diagnostics.push(diagnostic("info", "multizone-skipped", message, at));
    return null;
  }
  const outputs = readGlobalOutputs(input, zone, diagnostics);
  const handWritten = [...outputs.handWritten, ...handWrittenInSources(input, zones)];
  const computed = computeMultiZoneServices({
    meshes,
    environment: zone.environment,
    zones: zones.map((z) => ({ name: z.zone.name, services: z.services })),
    committed: outputs.committed,
    handWritten,
    hostnameGenerators: zones.flatMap((z) => z.sources?.hostnameGenerators ?? []),
    globalAt: at,
  });
  diagnostics.push(...computed.diagnostics);
  const desired = renderGlobalDesired(input, zone, computed.services, diagnostics);
  const changes = planGlobal(input, desired, outputs.files, at, diagnostics);
  const available = [
    ...computed.services.map((m) => referable(m, m.spec.ports)),
    ...handWritten.map(referableHandWritten),
  ];
  const committed = outputs.committed.map(referableHandWritten);
  const referencedBy = checkGlobalReferences(input, zones, meshes, available, committed, diagnostics);
  return { zone, services: [], changes, referencedBy, provenance: computed.provenance, committed: [], migration: [] };
}

/**
 * The MeshMultiZoneServices written by hand in the zones' sources (files without our marker), in
 * zone and source order. A source file that several zones include holds one, not one per zone: each
 * file, document and position below it counts once.
 */
function handWrittenInSources(input: ReconcileInput, zones: readonly ZoneResult[]): CommittedMultiZoneService[] {
  const out: CommittedMultiZoneService[] = [];
  const documents = new Set<string>();
  for (const z of zones)
    for (const p of z.sources?.policies ?? []) {
      if ((input.parsed.get(p.res.file)?.marker ?? "none") !== "none") continue;
      const document = `${p.res.file}\0${p.res.docIndex}\0${JSON.stringify(p.res.base)}`;
      if (documents.has(document)) continue;
      const m = decodeMultiZoneService(p.value, p.at);
      if (!m) continue;
      documents.add(document);
      out.push(m);
    }
  return out;
}

/**
 * The desired files of the global output: each MeshMultiZoneService rendered and checked against
 * Kuma's schema (a failure throws an InternalError). A name that cannot be a file name inside the
 * output is an `output-path-invalid` error and no file.
 */
function renderGlobalDesired(
  input: ReconcileInput,
  zone: ZoneConfig,
  services: readonly DesiredMultiZoneService[],
  diagnostics: Diagnostic[],
): DesiredFile[] {
  const desired: DesiredFile[] = [];
  for (const m of services) {
    const path = multiZoneOutputPath(zone.output, m);
    if (path === null) {
      const message = `MeshMultiZoneService "${m.name}" (mesh "${m.mesh}") has a name that cannot be a file name inside ${zone.output}`;
      diagnostics.push(diagnostic("error", "output-path-invalid", message, m.at));
      continue;
    }
    const resource = toMultiZoneResource(m);
    const text = renderResource(resource);
    validateRenderedMultiZoneService(path, zone.environment, resource, text, input.schemas);
    desired.push({
      zone: GLOBAL_ZONE_NAME,
      mesh: m.mesh,
      namespace: "",
      name: m.name,
      path,
      content: { text },
      resource,
    });
  }
  return desired;
}

/** The plan of the global output, its deletions bounded by `prune` and `maxDeletions` as for a zone. */
function planGlobal(
  input: ReconcileInput,
  desired: readonly DesiredFile[],
  files: readonly CommittedFile[],
  at: Location,
  diagnostics: Diagnostic[],
): readonly FileChange[] {
  const plan = buildZonePlan(GLOBAL_ZONE_NAME, desired, files);
  diagnostics.push(...plan.diagnostics);
  const generated = files.filter((f) => f.marker !== "none").length;
  const policy = {
    prune: input.config?.prune ?? true,
    maxDeletions: input.config?.maxDeletions ?? null,
    allowDeletions: input.allowDeletions === true,
  };
  const checked = checkDeletions(GLOBAL_ZONE_NAME, plan.changes, generated, policy, at);
  diagnostics.push(...checked.diagnostics);
  return checked.changes;
}

/** A MeshMultiZoneService as the policy-reference check of compute/multizone.ts looks it up. */
function referable(
  m: { mesh: string; name: string; labels: Readonly<Record<string, string>> },
  ports: readonly { name?: string; port: number }[],
) {
  return { zone: GLOBAL_ZONE_NAME, mesh: m.mesh, namespace: "", name: m.name, labels: m.labels, spec: { ports } };
}

function referableHandWritten(h: CommittedMultiZoneService) {
  return referable(h, h.ports);
}

/**
 * The `kind: MeshMultiZoneService` references of every zone's policies, checked against the desired
 * and hand-written ones (and the committed ones, for a reference that loses its target), with the
 * config's `policyReferences` severity; the policies that reference each, zones in config order.
 */
function checkGlobalReferences(
  input: ReconcileInput,
  zones: readonly ZoneResult[],
  meshes: readonly string[],
  available: readonly ReturnType<typeof referable>[],
  committed: readonly ReturnType<typeof referable>[],
  diagnostics: Diagnostic[],
): Map<string, PolicyRef[]> {
  const referencedBy = new Map<string, PolicyRef[]>();
  for (const z of zones) {
    const refs = checkMultiZoneReferences({
      environment: z.zone.environment,
      policies: z.sources?.policies ?? [],
      meshes: new Set(meshes),
      available,
      committed,
      severity: input.config?.policyReferences ?? "warning",
    });
    diagnostics.push(...refs.diagnostics);
    for (const [k, list] of refs.referencedBy) referencedBy.set(k, [...(referencedBy.get(k) ?? []), ...list]);
  }
  return referencedBy;
}

/**
 * The files of the global output as the plan compares them, and the MeshMultiZoneServices they hold:
 * ours (with the marker) and hand-written ones (without it, validated against Kuma's schema). Any
 * other kind there is a `source-in-output` error, as in a zone's output.
 */
function readGlobalOutputs(
  input: ReconcileInput,
  zone: ZoneConfig,
  diagnostics: Diagnostic[],
): { files: CommittedFile[]; committed: CommittedMultiZoneService[]; handWritten: CommittedMultiZoneService[] } {
  const out = {
    files: [] as CommittedFile[],
    committed: [] as CommittedMultiZoneService[],
    handWritten: [] as CommittedMultiZoneService[],
  };
  for (const path of input.files.get(GLOBAL_ZONE_NAME)?.outputs ?? []) {
    const file = input.parsed.get(path);
    // The global output belongs to no zone, so its files' own diagnostics (YAML errors) are reported here.
    diagnostics.push(...(file?.diagnostics ?? []));
    const marker = file?.marker ?? "none";
    const first = file?.resources[0];
    const m = first ? decodeMultiZoneService(first.value, locate(first)) : null;
    if (marker === "none" && first && m)
      diagnostics.push(
        ...validateResource(input.schemas, `kuma-meshmultizoneservice-${zone.environment}`, first, "resource-invalid"),
      );
    for (const res of file?.resources ?? [])
      if (decodeMultiZoneService(res.value, locate(res)) === null && sourceKind(res.value) !== null)
        diagnostics.push(sourceInOutput(sourceKind(res.value) ?? "", zone.output, res));
    const source = file?.source ?? { file: path, text: "" };
    const id = m ? { zone: GLOBAL_ZONE_NAME, mesh: m.mesh, namespace: "", name: m.name } : null;
    out.files.push({ path, source, blobId: input.blobIds.get(path) ?? null, marker, id, value: first?.value });
    if (m) (marker === "none" ? out.handWritten : out.committed).push(m);
  }
  return out;
}

/**
 * One zone, in the order of the pipeline: its sources validated and bucketed, its committed files
 * read, its desired MeshServices computed, the policies that reference them checked, the desired
 * files rendered, and its plan. Null for the no-config zone when it cannot be decided.
 */
function reconcileZone(input: ReconcileInput, configured: ZoneConfig, diagnostics: Diagnostic[]): ZoneResult | null {
  const files = input.files.get(configured.name) ?? { sources: [], outputs: [] };
  const resources = files.sources.flatMap((f) => input.parsed.get(f)?.resources ?? []);
  const zone = input.config === null ? defaultZone(resources, diagnostics) : configured;
  if (zone === null) return null;
  const zoneAt = input.zoneLocations.get(zone.name) ?? { file: "", line: 0, column: 0 };
  if (input.config !== null && files.sources.length === 0 && files.sourcesFailed !== true)
    diagnostics.push(noSources(zone, input.zoneKeys?.get(zone.name)?.include ?? zoneAt));
  const validated = validateSources(zone.name, resources, input.schemas);
  diagnostics.push(...validated.diagnostics);
  const collected = collectSources(validated.resources);
  diagnostics.push(...collected.diagnostics);
  const handWritten = handWrittenSources(input, zone, collected.sources.meshServices, diagnostics);
  const outputs = readOutputs(input, zone, files.outputs, diagnostics);
  handWritten.push(...outputs.handWritten);
  const { committed } = outputs;
  const live = input.live?.get(zone.name);
  const computed = computeZone({ zone, zoneAt, sources: collected.sources, committed, handWritten, live });
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
  const migration = computeMigration({
    zone: zone.name,
    environment: zone.environment,
    policies: collected.sources.policies,
    meshes: collected.sources.meshes,
    services: [...computed.services, ...handWritten, ...wouldBe(zone, zoneAt, collected.sources, computed.gate)],
    severity: input.config?.policyReferences ?? "warning",
  });
  diagnostics.push(...migration.diagnostics);
  const desired = renderDesired(input, zone, computed.services, diagnostics);
  const plan = buildZonePlan(zone.name, desired, outputs.files);
  diagnostics.push(...plan.diagnostics);
  const generated = outputs.files.filter((f) => f.marker !== "none").length;
  const policy = {
    prune: input.config?.prune ?? true,
    maxDeletions: input.config?.maxDeletions ?? null,
    allowDeletions: input.allowDeletions === true,
  };
  const checked = checkDeletions(zone.name, plan.changes, generated, policy, zoneAt);
  diagnostics.push(...checked.diagnostics);
  return {
    zone,
    services: computed.services,
    changes: checked.changes,
    referencedBy: policies.referencedBy,
    provenance: computed.provenance,
    committed: [...committed, ...handWritten],
    sources: collected.sources,
    migration: migration.meshes,
  };
}

/**
 * The MeshServices that the meshes without them (the Mesh gate, e.g. meshServices.mode Disabled)
 * would have once enabled: what their legacy references will correspond to. Computed only when such
 * a mesh has policies; without Mesh objects every mesh is taken as enabled, so this is that zone.
 */
function wouldBe(zone: ZoneConfig, zoneAt: Location, sources: ZoneSources, gate: MeshGate): Desired[] {
  const gated = (mesh: string): boolean => gate.reasonSkipped(mesh) !== null;
  const meshOf = (p: Record<string, unknown>): string => policyMeta(p, zone.environment).mesh;
  if (!sources.policies.some((p) => gated(meshOf(p.value)))) return [];
  const open = computeZone({
    zone,
    zoneAt,
    sources: { ...sources, meshes: new Map() },
    committed: [],
    handWritten: [],
  });
  return open.services.filter((s) => gated(s.mesh));
}

/** The no-config zone, decided by the kinds its sources hold (validate/config.ts resolveDefaultZone). */
function defaultZone(resources: readonly SourceResource[], diagnostics: Diagnostic[]): ZoneConfig | null {
  const resolved = resolveDefaultZone(countKinds(resources));
  diagnostics.push(...resolved.diagnostics);
  return resolved.zone;
}

/**
 * The MeshServices of the sources without our marker: written by hand. A generated file outside
 * every output directory (a zone renamed, an output moved) is not hand-written: it is ignored, and
 * reported once per file.
 */
function handWrittenSources(
  input: ReconcileInput,
  zone: ZoneConfig,
  meshServices: ZoneSources["meshServices"],
  diagnostics: Diagnostic[],
): CommittedMeshService[] {
  const handWritten: CommittedMeshService[] = [];
  const strayGenerated = new Set<string>();
  for (const res of meshServices) {
    if ((input.parsed.get(res.res.file)?.marker ?? "none") !== "none") {
      strayGenerated.add(res.res.file);
      continue;
    }
    const ms = decodeMeshService(res.res, zone.name, zone.environment);
    if (ms) handWritten.push(ms);
  }
  for (const file of strayGenerated) diagnostics.push(generatedOutsideOutput(file));
  return handWritten;
}

/**
 * The files of the zone's output directory as the plan compares them, and the MeshServices they
 * hold: ours (with the marker) and hand-written ones (without it, validated like a source). Any other
 * source kind there (a Dataplane, a Service) is an error: outputs are never sources, so it would be
 * silently dropped.
 */
function readOutputs(
  input: ReconcileInput,
  zone: ZoneConfig,
  paths: readonly string[],
  diagnostics: Diagnostic[],
): { files: CommittedFile[]; committed: CommittedMeshService[]; handWritten: CommittedMeshService[] } {
  const out = {
    files: [] as CommittedFile[],
    committed: [] as CommittedMeshService[],
    handWritten: [] as CommittedMeshService[],
  };
  for (const path of paths) {
    const file = input.parsed.get(path);
    // The global output belongs to no zone, so its files' own diagnostics (YAML errors) are reported here.
    diagnostics.push(...(file?.diagnostics ?? []));
    const marker = file?.marker ?? "none";
    const first = file?.resources[0];
    const ms = first ? decodeMeshService(first, zone.name, zone.environment) : null;
    if (marker === "none" && first) diagnostics.push(...validateSources(zone.name, [first], input.schemas).diagnostics);
    for (const res of file?.resources ?? []) {
      const kind = sourceKind(res.value);
      if (kind !== null && kind !== "MeshService") diagnostics.push(sourceInOutput(kind, zone.output, res));
    }
    const source = file?.source ?? { file: path, text: "" };
    out.files.push({ path, source, blobId: input.blobIds.get(path) ?? null, marker, id: ms, value: first?.value });
    if (ms) (marker === "none" ? out.handWritten : out.committed).push(ms);
  }
  return out;
}

/**
 * The desired files of the zone: each MeshService rendered at its output path and checked against
 * Kuma's schema. One resource object serves the render key, the text and the schema check; a
 * MeshService whose render key is the committed file's keeps that file's text, unrendered.
 */
function renderDesired(
  input: ReconcileInput,
  zone: ZoneConfig,
  services: readonly Desired[],
  diagnostics: Diagnostic[],
): DesiredFile[] {
  const desired: DesiredFile[] = [];
  for (const svc of services) {
    const path = outputPath(zone.output, svc);
    if (path === null) {
      diagnostics.push(outputPathInvalid(svc, zone.output));
      continue;
    }
    const resource = toResource(svc);
    const key = input.renderKeys?.get(path);
    const committedText = key !== undefined && key === renderKey(resource) ? input.parsed.get(path)?.source : undefined;
    const content = committedText ?? { text: renderResource(resource) };
    validateRenderedMeshService(path, svc.environment, resource, content, input.schemas);
    desired.push({ ...svc, path, content, sameAsCommitted: committedText !== undefined, resource });
  }
  return desired;
}

function outputPathInvalid(svc: Desired, output: string): Diagnostic {
  return diagnostic(
    "error",
    "output-path-invalid",
    `MeshService "${svc.name}" (mesh "${svc.mesh}"${svc.namespace ? `, namespace "${svc.namespace}"` : ""}) has a name that cannot be a file name inside ${output}`,
    svc.at,
  );
}

function noSources(zone: ZoneConfig, at: Location): Diagnostic {
  return diagnostic(
    "error",
    "no-sources",
    `zone "${zone.name}": include ${JSON.stringify(zone.include)} matches no source file (outside every output ` +
      `directory, after exclude); the zone would lose every MeshService: fix the globs or remove the zone`,
    at,
  );
}

function sourceInOutput(kind: string, output: string, res: SourceResource): Diagnostic {
  return diagnostic(
    "error",
    "source-in-output",
    `a ${kind} in the output directory ${output} is never read as a source: move it out of ${output}`,
    locate(res),
  );
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
