import type { Diagnostic } from "../diagnostics.js";
import { formatFieldChange } from "../plan/fields.js";
import type { LiveDrift } from "../plan/live.js";
import { MARKDOWN_LIMIT, renderMarkdown } from "./markdown.js";
import type { Report, ReportChange } from "./report.js";
import { changeKind, changedCount, describeLiveDrift, policyFileReason } from "./report.js";
import { GLOBAL_ZONE_NAME } from "../model/config.js";

// GitHub Actions workflow commands and files, as the runner reads them:
// https://docs.github.com/actions/reference/workflow-commands-for-github-actions

export type AnnotationLevel = "error" | "warning" | "notice";

/** GitHub shows at most this many annotations of each level per step; the rest are dropped. */
export const ANNOTATIONS_PER_LEVEL = 10;

/** GitHub refuses a job summary above 1 MiB per step. */
export const STEP_SUMMARY_LIMIT = 1024 * 1024;

export interface Annotation {
  readonly level: AnnotationLevel;
  /** Repository-relative path; "" for a problem without a file. */
  readonly file: string;
  /** 1-based; 0 when unknown. */
  readonly line: number;
  readonly col: number;
  readonly title: string;
  readonly message: string;
}

const LEVELS: readonly AnnotationLevel[] = ["error", "warning", "notice"];
const LEVEL_OF: Record<Diagnostic["severity"], AnnotationLevel> = {
  error: "error",
  warning: "warning",
  info: "notice",
};

/** A diagnostic as an annotation at its file, line and column, titled with its code. */
export function diagnosticAnnotation(d: Diagnostic): Annotation {
  return { level: LEVEL_OF[d.severity], file: d.file, line: d.line, col: d.column, title: d.code, message: d.message };
}

/**
 * Every annotation the report deserves, in report order: the diagnostics first (errors to
 * `::error`, warnings to `::warning`, infos to `::notice`), then one per changed file. A drifted file
 * is an error for `check` (it fails the job), a warning for `plan`, and a notice once `apply` has
 * rewritten it; with an error result the plan is not trustworthy and files are not annotated.
 * A create or an update is annotated at its cause in the sources (causeOf); a delete, and a change
 * whose cause has no file, at the first changed line of the generated file as it is on disk (before
 * for plan and check, after for apply). A policy that loses its target is a `policy-ref-*`
 * diagnostic at the reference's own line, among the diagnostics.
 */
export function collectAnnotations(report: Report): Annotation[] {
  const out: Annotation[] = report.diagnostics.map(diagnosticAnnotation);
  if (report.result === "error") return out;
  const level: AnnotationLevel =
    report.result === "applied" ? "notice" : report.command === "check" ? "error" : "warning";
  for (const c of report.changes) {
    const side = report.result === "applied" ? "after" : "before";
    const cause = causeOf(c);
    out.push({
      level,
      file: cause?.file ?? c.path,
      line: cause?.line ?? firstChangedLine(c.diff, side),
      col: cause?.column ?? 1,
      title: `${changeKind(c, report.command)} ${c.action}`,
      message:
        report.command === "migrate"
          ? policyFileMessage(report, c)
          : changeMessage(c, report.command, report.result === "applied") + fieldsNote(c),
    });
  }
  for (const d of report.live?.drift ?? []) out.push(liveAnnotation(d, level, report.live?.url ?? ""));
  return out;
}

/** A MeshService on which the control plane differs from Git, at its committed file (an extra one has none). */
function liveAnnotation(d: LiveDrift, level: AnnotationLevel, url: string): Annotation {
  const { head, fields } = describeLiveDrift(d);
  const shown = fields.slice(0, FIELDS_IN_ANNOTATION);
  const more = fields.length > FIELDS_IN_ANNOTATION ? `, and ${fields.length - FIELDS_IN_ANNOTATION} more` : "";
  return {
    level,
    file: d.path ?? "",
    line: d.line,
    col: 1,
    title: `live MeshService ${d.kind}`,
    message: `${head.slice(2)} (${url})${shown.length > 0 ? `. Changes: ${shown.join(", ")}${more}.` : "."}`,
  };
}

/**
 * Where a reviewer looks for the cause of a create or an update: the source line the pull request
 * changed, not the generated file it did not touch (as reviewdog puts findings on changed lines).
 * When every changed field is a hostname of `status.addresses` (or its generator's condition), the
 * HostnameGenerator behind the first changed address; otherwise the Service, or the first Dataplane
 * inbound. Null (the generated file) for a delete, which no source generates any more, for a file
 * edited by hand, and when the cause has no file (Kuma's built-in generator).
 */
