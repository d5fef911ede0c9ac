import { existsSync } from "node:fs";
import { readFile, rm, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { parse } from "yaml";
import { afterAll, describe, expect, it } from "vitest";
import { schemaUrl, starterConfigText, starterZones, zoneName } from "../src/init/starter-config.js";
import { ROOT, run } from "./helpers/checkout.js";
import { removeTempRepos, repoFromFixture, runCli } from "./helpers/repo.js";

afterAll(removeTempRepos);

const CONFIG = "meshservice-reconciler.yaml";

/** fixtures/<name> as a repository without its config file. */
async function withoutConfig(name: string): Promise<string> {
  const repo = await repoFromFixture(name);
  await rm(join(repo, CONFIG), { force: true });
  return repo;
}

describe("meshservice-reconciler init", () => {
  it("writes a config with one zone per directory of Services or Dataplanes, that plan then uses", async () => {
    const repo = await withoutConfig("example");
    const r = await runCli(["init", "--repo", repo]);
    expect(r.code, r.stderr).toBe(0);
    const text = await readFile(join(repo, CONFIG), "utf8");
    expect(r.stdout).toBe(text);
    const pkg = JSON.parse(await readFile(join(ROOT, "package.json"), "utf8")) as { version: string };
    expect(text.split("\n")[0]).toBe(
      `# yaml-language-server: $schema=https://raw.githubusercontent.com/meshservice-reconciler/meshservice-reconciler/v${pkg.version}/schemas/config.schema.json`,
    );
    expect(parse(text)).toEqual({
      zones: [
        {
          name: "kubernetes",
          environment: "kubernetes",
          include: ["kubernetes/**/*.yaml", "kubernetes/**/*.yml"],
          output: "meshservices/kubernetes",
        },
        {
          name: "universal",
          environment: "universal",
          include: ["universal/**/*.yaml", "universal/**/*.yml"],
          output: "meshservices/universal",
        },
      ],
    });
    const plan = await runCli(["plan", "--repo", repo, "--no-cache"]);
    expect(plan.stderr).not.toMatch(/error/);
    expect(plan.code).toBe(0);
    expect(plan.stdout).toMatch(/^Drift: 9 files to change \(9 to create/m);
  });

  it("refuses to overwrite an existing config, and leaves it as it was", async () => {
    const repo = await repoFromFixture("example");
    const before = await readFile(join(repo, CONFIG), "utf8");
    const r = await runCli(["init", "--repo", repo]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/meshservice-reconciler\.yaml exists already; init never overwrites a config/);
    expect(await readFile(join(repo, CONFIG), "utf8")).toBe(before);
    await writeFile(join(repo, "other.yaml"), "x: 1\n");
    expect((await runCli(["init", "--repo", repo, "--config", "other.yaml"])).code).toBe(1);
    expect(await readFile(join(repo, "other.yaml"), "utf8")).toBe("x: 1\n");
  });

  it("writes nothing when there is nothing to configure", async () => {
    const repo = await withoutConfig("zone-renamed");
    await rm(join(repo, "dataplanes"), { recursive: true });
    const r = await runCli(["init", "--repo", repo]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/no Kubernetes Services or universal Dataplanes/);
    expect(existsSync(join(repo, CONFIG))).toBe(false);
  });

  it("runs from the bundle (dist/bin.js)", async () => {
    const repo = await withoutConfig("multiple-meshes");
    const r = await run(process.execPath, [join(ROOT, "dist", "bin.js"), "init"], { cwd: repo });
    expect(r.code, r.stderr).toBe(0);
    expect((parse(await readFile(join(repo, CONFIG), "utf8")) as { zones: { name: string }[] }).zones).toHaveLength(2);
    expect(
      (await run(process.execPath, [join(ROOT, "dist", "bin.js"), "plan", "--no-cache"], { cwd: repo })).code,
    ).toBe(0);
  });
});

describe("starterZones", () => {
  const f = (file: string, services: number, dataplanes = 0) => ({ file, services, dataplanes });

  it("parts the zones at the first directory level where the sources differ", () => {
    const zones = starterZones([f("clusters/east/a.yaml", 2), f("clusters/west/b/c.yaml", 1), f("README.yaml", 0)]);
    expect(zones.map((z) => [z.name, z.environment, z.include[0], z.output])).toEqual([
      ["clusters-east", "kubernetes", "clusters/east/**/*.yaml", "meshservices/clusters-east"],
      ["clusters-west", "kubernetes", "clusters/west/**/*.yaml", "meshservices/clusters-west"],
    ]);
  });

  it("makes two zones of a directory with both kinds, and a root zone for files at the root", () => {
    const zones = starterZones([f("mixed/k8s.yaml", 1), f("mixed/vm.yaml", 0, 3), f("dp.yaml", 0, 1)]);
    expect(zones.map((z) => [z.name, z.environment, z.include, z.objects])).toEqual([
      ["default", "universal", ["*.yaml", "*.yml"], 1],
      ["mixed-kubernetes", "kubernetes", ["mixed/**/*.yaml", "mixed/**/*.yml"], 1],
      ["mixed-universal", "universal", ["mixed/**/*.yaml", "mixed/**/*.yml"], 3],
    ]);
  });

  it("gives valid, distinct zone names and literal globs", () => {
    expect(zoneName("Prod_EU (old)")).toBe("prod-eu-old");
    expect(zoneName("___")).toBe("default");
    expect(zoneName("x".repeat(80))).toHaveLength(63);
    const zones = starterZones([f("A/x.yaml", 1), f("a/y.yaml", 1), f("b[1]/z.yaml", 0, 1)]);
    expect(zones.map((z) => z.name)).toEqual(["a", "a-2", "b-1"]);
    expect(zones[2]?.include[0]).toBe("b\\[1\\]/**/*.yaml");
  });

  it("writes YAML that reads back as the zones", () => {
    const zones = starterZones([f("k8s/a.yaml", 1)]);
    const text = starterConfigText(zones, "https://example.test/s.json");
    expect(text).toMatch(/^# yaml-language-server: \$schema=https:\/\/example\.test\/s\.json\n/);
    expect(parse(text)).toEqual({
      zones: [
        {
          name: "k8s",
          environment: "kubernetes",
          include: ["k8s/**/*.yaml", "k8s/**/*.yml"],
          output: "meshservices/k8s",
        },
      ],
    });
  });
});

describe("schemaUrl", () => {
  it("points at schemas/config.schema.json at the release tag of the repository", () => {
    const url = "https://raw.githubusercontent.com/o/r/v1.2.3/schemas/config.schema.json";
    expect(schemaUrl({ url: "git+https://github.com/o/r.git" }, "1.2.3")).toBe(url);
    expect(schemaUrl("github:o/r", "1.2.3")).toBe(url);
    expect(schemaUrl("git@github.com:o/r.git", "1.2.3")).toBe(url);
    // The file is in every tag: what the Action runs, and git archive of it.
    expect(existsSync(join(ROOT, "schemas", "config.schema.json"))).toBe(true);
  });
});
