import { formatDiagnostic } from "../diagnostics.js";
import { formatFieldChange } from "../plan/fields.js";
import { counted } from "../model/words.js";
import type { PlanSummary } from "../plan/plan.js";
import type { Report } from "./report.js";
import { describeSources, handEditedChanges } from "./report.js";

const ANSI = { red: "\x1b[31m", green: "\x1b[32m", cyan: "\x1b[36m", bold: "\x1b[1m", reset: "\x1b[0m" };

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
      return `Drift: ${counted(n, "file")} to change (${counts(s)}).`;
  }
}

/**
 * The human report: per-zone counts, per changed file the referencing policies, the fields an update
 * changes (`spec.ports[0].port: 8080 → 8081`) and its unified diff, diagnostics as `file:line:column: severity:
 * message`, the generated files that were edited by hand, then the verdict and what to do next. Colour only when asked
 * (a TTY without NO_COLOR).
 */
export function renderText(report: Report, opts: { color: boolean }): string {
  const out: string[] = [];
  for (const z of report.zones) out.push(`zone ${z.name} (${z.environment}, ${z.output}): ${counts(z.summary)}`);
  // With an error the plan is not trustworthy and nothing is written: show the problems only.
  const changes = report.result === "error" ? [] : report.changes;
  for (const c of changes) {
    out.push("");
    const overwrite = report.result === "applied" ? "overwritten" : "apply overwrites it";
    const note = c.handEdited ? ` (edited by hand since it was generated; ${overwrite})` : "";
    out.push(`${c.action} ${c.path}${note}`);
    out.push(`  because ${c.action === "delete" ? "no source generates it any more" : describeSources(c.sources)}`);
    for (const p of c.policies) out.push(`  referenced by ${p.kind} "${p.name}" (${p.file}:${p.line})`);
    for (const f of c.fields) out.push(`  ${formatFieldChange(f)}`);
    out.push((opts.color ? colourDiff(c.diff) : c.diff).replace(/\n$/, ""));
  }
  if (report.diagnostics.length > 0) {
    out.push("");
    for (const d of report.diagnostics) out.push(formatDiagnostic(d));
  }
  const edited = handEditedChanges(report);
  if (edited.length > 0) {
    out.push("");
    out.push(
      `Edited by hand: ${counted(edited.length, "generated file")} ${edited.length === 1 ? "no longer matches the hash in its" : "no longer match the hash in their"} marker line; ${report.result === "applied" ? "apply overwrote" : "apply overwrites"} ${edited.length === 1 ? "it" : "them"}:`,
    );
    for (const c of edited) out.push(`  ${c.path}`);
  }
  out.push("");
  out.push(opts.color ? `${ANSI.bold}${verdict(report)}${ANSI.reset}` : verdict(report));
  const done = persisted(report);
  if (done !== null) out.push(done);
  if (report.nextStep !== null) out.push(`Next: ${report.nextStep}`);
  return `${out.join("\n")}\n`;
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
