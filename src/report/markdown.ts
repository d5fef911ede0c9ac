import { formatDiagnostic } from "../diagnostics.js";
import { escapeControls } from "../model/printable.js";
import { counted } from "../model/words.js";
import { formatFieldChange } from "../plan/fields.js";
import type { Report, ReportChange } from "./report.js";
import { describeLiveDrift, describeSources, handEditedChanges, policyFileReason } from "./report.js";
import { migrationText, verdict } from "./text.js";

/** GitHub rejects a pull-request comment of this many characters or more. */
export const MARKDOWN_LIMIT = 65_536;

/** How many hand-edited files the call-out names before it only counts the rest. */
const HAND_EDITED_NAMED = 10;

export interface MarkdownOptions {
  /** The report stays strictly below this size, as counted by `measure` (default {@link MARKDOWN_LIMIT}). */
  readonly limit?: number;
  /** Size of a piece of text (default: UTF-16 code units, which is what GitHub counts for comments). */
  readonly measure?: (text: string) => number;
  /** Where the full JSON report is (the `--report-json` file), named by the truncation note. */
  readonly jsonReport?: string | null;
}

/**
 * The Markdown report for a pull-request comment or a job summary: title, verdict, a call-out of
 * hand-edited generated files, the counts table, diagnostics, then one collapsible `<details>` per
 * changed file with its diff in a fenced `diff` block.
 *
 * Size: the result is always below `limit`. When everything does not fit, the diffs go first (the
 * last files lose theirs and are listed by name only), then the names of files, then diagnostics,
 * each cut at the first piece that does not fit so that what remains is a prefix in report order;
 * a final note says how many of each were left out and where the full JSON report is.
 * With an error the plan is not trustworthy and nothing is written, so no changes are shown (as in
 * the text report).
 */
export function renderMarkdown(report: Report, opts: MarkdownOptions = {}): string {
  const limit = opts.limit ?? MARKDOWN_LIMIT;
  const measure = opts.measure ?? ((t: string) => t.length);
  const jsonReport = opts.jsonReport ?? null;

  // Every piece ends with a newline and the report is their concatenation, so sizes add up.
  const head = renderHead(report) + renderMigration(report);
  const diagnostics = report.diagnostics.map((d) => `- ${inlineCode(formatDiagnostic(d))}\n`);
  const changes = report.result === "error" ? [] : report.changes;
  const full = changes.map((c) => renderChangeDetails(report, c));
  const brief = changes.map((c) => `- ${c.action} ${inlineCode(c.path)}${c.handEdited ? " (edited by hand)" : ""}\n`);

  const next = nextLine(report);
  const all = assemble(next, head, diagnostics, full, [], null);
  if (measure(all) < limit) return all;

  // Reserve room for the note with the largest numbers it can show.
  const worstNote = truncationNote(
    { diffs: changes.length, files: changes.length, diagnostics: report.diagnostics.length },
    changes.length,
    report.diagnostics.length,
    jsonReport,
  );
  let budget = limit - 1 - measure(head) - measure(worstNote) - (next === null ? 0 : measure(`\n**Next:** ${next}\n`));
  const take = (pieces: readonly string[], extra: string): number => {
    if (pieces.length === 0) return 0;
    let cost = measure(extra);
    let n = 0;
    for (const p of pieces) {
      const c = measure(p);
      if (cost + c > budget) break;
      cost += c;
      n++;
    }
    if (n > 0) budget -= cost;
    return n;
  };
  const nDiagnostics = take(diagnostics, DIAGNOSTICS_HEADER);
  const nListed = take(brief, CHANGES_HEADER + BRIEF_HEADER);
  // Then give the diffs back, file by file in order, while they fit in place of the bare names.
  let nFull = 0;
  while (nFull < nListed) {
    const delta =
      measure(full[nFull] ?? "") - measure(brief[nFull] ?? "") - (nFull + 1 === nListed ? measure(BRIEF_HEADER) : 0);
    if (delta > budget) break;
    budget -= delta;
    nFull++;
  }
  const note = truncationNote(
    {
      diffs: changes.length - nFull,
      files: changes.length - nListed,
      diagnostics: report.diagnostics.length - nDiagnostics,
    },
    changes.length,
    report.diagnostics.length,
    jsonReport,
  );
  return assemble(
    next,
    head,
    diagnostics.slice(0, nDiagnostics),
    full.slice(0, nFull),
    brief.slice(nFull, nListed),
    note,
  );
}

