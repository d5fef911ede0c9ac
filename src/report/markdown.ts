import { formatDiagnostic } from "../diagnostics.js";
import type { Report } from "./report.js";
import { verdict } from "./text.js";

/**
 * The Markdown report for a pull-request comment or a job summary: verdict, counts table,
 * diagnostics, then one collapsible section per changed file with its diff.
 */
export function renderMarkdown(report: Report): string {
  const out: string[] = [];
  out.push(`### meshservice-reconciler \`${report.command}\``, "", `**${verdict(report)}**`, "");
  out.push(
    "| zone | environment | create | update | delete | unchanged |",
    "| --- | --- | ---: | ---: | ---: | ---: |",
  );
  for (const z of report.zones) {
    const s = z.summary;
    out.push(`| ${z.name} | ${z.environment} | ${s.create} | ${s.update} | ${s.delete} | ${s.unchanged} |`);
  }
  if (report.diagnostics.length > 0) {
    out.push("", "#### Diagnostics", "");
    for (const d of report.diagnostics) out.push(`- \`${formatDiagnostic(d).replaceAll("`", "'")}\``);
  }
  if (report.changes.length > 0) out.push("", "#### Changes");
  for (const c of report.changes) {
    const note = c.handEdited ? " (edited by hand)" : "";
    out.push("", `<details><summary>${c.action} <code>${c.path}</code>${note}</summary>`, "");
    if (c.policies.length > 0) {
      const refs = c.policies.map((p) => `${p.kind} \`${p.name}\` (\`${p.file}:${p.line}\`)`);
      out.push(`Referenced by ${refs.join(", ")}.`, "");
    }
    out.push("```diff", c.diff.replace(/\n$/, ""), "```", "", "</details>");
  }
  return `${out.join("\n")}\n`;
}
