// Bundled by scripts/bundle.ts with esbuild; do not edit. Sources: src/, licences: licenses.txt.
import { createRequire as __msrCreateRequire } from "node:module";
import { dirname as __msrDirname } from "node:path";
import { fileURLToPath as __msrFileURLToPath } from "node:url";
const require = __msrCreateRequire(import.meta.url);
const __msrBundleFilename = __msrFileURLToPath(import.meta.url);
const __msrBundleDirname = __msrDirname(__msrBundleFilename);
import {
  MARKDOWN_LIMIT,
  changeKind,
  changedCount,
  describeLiveDrift,
  formatFieldChange,
  policyFileReason,
  renderMarkdown
} from "./chunk-LFPBNQJP.js";
import {
  GLOBAL_ZONE_NAME
} from "./chunk-3GXTV6MY.js";

// src/report/github.ts
var ANNOTATIONS_PER_LEVEL = 10;
var STEP_SUMMARY_LIMIT = 1024 * 1024;
var LEVELS = ["error", "warning", "notice"];
var LEVEL_OF = {
  error: "error",
  warning: "warning",
  info: "notice"
};
function diagnosticAnnotation(d) {
  return { level: LEVEL_OF[d.severity], file: d.file, line: d.line, col: d.column, title: d.code, message: d.message };
}
function collectAnnotations(report) {
  const out = report.diagnostics.map(diagnosticAnnotation);
  if (report.result === "error") return out;
  const level = report.result === "applied" ? "notice" : report.command === "check" ? "error" : "warning";
  for (const c of report.changes) {
    const side = report.result === "applied" ? "after" : "before";
    const cause = causeOf(c);
    out.push({
      level,
      file: cause?.file ?? c.path,
      line: cause?.line ?? firstChangedLine(c.diff, side),
      col: cause?.column ?? 1,
      title: `${changeKind(c, report.command)} ${c.action}`,
      message: report.command === "migrate" ? policyFileMessage(report, c) : changeMessage(c, report.command, report.result === "applied") + fieldsNote(c)
    });
  }
  for (const d of report.live?.drift ?? []) out.push(liveAnnotation(d, level, report.live?.url ?? ""));
  return out;
}
function liveAnnotation(d, level, url) {
  const { head, fields } = describeLiveDrift(d);
  const shown = fields.slice(0, FIELDS_IN_ANNOTATION);
  const more = fields.length > FIELDS_IN_ANNOTATION ? `, and ${fields.length - FIELDS_IN_ANNOTATION} more` : "";
  return {
    level,
    file: d.path ?? "",
    line: d.line,
    col: 1,
    title: `live MeshService ${d.kind}`,
    message: `${head.slice(2)} (${url})${shown.length > 0 ? `. Changes: ${shown.join(", ")}${more}.` : "."}`
  };
}
function causeOf(c) {
  if (c.action === "delete" || c.handEdited) return null;
  const changed = c.fields.filter((f) => f.change !== "kept");
  const generators = c.sources.filter((p) => p.role === "hostname-generator");
  const addressIndex = (path) => {
    const m = /^status\.(?:addresses|hostnameGenerators)\[(\d+)\]/.exec(path);
    return m ? Number(m[1]) : null;
  };
  if (changed.length > 0 && changed.every((f) => addressIndex(f.path) !== null)) {
    const generator = generators[addressIndex(changed[0]?.path ?? "") ?? 0];
    if (generator !== void 0 && generator.file !== "") return generator;
  }
  const origin = c.sources.find((p) => (p.role === "source" || p.role === "inbound") && p.file !== "");
  return origin ?? null;
}
function fieldsNote(c) {
  const changed = c.fields.filter((f) => f.change !== "kept");
  if (changed.length === 0) return "";
  const shown = changed.slice(0, FIELDS_IN_ANNOTATION).map(formatFieldChange);
  const more = changed.length > FIELDS_IN_ANNOTATION ? `, and ${changed.length - FIELDS_IN_ANNOTATION} more` : "";
  return ` Changes: ${shown.join(", ")}${more}.`;
}
var FIELDS_IN_ANNOTATION = 3;
function policyFileMessage(report, c) {
  const reason = policyFileReason(report, c.path, report.result === "applied");
  return `Policy file ${c.path} ${reason}.`;
}
function changeMessage(c, command, applied) {
  const where = c.zone === GLOBAL_ZONE_NAME ? "the global control plane" : `zone ${c.zone}`;
  const what = `${changeKind(c, command)} ${c.namespace !== "" ? c.namespace : c.mesh}/${c.name} of ${where} (${c.path})`;
  const edited = c.handEdited ? " It was edited by hand since it was generated." : "";
  switch (c.action) {
    case "create":
      return applied ? `Created: ${what}.` : `Missing: ${what}; apply creates it.`;
    case "update":
      return applied ? `Rewritten: ${what}.${edited}` : `Out of date: ${what}; apply rewrites it.${edited}`;
    case "delete":
      return applied ? `Deleted: no source generates ${c.path} any more.${edited}` : `Stale: no source generates this file any more; apply deletes it.${edited}`;
  }
}
function firstChangedLine(diff, side) {
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
function renderAnnotations(report) {
  const omitted = { error: 0, warning: 0, notice: 0 };
  const shown = { error: 0, warning: 0, notice: 0 };
  const lines = [];
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
function formatAnnotation(a) {
  const props = [];
  if (a.file !== "") {
    props.push(`file=${escapeProperty(a.file)}`);
    if (a.line > 0) props.push(`line=${a.line}`);
    if (a.line > 0 && a.col > 0) props.push(`col=${a.col}`);
  }
  props.push(`title=${escapeProperty(a.title)}`);
  return `::${a.level} ${props.join(",")}::${escapeData(a.message)}`;
}
function errorAnnotation(message) {
  return `::error title=meshservice-reconciler::${escapeData(message)}`;
}
function warningAnnotation(message) {
  return `::warning title=meshservice-reconciler::${escapeData(message)}`;
}
function groupStart(title) {
  return `::group::${escapeData(title)}`;
}
var GROUP_END = "::endgroup::";
var COMMAND_LINE = /^\s*::|##\[/;
function neutraliseCommands(text) {
  return text.split(/(\r\n|\r|\n)/).map(
    (part, i) => i % 2 === 1 || !COMMAND_LINE.test(part) ? part : part.replace(/^(\s*)::/, "$1%3A%3A").replaceAll("##[", "##%5B")
  ).join("");
}
function escapeData(s) {
  return s.replaceAll("%", "%25").replaceAll("\r", "%0D").replaceAll("\n", "%0A");
}
function escapeProperty(s) {
  return escapeData(s).replaceAll(":", "%3A").replaceAll(",", "%2C");
}
function renderStepSummary(report, opts) {
  const { omitted } = renderAnnotations(report);
  const left = LEVELS.filter((l) => omitted[l] > 0).map((l) => `${omitted[l].toLocaleString("en-US")} ${l}(s)`);
  const note = left.length === 0 ? "" : `
> **Annotations:** GitHub shows ${ANNOTATIONS_PER_LEVEL} of each type per step; ${left.join(", ")} more are only in this report.
`;
  const bytes = (t) => Buffer.byteLength(t, "utf8");
  const limit = Math.min(MARKDOWN_LIMIT, opts.budget - bytes(note));
  if (limit <= 0) return "";
  const markdown = renderMarkdown(report, { limit, measure: bytes, jsonReport: opts.jsonReport });
  return bytes(markdown) < limit ? `${markdown}${note}` : "";
}
function actionOutputs(report) {
  const changes = report.result === "error" ? 0 : changedCount(report);
  const pull = report.pullRequest;
  return {
    result: report.result,
    changes: String(changes),
    "pr-url": report.pullRequestUrl ?? "",
    "pull-request-number": pull?.number === null || pull === null ? "" : String(pull.number),
    "pull-request-operation": pull?.operation ?? "none",
    "pull-request-url": pull?.url ?? "",
    "commit-sha": report.commit?.sha ?? ""
  };
}
var ERROR_OUTPUTS = {
  result: "error",
  changes: "",
  "pr-url": "",
  "pull-request-number": "",
  "pull-request-operation": "none",
  "pull-request-url": "",
  "commit-sha": ""
};
function renderOutputs(outputs) {
  return Object.entries(outputs).map(([k, v]) => `${k}=${v.replace(/[\r\n]+/g, " ")}
`).join("");
}

// src/io/progress.ts
var SILENT_PROGRESS = { step: (_label, fn) => fn(), note: () => void 0 };
var SLOW_STEP_MS = 1e3;
function createProgress(target) {
  const now = target.now ?? (() => performance.now());
  const inert = target.githubActions ? neutraliseCommands : (text) => text;
  return {
    note(message) {
      target.write(inert(`meshservice-reconciler: ${message}
`));
    },
    async step(label, fn) {
      const start = now();
      if (target.slowOnly === true && !target.githubActions) {
        let announced = false;
        const timer = setTimeout(() => {
          announced = true;
          target.write(`meshservice-reconciler: ${label}...
`);
        }, target.slowMs ?? SLOW_STEP_MS);
        try {
          return await fn();
        } finally {
          clearTimeout(timer);
          if (announced) target.write(`meshservice-reconciler: ${label}: ${Math.round(now() - start)} ms
`);
        }
      }
      target.write(`${target.githubActions ? groupStart(label) : `meshservice-reconciler: ${label}...`}
`);
      try {
        return await fn();
      } finally {
        const ms = Math.round(now() - start);
        target.write(
          target.githubActions ? `${inert(`${label}: ${ms} ms`)}
${GROUP_END}
` : `meshservice-reconciler: ${label}: ${ms} ms
`
        );
      }
    }
  };
}

export {
  STEP_SUMMARY_LIMIT,
  diagnosticAnnotation,
  renderAnnotations,
  formatAnnotation,
  errorAnnotation,
  warningAnnotation,
  neutraliseCommands,
  renderStepSummary,
  actionOutputs,
  ERROR_OUTPUTS,
  renderOutputs,
  SILENT_PROGRESS,
  createProgress
};
