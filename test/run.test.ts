import { mkdir, mkdtemp, rm, symlink, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { simpleGit } from "simple-git";
import { afterAll, describe, expect, it } from "vitest";
import { commitAsFixture, gitStatus, readTree, runCli } from "./helpers/repo.js";

const temp: string[] = [];
afterAll(() => Promise.all(temp.map((d) => rm(d, { recursive: true, force: true }))));

async function tempDir(prefix: string): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), prefix));
  temp.push(dir);
  return dir;
}

async function writeFiles(dir: string, files: Record<string, string>): Promise<void> {
  for (const [path, text] of Object.entries(files)) {
    await mkdir(dirname(join(dir, path)), { recursive: true });
    await writeFile(join(dir, path), text);
  }
}

/** A real git repository holding `files`, committed, with `links` (path -> target) added before the commit. */
async function repoWith(files: Record<string, string>, links: Record<string, string> = {}): Promise<string> {
  const dir = await tempDir("msr-run-");
  await writeFiles(dir, files);
  for (const [path, target] of Object.entries(links)) {
    await mkdir(dirname(join(dir, path)), { recursive: true });
    await symlink(target, join(dir, path));
  }
  await commitAsFixture(dir);
  return dir;
}

const dataplane = (name: string, service: string, address = "10.0.0.1"): string =>
  `type: Dataplane\nname: ${name}\nmesh: default\nnetworking:\n  address: ${address}\n  inbound:\n    - port: 8080\n      tags:\n        kuma.io/service: ${service}\n`;

const CONFIG = "zones:\n  - name: zone-1\n    environment: universal\n";

interface JsonReport {
  result: string;
  meshServices: { name: string }[];
  diagnostics: { severity: string; code: string; file: string; line: number; column: number }[];
}

describe("a run with errors in several files", () => {
  it("reports the errors of all three files in one run, and apply leaves the working tree untouched", async () => {
    const repo = await repoWith({
      "meshservice-reconciler.yaml": CONFIG,
      "universal/good.yaml": dataplane("good-1", "good"),
      "universal/syntax.yaml": "type: Dataplane\nname: [unclosed\n",
      "universal/schema.yaml": `${dataplane("web-1", "web")}      weight: 3\n`,
      "universal/rules.yaml": dataplane("api-1", "api", "0.0.0.0"),
    });
    const before = await readTree(repo);

    const apply = await runCli(["apply", "--repo", repo, "--format", "json"]);
    expect(apply.code).toBe(1);
    const report = JSON.parse(apply.stdout) as JsonReport;
    expect(report.result).toBe("error");
    expect(
      report.diagnostics.filter((d) => d.severity === "error").map((d) => [d.file, d.line, d.column, d.code]),
    ).toEqual([
      ["universal/rules.yaml", 5, 12, "address-invalid"],
      ["universal/schema.yaml", 10, 7, "resource-invalid"],
      ["universal/syntax.yaml", 3, 1, "yaml-syntax"],
    ]);

    expect(await readTree(repo)).toEqual(before);
    expect(await gitStatus(repo)).toBe("");

    const text = await runCli(["apply", "--repo", repo]);
    expect(text.stdout).toMatch(/^universal\/rules\.yaml:5:12: error: .* \[address-invalid\]$/m);
    expect(text.stdout).toMatch(/^Error: 3 errors found; nothing was written\.$/m);
    expect(await gitStatus(repo)).toBe("");
  });
});

describe("hand-written MeshServices in an output directory", () => {
  it("are validated like sources", async () => {
    const repo = await repoWith({
      "meshservice-reconciler.yaml": CONFIG,
      "universal/web.yaml": dataplane("web-1", "web"),
      "meshservices/zone-1/default/api.yaml":
        "type: MeshService\nname: api\nmesh: default\nspec:\n  ports:\n    - port: 70000\n",
    });
    const r = await runCli(["apply", "--repo", repo, "--format", "json"]);
    expect(r.code).toBe(1);
    const report = JSON.parse(r.stdout) as JsonReport;
    expect(
      report.diagnostics.filter((d) => d.severity === "error").map((d) => [d.file, d.line, d.column, d.code]),
    ).toEqual([["meshservices/zone-1/default/api.yaml", 6, 13, "port-invalid"]]);
    expect(await gitStatus(repo)).toBe("");
  });
});

