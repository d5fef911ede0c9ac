import { formatDiagnostic } from "../diagnostics.js";
import { formatFieldChange } from "../plan/fields.js";
import { formatReference } from "../compute/migration.js";
import { printable, quoted } from "../model/printable.js";
import { counted } from "../model/words.js";
import type { PlanSummary } from "../plan/plan.js";
import type { Report, ReportMigrationMesh } from "./report.js";
import { describeLiveDrift, describeSources, handEditedChanges, legacyReferenceCount } from "./report.js";

const ANSI = {
  red: "\x1b[31m",
  green: "\x1b[32m",
  yellow: "\x1b[33m",
  cyan: "\x1b[36m",
  bold: "\x1b[1m",
  reset: "\x1b[0m",
};

/** terraform plan's symbols: `+` create, `~` update, `-` delete, each in its colour. */
const SYMBOL = {
  create: { mark: "+", colour: ANSI.green },
  update: { mark: "~", colour: ANSI.yellow },
  delete: { mark: "-", colour: ANSI.red },
} as const;

/**
 * The info codes that say what the run did or refused to do, not what the repository holds: never
 * folded (a refused mass deletion names every file it would have deleted).
 */
const RUN_NOTES: ReadonlySet<string> = new Set([
  "push-retried",
  "pull-request-unchanged",
  "pull-request-closed",
  "deletion-refused",
]);

const SEVERITY_COLOUR = { error: ANSI.red, warning: ANSI.yellow, info: ANSI.cyan } as const;

export interface TextOptions {
  /** ANSI colours (--color, a TTY without NO_COLOR). */
  readonly color: boolean;
  /** List every info diagnostic; without it they are one count line. */
  readonly verbose?: boolean;
  /** Only the per-zone counts and the verdict (--summary). */
  readonly summary?: boolean;
}

function counts(s: PlanSummary): string {
  return `${s.create} to create, ${s.update} to update, ${s.delete} to delete, ${s.unchanged} unchanged`;
}

function colourDiff(diff: string): string {
  return diff
    .split("\n")
    .map((line) => {
      if (line.startsWith("+++") || line.startsWith("---")) return `${ANSI.bold}${line}${ANSI.reset}`;
      if (line.startsWith("@@")) return `${ANSI.cyan}${line}${ANSI.reset}`;
      if (line.startsWith("+")) return `${ANSI.green}${line}${ANSI.reset}`;
      if (line.startsWith("-")) return `${ANSI.red}${line}${ANSI.reset}`;
      return line;
    })
    .join("\n");
}

/** The one-line verdict that closes the text report. */
export function verdict(report: Report): string {
  const s = report.summary;
  const n = s.create + s.update + s.delete;
  const pull = report.pullRequest;
  if (pull?.operation === "unchanged" && report.result !== "error")
    return `Unchanged: pull request #${pull.number ?? 0} already proposes these ${counted(n, "change")}; nothing was pushed.`;
  if (report.command === "migrate" && report.result !== "error") {
    if (report.result === "in-sync")
      return "Nothing to rewrite: no legacy reference with a new-style equivalent is left.";
    return `${report.result === "applied" ? "Rewrote" : "Would rewrite"} ${counted(n, "policy file")}.`;
  }
  switch (report.result) {
    case "error": {
      const errors = report.diagnostics.filter((d) => d.severity === "error").length;
      return `Error: ${counted(errors, "error")} found; nothing was written.`;
    }
    case "in-sync":
      return `In sync: ${counted(s.unchanged, "MeshService file")} ${s.unchanged === 1 ? "matches" : "match"} the sources.`;
    case "applied":
      return `Applied: ${counts(s)}.`;
    case "drift":
      return n === 0 && report.live !== undefined
        ? `Live drift: ${liveCount(report)} on the control plane ${liveCount(report).startsWith("1 ") ? "differs" : "differ"} from Git; the files match the sources.`
        : `Drift: ${counted(n, "file")} to change (${counts(s)})${report.live !== undefined && report.live.drift.length > 0 ? `; ${liveCount(report)} on the control plane differ from Git` : ""}.`;
  }
}