const DIAGNOSTICS_HEADER = "\n#### Diagnostics\n\n";
const CHANGES_HEADER = "\n#### Changes\n";
const BRIEF_HEADER = "\nDiffs left out (see the note below):\n\n";

function assemble(
  next: string | null,
  head: string,
  diagnostics: readonly string[],
  full: readonly string[],
  brief: readonly string[],
  note: string | null,
): string {
  let out = head;
  if (diagnostics.length > 0) out += DIAGNOSTICS_HEADER + diagnostics.join("");
  if (full.length + brief.length > 0) out += CHANGES_HEADER + full.join("");
  if (brief.length > 0) out += BRIEF_HEADER + brief.join("");
  if (note !== null) out += note;
  if (next !== null) out += `\n**Next:** ${next}\n`;
  return out;
}

/** The closing "what to do next" with the commands and the workflow as code spans. */
function nextLine(report: Report): string | null {
  if (report.nextStep === null) return null;
  return report.nextStep
    .replace(/(meshservice-reconciler (?:plan|apply(?: --commit)?))/g, "`$1`")
    .replace(/(command: apply)/, "`$1`")
    .replace(/(\.github\/workflows\/\S+?)( |;|$)/, "`$1`$2");
}

function renderHead(report: Report): string {
  const out: string[] = [`### meshservice-reconciler \`${report.command}\``, "", `**${verdict(report)}**`, ""];
  const edited = handEditedChanges(report);
  if (edited.length > 0) {
    const named = edited.slice(0, HAND_EDITED_NAMED).map((c) => inlineCode(c.path));
    const more = edited.length > HAND_EDITED_NAMED ? ` and ${count(edited.length - HAND_EDITED_NAMED)} more` : "";
    out.push(
      `> **Edited by hand:** ${counted(edited.length, "generated file", "generated files", true)} ${edited.length === 1 ? "no longer matches the hash in its" : "no longer match the hash in their"} marker line; ${report.result === "applied" ? "`apply` overwrote" : "`apply` overwrites"} ${edited.length === 1 ? "it" : "them"}: ${named.join(", ")}${more}.`,
      "",
    );
  }
  out.push(
    "| zone | environment | create | update | delete | unchanged |",
    "| --- | --- | ---: | ---: | ---: | ---: |",
  );
  for (const z of report.zones) {
    const s = z.summary;
    out.push(`| ${tableCell(z.name)} | ${z.environment} | ${s.create} | ${s.update} | ${s.delete} | ${s.unchanged} |`);
  }
  out.push(...renderLive(report));
  if (report.pullRequestUrl !== null) out.push("", `Pull request: ${report.pullRequestUrl}`);
  return `${out.join("\n")}\n`;
}

/** How many live differences the Markdown report lists before it only counts the rest. */
const LIVE_NAMED = 50;

/** The live section (`--live`): what was read, then a bullet per MeshService that differs, its fields as code spans. */
function renderLive(report: Report): string[] {
  const live = report.live;
  if (live === undefined || report.result === "error") return [];
  const s = live.summary;
  const out = [
    "",
    `#### Live: ${inlineCode(live.url)} (zone ${inlineCode(live.zone)})`,
    "",
    `${counted(live.listed, "MeshService", "MeshServices", true)} listed; ${s.missing} missing, ${s.extra} extra, ${s.differs} differing from Git.`,
  ];
  if (live.drift.length > 0) out.push("");
  for (const d of live.drift.slice(0, LIVE_NAMED)) {
    const { head, fields } = describeLiveDrift(d);
    out.push(`- ${inlineCode(head)}`);
    for (const f of fields) out.push(`  - ${inlineCode(f)}`);
  }
  if (live.drift.length > LIVE_NAMED)
    out.push(`- and ${count(live.drift.length - LIVE_NAMED)} more (see the JSON report)`);
  return out;
}

