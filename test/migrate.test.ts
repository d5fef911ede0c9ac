import { cp, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { simpleGit } from "simple-git";
import { afterAll, describe, expect, it } from "vitest";
import { expectGolden } from "./helpers/golden.js";
import { bareFromFixture, readCommit, readLog, removeRemotes } from "./helpers/remote.js";
import {
  FIXTURES,
  commitAsFixture,
  gitStatus,
  readTree,
  removeTempRepos,
  repoFromFixture,
  runCli,
} from "./helpers/repo.js";

// The migration to MeshService (docs/migration.md) on a Kubernetes and a Universal repository, each
// with one mesh per meshServices.mode and legacy references in MeshHTTPRoute, MeshTCPRoute,
// MeshTimeout and MeshRetry: the report in every format, what migrate prints and writes, and that
// the rewritten policies are migrated for good.
const scenarios = ["migration-kubernetes", "migration-universal"];

const tmp: string[] = [];
/** A control character a terminal acts on, other than the newline that ends a line. */
const RAW_CONTROL = /(?!\n)\p{Cc}/u;
afterAll(async () => {
  await removeRemotes();
  await removeTempRepos();
  await Promise.all(tmp.map((d) => rm(d, { recursive: true, force: true })));
});

/** The JSON report without what changes from run to run (as test/report/reports.test.ts masks it). */
function maskJson(text: string): string {
  const report = JSON.parse(text) as { tool: { version: string }; repo: { source: string; commit: string | null } };
  report.tool.version = "<version>";
  report.repo.source = "<repo>";
  if (report.repo.commit !== null) report.repo.commit = "<commit>";
  return `${JSON.stringify(report, null, 2)}\n`;
}

interface JsonReport {
  diagnostics: { code: string; file: string; severity: string; message: string }[];
  migration?: { mesh: string; mode: string; ready: boolean; references: { replacement: unknown; paired: boolean }[] }[];
}

describe.each(scenarios)("migration of %s", (scenario) => {
  const expected = join(FIXTURES, `${scenario}.expected`);

  it("check reports the migration in text, JSON, Markdown and GitHub annotations", async () => {
    const repo = await repoFromFixture(scenario);
    const text = await runCli(["check", "--repo", repo]);
    await expectGolden(join(expected, "check.txt"), text.stdout);
    const json = await runCli(["check", "--repo", repo, "--format", "json"]);
    await expectGolden(join(expected, "report.json"), maskJson(json.stdout));
    const markdown = await runCli(["check", "--repo", repo, "--format", "markdown"]);
    await expectGolden(join(expected, "report.md"), markdown.stdout);
    const dir = await mkdtemp(join(tmpdir(), "msr-actions-"));
    tmp.push(dir);
    await writeFile(join(dir, "summary.md"), "");
    const actions = await runCli(["check", "--repo", repo], {
      GITHUB_ACTIONS: "true",
      GITHUB_STEP_SUMMARY: join(dir, "summary.md"),
    });
    await expectGolden(join(expected, "annotations.txt"), actions.stderr.replace(/: \d+ ms$/gm, ": <ms> ms"));
    // One mesh per mode, each with its mode and verdict.
    const report = JSON.parse(json.stdout) as JsonReport;
    expect(report.migration?.map((m) => [m.mesh, m.mode, m.ready])).toEqual([
      ["m-disabled", "Disabled", false],
      ["m-everywhere", "Everywhere", false],
      ["m-exclusive", "Exclusive", false],
      ["m-reachable", "ReachableBackends", false],
    ]);
  });

  it("migrate --report prints what migrate would write and writes nothing", async () => {
    const repo = await repoFromFixture(scenario);
    const before = await readTree(repo);
    const r = await runCli(["migrate", "--report", "--repo", repo]);
    expect(r.code).toBe(0);
    await expectGolden(join(expected, "migrate-report.txt"), r.stdout);
    expect(await readTree(repo)).toEqual(before);
    expect(await gitStatus(repo)).toBe("");
  });

  it("migrate rewrites the references, a second migrate finds nothing, and the policies check clean", async () => {
    const repo = await repoFromFixture(scenario);
    const before = await readTree(repo);
    const r = await runCli(["migrate", "--repo", repo]);
    expect(r.code).toBe(0);
    await expectGolden(join(expected, "migrate.txt"), r.stdout);
    const after = await readTree(repo);
    const written = [...after].filter(([p, text]) => before.get(p) !== text);
    for (const [path, text] of written) await expectGolden(join(expected, "migrated", path), text);
    expect(written.map(([p]) => p).sort()).toEqual([...(await readTree(join(expected, "migrated"))).keys()]);
    // Only policy files, never a MeshService file or anything else.
    for (const [path] of written) expect(path).toMatch(/\/policies-[a-z]+\.yaml$/);

    const again = await runCli(["migrate", "--repo", repo]);
    expect(again.stdout).toMatch(/^Nothing to rewrite: /m);
    expect(await readTree(repo)).toEqual(after);

    // The new-style references resolve: no policy reference diagnostic on a rewritten file, once the
    // MeshServices exist (apply) in the meshes that have them.
    expect((await runCli(["apply", "--repo", repo])).code).toBe(0);
    const plan = JSON.parse((await runCli(["plan", "--repo", repo, "--format", "json"])).stdout) as JsonReport;
    const rewritten = new Set(written.map(([p]) => p));
    expect(plan.diagnostics.filter((d) => rewritten.has(d.file) && d.code.startsWith("policy-ref-unknown"))).toEqual(
      [],
    );
    expect(
      plan.diagnostics.filter((d) => d.code === "policy-ref-no-match" || d.code === "policy-ref-unknown-port"),
    ).toEqual([]);
    // What is left is the legacy backendRefs next to their new entries, which --replace removes.
    for (const m of plan.migration ?? [])
      for (const ref of m.references)
        if (ref.replacement !== null && m.mode !== "Disabled") expect(ref.paired).toBe(true);
  });

  it("migrate --replace replaces the legacy backendRefs instead, and removes them next to their new entries", async () => {
    const repo = await repoFromFixture(scenario);
    const before = await readTree(repo);
    const r = await runCli(["migrate", "--replace", "--repo", repo]);
    expect(r.code).toBe(0);
    const after = await readTree(repo);
    const changed = [...after].filter(([path, text]) => before.get(path) !== text);
    for (const [path, text] of changed) await expectGolden(join(expected, "replaced", path), text);
    // The Disabled mesh's file is not among them: there the legacy backendRef is the only one that routes.
    expect(changed.map(([p]) => p).sort()).toEqual([...(await readTree(join(expected, "replaced"))).keys()]);
    expect(changed.map(([p]) => p).filter((p) => p.includes("policies-disabled"))).toEqual([]);
    // From the added state, --replace ends where it would have gone directly, in the meshes with MeshServices.
    const added = await repoFromFixture(scenario);
    await runCli(["migrate", "--repo", added]);
    await runCli(["migrate", "--replace", "--repo", added]);
    for (const mode of ["everywhere", "reachable", "exclusive"]) {
      const file = `${scenario.replace("migration-", "")}/policies-${mode}.yaml`;
      expect(await readFile(join(added, file), "utf8")).toBe(after.get(file));
    }
  });
});

describe("file names of the repository in migrate's output", () => {
  it("a policy file named with ESC ] 0;pwned BEL and U+009B reaches no output raw", async () => {
    const dir = await mkdtemp(join(tmpdir(), "msr-evil-name-"));
    tmp.push(dir);
    await cp(join(FIXTURES, "migration-universal"), dir, { recursive: true });
    const evil = "universal/evil\u001b]0;pwned\u0007\u009b.yaml";
    const policy = (await readFile(join(dir, "universal/policies-everywhere.yaml"), "utf8"))
      .replace(/^name: backend-canary$/m, "name: evil-canary")
      .split("\n---\n")[0];
    await writeFile(join(dir, evil), `${policy ?? ""}\n`);
    await commitAsFixture(dir);
    const report = await runCli(["migrate", "--report", "--repo", dir]);
    expect(report.code).toBe(0);
    const plan = await runCli(["plan", "--repo", dir]);
    const markdown = await runCli(["plan", "--repo", dir, "--format", "markdown"]);
    expect(markdown.stdout + markdown.stderr).not.toMatch(RAW_CONTROL);
    for (const r of [report, plan]) {
      expect(r.stdout + r.stderr).not.toMatch(RAW_CONTROL);
      expect(r.stdout).toContain('"universal/evil\\u001b]0;pwned\\u0007\\u009b.yaml"');
    }
  });
});

describe("migrate persists like apply", () => {
  it("--push over file:// pushes one commit of the rewritten policy files, then nothing", async () => {
    const bare = await bareFromFixture("migration-universal");
    const first = await runCli(["migrate", "--repo", bare.url, "--push"]);
    expect(first.code, first.stdout).toBe(0);
    const log = await readLog(bare);
    expect(log).toHaveLength(2);
    expect(log[0]?.subject).toBe("chore(policies): migrate 4 policy files to MeshService references");
    const commit = await readCommit(bare, log[0]?.sha ?? "");
    expect(commit.files).toEqual([
      "M\tuniversal/policies-disabled.yaml",
      "M\tuniversal/policies-everywhere.yaml",
      "M\tuniversal/policies-exclusive.yaml",
      "M\tuniversal/policies-reachable.yaml",
    ]);
    const second = await runCli(["migrate", "--repo", bare.url, "--push"]);
    expect(second.stdout).toMatch(/^Nothing to rewrite: /m);
    expect(await readLog(bare)).toHaveLength(2);
  });

  it("a URL without --push or --pull-request is refused: nothing would persist", async () => {
    const bare = await bareFromFixture("migration-universal");
    const r = await runCli(["migrate", "--repo", bare.url]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/migrate on a cloned URL needs --push or --pull-request/);
    expect((await runCli(["migrate", "--report", "--repo", bare.url])).code).toBe(0);
  });
});

describe("policyReferences sets the severity of the migration diagnostics", () => {
  it.each([
    ["error", 1, "error"],
    ["off", 2, null],
  ] as const)("policyReferences: %s: check exits %i", async (value, code, severity) => {
    const repo = await repoFromFixture("migration-kubernetes");
    const file = join(repo, "meshservice-reconciler.yaml");
    await writeFile(file, `policyReferences: ${value}\n${await readFile(file, "utf8")}`);
    const r = await runCli(["check", "--repo", repo, "--format", "json"]);
    expect(r.code).toBe(code);
    const found = (JSON.parse(r.stdout) as JsonReport).diagnostics.filter(
      (d) => d.code === "route-backend-ref-legacy" || d.code === "legacy-ref-unresolved",
    );
    expect(found.length > 0 ? [...new Set(found.map((d) => d.severity))] : null).toEqual(
      severity === null ? null : [severity],
    );
  });
});

describe("migrate with policyReferences: error", () => {
  it("makes the rewrite that resolves the errors, and the next check is clean", async () => {
    // Only mesh m-exclusive, without admin (two ports: no single equivalent, an error migrate cannot fix).
    const repo = await repoFromFixture("migration-universal");
    for (const mode of ["disabled", "everywhere", "reachable"])
      await rm(join(repo, "universal", `policies-${mode}.yaml`));
    const policies = join(repo, "universal", "policies-exclusive.yaml");
    await writeFile(
      policies,
      (await readFile(policies, "utf8")).replace(/ {4}# admin has two ports[^]*?\n---\n/, "---\n"),
    );
    const config = join(repo, "meshservice-reconciler.yaml");
    await writeFile(config, `policyReferences: error\n${await readFile(config, "utf8")}`);
    await simpleGit({ baseDir: repo }).add(".").commit("only m-exclusive, policyReferences: error");
    const errors = (stdout: string): string[] =>
      (JSON.parse(stdout) as JsonReport).diagnostics.filter((d) => d.severity === "error").map((d) => d.code);
    const before = await runCli(["check", "--repo", repo, "--format", "json"]);
    expect(errors(before.stdout)).toEqual(["route-backend-ref-legacy", "route-backend-ref-legacy"]);
    // Adding the new entry next to the legacy one leaves the legacy one: its error still counts.
    const adding = await runCli(["migrate", "--repo", repo, "--format", "json"]);
    expect([adding.code, errors(adding.stdout)]).toEqual([1, ["route-backend-ref-legacy", "route-backend-ref-legacy"]]);
    expect(await gitStatus(repo)).toBe("");

    const r = await runCli(["migrate", "--replace", "--repo", repo, "--format", "json"]);
    expect([r.code, errors(r.stdout)]).toEqual([0, []]);
    expect(await gitStatus(repo)).toBe("M universal/policies-exclusive.yaml");
    const after = await runCli(["check", "--repo", repo, "--format", "json"]);
    expect(errors(after.stdout)).toEqual([]);
    expect((JSON.parse(after.stdout) as JsonReport).diagnostics.filter((d) => d.code.includes("legacy"))).toEqual([]);
  });
});

describe("a policy file that several zones include", () => {
  // backend has one port named api in every zone; web has one port in zone-east, two in zone-west
  // (a whole-service reference has no one equivalent there) and none in zone-south.
  const timeouts = [
    "type: MeshTimeout",
    "name: shared-timeouts",
    "mesh: default",
    "spec:",
    "  to:",
    "    - targetRef:",
    "        kind: MeshService",
    "        name: backend",
    "      default:",
    "        idleTimeout: 20s",
    "    - targetRef:",
    "        kind: MeshService",
    "        name: web",
    "      default:",
    "        idleTimeout: 30s",
    "",
  ].join("\n");

  async function sharedRepo(): Promise<string> {
    const dir = await mkdtemp(join(tmpdir(), "msr-migrate-shared-"));
    tmp.push(dir);
    await cp(join(FIXTURES, "multizone-services"), dir, { recursive: true });
    await writeFile(join(dir, "shared", "timeouts.yaml"), timeouts);
    await commitAsFixture(dir);
    return dir;
  }

  it("is rewritten only where every zone would write the same, and counts each reference once", async () => {
    const repo = await sharedRepo();
    const r = await runCli(["migrate", "--repo", repo, "--format", "json"]);
    expect(r.code).toBe(0);
    const report = JSON.parse(r.stdout) as JsonReport;
    const skipped = report.diagnostics.filter((d) => d.code === "migrate-ref-skipped");
    expect(skipped.map((d) => d.message)).toEqual([
      expect.stringMatching(
        /^MeshTimeout "shared-timeouts": legacy reference "web" is not rewritten: the zones that include shared\/timeouts\.yaml disagree on it \(zone zone-east: rewrite \{kind: MeshService, name: web, sectionName: http\}; zone zone-west: not rewritten \(.*\); zone zone-south: not rewritten \(.*\)\)/,
      ),
    ]);
    const after = await readFile(join(repo, "shared", "timeouts.yaml"), "utf8");
    expect(after).toBe(
      timeouts.replace("        name: backend\n", '        name: backend\n        sectionName: "api"\n'),
    );

    await writeFile(join(repo, "shared", "timeouts.yaml"), timeouts);
    const text = await runCli(["migrate", "--report", "--repo", repo]);
    expect(text.stdout).toContain("  holds 2 legacy references (see Migration to MeshService below)");
  });

  it("is a policy file, not a MeshService, in the Markdown report and the GitHub annotations", async () => {
    const repo = await sharedRepo();
    const markdown = await runCli(["migrate", "--report", "--repo", repo, "--format", "markdown"]);
    expect(markdown.stdout).toContain(
      "The policy file holds 2 legacy references; migrate rewrites it (see Migration to MeshService above).",
    );
    expect(markdown.stdout).not.toMatch(/Because/);
    const dir = await mkdtemp(join(tmpdir(), "msr-actions-"));
    tmp.push(dir);
    await writeFile(join(dir, "summary.md"), "");
    const env = { GITHUB_ACTIONS: "true", GITHUB_STEP_SUMMARY: join(dir, "summary.md") };
    const planned = await runCli(["migrate", "--report", "--repo", repo], env);
    expect(planned.stderr).toMatch(
      /^::warning file=shared\/timeouts\.yaml,line=\d+,col=1,title=policy file update::Policy file shared\/timeouts\.yaml holds 2 legacy references; migrate rewrites it\.$/m,
    );
    expect(planned.stderr).not.toContain("MeshService update");
    const written = await runCli(["migrate", "--repo", repo], env);
    expect(written.stderr).toMatch(
      /^::notice file=shared\/timeouts\.yaml,line=\d+,col=1,title=policy file update::Policy file shared\/timeouts\.yaml held 2 legacy references; migrate rewrote it\.$/m,
    );
    // The step summary (and a pull request's body, the same Markdown) says so too.
    expect(await readFile(join(dir, "summary.md"), "utf8")).toContain(
      "The policy file held 2 legacy references; migrate rewrote it (see Migration to MeshService above).",
    );
  });
});
