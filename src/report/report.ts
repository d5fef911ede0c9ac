import { createTwoFilesPatch } from "diff";
import { hasErrors, sortDiagnostics } from "../diagnostics.js";
import { MARKER_PREFIX } from "../parse/marker.js";
import { redactSource } from "../redact.js";
import type { Diagnostic } from "../diagnostics.js";
import { describeEffect } from "../compute/migration.js";
import type { Effect, MeshMigration, MeshServicesMode, ReferenceForm } from "../compute/migration.js";
import type { PolicyRef } from "../compute/policies.js";
import type { Provenance } from "../compute/provenance.js";
import { GLOBAL_ZONE_NAME } from "../model/config.js";
import { serviceKey } from "../model/kuma.js";
import { printable } from "../model/printable.js";
import type { Command, Tool } from "../model/tool.js";
import type { FieldChange } from "../plan/fields.js";
import { formatFieldChange } from "../plan/fields.js";
import type { LiveComparison, LiveDrift } from "../plan/live.js";
import type { ChangeAction, FileChange, PlanSummary } from "../plan/plan.js";
import { hasDrift, summarize } from "../plan/plan.js";
import type { ZoneResult } from "../plan/reconcile.js";

/** How a run got its files: for `--verbose` and the benchmark. */
export interface ReadStats {
  readonly files: number;
  readonly cached: number;
  readonly parsed: number;
  /** Worker threads that parsed them; 0 when they were parsed in the main thread. */
  readonly workers: number;
  /** Zones whose plan came from the cache whole (src/io/zone-memo.ts); their files were not read. */
  readonly memoisedZones?: number;
}

export type ResultKind = "in-sync" | "drift" | "applied" | "error";

/** What `apply --pull-request` did to the pull request (the `pull-request-operation` output). */
export type PullRequestOperation = "created" | "updated" | "closed" | "unchanged" | "none";

/** The pull request a run created, updated, closed or left unchanged; number and url null with `none`. */
export interface PullRequestResult {
  readonly number: number | null;
  readonly operation: PullRequestOperation;
  readonly url: string | null;
}

/** The reconcile commit of `apply --commit`, `--push` or `--pull-request`. */
export interface CommitResult {
  readonly sha: string;
  /** The branch it is on (the bot branch for a pull request); null on a detached HEAD. */
  readonly branch: string | null;
  /** Pushed to the remote (--push, --pull-request), or only committed in place (--commit). */
  readonly pushed: boolean;
}

/** What a run found and did: the input of every report format. */
export interface RunOutcome {
  readonly command: Command;
  readonly repo: { readonly source: string; readonly ref: string | null; readonly commit: string | null };
  readonly zones: readonly ZoneResult[];
  /** How many zones the config has (`zones` holds those --zone selected); absent when it was not read. */
  readonly configZones?: number;
  readonly changes: readonly FileChange[];
  readonly diagnostics: readonly Diagnostic[];
  /** True when `apply` wrote the changes. */
  readonly applied: boolean;
  /** The pull request that `apply --pull-request` created or updated in this run; null otherwise. */
  readonly pullRequestUrl: string | null;
  /** The reconcile commit this run made, if any. */
  readonly commit?: CommitResult | null;
  /** What `apply --pull-request` did to the pull request; absent (or null) without --pull-request. */
  readonly pullRequest?: PullRequestResult | null;
  /** The repository's workflow that runs `apply` (io/repository.ts findReconcileWorkflow), if any. */
  readonly reconcileWorkflow?: string | null;
  /** How the files were read (not part of any report: it differs between cold and warm runs). */
  readonly stats?: ReadStats;
  /** `--live`: the control plane read, and where it differs from Git; absent without --live. */
  readonly live?: LiveComparison;
}

export interface ReportChange {
  readonly action: Exclude<ChangeAction, "unchanged">;
  readonly path: string;
  readonly zone: string;
  readonly mesh: string;
  readonly namespace: string;
  readonly name: string;
  readonly handEdited: boolean;
  /** The policies that reference the changed or deleted MeshService (docs/design/generation.md). */
  readonly policies: readonly PolicyRef[];
  /** Where the desired MeshService comes from (compute/provenance.ts); [] for a delete. */
  readonly sources: readonly Provenance[];
  /** An update's fields that differ, committed against desired (plan/fields.ts); [] otherwise. */
  readonly fields: readonly FieldChange[];
  readonly diff: string;
}

