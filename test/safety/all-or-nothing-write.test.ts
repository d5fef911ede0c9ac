import { mkdir, readFile, readdir, rm, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { simpleGit } from "simple-git";
import { afterAll, describe, expect, it } from "vitest";
import { gitStatus, readTree, removeTempRepos, repoFromFixture, runCli } from "../helpers/repo.js";

afterAll(removeTempRepos);

// Issue 15, item 5: a write that failed halfway left a partial tree. The plan of `example` writes
// meshservices/zone-k8s/... first and meshservices/zone-vm/payments/... last (path order), so a
// failure there comes after every other file was written.

async function commitAll(repo: string, message: string): Promise<void> {
  const git = simpleGit({ baseDir: repo });
  await git.add(".");
  await git.commit(message);
}

/** Every path below `dir`, files and directories, `.git` excluded. */
async function listAll(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true });
  return entries.filter((e) => !e.startsWith(".git")).sort();
}

const ZZZ =
  "type: Dataplane\nmesh: payments\nname: zzz-1\nnetworking:\n  address: 10.0.2.99\n  inbound:\n    - port: 9000\n      tags:\n        kuma.io/service: zzz\n";

describe("apply writes all or nothing (item 5: all-or-nothing-write)", () => {
  it.each<[string, (repo: string) => Promise<void>, RegExp]>([
    [
      "a mesh directory that is a regular file (fails while staging)",
      async (repo) => {
        await mkdir(join(repo, "meshservices/zone-vm"), { recursive: true });
        await writeFile(join(repo, "meshservices/zone-vm/payments"), "a file, not a directory\n");
      },
      /cannot write meshservices\/zone-vm\/payments\/ledger-db\.yaml: .*; nothing was changed/,
    ],
    [
      "a target that is a directory (fails at the last rename)",
      async (repo) => {
        await mkdir(join(repo, "meshservices/zone-vm/payments/ledger.yaml"), { recursive: true });
        await writeFile(join(repo, "meshservices/zone-vm/payments/ledger.yaml/keep.txt"), "keep\n");
      },
      /cannot write meshservices\/zone-vm\/payments\/ledger\.yaml: .*; nothing was changed/,
    ],
  ])("with %s: exit 1, and the tree is exactly as before", async (_, block, message) => {
    const repo = await repoFromFixture("example");
    await block(repo);
    await commitAll(repo, "the blocker");
    const before = await listAll(repo);
    const r = await runCli(["apply", "--repo", repo]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(message);
    expect(await gitStatus(repo)).toBe("");
    expect(await listAll(repo)).toEqual(before);
  });

  it("updates and deletes are undone too: the committed files come back byte for byte", async () => {
    const repo = await repoFromFixture("example");
    expect((await runCli(["apply", "--repo", repo])).code).toBe(0);
    await commitAll(repo, "generated");
    const generated = await readTree(repo, "meshservices");
    // A delete (redis), an update (the shop Services' ports) and a create that fails last (zzz).
    await rm(join(repo, "kubernetes/infra/redis.yaml"));
    const services = join(repo, "kubernetes/shop/services.yaml");
    await writeFile(services, (await readFile(services, "utf8")).replaceAll("port: 80", "port: 81"));
    await writeFile(join(repo, "universal/dataplanes/zzz.yaml"), ZZZ);
    await mkdir(join(repo, "meshservices/zone-vm/payments/zzz.yaml"));
    await writeFile(join(repo, "meshservices/zone-vm/payments/zzz.yaml/keep.txt"), "keep\n");
    await commitAll(repo, "sources changed");
    const plan = await runCli(["plan", "--repo", repo]);
    expect(plan.stdout).toMatch(/^- delete meshservices\/zone-k8s\/infra\//m);
    expect(plan.stdout).toMatch(/^~ update meshservices\/zone-k8s\/shop\//m);
    expect(plan.stdout).toMatch(/^\+ create meshservices\/zone-vm\/payments\/zzz\.yaml/m);
    const before = await listAll(repo);

    const r = await runCli(["apply", "--repo", repo]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/cannot write meshservices\/zone-vm\/payments\/zzz\.yaml: .*; nothing was changed/);
    expect(await gitStatus(repo)).toBe("");
    expect(await listAll(repo)).toEqual(before);
    const after = await readTree(repo, "meshservices");
    after.delete("meshservices/zone-vm/payments/zzz.yaml/keep.txt");
    expect(after).toEqual(generated);
  });

  it("temporary files left by a killed run are removed by the next apply", async () => {
    const repo = await repoFromFixture("example");
    expect((await runCli(["apply", "--repo", repo])).code).toBe(0);
    await commitAll(repo, "generated");
    const stale = [
      "meshservices/zone-vm/default/.0123456789ab.msr-tmp",
      "meshservices/zone-k8s/shop/.ba9876543210.msr-old",
      "meshservices/zone-k8s/.00000000aaaa.msr-tmp",
    ];
    for (const f of stale) await writeFile(join(repo, f), "left by a killed run\n");
    // Hidden files that are not ours stay.
    await writeFile(join(repo, "meshservices/zone-vm/default/.keep"), "");
    const r = await runCli(["apply", "--repo", repo]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^In sync/m);
    const left = await listAll(join(repo, "meshservices"));
    for (const f of stale) expect(left).not.toContain(f.replace("meshservices/", ""));
    expect(left).toContain("zone-vm/default/.keep");
  });
});
