import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { inputVariable } from "../src/action-inputs.js";
import { removeTempRepos, repoFromFixture, runCli } from "./helpers/repo.js";

const dirs: string[] = [];
afterAll(async () => {
  await removeTempRepos();
  await Promise.all(dirs.map((d) => rm(d, { recursive: true, force: true })));
});

async function repoWithConfig(config: string): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), "msr-zones-"));
  dirs.push(dir);
  await writeFile(join(dir, "meshservice-reconciler.yaml"), config);
  return dir;
}

const EXAMPLE_MATRIX = {
  include: [
    {
      zone: "zone-vm",
      environment: "universal",
      output: "meshservices/zone-vm",
      sources: { include: ["universal/**/*.yaml"], exclude: [] },
    },
    {
      zone: "zone-k8s",
      environment: "kubernetes",
      output: "meshservices/zone-k8s",
      sources: { include: ["kubernetes/**/*.yaml"], exclude: [] },
    },
  ],
};

describe("zones", () => {
  it("--json: one line, the matrix of every zone in config order", async () => {
    const repo = await repoFromFixture("example");
    const r = await runCli(["zones", "--repo", repo, "--json"]);
    expect([r.code, r.stderr]).toEqual([0, ""]);
    expect(r.stdout).toBe(`${JSON.stringify(EXAMPLE_MATRIX)}\n`);
    expect((await runCli(["zones", "--repo", repo, "--format", "json"])).stdout).toBe(r.stdout);
  });

  it("text: one line per zone", async () => {
    const repo = await repoFromFixture("example");
    const r = await runCli(["zones", "--repo", repo]);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(
      "zone-vm (universal) -> meshservices/zone-vm: include universal/**/*.yaml\n" +
        "zone-k8s (kubernetes) -> meshservices/zone-k8s: include kubernetes/**/*.yaml\n",
    );
  });

  it("--zone selects as for every command (config order), and an unknown zone is a usage error", async () => {
    const repo = await repoFromFixture("example");
    const r = await runCli(["zones", "--repo", repo, "--json", "--zone", "zone-k8s,zone-vm"]);
    expect(JSON.parse(r.stdout)).toEqual(EXAMPLE_MATRIX);
    const one = await runCli(["zones", "--repo", repo, "--json", "--zone", "zone-k8s"]);
    expect(JSON.parse(one.stdout)).toEqual({ include: [EXAMPLE_MATRIX.include[1]] });
    const unknown = await runCli(["zones", "--repo", repo, "--zone", "zone-mv"]);
    expect([unknown.code, unknown.stdout]).toEqual([1, ""]);
    expect(unknown.stderr).toMatch(/--zone zone-mv: no such zone in the config\. Did you mean "zone-vm"\?/);
  });

  it("without a config: the default zone, its environment decided by the sources", async () => {
    const dir = await mkdtemp(join(tmpdir(), "msr-zones-"));
    dirs.push(dir);
    const r = await runCli(["zones", "--repo", dir, "--json"]);
    expect(JSON.parse(r.stdout)).toEqual({
      include: [
        {
          zone: "default",
          environment: "auto",
          output: "meshservices/default",
          sources: { include: ["**/*.yaml", "**/*.yml"], exclude: [] },
        },
      ],
    });
  });

  it("config errors are diagnostics with file, line and column, all of them; nothing on stdout, exit 1", async () => {
    const repo = await repoWithConfig(
      [
        "zones:",
        "  - name: a",
        "    environment: universal",
        "    output: ../outside",
        "  - name: a",
        "    environment: kubernetes",
        "",
      ].join("\n"),
    );
    const r = await runCli(["zones", "--repo", repo, "--json"]);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe("");
    expect(r.stderr).toMatch(
      /^meshservice-reconciler\.yaml:5:11: error: zone "a" is defined twice .*\[config-invalid\]$/m,
    );
    expect(r.stderr).toMatch(
      /^meshservice-reconciler\.yaml:4:13: error: output "\.\.\/outside" .*\[config-invalid\]$/m,
    );
  });

  it("on a runner: the annotations of the diagnostics, escaped, and the matrix as the step output", async () => {
    const repo = await repoWithConfig(
      ["zones:", "  - name: a", "    environment: universal", '    include: ["x\\n::error::owned"]', ""].join("\n"),
    );
    const dir = await mkdtemp(join(tmpdir(), "msr-zones-out-"));
    dirs.push(dir);
    const output = join(dir, "output.txt");
    await writeFile(output, "");
    // The Action: no arguments, the inputs as INPUT_*; the token input is not passed to zones.
    const env = {
      GITHUB_ACTIONS: "true",
      GITHUB_OUTPUT: output,
      [inputVariable("command")]: "zones",
      [inputVariable("repo")]: repo,
      [inputVariable("token")]: "ghs_secret0123456789",
      [inputVariable("json")]: "false",
    };
    const r = await runCli([], env);
    expect([r.code, r.stderr]).toEqual([0, ""]);
    // The glob holds a line break: quoted on the terminal, never a second line that starts with `::`.
    expect(r.stdout).toBe('a (universal) -> meshservices/a: include "x\\n::error::owned"\n');
    const matrix = {
      include: [
        {
          zone: "a",
          environment: "universal",
          output: "meshservices/a",
          sources: { include: ["x\n::error::owned"], exclude: [] },
        },
      ],
    };
    expect(await readFile(output, "utf8")).toBe(`matrix=${JSON.stringify(matrix)}\n`);

    const broken = await repoWithConfig("zones:\n  - name: a,b\n    environment: universal\n");
    const failed = await runCli([], { ...env, [inputVariable("repo")]: broken });
    expect(failed.code).toBe(1);
    expect(failed.stderr).toMatch(/^::error file=meshservice-reconciler\.yaml,line=2,col=\d+,title=config-invalid::/m);
    expect(failed.stderr).toMatch(/^meshservice-reconciler\.yaml:2:\d+: error: /m);
  });

  it("takes only its own flags, and says so", async () => {
    const r = await runCli(["zones", "--push"]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/zones: unknown option --push/);
    const url = await runCli(["zones", "--repo", "https://example.com/r.git"]);
    expect(url.stderr).toMatch(/zones: --repo must be a local directory/);
    const help = await runCli(["zones", "--help"]);
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/^Usage: meshservice-reconciler zones /);
    expect(help.stdout).toMatch(/--json/);
  });
});