export interface ReportZone {
  readonly name: string;
  readonly environment: string;
  readonly output: string;
  readonly summary: PlanSummary;
}

/** The one report object (JSON `schemaVersion: 1`) that every format renders. */
export interface Report {
  readonly schemaVersion: 1;
  readonly tool: Tool;
  readonly command: Command;
  readonly result: ResultKind;
  readonly exitCode: number;
  readonly repo: RunOutcome["repo"];
  readonly summary: PlanSummary;
  readonly zones: readonly ReportZone[];
  readonly changes: readonly ReportChange[];
  readonly meshServices: readonly {
    readonly zone: string;
    readonly mesh: string;
    readonly namespace: string;
    readonly name: string;
    readonly path: string;
    readonly vips: readonly string[];
    readonly hostnames: readonly string[];
    readonly sources: readonly Provenance[];
  }[];
  readonly diagnostics: readonly Diagnostic[];
  readonly pullRequestUrl: string | null;
  /** The pull request of `apply --pull-request` (number, operation, url); null without it. */
  readonly pullRequest: PullRequestResult | null;
  /** The reconcile commit (sha, branch, pushed); null when none was made. */
  readonly commit: CommitResult | null;
  /** What to do next (nextStep), or null when there is nothing to do. */
  readonly nextStep: string | null;
  /** `--live`: the control plane read and every MeshService on which it differs from Git; absent without it. */
  readonly live?: ReportLive;
  /**
   * The migration to MeshService (docs/migration.md): per zone and mesh with legacy policy
   * references, its mode, the references and the readiness for Exclusive. Absent when no policy of
   * the run has a legacy reference.
   */
  readonly migration?: readonly ReportMigrationMesh[];
}

/** One legacy policy reference as the reports show it (compute/migration.ts LegacyReference). */
export interface ReportMigrationReference {
  readonly form: ReferenceForm;
  readonly policy: { readonly kind: string; readonly name: string; readonly namespace: string };
  readonly file: string;
  readonly line: number;
  readonly column: number;
  readonly legacy: string;
  readonly meshService: {
    readonly name: string;
    readonly namespace: string;
    readonly port: number | null;
    readonly sectionName: string | null;
    /** False when no such MeshService (or port) exists: what the name says, not what is there. */
    readonly exists: boolean;
  } | null;
  readonly replacement: Readonly<Record<string, string | number>> | null;
  readonly paired: boolean;
  readonly now: { readonly mode: MeshServicesMode; readonly effect: Effect; readonly text: string };
  readonly next: { readonly mode: MeshServicesMode; readonly effect: Effect; readonly text: string } | null;
  readonly note: string | null;
}

export interface ReportMigrationMesh {
  readonly zone: string;
  readonly mesh: string;
  readonly mode: MeshServicesMode;
  readonly modeAssumed: boolean;
  readonly nextMode: MeshServicesMode | null;
  /** "ready for Exclusive", or what blocks it. */
  readonly ready: boolean;
  readonly blockers: readonly string[];
  readonly references: readonly ReportMigrationReference[];
}

/** The migration part of a report, zones in run order, meshes by name, references by position. */
export function migrationOf(zones: readonly { readonly migration: readonly MeshMigration[] }[]): ReportMigrationMesh[] {
  return zones.flatMap((z) =>
    z.migration.map((m) => ({
      zone: m.zone,
      mesh: m.mesh,
      mode: m.mode,
      modeAssumed: m.modeAssumed,
      nextMode: m.nextMode,
      ready: m.blockers.length === 0,
      blockers: m.blockers,
      references: m.references.map((r) => ({
        form: r.form,
        policy: r.policy,
        file: r.at.file,
        line: r.at.line,
        column: r.at.column,
        legacy: r.legacy,
        meshService: r.target === null ? null : { ...r.target, exists: r.resolved },
        replacement: r.replacement,
        paired: r.paired,
        now: { mode: m.mode, effect: r.now, text: describeEffect(r.now) },
        next:
          m.nextMode === null || r.next === null
            ? null
            : { mode: m.nextMode, effect: r.next, text: describeEffect(r.next) },
        note: r.note,
      })),
    })),
  );
}