describe("symbolic links", () => {
  it.each([
    ["the default globs", CONFIG],
    [
      "globs that name the linked directory",
      `${CONFIG}    include: ["universal/*.yaml", "universal/linked-dir/*.yaml", "universal/linked-dir/dp.yaml"]\n`,
    ],
  ])(
    "with %s, a link to a YAML file or directory outside the repository never contributes a resource",
    async (_name, config) => {
      const outside = await tempDir("msr-outside-");
      await writeFiles(outside, {
        "dp.yaml": dataplane("evil-1", "evil"),
        "dir/dp.yaml": dataplane("evil-2", "evil-dir"),
      });
      const repo = await repoWith(
        { "meshservice-reconciler.yaml": config, "universal/web.yaml": dataplane("web-1", "web") },
        { "universal/linked.yaml": join(outside, "dp.yaml"), "universal/linked-dir": join(outside, "dir") },
      );

      const plan = await runCli(["plan", "--repo", repo, "--format", "json"]);
      expect(plan.code).toBe(0);
      const report = JSON.parse(plan.stdout) as JsonReport;
      expect(report.meshServices.map((m) => m.name)).toEqual(["web"]);
      const warned = report.diagnostics.filter((d) => d.code === "symlink-outside-repo").map((d) => d.file);
      expect(warned).toContain("universal/linked.yaml");
      expect(report.diagnostics.filter((d) => d.severity === "error")).toEqual([]);

      await runCli(["apply", "--repo", repo]);
      const written = [...(await readTree(repo, "meshservices")).keys()];
      expect(written).toEqual(["meshservices/zone-1/default/web.yaml"]);
    },
  );
});

describe("an output directory reached through a committed symbolic link", () => {
  it.each<[string, string, (outside: string) => string, RegExp]>([
    [
      "the mesh directory linked outside the repository",
      "meshservices/zone-1/default",
      (outside) => outside,
      /refusing to write meshservices\/zone-1\/default\/web\.yaml: meshservices\/zone-1\/default leads outside meshservices\/zone-1/,
    ],
    [
      "the mesh directory linked to the sources",
      "meshservices/zone-1/default",
      () => "../../universal",
      /refusing to write meshservices\/zone-1\/default\/web\.yaml: meshservices\/zone-1\/default leads outside meshservices\/zone-1/,
    ],
    [
      "an ancestor of the output directory linked outside the repository",
      "meshservices",
      (outside) => outside,
      /refusing to write meshservices\/zone-1\/default\/web\.yaml: meshservices\/zone-1 leads outside the repository/,
    ],
  ])("with %s, apply exits 1 naming the path and writes nothing anywhere", async (_, link, target, message) => {
    const outside = await tempDir("msr-outside-");
    const repo = await repoWith(
      { "meshservice-reconciler.yaml": CONFIG, "universal/web.yaml": dataplane("web-1", "web") },
      { [link]: target(outside) },
    );

    const apply = await runCli(["apply", "--repo", repo]);
    expect(apply.code).toBe(1);
    expect(apply.stderr).toMatch(message);
    expect(await readTree(outside)).toEqual(new Map());
    // No file added or changed in the repository (git does not follow the link either).
    expect(await gitStatus(repo)).toBe("");
  });
});

