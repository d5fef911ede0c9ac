import { existsSync, readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { NoOperationTraceWriter, convertWorkflowTemplate, parseWorkflow } from "@actions/workflow-parser";
import { parseAction } from "@actions/workflow-parser/actions/action-parser";
import { describe, expect, it } from "vitest";
import { ROOT } from "./helpers/checkout.js";

// The delivery linted as GitHub reads it: @actions/workflow-parser is the parser of GitHub's own
// Actions language services, with the official workflow and action.yml schemas (unknown keys,
// missing required keys, malformed expressions, runs.using values, job and matrix structure).
// A workflow or an action.yml that GitHub would reject fails the suite.

interface Linted {
  readonly errors: string[];
}

async function lintWorkflow(name: string, content: string): Promise<Linted> {
  const parsed = parseWorkflow({ name, content }, new NoOperationTraceWriter());
  const errors = parsed.context.errors.getErrors().map((e) => e.message);
  if (parsed.value !== undefined && errors.length === 0) {
    // Converting to the workflow model checks what the schema cannot: needs, matrix, concurrency.
    const template = await convertWorkflowTemplate(parsed.context, parsed.value);
    errors.push(...(template.errors ?? []).map((e) => e.Message));
  }
  return { errors };
}

function lintAction(name: string, content: string): Linted {
  const parsed = parseAction({ name, content }, new NoOperationTraceWriter());
  return { errors: parsed.context.errors.getErrors().map((e) => e.message) };
}

/** The ```yaml blocks of a Markdown file that are whole workflows (they have `on:` and `jobs:`). */
export function workflowBlocks(markdown: string): string[] {
  const blocks = [...markdown.matchAll(/^```ya?ml[^\n]*\n([\s\S]*?)^```/gm)].map((m) => m[1] ?? "");
  return blocks.filter((b) => /^["']?on["']?:/m.test(b) && /^jobs:/m.test(b));
}

const workflowFiles = readdirSync(join(ROOT, ".github", "workflows"))
  .filter((f) => /\.ya?ml$/.test(f))
  .sort()
  .map((f) => `.github/workflows/${f}`);
const docs = existsSync(join(ROOT, "docs"))
  ? readdirSync(join(ROOT, "docs"))
      .filter((f) => f.endsWith(".md"))
      .sort()
      .map((f) => `docs/${f}`)
  : [];
const markdownWorkflows = ["README.md", ...docs].flatMap((file) =>
  workflowBlocks(readFileSync(join(ROOT, file), "utf8")).map((block, i): [string, string] => [
    `${file} workflow ${i + 1}`,
    block,
  ]),
);

describe("workflow lint (@actions/workflow-parser)", () => {
  it("finds the workflows", () => {
    expect(workflowFiles).toEqual(
      expect.arrayContaining([".github/workflows/ci.yml", ".github/workflows/release.yml"]),
    );
  });

  it.each(workflowFiles)("%s is a valid workflow", async (file) => {
    expect((await lintWorkflow(file, readFileSync(join(ROOT, file), "utf8"))).errors).toEqual([]);
  });

  it.each(markdownWorkflows.length > 0 ? markdownWorkflows : [["(none)", ""]])(
    "%s is a valid workflow",
    async (name, block) => {
      if (name === "(none)") return;
      expect((await lintWorkflow(name, block)).errors).toEqual([]);
    },
  );

  it("the per-zone workflow: its MeshMultiZoneService job runs after the zone matrix, as GitHub reads it", async () => {
    const file = ".github/workflows/meshservice-reconcile-zones.yml";
    const parsed = parseWorkflow(
      { name: file, content: readFileSync(join(ROOT, file), "utf8") },
      new NoOperationTraceWriter(),
    );
    expect(parsed.value).toBeDefined();
    if (parsed.value === undefined) return;
    const template = await convertWorkflowTemplate(parsed.context, parsed.value);
    expect(template.errors ?? []).toEqual([]);
    const needs = Object.fromEntries(
      template.jobs.map((j) => [j.id.value, ("needs" in j ? (j.needs ?? []) : []).map((n) => n.value)]),
    );
    expect(needs).toEqual({ zones: [], reconcile: ["zones"], global: ["reconcile"] });
    // Without a status function in its `if`, GitHub runs it only when every zone job succeeded.
    const global = template.jobs.find((j) => j.id.value === "global");
    expect(global && "if" in global ? global.if.expression : "").toBe(
      "success() && (!endsWith(github.repository, '/meshservice-reconciler'))",
    );
  });

  it("action.yml is a valid action", () => {
    expect(lintAction("action.yml", readFileSync(join(ROOT, "action.yml"), "utf8")).errors).toEqual([]);
  });

  it("fails broken ones: the linter is really checking", async () => {
    const broken = [
      "on: push",
      "jobs:",
      "  test:",
      "    runs-on: ubuntu-latest",
      "    stepz:",
      "      - run: echo ${{ github.sha }",
      "",
    ].join("\n");
    expect((await lintWorkflow("broken.yml", broken)).errors.length).toBeGreaterThan(0);
    const action = readFileSync(join(ROOT, "action.yml"), "utf8").replace("using: node24", "using: node19");
    expect(lintAction("action.yml", action).errors.join("\n")).toMatch(/node19|using/);
  });

  it("picks the workflows out of Markdown", () => {
    const md = "x\n```yaml\non: push\njobs:\n  a: {}\n```\n```yaml\n- uses: actions/checkout@v7\n```\n";
    expect(workflowBlocks(md)).toEqual(["on: push\njobs:\n  a: {}\n"]);
  });
});