/** The live section of a report (plan/live.ts compareLive). */
export interface ReportLive {
  /** The API server, without user information (redactSource). */
  readonly url: string;
  readonly zone: string;
  readonly meshes: readonly string[];
  /** MeshServices the control plane listed. */
  readonly listed: number;
  readonly summary: { readonly missing: number; readonly extra: number; readonly differs: number };
  readonly drift: readonly LiveDrift[];
}

/** The outcome of a run that stopped before reconciling (the config file has an error). */
export function stoppedOutcome(command: Command, repo: RunOutcome["repo"], diagnostics: Diagnostic[]): RunOutcome {
  return { command, repo, zones: [], changes: [], diagnostics, applied: false, pullRequestUrl: null };
}

export function resultOf(outcome: RunOutcome): ResultKind {
  if (hasErrors(outcome.diagnostics)) return "error";
  if (!hasDrift(outcome.changes) && (outcome.live?.drift.length ?? 0) === 0) return "in-sync";
  return outcome.applied ? "applied" : "drift";
}

/**
 * Unified diff of one change, paths as `a/<path>` and `b/<path>` like git. The marker line of an
 * update is left out (its hash changes with every change and says nothing a reviewer needs, as
 * kubectl hides managedFields): both sides are diffed without their first line and the hunk
 * headers shifted by one, so their line numbers stay those of the files. A create, a delete and a
 * file edited by hand (whose marker no longer matches) keep it.
 */
export function changeDiff(c: FileChange): string {
  const hideMarker =
    c.action === "update" &&
    !c.handEdited &&
    c.before?.startsWith(MARKER_PREFIX) === true &&
    c.after?.startsWith(MARKER_PREFIX) === true;
  const body = (text: string | null): string => {
    if (text === null) return "";
    return hideMarker ? text.slice(text.indexOf("\n") + 1) : text;
  };
  const patch = createTwoFilesPatch(
    // Quoted when not plain, as git quotes such a path: a control character shows as its escape.
    c.before === null ? "/dev/null" : printable(`a/${c.path}`),
    c.after === null ? "/dev/null" : printable(`b/${c.path}`),
    body(c.before),
    body(c.after),
    undefined,
    undefined,
    { context: 3 },
  );
  // Drop the "=====" banner that createTwoFilesPatch puts before the headers: git diffs have none.
  const diff = patch.replace(/^=+\n/, "");
  return hideMarker ? shiftHunks(diff, 1) : diff;
}

/** Adds `by` to the start lines of every hunk header (`@@ -a,b +c,d @@`). */
function shiftHunks(diff: string, by: number): string {
  return diff.replace(
    /^@@ -(\d+)((?:,\d+)?) \+(\d+)((?:,\d+)?) @@/gm,
    (_m, a: string, b: string, c: string, d: string) => `@@ -${Number(a) + by}${b} +${Number(c) + by}${d} @@`,
  );
}

/**
 * The kind of file a change writes: `migrate` rewrites policy files; otherwise the files of the
 * global control plane (its reserved zone name, validate/config.ts) hold MeshMultiZoneServices, those
 * of every zone MeshServices.
 */
export function changeKind(
  c: Pick<ReportChange, "zone">,
  command: Report["command"],
): "MeshService" | "MeshMultiZoneService" | "policy file" {
  if (command === "migrate") return "policy file";
  return c.zone === GLOBAL_ZONE_NAME ? "MeshMultiZoneService" : "MeshService";
}

/**
 * What a policy file of `migrate` is changed for: `holds 3 legacy references; migrate rewrites it`
 * (`rewritten` once written). Each reference once, however many zones include the file.
 */
export function policyFileReason(report: Pick<Report, "migration">, path: string, rewritten: boolean): string {
  const n = legacyReferenceCount(report, path);
  const held = `${n === 1 ? "1 legacy reference" : `${n} legacy references`}`;
  return rewritten ? `held ${held}; migrate rewrote it` : `holds ${held}; migrate rewrites it`;
}

/**
 * How many legacy references a policy file of `migrate` holds: each reference once, by its position,
 * however many zones include the file (the migration lists it once per zone).
 */