describe("targets checked before the first write", () => {
  it("a link in one zone's output stops the writes of every zone", async () => {
    const outside = await tempDir("msr-outside-");
    const zones = ["zone-a", "zone-b"].map((z) => `  - name: ${z}\n    environment: universal\n`).join("");
    const repo = await repoWith(
      { "meshservice-reconciler.yaml": `zones:\n${zones}`, "universal/web.yaml": dataplane("web-1", "web") },
      { "meshservices/zone-b/default": outside },
    );
    const apply = await runCli(["apply", "--repo", repo]);
    expect(apply.code).toBe(1);
    expect(apply.stderr).toMatch(/refusing to write meshservices\/zone-b\/default\/web\.yaml/);
    expect(await readTree(outside)).toEqual(new Map());
    expect(await gitStatus(repo)).toBe("");
  });
});

describe("glob characters in an output directory", () => {
  it.each(["gen/[eu]", "gen/(eu)", "gen/{eu,x}", "gen/*"])(
    "output %s is a literal path: its committed files are found and the repository is in sync",
    async (output) => {
      const repo = await repoWith({
        "meshservice-reconciler.yaml": `zones:\n  - name: zone-1\n    environment: universal\n    include: ["universal/*.yaml"]\n    output: "${output}"\n`,
        "universal/web.yaml": dataplane("web-1", "web"),
        "gen/e/keep.yaml": "not ours, and not in the output directory\n",
      });
      expect((await runCli(["apply", "--repo", repo])).code).toBe(0);
      expect([...(await readTree(repo, "gen")).keys()]).toEqual(
        ["gen/e/keep.yaml", `${output}/default/web.yaml`].sort(),
      );
      const git = simpleGit({ baseDir: repo });
      await git.add(".");
      await git.commit("generated");

      const check = await runCli(["check", "--repo", repo, "--format", "json"]);
      expect(check.code).toBe(0);
      expect((JSON.parse(check.stdout) as JsonReport).result).toBe("in-sync");
    },
  );
});

describe("apply --commit", () => {
  it("commits exactly the generated paths, taken literally (an output directory with glob characters)", async () => {
    const repo = await repoWith({
      "meshservice-reconciler.yaml": `zones:\n  - name: zone-1\n    environment: universal\n    include: ["universal/*.yaml"]\n    output: "gen/[eu]"\n`,
      "universal/web.yaml": dataplane("web-1", "web"),
    });
    // Someone else's staged file that the glob `gen/[eu]/default/web.yaml` would match.
    await writeFiles(repo, { "gen/e/default/web.yaml": "staged by a person\n" });
    const git = simpleGit({ baseDir: repo });
    await git.add("gen/e/default/web.yaml");

    const r = await runCli(["apply", "--repo", repo, "--commit"]);
    expect(r.code).toBe(0);
    const files = await git.raw(["show", "--name-status", "--format=", "HEAD"]);
    expect(files.trim().split("\n")).toEqual(["A\tgen/[eu]/default/web.yaml"]);
    expect(await gitStatus(repo)).toBe("A  gen/e/default/web.yaml");
  });
});

describe("no config file", () => {
  it("Services and Dataplanes together are an error asking for a config file, and nothing is written", async () => {
    const repo = await repoWith({
      "universal/web.yaml": dataplane("web-1", "web"),
      "kubernetes/svc.yaml": "apiVersion: v1\nkind: Service\nmetadata:\n  name: api\n  namespace: shop\n",
    });
    const r = await runCli(["apply", "--repo", repo, "--format", "json"]);
    expect(r.code).toBe(1);
    const report = JSON.parse(r.stdout) as JsonReport;
    expect(report.diagnostics.map((d) => [d.code, d.severity, d.file])).toEqual([["config-required", "error", ""]]);
    expect(await gitStatus(repo)).toBe("");
  });

  it.each([
    ["only Dataplanes", { "dp.yaml": dataplane("web-1", "web") }, "universal"],
    ["only Services", { "svc.yaml": "apiVersion: v1\nkind: Service\nmetadata:\n  name: api\n" }, "kubernetes"],
  ])("%s: one zone, default, of that environment", async (_name, files, environment) => {
    const repo = await repoWith(files);
    const r = await runCli(["plan", "--repo", repo]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(new RegExp(`^zone default \\(${environment}, meshservices/default\\)`, "m"));
  });
});
