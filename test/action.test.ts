import { existsSync } from "node:fs";
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parse } from "yaml";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ACTION_OPTION_INPUTS, argvFromActionInputs, inputVariable } from "../src/action-inputs.js";
import { USAGE } from "../src/options.js";
import { archiveInto, run, workingTree } from "./helpers/checkout.js";
import { removeTempRepos, repoFromFixture, runCli } from "./helpers/repo.js";

const ROOT = new URL("../", import.meta.url);
const read = async (path: string): Promise<unknown> => parse(await readFile(new URL(path, ROOT), "utf8")) as unknown;

interface ActionYml {
  inputs: Record<string, { description: string; required?: boolean; default?: string }>;
  outputs: Record<string, { description: string }>;
  runs: { using: string; main: string };
}
interface Step {
  id?: string;
  uses?: string;
  run?: string;
  if?: string;
  with?: Record<string, string | boolean>;
}
interface Workflow {
  on: Record<string, unknown>;
  permissions: Record<string, string>;
  concurrency?: { group: string; "cancel-in-progress": boolean };
  jobs: Record<string, { if?: string; "runs-on": string; steps: Step[] }>;
}

const dirs: string[] = [];
afterAll(async () => {
  await removeTempRepos();
  await Promise.all(dirs.map((d) => rm(d, { recursive: true, force: true })));
});

const actionStep = (wf: Workflow): Step => {
  const steps = Object.values(wf.jobs).flatMap((j) => j.steps);
  const step = steps.find((s) => s.uses?.endsWith("/meshservice-reconciler@v1"));
  expect(step, "the workflow uses the Action").toBeDefined();
  return step!;
};

