import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { simpleGit } from "simple-git";
import { afterAll, describe, expect, it } from "vitest";
import {
  causeOf,
  firstChangedLine,
  formatAnnotation,
  renderOutputs,
  renderStepSummary,
  STEP_SUMMARY_LIMIT,
} from "../../src/report/github.js";
import { MARKDOWN_LIMIT } from "../../src/report/markdown.js";
import type { Report, ReportChange } from "../../src/report/report.js";
import { removeTempRepos, repoFromFixture, runCli } from "../helpers/repo.js";

const dirs: string[] = [];
afterAll(async () => {
  await removeTempRepos();
  await Promise.all(dirs.map((d) => rm(d, { recursive: true, force: true })));
});

async function tempDir(prefix: string): Promise<string> {
  const d = await mkdtemp(join(tmpdir(), prefix));
  dirs.push(d);
  return d;
}

/** A real repository whose sources generate `n` MeshServices, plus `odd` invalid service names (infos). */
async function repoWithServices(n: number, odd: number): Promise<string> {
  const dir = await tempDir("msr-many-");
  const docs: string[] = ["type: Mesh\nname: default\nmeshServices:\n  mode: Exclusive\n"];
  for (let i = 0; i < n; i++) {
    docs.push(
      `type: Dataplane\nmesh: default\nname: svc-${i}-01\nnetworking:\n  address: 10.1.${i >> 8}.${i & 255}\n  inbound:\n    - port: 8080\n      tags:\n        kuma.io/service: svc-${i}\n`,
    );
  }
  for (let i = 0; i < odd; i++) {
    docs.push(
      `type: Dataplane\nmesh: default\nname: odd-${i}\nnetworking:\n  address: 10.2.0.${i}\n  inbound:\n    - port: 8080\n      tags:\n        kuma.io/service: Odd_${i}\n`,
    );
  }
  await writeFile(join(dir, "dataplanes.yaml"), docs.join("---\n"));
  const git = simpleGit({ baseDir: dir });
  await git.init(["--initial-branch=main"]);
  await git.addConfig("user.name", "Test");
  await git.addConfig("user.email", "test@example.com");
  await git.add(".");
  await git.commit("sources");
  return dir;
}

describe("GitHub Actions mode with 1,500 changed files", () => {
  it("keeps the Markdown under the limit, at most 10 annotations per type, the rest counted", async () => {
    const repo = await repoWithServices(1500, 12);
    const out = await tempDir("msr-out-");
    const summary = join(out, "summary.md");
    const output = join(out, "output.txt");
    const json = join(out, "report.json");
    const markdown = join(out, "report.md");
    const r = await runCli(["check", "--repo", repo, "--report-json", json, "--report-markdown", markdown], {
      GITHUB_ACTIONS: "true",
      GITHUB_STEP_SUMMARY: summary,
      GITHUB_OUTPUT: output,
    });
    expect(r.code).toBe(2);

    const annotations = r.stderr.split("\n").filter((l) => /^::(error|warning|notice) /.test(l));
    const count = (level: string): number => annotations.filter((l) => l.startsWith(`::${level} `)).length;
    expect(count("error")).toBe(10); // 1,500 drifted files
    expect(count("notice")).toBe(10); // 12 invalid names + no-mesh-objects would be 13
    expect(annotations.find((l) => l.startsWith("::error "))).toBe(
      "::error file=dataplanes.yaml,line=12,col=7,title=MeshService create::Missing: MeshService default/svc-0 of zone default (meshservices/default/default/svc-0.yaml); apply creates it.",
    );

    const md = await readFile(markdown, "utf8");
    expect(md.length).toBeLessThan(MARKDOWN_LIMIT);
    expect(md).toMatch(/^\*\*Drift: 1500 files to change/m);
    expect(md).toMatch(
      new RegExp(`> \\*\\*Truncated\\*\\* .*the diffs of 1,500 of 1,500 changed files.*the JSON report \`${json}\`\\.`),
    );

    const stepSummary = await readFile(summary, "utf8");
    expect(Buffer.byteLength(stepSummary)).toBeLessThan(STEP_SUMMARY_LIMIT);
    expect(stepSummary).toContain(
      "> **Annotations:** GitHub shows 10 of each type per step; 1,490 error(s), 2 notice(s) more are only in this report.",
    );
    expect(await readFile(output, "utf8")).toBe(
      "result=drift\nchanges=1500\npr-url=\npull-request-number=\npull-request-operation=none\npull-request-url=\ncommit-sha=\n",
    );

    const report = JSON.parse(await readFile(json, "utf8")) as Report;
    expect(report.changes).toHaveLength(1500);
  });
});