export function legacyReferenceCount(report: Pick<Report, "migration">, path: string): number {
  const refs = (report.migration ?? []).flatMap((m) => m.references).filter((r) => r.file === path);
  return new Set(refs.map((r) => `${r.line}:${r.column}`)).size;
}

/** Files the run changes (or changed): creates, updates and deletes. */
export function changedCount(report: Report): number {
  return report.changes.length;
}

/** Changed files whose committed text no longer matched its marker hash: someone edited them. */
export function handEditedChanges(report: Report): ReportChange[] {
  return report.changes.filter((c) => c.handEdited);
}

/**
 * What to do next, as Atlantis and tfcmt say what to run: with an error, fix it and plan again; with
 * drift, the command that fixes it (`meshservice-reconciler apply --commit`) or the repository's
 * reconcile workflow when it has one; in a pull request that proposes the changes, merging it. Null
 * when in sync or applied.
 */
export function nextStep(
  result: ResultKind,
  tool: Tool,
  workflow: string | null,
  context: "run" | "pull-request",
  command: Command = "plan",
): string | null {
  if (command === "migrate" && result === "drift" && context === "run")
    return `run ${tool.name} migrate (add --commit to commit the rewritten policy files).`;
  switch (result) {
    case "error":
      return `fix the errors above, then run ${tool.name} plan again.`;
    case "drift":
      if (context === "pull-request")
        return workflow === null
          ? "merge this pull request to apply these changes."
          : `merge this pull request to apply these changes; the workflow ${workflow} updates it when the sources change again.`;
      return workflow === null
        ? `run ${tool.name} apply --commit and push, or the Action with command: apply.`
        : `run ${tool.name} apply --commit and push, or let the workflow ${workflow} (it runs apply) do it.`;
    case "in-sync":
    case "applied":
      return null;
  }
}

/**
 * Builds the report; ordering is fixed (changes and MeshServices by path, diagnostics by position).
 * `context` is "pull-request" for the body of the pull request that proposes the changes.
 */
export function buildReport(
  outcome: RunOutcome,
  tool: Tool,
  exitCode: number,
  context: "run" | "pull-request" = "run",
): Report {
  const changes: ReportChange[] = [];
  const referencedBy = new Map(outcome.zones.flatMap((z) => [...z.referencedBy]));
  const provenance = new Map(outcome.zones.flatMap((z) => [...z.provenance]));
  for (const c of outcome.changes) {
    if (c.action === "unchanged") continue;
    changes.push({
      action: c.action,
      path: c.path,
      zone: c.zone,
      mesh: c.mesh,
      namespace: c.namespace,
      name: c.name,
      handEdited: c.handEdited,
      policies: referencedBy.get(serviceKey(c)) ?? [],
      sources: c.action === "delete" ? [] : (provenance.get(serviceKey(c)) ?? []),
      fields: c.fields ?? [],
      diff: changeDiff(c),
    });
  }
  const pathByKey = new Map(outcome.changes.map((c) => [serviceKey(c), c.path]));
  const meshServices = outcome.zones
    .flatMap((z) =>
      z.services.map((s) => ({
        zone: s.zone,
        mesh: s.mesh,
        namespace: s.namespace,
        name: s.name,
        path: pathByKey.get(serviceKey(s)) ?? "",
        vips: (s.status.vips ?? []).map((v) => v.ip),
        hostnames: (s.status.addresses ?? []).map((a) => a.hostname),
        sources: provenance.get(serviceKey(s)) ?? [],
      })),
    )
    .sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  const migration = migrationOf(outcome.zones);
  return {
    schemaVersion: 1,
    tool,
    command: outcome.command,
    result: resultOf(outcome),
    exitCode,
    repo: { ...outcome.repo, source: redactSource(outcome.repo.source) },
    summary: summarize(outcome.changes),
    zones: outcome.zones.map((z) => ({
      name: z.zone.name,
      environment: z.zone.environment,
      output: z.zone.output,
      summary: summarize(z.changes),
    })),
    changes,
    meshServices,
    diagnostics: sortDiagnostics(outcome.diagnostics),
    pullRequestUrl: outcome.pullRequestUrl,
    pullRequest: outcome.pullRequest ?? null,
    commit: outcome.commit ?? null,
    // A pull request that already proposes the changes is the next step itself (the verdict says so).
    nextStep:
      outcome.pullRequest?.operation === "unchanged"
        ? null
        : changes.length === 0 && (outcome.live?.drift.length ?? 0) > 0 && resultOf(outcome) === "drift"
          ? liveNextStep(tool, outcome.live?.url ?? "", outcome.live?.zone ?? "")
          : nextStep(resultOf(outcome), tool, outcome.reconcileWorkflow ?? null, context, outcome.command),
    ...(outcome.live !== undefined ? { live: reportLive(outcome.live) } : {}),
    ...(migration.length > 0 ? { migration } : {}),
  };
}

