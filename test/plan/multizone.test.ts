import { mkdir, readFile, rm, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { parse } from "yaml";
import { readTree, removeTempRepos, repoFromFixture, runCli } from "../helpers/repo.js";

// The global step of a run on the three-zone fixture (fixtures/multizone-services), in a real git
// repository: pruning, VIPs across config changes, and --zone subsets.

afterAll(removeTempRepos);

const GLOBAL = "meshservices/global/default";

async function vipOf(repo: string, name: string): Promise<string | undefined> {
  const doc = parse(await readFile(join(repo, GLOBAL, `${name}.yaml`), "utf8")) as {
    status?: { vips?: { ip: string }[] };
  };
  return doc.status?.vips?.[0]?.ip;
}

async function globalFiles(repo: string): Promise<string[]> {
  return [...(await readTree(repo))].map(([p]) => p).filter((p) => p.startsWith(`${GLOBAL}/`));
}

describe("MeshMultiZoneServices in a repository", () => {
  it("are pruned when their service stays in one zone only", async () => {
    const repo = await repoFromFixture("multizone-services");
    expect((await runCli(["apply", "--repo", repo])).code).toBe(0);
    expect(await globalFiles(repo)).toEqual([`${GLOBAL}/backend.yaml`, `${GLOBAL}/web.yaml`]);
    // web leaves zone-west: it now runs in zone-east only.
    const west = join(repo, "west/dataplanes.yaml");
    const text = await readFile(west, "utf8");
    await writeFile(west, text.slice(0, text.indexOf("---")));
    const plan = await runCli(["plan", "--repo", repo]);
    expect(plan.stdout).toContain(`- delete ${GLOBAL}/web.yaml`);
    expect(plan.stdout).toMatch(
      /^zone global \(universal, meshservices\/global\): 0 to create, 0 to update, 1 to delete, 1 unchanged$/m,
    );
    expect((await runCli(["apply", "--repo", repo])).code).toBe(0);
    expect(await globalFiles(repo)).toEqual([`${GLOBAL}/backend.yaml`]);
  });

  it("are pruned when their mesh is set back to meshMultiZoneServices: off", async () => {
    const repo = await repoFromFixture("multizone-services");
    expect((await runCli(["apply", "--repo", repo])).code).toBe(0);
    const config = join(repo, "meshservice-reconciler.yaml");
    await writeFile(
      config,
      (await readFile(config, "utf8")).replace("meshMultiZoneServices: generate", "meshMultiZoneServices: off"),
    );
    const plan = await runCli(["plan", "--repo", repo]);
    expect(plan.stdout).toContain(`- delete ${GLOBAL}/backend.yaml`);
    expect(plan.stdout).toContain(`- delete ${GLOBAL}/web.yaml`);
    expect((await runCli(["apply", "--repo", repo])).code).toBe(0);
    expect(await globalFiles(repo)).toEqual([]);
  });

  it("keep their VIPs when a zone is removed from the config and when one is added", async () => {
    const repo = await repoFromFixture("multizone-services");
    expect((await runCli(["apply", "--repo", repo])).code).toBe(0);
    const before = { backend: await vipOf(repo, "backend"), web: await vipOf(repo, "web") };
    const config = join(repo, "meshservice-reconciler.yaml");
    const text = await readFile(config, "utf8");
    const south = text.indexOf("  - name: zone-south");
    // zone-south leaves (backend is still in two zones), its sources and output with it.
    await writeFile(config, text.slice(0, south));
    await rm(join(repo, "south"), { recursive: true });
    const removed = await runCli(["apply", "--repo", repo, "--allow-deletions"]);
    expect(removed.stderr).toBe("");
    expect(removed.code).toBe(0);
    expect({ backend: await vipOf(repo, "backend"), web: await vipOf(repo, "web") }).toEqual(before);
    expect(await readFile(join(repo, GLOBAL, "backend.yaml"), "utf8")).not.toContain("zone-south");
    // zone-north arrives with backend and a new service that zone-east also runs.
    await writeFile(
      config,
      `${text.slice(0, south)}  - name: zone-north\n    environment: universal\n    include: ["north/**/*.yaml", "shared/**/*.yaml"]\n`,
    );
    // The same ports as in the other zones (name and protocol): else the zones disagree on them.
    const dataplane = (name: string, service: string, port: number, portName: string, protocol: string) =>
      `type: Dataplane\nmesh: default\nname: ${name}\nnetworking:\n  address: 10.4.0.1\n  inbound:\n    - port: ${port}\n      name: ${portName}\n      tags:\n        kuma.io/service: ${service}\n        kuma.io/protocol: ${protocol}\n`;
    await mkdir(join(repo, "north"));
    await writeFile(join(repo, "north", "backend.yaml"), dataplane("backend-north-1", "backend", 8080, "api", "http"));
    await writeFile(join(repo, "north", "cache.yaml"), dataplane("cache-north-1", "cache", 6379, "redis", "tcp"));
    const added = await runCli(["apply", "--repo", repo]);
    expect(added.code).toBe(0);
    expect({ backend: await vipOf(repo, "backend"), web: await vipOf(repo, "web") }).toEqual(before);
    expect(await globalFiles(repo)).toContain(`${GLOBAL}/cache.yaml`);
  });

  it("a hand-written MeshMultiZoneService, in the sources or in the global output, wins", async () => {
    const repo = await repoFromFixture("multizone-services");
    const manual = (name: string) =>
      `type: MeshMultiZoneService\nname: ${name}\nmesh: default\nspec:\n  selector:\n    meshService:\n      matchLabels:\n        kuma.io/display-name: ${name}\n  ports:\n    - port: 80\n      appProtocol: http\nstatus:\n  vips:\n    - ip: 243.184.195.147\n`;
    await writeFile(join(repo, "east", "web-global.yaml"), manual("web"));
    await mkdir(join(repo, GLOBAL), { recursive: true });
    await writeFile(join(repo, GLOBAL, "backend.yaml"), manual("backend"));
    const plan = await runCli(["plan", "--repo", repo]);
    expect(plan.stdout).toMatch(
      /^zone global \(universal, meshservices\/global\): 0 to create, 0 to update, 0 to delete, 0 unchanged$/m,
    );
    expect(plan.stdout).toContain(
      'east/dataplanes.yaml:8:7: warning: MeshMultiZoneService "backend" (mesh "default") is written by hand at meshservices/global/default/backend.yaml:1; not generating it [hand-written-wins]',
    );
    expect(plan.stdout).toContain(
      'east/dataplanes.yaml:20:7: warning: MeshMultiZoneService "web" (mesh "default") is written by hand at east/web-global.yaml:1; not generating it [hand-written-wins]',
    );
    // A hand-written one in the global output is validated against Kuma's schema.
    await writeFile(
      join(repo, GLOBAL, "backend.yaml"),
      manual("backend").replace("    - port: 80\n", "    - port: 80\n      extra: 1\n"),
    );
    const invalid = await runCli(["plan", "--repo", repo]);
    expect(invalid.code).toBe(1);
    expect(invalid.stdout).toContain(
      `${GLOBAL}/backend.yaml:11:7: error: spec.ports[0]: unknown key "extra" [resource-invalid]`,
    );
  });

  it("a hand-written one in a file that every zone includes counts once", async () => {
    const repo = await repoFromFixture("multizone-services");
    await writeFile(
      join(repo, "shared", "web-global.yaml"),
      "type: MeshMultiZoneService\nname: web\nmesh: default\nspec:\n  selector:\n    meshService:\n      matchLabels:\n        kuma.io/display-name: web\n  ports:\n    - port: 80\n      appProtocol: http\nstatus:\n  vips:\n    - ip: 243.184.195.147\n",
    );
    const plan = await runCli(["plan", "--repo", repo, "--format", "json"]);
    const diagnostics = (JSON.parse(plan.stdout) as { diagnostics: { code: string; message: string }[] }).diagnostics;
    expect(diagnostics.filter((d) => d.code === "vip-duplicate")).toEqual([]);
    expect(diagnostics.filter((d) => d.code === "hand-written-wins").map((d) => d.message)).toEqual([
      'MeshMultiZoneService "web" (mesh "default") is written by hand at shared/web-global.yaml:1; not generating it',
    ]);
    // Two hand-written ones with one VIP: the warning names their kind.
    await writeFile(
      join(repo, "east", "backend-global.yaml"),
      (await readFile(join(repo, "shared", "web-global.yaml"), "utf8")).replaceAll("web", "backend"),
    );
    const twice = await runCli(["plan", "--repo", repo, "--format", "json"]);
    const duplicate = (JSON.parse(twice.stdout) as { diagnostics: { code: string; message: string }[] }).diagnostics;
    expect(duplicate.filter((d) => d.code === "vip-duplicate").map((d) => d.message)).toEqual([
      'VIP 243.184.195.147 is recorded by MeshMultiZoneService "web" and by "backend" (east/backend-global.yaml:1) in zone "global"; "backend" keeps it',
    ]);
  });

  it("are left as they are by a run on a --zone subset, which says so", async () => {
    const repo = await repoFromFixture("multizone-services");
    const plan = await runCli(["plan", "--repo", repo, "--zone", "zone-east"]);
    expect(plan.stdout).not.toContain("meshservices/global");
    expect(plan.stdout).toContain("1 info diagnostic not shown");
    const verbose = await runCli(["plan", "--repo", repo, "--zone", "zone-east", "--verbose"]);
    expect(verbose.stdout).toContain(
      "meshservice-reconciler.yaml:4:3: info: MeshMultiZoneServices need the MeshServices of every zone; --zone selects 1 of 3, so meshservices/global is left as it is [multizone-skipped]",
    );
    expect((await runCli(["apply", "--repo", repo, "--zone", "zone-east"])).code).toBe(0);
    expect(await globalFiles(repo)).toEqual([]);
  });
});