describe("annotations where the reviewer looks", () => {
  it("a pull request that changes one Service port is annotated at that Service, not at the generated file", async () => {
    // The base: the example repository, reconciled and committed.
    const repo = await repoFromFixture("example");
    expect((await runCli(["apply", "--repo", repo])).code).toBe(0);
    const git = simpleGit({ baseDir: repo });
    await git.add(".");
    await git.commit("reconciled");
    // The pull request: one port of Service shop/cart (kubernetes/shop/services.yaml, line 17).
    const file = join(repo, "kubernetes/shop/services.yaml");
    const text = await readFile(file, "utf8");
    expect(text.split("\n")[16]).toBe("apiVersion: v1");
    expect(text.split("\n")[18]).toBe("metadata:");
    await writeFile(
      file,
      text.replace("    - port: 8080\n      targetPort: 8080", "    - port: 8081\n      targetPort: 8080"),
    );
    await git.commit("cart: port 8081", ["kubernetes/shop/services.yaml"]);

    const r = await runCli(["check", "--repo", repo], { GITHUB_ACTIONS: "true" });
    expect(r.code).toBe(2);
    const changes = r.stderr.split("\n").filter((l) => l.includes("title=MeshService "));
    expect(changes).toEqual([
      "::error file=kubernetes/shop/services.yaml,line=17,col=1,title=MeshService update::Out of date: MeshService shop/cart of zone zone-k8s (meshservices/zone-k8s/shop/cart.yaml); apply rewrites it. Changes: spec.ports[0].name: 8080 → 8081, spec.ports[0].port: 8080 → 8081.",
    ]);
  });

  it.each([
    ["a delete, at the generated file", "delete", [], [], null],
    [
      "an update of hostnames only, at the HostnameGenerator of the changed address",
      "update",
      [{ path: "status.addresses[1].hostname", change: "changed", before: "a.internal", after: "a.mesh.internal" }],
      [
        { role: "inbound", kind: "Dataplane", name: "default/a-01", file: "dp.yaml", line: 7, column: 7, detail: "" },
        {
          role: "hostname-generator",
          kind: "HostnameGenerator",
          name: "builtin",
          file: "",
          line: 0,
          column: 0,
          detail: "",
        },
        {
          role: "hostname-generator",
          kind: "HostnameGenerator",
          name: "mine",
          file: "hg.yaml",
          line: 2,
          column: 1,
          detail: "",
        },
      ],
      { file: "hg.yaml", line: 2 },
    ],
    [
      "an update of a port and a hostname, at the inbound",
      "update",
      [
        { path: "spec.ports[0].port", change: "changed", before: 1, after: 2 },
        { path: "status.addresses[0].hostname", change: "changed", before: "a", after: "b" },
      ],
      [
        { role: "inbound", kind: "Dataplane", name: "default/a-01", file: "dp.yaml", line: 7, column: 7, detail: "" },
        {
          role: "hostname-generator",
          kind: "HostnameGenerator",
          name: "mine",
          file: "hg.yaml",
          line: 2,
          column: 1,
          detail: "",
        },
      ],
      { file: "dp.yaml", line: 7 },
    ],
  ] as const)("places %s", (_what, action, fields, sources, cause) => {
    const change = {
      action,
      path: "out/default/a.yaml",
      zone: "z",
      mesh: "default",
      namespace: "",
      name: "a",
      handEdited: false,
      policies: [],
      sources,
      fields,
      diff: "",
    } satisfies ReportChange;
    if (cause === null) expect(causeOf(change)).toBeNull();
    else expect(causeOf(change)).toMatchObject(cause);
  });
});

describe("workflow commands", () => {
  it.each([
    [
      { level: "error", file: "a,b:c.yaml", line: 3, col: 7, title: "yaml-syntax", message: "50% bad\nvalue" },
      "::error file=a%2Cb%3Ac.yaml,line=3,col=7,title=yaml-syntax::50%25 bad%0Avalue",
    ],
    [
      { level: "notice", file: "", line: 0, col: 0, title: "no-mesh-objects", message: "no meshes" },
      "::notice title=no-mesh-objects::no meshes",
    ],
    [
      { level: "warning", file: "x.yaml", line: 0, col: 0, title: "t", message: "m" },
      "::warning file=x.yaml,title=t::m",
    ],
  ] as const)("formats %j", (annotation, line) => {
    expect(formatAnnotation(annotation)).toBe(line);
  });

  it.each([
    ["--- a/f\n+++ b/f\n@@ -13,7 +13,7 @@\n   a\n   b\n   c\n-x\n+y\n   d\n", "before", 16],
    ["--- a/f\n+++ b/f\n@@ -13,7 +13,8 @@\n   a\n+y\n   d\n", "after", 14],
    ["--- /dev/null\n+++ b/f\n@@ -0,0 +1,2 @@\n+a\n+b\n", "before", 1],
    ["", "after", 1],
  ] as const)("finds the first changed line of %j (%s)", (diff, side, line) => {
    expect(firstChangedLine(diff, side)).toBe(line);
  });

  it("writes single-line outputs", () => {
    const url = "https://github.com/o/r/pull/7";
    expect(
      renderOutputs({
        result: "applied",
        changes: "3",
        "pr-url": url,
        "pull-request-number": "7",
        "pull-request-operation": "created",
        "pull-request-url": url,
        "commit-sha": "abc\ndef",
      }),
    ).toBe(
      `result=applied\nchanges=3\npr-url=${url}\npull-request-number=7\npull-request-operation=created\npull-request-url=${url}\ncommit-sha=abc def\n`,
    );
  });

  it("appends nothing when the step summary has no room left", () => {
    const report = {
      schemaVersion: 1,
      tool: { name: "meshservice-reconciler", version: "0" },
      command: "check",
      result: "in-sync",
      exitCode: 0,
      repo: { source: ".", ref: null, commit: null },
      summary: { create: 0, update: 0, delete: 0, unchanged: 1 },
      zones: [],
      changes: [],
      meshServices: [],
      diagnostics: [],
      pullRequestUrl: null,
      pullRequest: null,
      commit: null,
      nextStep: null,
    } satisfies Report;
    expect(renderStepSummary(report, { budget: 10, jsonReport: null })).toBe("");
    expect(renderStepSummary(report, { budget: 10_000, jsonReport: null })).toMatch(/^### meshservice-reconciler/);
  });
});