function liveCount(report: Report): string {
  return counted(report.live?.drift.length ?? 0, "MeshService");
}

/** The live section: what was read, then each MeshService that differs, with its fields. */
function renderLive(report: Report, paint: (colour: string, text: string) => string): string[] {
  const live = report.live;
  if (live === undefined) return [];
  const out = [
    "",
    `live ${live.url} (zone ${live.zone}, ${counted(live.meshes.length, "mesh", "meshes")}): ${counted(live.listed, "MeshService")} listed, ${live.summary.missing} missing, ${live.summary.extra} extra, ${live.summary.differs} differing`,
  ];
  const colour = { missing: ANSI.red, extra: ANSI.green, differs: ANSI.yellow } as const;
  for (const d of live.drift) {
    const { head, fields } = describeLiveDrift(d);
    out.push(`${paint(colour[d.kind], head.slice(0, 1))}${head.slice(1)}`);
    for (const f of fields) out.push(`  ${f}`);
  }
  return out;
}

/**
 * The human report: per-zone counts, per changed file its symbol (`+` create, `~` update, `-`
 * delete), the referencing policies, the fields an update changes (`spec.ports[0].port: 8080 →
 * 8081`) and its unified diff, diagnostics as `file:line:column: severity: message` (infos about
 * the repository folded into one count line unless verbose; those about what the run did stay), the generated files that were edited by hand, then the
 * verdict and what to do next. With `summary`, only the counts and the verdict. Colour only when
 * asked: the symbols, the severities, the diff and the verdict.
 */
export function renderText(report: Report, opts: TextOptions): string {
  const paint = (colour: string, text: string): string => (opts.color ? `${colour}${text}${ANSI.reset}` : text);
  const out: string[] = [];
  for (const z of report.zones)
    out.push(`zone ${z.name} (${z.environment}, ${printable(z.output)}): ${counts(z.summary)}`);
  if (opts.summary === true) {
    out.push("", paint(ANSI.bold, verdict(report)));
    return `${out.join("\n")}\n`;
  }
  // With an error the plan is not trustworthy and nothing is written: show the problems only.
  const changes = report.result === "error" ? [] : report.changes;
  for (const c of changes) {
    out.push("");
    const overwrite = report.result === "applied" ? "overwritten" : "apply overwrites it";
    const note = c.handEdited ? ` (edited by hand since it was generated; ${overwrite})` : "";
    const symbol = SYMBOL[c.action];
    out.push(`${paint(symbol.colour, `${symbol.mark} ${c.action}`)} ${printable(c.path)}${note}`);
    if (report.command === "migrate") {
      const n = legacyReferenceCount(report, c.path);
      out.push(`  holds ${counted(n, "legacy reference")} (see Migration to MeshService below)`);
    } else
      out.push(`  because ${c.action === "delete" ? "no source generates it any more" : describeSources(c.sources)}`);
    for (const p of c.policies)
      out.push(`  referenced by ${p.kind} ${quoted(p.name)} (${printable(p.file)}:${p.line})`);
    for (const f of c.fields) out.push(`  ${formatFieldChange(f)}`);
    out.push((opts.color ? colourDiff(c.diff) : c.diff).replace(/\n$/, ""));
  }
  if (report.result !== "error") out.push(...renderLive(report, paint));
  if (report.migration !== undefined && report.result !== "error") out.push("", ...migrationText(report.migration));
  // Infos about the repository's content are folded; those about what the run did (a retried push,
  // the pull request left unchanged or closed) stay listed.
  const folded = (d: (typeof report.diagnostics)[number]): boolean =>
    opts.verbose !== true && d.severity === "info" && !RUN_NOTES.has(d.code);
  const infos = report.diagnostics.filter(folded).length;
  const listed = report.diagnostics.filter((d) => !folded(d));
  if (listed.length > 0 || infos > 0) out.push("");
  for (const d of listed) {
    const line = formatDiagnostic(d);
    const at = line.indexOf(`${d.severity}: `);
    out.push(
      opts.color
        ? `${line.slice(0, at)}${paint(SEVERITY_COLOUR[d.severity], d.severity)}${line.slice(at + d.severity.length)}`
        : line,
    );
  }
  if (infos > 0)
    out.push(`${counted(infos, "info diagnostic")} not shown; --verbose lists ${infos === 1 ? "it" : "them"}.`);
  const edited = handEditedChanges(report);
  if (edited.length > 0) {
    out.push("");
    out.push(
      `Edited by hand: ${counted(edited.length, "generated file")} ${edited.length === 1 ? "no longer matches the hash in its" : "no longer match the hash in their"} marker line; ${report.result === "applied" ? "apply overwrote" : "apply overwrites"} ${edited.length === 1 ? "it" : "them"}:`,
    );
    for (const c of edited) out.push(`  ${printable(c.path)}`);
  }
  out.push("");
  out.push(paint(ANSI.bold, verdict(report)));
  const done = persisted(report);
  if (done !== null) out.push(done);
  if (report.nextStep !== null) out.push(`Next: ${report.nextStep}`);
  return `${out.join("\n")}\n`;
}