export function causeOf(c: ReportChange): { file: string; line: number; column: number } | null {
  // A hand-edited file: the edit, not a source, is what the plan undoes.
  if (c.action === "delete" || c.handEdited) return null;
  const changed = c.fields.filter((f) => f.change !== "kept");
  const generators = c.sources.filter((p) => p.role === "hostname-generator");
  const addressIndex = (path: string): number | null => {
    const m = /^status\.(?:addresses|hostnameGenerators)\[(\d+)\]/.exec(path);
    return m ? Number(m[1]) : null;
  };
  if (changed.length > 0 && changed.every((f) => addressIndex(f.path) !== null)) {
    const generator = generators[addressIndex(changed[0]?.path ?? "") ?? 0];
    if (generator !== undefined && generator.file !== "") return generator;
  }
  const origin = c.sources.find((p) => (p.role === "source" || p.role === "inbound") && p.file !== "");
  return origin ?? null;
}

/** The first field changes of an update, so that the annotation says what moved. */
function fieldsNote(c: ReportChange): string {
  const changed = c.fields.filter((f) => f.change !== "kept");
  if (changed.length === 0) return "";
  const shown = changed.slice(0, FIELDS_IN_ANNOTATION).map(formatFieldChange);
  const more = changed.length > FIELDS_IN_ANNOTATION ? `, and ${changed.length - FIELDS_IN_ANNOTATION} more` : "";
  return ` Changes: ${shown.join(", ")}${more}.`;
}

/** How many field changes an annotation's message lists. */
const FIELDS_IN_ANNOTATION = 3;

/** `Policy file shared/timeouts.yaml holds 2 legacy references; migrate rewrites it.` */
function policyFileMessage(report: Report, c: ReportChange): string {
  const reason = policyFileReason(report, c.path, report.result === "applied");
  return `Policy file ${c.path} ${reason}.`;
}

function changeMessage(c: ReportChange, command: Report["command"], applied: boolean): string {
  const where = c.zone === GLOBAL_ZONE_NAME ? "the global control plane" : `zone ${c.zone}`;
  const what = `${changeKind(c, command)} ${c.namespace !== "" ? c.namespace : c.mesh}/${c.name} of ${where} (${c.path})`;
  const edited = c.handEdited ? " It was edited by hand since it was generated." : "";
  switch (c.action) {
    case "create":
      return applied ? `Created: ${what}.` : `Missing: ${what}; apply creates it.`;
    case "update":
      return applied ? `Rewritten: ${what}.${edited}` : `Out of date: ${what}; apply rewrites it.${edited}`;
    case "delete":
      return applied
        ? `Deleted: no source generates ${c.path} any more.${edited}`
        : `Stale: no source generates this file any more; apply deletes it.${edited}`;
  }
}

/** First changed line of a unified diff, on the old ("before") or new ("after") side; 1 when none. */
export function firstChangedLine(diff: string, side: "before" | "after"): number {
  const lines = diff.split("\n");
  const at = lines.findIndex((l) => l.startsWith("@@"));
  const header = /^@@ -(\d+)(?:,\d+)? \+(\d+)(?:,\d+)? @@/.exec(lines[at] ?? "");
  if (!header) return 1;
  let line = Number(side === "before" ? header[1] : header[2]);
  for (const l of lines.slice(at + 1)) {
    if (l.startsWith(side === "before" ? "-" : "+")) break;
    if (l.startsWith(" ")) line++;
    else if (l.startsWith("@@")) break;
  }
  return Math.max(1, line);
}

/**
 * The workflow-command lines for the annotations, at most {@link ANNOTATIONS_PER_LEVEL} per level
 * (the first ones in report order), and how many of each level were left out.
 */
export function renderAnnotations(report: Report): { lines: string[]; omitted: Record<AnnotationLevel, number> } {
  const omitted: Record<AnnotationLevel, number> = { error: 0, warning: 0, notice: 0 };
  const shown: Record<AnnotationLevel, number> = { error: 0, warning: 0, notice: 0 };
  const lines: string[] = [];
  for (const a of collectAnnotations(report)) {
    if (shown[a.level] >= ANNOTATIONS_PER_LEVEL) {
      omitted[a.level]++;
      continue;
    }
    shown[a.level]++;
    lines.push(formatAnnotation(a));
  }
  return { lines, omitted };
}

/** `::error file=…,line=…,col=…,title=…::message`, escaped as the runner expects. */
export function formatAnnotation(a: Annotation): string {
  const props: string[] = [];
  if (a.file !== "") {
    props.push(`file=${escapeProperty(a.file)}`);
    if (a.line > 0) props.push(`line=${a.line}`);
    if (a.line > 0 && a.col > 0) props.push(`col=${a.col}`);
  }
  props.push(`title=${escapeProperty(a.title)}`);
  return `::${a.level} ${props.join(",")}::${escapeData(a.message)}`;
}

/** The annotation for a failure that produced no report (a thrown error). */
export function errorAnnotation(message: string): string {
  return `::error title=meshservice-reconciler::${escapeData(message)}`;
}