function renderChangeDetails(report: Report, c: ReportChange): string {
  const note = c.handEdited ? " (edited by hand)" : "";
  const fence = fenceFor(c.diff);
  return [
    "",
    `<details><summary>${c.action} <code>${escapeHtml(c.path)}</code>${note}</summary>`,
    "",
    report.command === "migrate"
      ? `The policy file ${policyFileReason(report, c.path, report.result === "applied")} (see Migration to MeshService above).`
      : `Because ${c.action === "delete" ? "no source generates it any more" : describeSources(c.sources, inlineCode)}.`,
    "",
    ...(c.policies.length > 0
      ? [
          `Referenced by ${c.policies.map((p) => `${p.kind} ${inlineCode(p.name)} (${inlineCode(`${p.file}:${p.line}`)})`).join(", ")}.`,
          "",
        ]
      : []),
    ...(c.fields.length > 0 ? [...c.fields.map((f) => `- ${inlineCode(formatFieldChange(f))}`), ""] : []),
    `${fence}diff`,
    c.diff.replace(/\n$/, ""),
    fence,
    "",
    "</details>",
    "",
  ].join("\n");
}

function truncationNote(
  left: { diffs: number; files: number; diagnostics: number },
  changes: number,
  diagnostics: number,
  jsonReport: string | null,
): string {
  const parts: string[] = [];
  if (left.diffs > 0) parts.push(`the diffs of ${count(left.diffs)} of ${count(changes)} changed files`);
  if (left.files > 0) parts.push(`the names of ${count(left.files)} of them`);
  if (left.diagnostics > 0) parts.push(`${count(left.diagnostics)} of ${count(diagnostics)} diagnostics`);
  const where =
    jsonReport === null
      ? "run with `--report-json <file>` (or `--format json`) for the full report."
      : `the full report is the JSON report ${inlineCode(jsonReport)}.`;
  return `\n> **Truncated** to stay within GitHub's size limit: ${parts.join(", ")} left out; ${where}\n`;
}

/** At most this many characters of the migration section, which is part of the head (never truncated). */
const MIGRATION_CHARS = 16_384;

/**
 * The migration to MeshService (docs/migration.md): a line per mesh with its mode and readiness, and
 * the text report's section in a fenced block (the fence outgrows any backticks of the repository's
 * values), cut at {@link MIGRATION_CHARS} with a pointer to the JSON report. "" without legacy references.
 */
function renderMigration(report: Report): string {
  if (report.migration === undefined || report.result === "error") return "";
  const out = ["", "#### Migration to MeshService", ""];
  for (const m of report.migration) {
    const verdict = m.ready ? "ready for Exclusive" : `**not ready for Exclusive** (${m.blockers.length} blocking)`;
    out.push(
      `- mesh ${inlineCode(m.mesh)} in zone ${inlineCode(m.zone)}: \`${m.mode}\`${m.modeAssumed ? " (assumed)" : ""}, ${count(m.references.length)} legacy ${m.references.length === 1 ? "reference" : "references"}, ${verdict}`,
    );
  }
  let text = migrationText(report.migration).join("\n");
  if (text.length > MIGRATION_CHARS)
    text = `${text.slice(0, text.lastIndexOf("\n", MIGRATION_CHARS))}\n... (cut: the JSON report lists every reference)`;
  const fence = fenceFor(text);
  out.push("", "<details><summary>Legacy references</summary>", "", fence, text, fence, "", "</details>", "");
  return `${out.join("\n")}\n`;
}

function count(n: number): string {
  return n.toLocaleString("en-US");
}

/** A code span that survives backticks and line breaks in its content. */
function inlineCode(text: string): string {
  // Control characters as `\uXXXX` (model/printable.ts): a newline would end the span, a C1 control reach a terminal.
  return `\`${escapeControls(text.replaceAll("`", "'"))}\``;
}

/** A fence longer than any run of backticks in the content (a YAML value may hold three). */
function fenceFor(content: string): string {
  const longest = Math.max(0, ...[...content.matchAll(/`+/g)].map((m) => m[0].length));
  return "`".repeat(Math.max(3, longest + 1));
}

function escapeHtml(text: string): string {
  return escapeControls(text).replaceAll("&", "&amp;").replaceAll("<", "&lt;").replaceAll(">", "&gt;");
}

function tableCell(text: string): string {
  return text.replaceAll("|", "\\|");
}