describe("action.yml", () => {
  it("is a node24 action running the bundled CLI, with its outputs", async () => {
    const action = (await read("action.yml")) as ActionYml;
    const pkg = JSON.parse(await readFile(new URL("package.json", ROOT), "utf8")) as { bin: Record<string, string> };
    expect(action.runs).toEqual({ using: "node24", main: "dist/bin.js" });
    expect(pkg.bin["meshservice-reconciler"]).toBe(action.runs.main);
    expect(Object.keys(action.outputs).sort()).toEqual([
      "changes",
      "commit-sha",
      "matrix",
      "pr-url",
      "pull-request-number",
      "pull-request-operation",
      "pull-request-url",
      "result",
    ]);
  });

  it("has one input per CLI option, plus command and token", async () => {
    const action = (await read("action.yml")) as ActionYml;
    const cliOptions = [...USAGE.matchAll(/--([a-z][a-z-]*)/g)]
      .map((m) => m[1]!)
      .filter((o) => o !== "help" && o !== "version");
    const mirrored = ACTION_OPTION_INPUTS.map(([name, , flag = name]) => flag);
    const inputs = ACTION_OPTION_INPUTS.map(([name]) => name);
    expect([...new Set(cliOptions)].sort()).toEqual([...mirrored].sort());
    expect(Object.keys(action.inputs).sort()).toEqual([...inputs, "command", "token"].sort());
    for (const [name, kind] of ACTION_OPTION_INPUTS) {
      if (kind === "boolean") expect(action.inputs[name]?.default, name).toBe("false");
      else expect(action.inputs[name]?.default, name).toBeUndefined();
    }
  });

  it.each([
    [{ command: "check" }, ["check"]],
    [{ command: "plan", "detailed-exitcode": "true", quiet: "false" }, ["plan", "--detailed-exitcode"]],
    [
      { command: "plan", zone: "zone-a\nzone-b, zone-c" },
      ["plan", "--zone", "zone-a", "--zone", "zone-b", "--zone", "zone-c"],
    ],
    [
      { command: "apply", "pull-request": "True", token: "t" },
      ["apply", "--pull-request", "--token-env", "INPUT_TOKEN"],
    ],
    [{ command: "apply", token: "t", "token-env": "MY_TOKEN" }, ["apply", "--token-env", "MY_TOKEN"]],
    [{ command: "zones", token: "t", zone: "a b", json: "true" }, ["zones", "--zone", "a", "--zone", "b", "--json"]],
    [{ command: "check", "report-json": " r.json ", repo: "" }, ["check", "--report-json", "r.json"]],
    [
      { command: "check", "kuma-cp-url": "https://kuma-cp:5682", "kuma-token-env": "KUMA_TOKEN" },
      ["check", "--live", "https://kuma-cp:5682", "--kuma-token-env", "KUMA_TOKEN"],
    ],
    [
      { command: "apply", "pull-request": "true", labels: "needs review, meshservices\nbot", draft: "true" },
      ["apply", "--pull-request", "--labels", "needs review", "--labels", "meshservices", "--labels", "bot", "--draft"],
    ],
    [
      { command: "apply", "pull-request": "true", title: "Mesh update", "bot-branch": "bots/mesh", reviewers: "a,b" },
      [
        "apply",
        "--pull-request",
        "--title",
        "Mesh update",
        "--reviewers",
        "a",
        "--reviewers",
        "b",
        "--bot-branch",
        "bots/mesh",
      ],
    ],
  ])("maps the inputs %j to %j", (inputs, argv) => {
    const env = Object.fromEntries(Object.entries(inputs).map(([k, v]) => [inputVariable(k), v]));
    expect(argvFromActionInputs(env)).toEqual(argv);
  });

  it("names the variables as the runner does", () => {
    expect(inputVariable("pull-request")).toBe("INPUT_PULL-REQUEST");
    expect(inputVariable("report json")).toBe("INPUT_REPORT_JSON");
  });

  it("runs the CLI from INPUT_* variables as the runner passes them (the drift-check workflow's step)", async () => {
    const action = (await read("action.yml")) as ActionYml;
    const step = actionStep((await read(".github/workflows/meshservice-drift.yml")) as Workflow);
    const repo = await repoFromFixture("report-drift");
    const dir = await mkdtemp(join(tmpdir(), "msr-action-"));
    dirs.push(dir);
    const summary = join(dir, "summary.md");
    const output = join(dir, "output.txt");
    await writeFile(summary, "");
    await writeFile(output, "");
    const token = "ghs_secret0123456789";
    // The runner sets every input: the workflow's `with`, else the default (expressions evaluated).
    const inputs: Record<string, string> = {};
    for (const [name, spec] of Object.entries(action.inputs))
      if (spec.default !== undefined) inputs[name] = spec.default.includes("${{") ? token : spec.default;
    for (const [name, value] of Object.entries(step.with ?? {})) inputs[name] = String(value);
    // Paths of the workspace point into the temporary directories here.
    inputs["repo"] = repo;
    inputs["report-json"] = join(dir, "report.json");
    const env: Record<string, string> = {
      GITHUB_ACTIONS: "true",
      GITHUB_STEP_SUMMARY: summary,
      GITHUB_OUTPUT: output,
    };
    for (const [name, value] of Object.entries(inputs)) env[inputVariable(name)] = value;

    const r = await runCli([], env);
    expect(r.code).toBe(2);
    expect(r.stdout).toMatch(/^Drift: 5 files to change/m);
    // A create is annotated at its cause: the inbound of the Dataplane that generates cart.
    expect(r.stderr).toMatch(
      /^::error file=dataplanes\/dataplanes\.yaml,line=48,col=7,title=MeshService create::.*cart\.yaml/m,
    );
    expect(await readFile(output, "utf8")).toBe(
      "result=drift\nchanges=5\npr-url=\npull-request-number=\npull-request-operation=none\npull-request-url=\ncommit-sha=\n",
    );
    expect(await readFile(summary, "utf8")).toMatch(/^### meshservice-reconciler `check`\n\n\*\*Drift: 5 file/);
    const report = JSON.parse(await readFile(join(dir, "report.json"), "utf8")) as { command: string };
    expect(report.command).toBe("check");
    expect(`${r.stdout}${r.stderr}`).not.toContain(token);
  });
});

describe("the Action as the runner starts it, from what a tag holds", () => {
  // The runner downloads the tag's tree (no npm install: no node_modules) and runs
  // `node <action>/<runs.main>` in the workspace with no arguments and the inputs as INPUT_*.
  // git archive of the working tree (as a commit of it would be) gives exactly that tree.
  let actionDir = "";
  beforeAll(async () => {
    actionDir = await archiveInto(await workingTree(), "action-tag");
    dirs.push(actionDir);
  }, 120_000);

  it("holds the bundle and no node_modules", () => {
    expect(existsSync(join(actionDir, "dist", "bin.js"))).toBe(true);
    expect(existsSync(join(actionDir, "node_modules"))).toBe(false);
  });

  it.each([
    ["report-drift", "result=drift\nchanges=5\npr-url=\n"],
    ["example", "result=drift\nchanges=9\npr-url=\n"],
  ])("checks the workspace %s from INPUT_* variables and writes the outputs and the summary", async (fixture, out) => {
    const action = (await read("action.yml")) as ActionYml;
    const workspace = await repoFromFixture(fixture);
    const dir = await mkdtemp(join(tmpdir(), "msr-runner-"));
    dirs.push(dir);
    const summary = join(dir, "summary.md");
    const output = join(dir, "output.txt");
    await writeFile(summary, "");
    await writeFile(output, "");
    const env: Record<string, string> = {
      PATH: process.env["PATH"] ?? "",
      HOME: dir,
      GITHUB_ACTIONS: "true",
      GITHUB_STEP_SUMMARY: summary,
      GITHUB_OUTPUT: output,
      [inputVariable("command")]: "check",
      [inputVariable("token")]: "ghs_secret0123456789",
    };
    for (const [name, spec] of Object.entries(action.inputs))
      if (spec.default !== undefined && !spec.default.includes("${{")) env[inputVariable(name)] ??= spec.default;
    const r = await run(process.execPath, [join(actionDir, action.runs.main)], { cwd: workspace, env });
    expect(r.stderr).not.toMatch(/unexpected error|Cannot find (package|module)/);
    expect(r.code).toBe(2);
    expect(r.stdout).toMatch(/^Drift: \d+ files? to change/m);
    expect(await readFile(output, "utf8")).toBe(
      `${out}pull-request-number=\npull-request-operation=none\npull-request-url=\ncommit-sha=\n`,
    );
    expect(await readFile(summary, "utf8")).toMatch(/^### meshservice-reconciler `check`/);
  });
});

describe("ready-to-copy workflows", () => {
  it("scheduled reconcile: cron and manual runs, one at a time, write permissions, apply --pull-request", async () => {
    const wf = (await read(".github/workflows/meshservice-reconcile.yml")) as Workflow;
    const schedule = wf.on["schedule"] as { cron: string }[];
    expect(schedule[0]?.cron.split(" ")).toHaveLength(5);
    expect(wf.on).toHaveProperty("workflow_dispatch");
    expect(wf.concurrency?.group).toMatch(/\S/);
    expect(wf.concurrency?.["cancel-in-progress"]).toBe(false);
    expect(wf.permissions).toEqual({ contents: "write", "pull-requests": "write" });
    const step = actionStep(wf);
    expect(step.with).toMatchObject({ command: "apply", "pull-request": "true" });
  });

  it("pull-request drift check: read-only, check, Markdown report in the job summary", async () => {
    const wf = (await read(".github/workflows/meshservice-drift.yml")) as Workflow;
    expect(Object.keys(wf.on)).toEqual(["pull_request"]);
    expect(Object.values(wf.permissions).every((p) => p === "read")).toBe(true);
    expect(actionStep(wf).with).toMatchObject({ command: "check" });
  });

  it("one job per zone: the matrix from the zones job, each job applies and pushes its own zone", async () => {
    const wf = (await read(".github/workflows/meshservice-reconcile-zones.yml")) as Workflow & {
      jobs: Record<
        string,
        { needs?: string; outputs?: Record<string, string>; strategy?: { "fail-fast": boolean; matrix: string } }
      >;
    };
    expect(wf.permissions).toEqual({ contents: "write" });
    expect(wf.concurrency?.["cancel-in-progress"]).toBe(false);
    const zones = wf.jobs["zones"];
    const zonesStep = zones?.steps.find((s) => s.uses?.endsWith("/meshservice-reconciler@v1"));
    expect(zonesStep?.with).toEqual({ command: "zones" });
    expect(zones?.outputs).toEqual({ matrix: `\${{ steps.${zonesStep?.id ?? "-"}.outputs.matrix }}` });
    const reconcile = wf.jobs["reconcile"];
    expect(reconcile?.needs).toBe("zones");
    expect(reconcile?.strategy).toEqual({
      "fail-fast": false,
      matrix: "${{ fromJSON(needs.zones.outputs.matrix) }}",
    });
    expect(reconcile && actionStep({ ...wf, jobs: { reconcile } }).with).toMatchObject({
      command: "apply",
      zone: "${{ matrix.zone }}",
      push: "true",
    });
    // Then one run without a zone writes the MeshMultiZoneServices, only when every zone job succeeded
    // (an `if` without a status function implies success()), on the branch as the zone jobs left it.
    const global = wf.jobs["global"];
    expect(Object.keys(wf.jobs)).toEqual(["zones", "reconcile", "global"]);
    expect(global?.needs).toBe("reconcile");
    expect(global?.if).not.toMatch(/always\(\)|failure\(\)|cancelled\(\)/);
    expect(global?.strategy).toBeUndefined();
    expect(global?.steps.find((s) => s.uses?.startsWith("actions/checkout@"))?.with).toEqual({
      ref: "${{ github.ref }}",
    });
    expect(global && actionStep({ ...wf, jobs: { global } }).with).toEqual({
      command: "apply",
      push: "true",
      "report-json": "meshservice-reconciler-report.json",
    });
  });

  it.each(["meshservice-reconcile.yml", "meshservice-drift.yml", "meshservice-reconcile-zones.yml"])(
    "%s: only declared inputs, and skipped in the tool's own repository",
    async (file) => {
      const action = (await read("action.yml")) as ActionYml;
      const wf = (await read(`.github/workflows/${file}`)) as Workflow;
      for (const key of Object.keys(actionStep(wf).with ?? {})) expect(Object.keys(action.inputs)).toContain(key);
      for (const job of Object.values(wf.jobs))
        expect(job.if).toBe("${{ !endsWith(github.repository, '/meshservice-reconciler') }}");
    },
  );

  it("the repository's own CI runs npm test on Node 20, 22 and 24, and check-dist", async () => {
    const ci = (await read(".github/workflows/ci.yml")) as Workflow & {
      jobs: Record<string, { strategy?: { matrix: { node: number[] } } }>;
    };
    expect(Object.keys(ci.on).sort()).toEqual(["pull_request", "push"]);
    expect(ci.jobs["test"]?.if).toBeUndefined();
    expect(ci.jobs["test"]?.strategy?.matrix.node).toEqual([20, 22, 24]);
    expect(ci.jobs["test"]?.steps.map((s) => s.run).filter(Boolean)).toEqual(["npm ci", "npm test"]);
    const checkDist = ci.jobs["check-dist"]?.steps.map((s) => s.run).filter(Boolean) ?? [];
    expect(checkDist.slice(0, 2)).toEqual(["npm ci", "npm run bundle"]);
    expect(checkDist[2]).toContain("git status --porcelain -- dist");
  });
});
