import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { diagnostic } from "../../src/diagnostics.js";
import type { Diagnostic } from "../../src/diagnostics.js";
import type { FileChange } from "../../src/plan/plan.js";
import { MARKDOWN_LIMIT, renderMarkdown } from "../../src/report/markdown.js";
import { buildReport } from "../../src/report/report.js";
import type { Report } from "../../src/report/report.js";

const TOOL = { name: "meshservice-reconciler", version: "0.0.0" };

function body(name: string, lines: number): string {
  return Array.from({ length: lines }, (_, i) => `line-${i}: ${name} ü\n`).join("");
}

/** A report of `n` created files of `lines` lines each, and the given diagnostics. */
function reportOf(n: number, lines: number, diagnostics: Diagnostic[] = []): Report {
  const changes: FileChange[] = Array.from({ length: n }, (_, i) => {
    const name = `svc-${String(i).padStart(4, "0")}`;
    return {
      action: "create",
      path: `meshservices/zone-a/default/${name}.yaml`,
      zone: "zone-a",
      mesh: "default",
      namespace: "",
      name,
      before: null,
      after: body(name, lines),
      handEdited: i % 7 === 3,
    };
  });
  const outcome = {
    command: "check" as const,
    repo: { source: ".", ref: null, commit: null },
    zones: [],
    changes,
    diagnostics,
    applied: false,
    pullRequestUrl: null,
  };
  return buildReport(outcome, TOOL, 2);
}

const details = (md: string): number => md.split("<details>").length - 1;
const listed = (md: string): number => (md.match(/^- create `/gm) ?? []).length;

describe("renderMarkdown", () => {
  it("shows every diff, without a note, when the report is small", () => {
    const md = renderMarkdown(reportOf(3, 5));
    expect(details(md)).toBe(3);
    expect(md).not.toMatch(/Truncated/);
    expect(md).toMatch(/^\*\*Drift: 3 files to change/m);
    expect(md).not.toMatch(/Edited by hand/);
  });

  it("calls out the files edited by hand, naming at most ten", () => {
    const md = renderMarkdown(reportOf(100, 1));
    expect(md).toMatch(/^> \*\*Edited by hand:\*\* 14 generated files .* and 4 more\.$/m);
  });

  it("truncates diffs first, then names, and says how many were left out and where the JSON is", () => {
    const md = renderMarkdown(reportOf(1500, 20), { jsonReport: "out/report.json" });
    expect(md.length).toBeLessThan(MARKDOWN_LIMIT);
    // 1,500 names alone do not fit: no diff at all, the first files by name, in report order.
    expect(details(md)).toBe(0);
    const names = listed(md);
    expect(names).toBeGreaterThan(500);
    expect(names).toBeLessThan(1500);
    expect(md).toContain("- create `meshservices/zone-a/default/svc-0000.yaml`");
    expect(md).toContain(
      `> **Truncated** to stay within GitHub's size limit: the diffs of 1,500 of 1,500 changed files, the names of ${(1500 - names).toLocaleString("en-US")} of them left out; the full report is the JSON report \`out/report.json\`.\n`,
    );
  });

  it("lists every file by name when only the diffs do not fit, the first ones with their diffs", () => {
    const md = renderMarkdown(reportOf(300, 40));
    expect(md.length).toBeLessThan(MARKDOWN_LIMIT);
    const full = details(md);
    expect(full).toBeGreaterThan(0);
    expect(full + listed(md)).toBe(300);
    const first = (i: number): string => `svc-${String(i).padStart(4, "0")}.yaml`;
    expect(md).toContain(`<summary>create <code>meshservices/zone-a/default/${first(full - 1)}</code>`);
    expect(md).toContain(`- create \`meshservices/zone-a/default/${first(full)}\``);
    expect(md).toMatch(/the diffs of [\d,]+ of 300 changed files left out; run with `--report-json <file>`/);
  });

  it("cuts diagnostics after the diffs and names", () => {
    const diagnostics = Array.from({ length: 3000 }, (_, i) =>
      diagnostic("warning", "mesh-skipped", `mesh m${i} is skipped`, { file: "a.yaml", line: i + 1, column: 1 }),
    );
    const md = renderMarkdown(reportOf(10, 5, diagnostics));
    expect(md.length).toBeLessThan(MARKDOWN_LIMIT);
    expect(details(md) + listed(md)).toBe(0);
    expect(md).toMatch(
      /the diffs of 10 of 10 changed files, the names of 10 of them, [\d,]+ of 3,000 diagnostics left out/,
    );
  });

  it("stays below a byte limit when measured in UTF-8 bytes", () => {
    const md = renderMarkdown(reportOf(200, 20), { limit: 20_000, measure: (t) => Buffer.byteLength(t) });
    expect(Buffer.byteLength(md)).toBeLessThan(20_000);
    expect(md).toMatch(/Truncated/);
  });

  it("uses a longer fence when a diff holds three backticks", () => {
    const report = reportOf(1, 1);
    const change = { ...report.changes[0]!, diff: "+a: ```\n" };
    const md = renderMarkdown({ ...report, changes: [change] });
    expect(md).toContain("````diff\n+a: ```\n````");
  });

  it("is always below the limit, and untouched when it fits (property)", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 60 }),
        fc.integer({ min: 0, max: 30 }),
        fc.integer({ min: 0, max: 40 }),
        fc.integer({ min: 3_000, max: 40_000 }),
        (n, lines, diags, limit) => {
          const ds = Array.from({ length: diags }, (_, i) =>
            diagnostic("error", "yaml-syntax", `bad ${i}`, { file: "x.yaml", line: i + 1, column: 2 }),
          );
          const report = reportOf(n, lines, ds);
          const md = renderMarkdown(report, { limit });
          expect(md.length).toBeLessThan(limit);
          const unlimited = renderMarkdown(report, { limit: Number.MAX_SAFE_INTEGER });
          if (unlimited.length < limit) expect(md).toBe(unlimited);
          else expect(md).toMatch(/Truncated/);
        },
      ),
      { numRuns: 60 },
    );
  });
});