function reportLive(live: LiveComparison): ReportLive {
  const count = (kind: LiveDrift["kind"]): number => live.drift.filter((d) => d.kind === kind).length;
  return {
    url: redactSource(live.url),
    zone: live.zone,
    meshes: live.meshes,
    listed: live.listed,
    summary: { missing: count("missing"), extra: count("extra"), differs: count("differs") },
    drift: live.drift,
  };
}

/** The files match the sources but the control plane differs from them (docs/deploying.md). */
function liveNextStep(tool: Tool, url: string, zone: string): string {
  return `deploy the output directory to the control plane (docs/deploying.md); on Universal, ${tool.name} apply --zone ${zone} --live ${redactSource(url)} --adopt-live-vips records the VIPs Kuma assigned.`;
}

/**
 * One line per live difference: `~ default/orders (file): differs (Git → control plane)` and its
 * fields (`status.vips[0].ip: 241.0.0.7 → 241.0.0.1`). A mesh, namespace or name the control plane
 * sent with a space, a quote or a control character (a newline, an escape sequence) is shown as a
 * JSON string (model/printable.ts), so that it stays on its line and never reaches a terminal raw.
 */
export function describeLiveDrift(d: LiveDrift): { head: string; fields: string[] } {
  const id = `${printable(d.mesh)}/${d.namespace === "" ? "" : `${printable(d.namespace)}/`}${printable(d.name)}`;
  switch (d.kind) {
    case "missing":
      return { head: `- ${id} (${d.path ?? ""}): in Git, not on the control plane`, fields: [] };
    case "extra":
      return { head: `+ ${id}: on the control plane, not in Git`, fields: [] };
    case "differs":
      return {
        head: `~ ${id} (${d.path ?? ""}): differs (Git → control plane)`,
        fields: d.fields.map(formatFieldChange),
      };
  }
}

/** How many Dataplane inbounds the one-line description names before it counts the rest. */
const INBOUNDS_NAMED = 3;

/**
 * One line that says why a MeshService is what it is, for the text and Markdown reports:
 * `Service shop/checkout (kubernetes/shop/checkout.yaml:1)`, or `Dataplane default/web-01 inbound
 * port 80 (universal/dataplanes.yaml:7); hostnames from HostnameGenerator mesh-internal
 * (universal/hostname-generators.yaml:2)`. Each location goes through `where` (plain `file:line`, or
 * a code span in Markdown); a built-in generator is `built in`. The first {@link INBOUNDS_NAMED}
 * inbounds are named, the rest counted; each generator is named once. The committed file that kept
 * a VIP or hostname is left to the JSON report (the field summary says `kept`). "" without sources.
 */
export function describeSources(sources: readonly Provenance[], where: (loc: string) => string = (l) => l): string {
  const at = (p: Provenance): string => (p.file === "" ? "built in" : where(`${p.file}:${p.line}`));
  const origins: string[] = [];
  const inbounds = sources.filter((p) => p.role === "inbound");
  for (const p of sources) {
    if (p.role === "source") origins.push(`${p.kind} ${p.name} (${at(p)})`);
    if (p.role !== "inbound") continue;
    const i = inbounds.indexOf(p);
    if (i < INBOUNDS_NAMED) origins.push(`${p.kind} ${p.name} ${p.detail} (${at(p)})`);
    else if (i === INBOUNDS_NAMED) origins.push(`${inbounds.length - INBOUNDS_NAMED} more Dataplane inbound(s)`);
  }
  const generators = [
    ...new Set(sources.filter((p) => p.role === "hostname-generator").map((p) => `${p.kind} ${p.name} (${at(p)})`)),
  ];
  if (generators.length > 0) origins.push(`hostnames from ${generators.join(", ")}`);
  return origins.join("; ");
}