/** A warning annotation of the run itself (no file), such as an unreachable Actions cache. */
export function warningAnnotation(message: string): string {
  return `::warning title=meshservice-reconciler::${escapeData(message)}`;
}

export function groupStart(title: string): string {
  return `::group::${escapeData(title)}`;
}

export const GROUP_END = "::endgroup::";

// The runner reads a line as a command when it starts with `::` after leading white space (the
// current syntax), or when it holds `##[` anywhere (the old one, still parsed). Lines end at \n, at
// \r\n and at a lone \r (.NET's ReadLine).
const COMMAND_LINE = /^\s*::|##\[/;

/**
 * Text for a log line the runner reads (stdout and stderr of the step), with every line that the
 * runner would take for a workflow command made inert: its leading `::` becomes `%3A%3A` and every
 * `##[` becomes `##%5B`, the percent escapes of the annotations. Every other line, and every line
 * break, is kept byte for byte. For any text that may hold a repository-controlled string (a file
 * name, a key, a message); never for the tool's own commands.
 */
export function neutraliseCommands(text: string): string {
  return text
    .split(/(\r\n|\r|\n)/)
    .map((part, i) =>
      i % 2 === 1 || !COMMAND_LINE.test(part) ? part : part.replace(/^(\s*)::/, "$1%3A%3A").replaceAll("##[", "##%5B"),
    )
    .join("");
}

function escapeData(s: string): string {
  return s.replaceAll("%", "%25").replaceAll("\r", "%0D").replaceAll("\n", "%0A");
}

function escapeProperty(s: string): string {
  return escapeData(s).replaceAll(":", "%3A").replaceAll(",", "%2C");
}

/**
 * The text appended to `$GITHUB_STEP_SUMMARY`: the Markdown report, then a note counting the
 * annotations GitHub would not show. Its UTF-8 size stays below `budget` bytes (what is left of the
 * 1 MiB of the step) and below the Markdown limit; with no room at all it is empty.
 */
export function renderStepSummary(
  report: Report,
  opts: { readonly budget: number; readonly jsonReport: string | null },
): string {
  const { omitted } = renderAnnotations(report);
  const left = LEVELS.filter((l) => omitted[l] > 0).map((l) => `${omitted[l].toLocaleString("en-US")} ${l}(s)`);
  const note =
    left.length === 0
      ? ""
      : `\n> **Annotations:** GitHub shows ${ANNOTATIONS_PER_LEVEL} of each type per step; ${left.join(", ")} more are only in this report.\n`;
  const bytes = (t: string): number => Buffer.byteLength(t, "utf8");
  const limit = Math.min(MARKDOWN_LIMIT, opts.budget - bytes(note));
  if (limit <= 0) return "";
  const markdown = renderMarkdown(report, { limit, measure: bytes, jsonReport: opts.jsonReport });
  // Even the untruncatable head (title, verdict, table) may not fit a nearly full summary.
  return bytes(markdown) < limit ? `${markdown}${note}` : "";
}

export interface ActionOutputs {
  readonly result: string;
  readonly changes: string;
  readonly "pr-url": string;
  readonly "pull-request-number": string;
  readonly "pull-request-operation": string;
  readonly "pull-request-url": string;
  readonly "commit-sha": string;
}

/**
 * The step outputs: `result`, `changes` (files created, updated or deleted; 0 with an error, when
 * nothing is written and the plan is not shown), `pr-url` (the pull request created or updated; ""
 * otherwise), and as create-pull-request names them `pull-request-number`, `pull-request-operation`
 * (`created`, `updated`, `closed`, `unchanged` or `none`), `pull-request-url` (of any pull request the
 * run created, updated, closed or left unchanged) and `commit-sha` (the reconcile commit; "" when none).
 */
export function actionOutputs(report: Report): ActionOutputs {
  const changes = report.result === "error" ? 0 : changedCount(report);
  const pull = report.pullRequest;
  return {
    result: report.result,
    changes: String(changes),
    "pr-url": report.pullRequestUrl ?? "",
    "pull-request-number": pull?.number === null || pull === null ? "" : String(pull.number),
    "pull-request-operation": pull?.operation ?? "none",
    "pull-request-url": pull?.url ?? "",
    "commit-sha": report.commit?.sha ?? "",
  };
}

/** Outputs when the run failed before it had a report. */
export const ERROR_OUTPUTS: ActionOutputs = {
  result: "error",
  changes: "",
  "pr-url": "",
  "pull-request-number": "",
  "pull-request-operation": "none",
  "pull-request-url": "",
  "commit-sha": "",
};

/** `name=value` lines for `$GITHUB_OUTPUT`; the values are single-line by construction. */
export function renderOutputs(outputs: ActionOutputs): string {
  return Object.entries(outputs)
    .map(([k, v]: [string, string]) => `${k}=${v.replace(/[\r\n]+/g, " ")}\n`)
    .join("");
}