/**
 * The migration to MeshService (docs/migration.md): per mesh its mode and readiness for Exclusive,
 * then each legacy reference with its MeshService, its new-style equivalent and what it does now and
 * in the next mode. Values from the repository are JSON-quoted and file names quoted when not plain
 * (model/printable.ts): a control character shows as its escape.
 */
export function migrationText(meshes: readonly ReportMigrationMesh[]): string[] {
  const out = ["Migration to MeshService:"];
  for (const m of meshes) {
    const mode = `meshServices.mode ${m.mode}${m.modeAssumed ? " (assumed: no Mesh objects)" : ""}`;
    const verdict = m.ready
      ? "ready for Exclusive"
      : `not ready for Exclusive: ${m.blockers.length} ${m.blockers.length === 1 ? "reference" : "references"} would break`;
    out.push(`  mesh ${quoted(m.mesh)} in zone ${quoted(m.zone)} (${mode}): ${verdict}`);
    for (const b of m.blockers) out.push(`    blocks Exclusive: ${b}`);
    for (const r of m.references) {
      const field = r.form === "top-level" ? "spec.targetRef" : r.form === "to" ? "to[].targetRef" : "backendRef";
      out.push(
        `    ${printable(r.file)}:${r.line}:${r.column} ${r.policy.kind} ${quoted(r.policy.name)} ${field} ${quoted(r.legacy)}`,
      );
      const s = r.meshService;
      if (s !== null) {
        const port = s.port === null ? "" : ` port ${s.port}`;
        const missing = s.exists ? "" : " (does not exist)";
        out.push(`      MeshService ${quoted(s.namespace ? `${s.namespace}/${s.name}` : s.name)}${port}${missing}`);
      }
      if (r.replacement !== null)
        out.push(`      new style: ${formatReference(r.replacement)}${r.paired ? " (already next to it)" : ""}`);
      if (r.note !== null) out.push(`      note: ${r.note}`);
      out.push(`      ${r.now.mode}: ${r.now.text}`);
      if (r.next !== null) out.push(`      ${r.next.mode}: ${r.next.text}`);
    }
  }
  return out;
}

/**
 * What `apply` persisted, for stdout: `Committed <sha> on <branch>.`, `Pushed <sha> to <branch>.`,
 * and the pull request created, updated or closed. Null when nothing was (an unchanged pull request
 * is the verdict itself).
 */
export function persisted(report: Report): string | null {
  const parts: string[] = [];
  const c = report.commit;
  if (c !== null)
    parts.push(
      c.pushed
        ? `Pushed ${c.sha} to ${c.branch ?? "HEAD"}.`
        : `Committed ${c.sha}${c.branch === null ? "" : ` on ${c.branch}`}.`,
    );
  const p = report.pullRequest;
  if (p !== null && p.number !== null && p.operation !== "unchanged" && p.operation !== "none")
    parts.push(`Pull request #${p.number} ${p.operation}${p.url === null ? "" : `: ${p.url}`}.`);
  return parts.length === 0 ? null : parts.join(" ");
}
