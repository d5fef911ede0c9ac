import { mkdtemp, readdir, readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { simpleGit } from "simple-git";
import { afterAll, describe, expect, it } from "vitest";
import { removeTempRepos, repoFromFixture, runCli } from "../helpers/repo.js";

afterAll(removeTempRepos);

async function cacheFiles(home: string): Promise<string[]> {
  const dir = join(home, "meshservice-reconciler");
  return (await readdir(dir).catch(() => [])).map((f) => join(dir, f));
}

// The volatile field of a report: the commit of the temporary repository.
const mask = (json: string): string => json.replace(/"commit": "[0-9a-f]{40}"/, '"commit": "<commit>"');

describe("the parse and render cache", () => {
  it("gives byte-identical reports cold, warm and without a cache", async () => {
    const repo = await repoFromFixture("example");
    const home = await mkdtemp(join(tmpdir(), "msr-cache-"));
    const env = { XDG_CACHE_HOME: home };
    const none = await runCli(["plan", "--repo", repo, "--format", "json"]);
    const cold = await runCli(["plan", "--repo", repo, "--format", "json"], env);
    expect(await cacheFiles(home)).toHaveLength(1);
    const warm = await runCli(["plan", "--repo", repo, "--format", "json"], env);
    expect(cold.stdout).toBe(none.stdout);
    expect(warm.stdout).toBe(cold.stdout);
    const text = await runCli(["plan", "--repo", repo], env);
    expect(text.stdout).toBe((await runCli(["plan", "--repo", repo, "--no-cache"], env)).stdout);
  });

  it("takes parsed files from the cache on a warm run", async () => {
    const repo = await repoFromFixture("example");
    const home = await mkdtemp(join(tmpdir(), "msr-cache-"));
    await runCli(["apply", "--repo", repo], { XDG_CACHE_HOME: home });
    const [file] = await cacheFiles(home);
    const cache = JSON.parse(await readFile(file ?? "", "utf8")) as { files: Record<string, unknown> };
    // Tracked sources are cached by path and git blob id; the files apply wrote are not tracked yet.
    expect(Object.keys(cache.files).some((k) => k.startsWith("universal/dataplanes/web.yaml\0"))).toBe(true);
  });

  it("uses cached entries on a warm run instead of parsing again", async () => {
    const repo = await repoFromFixture("example");
    const home = await mkdtemp(join(tmpdir(), "msr-cache-"));
    const env = { XDG_CACHE_HOME: home };
    await runCli(["plan", "--repo", repo], env);
    const [file] = await cacheFiles(home);
    const raw = await readFile(file ?? "", "utf8");
    // Doctor the cached parse of web.yaml: only a run that takes it from the cache can see 9999.
    await writeFile(file ?? "", raw.replaceAll('"port":9901', '"port":9999'));
    const warm = await runCli(["plan", "--repo", repo], env);
    expect(warm.stdout).toContain("port: 9999");
    expect((await runCli(["plan", "--repo", repo, "--no-cache"])).stdout).not.toContain("9999");
  });

  it("ignores a corrupt cache file and a malformed entry", async () => {
    const repo = await repoFromFixture("example");
    const home = await mkdtemp(join(tmpdir(), "msr-cache-"));
    const env = { XDG_CACHE_HOME: home };
    const expected = (await runCli(["plan", "--repo", repo, "--format", "json"], env)).stdout;
    const [file] = await cacheFiles(home);
    if (file === undefined) throw new Error("no cache file");
    const cache = JSON.parse(await readFile(file, "utf8")) as { files: Record<string, unknown> };
    for (const k of Object.keys(cache.files)) cache.files[k] = { data: { resources: "garbage" } };
    await writeFile(file, JSON.stringify(cache));
    expect((await runCli(["plan", "--repo", repo, "--format", "json"], env)).stdout).toBe(expected);
    await writeFile(file, '{"format": 1, "files": {');
    const r = await runCli(["plan", "--repo", repo, "--format", "json"], env);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(expected);
  });

  it("survives concurrent runs sharing one cache", async () => {
    const repo = await repoFromFixture("example");
    const home = await mkdtemp(join(tmpdir(), "msr-cache-"));
    const env = { XDG_CACHE_HOME: home };
    const runs = await Promise.all(
      Array.from({ length: 4 }, () => runCli(["plan", "--repo", repo, "--format", "json"], env)),
    );
    expect(new Set(runs.map((r) => mask(r.stdout))).size).toBe(1);
    const files = await cacheFiles(home);
    expect(files).toHaveLength(1); // no temporary files left behind
    JSON.parse(await readFile(files[0] ?? "", "utf8"));
  });

  it("reads a file edited after it was cached from the work tree", async () => {
    const repo = await repoFromFixture("example");
    const home = await mkdtemp(join(tmpdir(), "msr-cache-"));
    const env = { XDG_CACHE_HOME: home };
    await runCli(["plan", "--repo", repo], env);
    const path = join(repo, "universal", "dataplanes", "web.yaml");
    await writeFile(path, (await readFile(path, "utf8")).replace("port: 80\n", "port: 8081\n"));
    const warm = await runCli(["plan", "--repo", repo, "--format", "json"], env);
    const none = await runCli(["plan", "--repo", repo, "--format", "json", "--no-cache"]);
    expect(warm.stdout).toBe(none.stdout);
    expect(warm.stdout).toContain("8081");
  });
  it("does not cache a file holding a number JSON cannot carry (.inf, .nan)", async () => {
    const repo = await repoFromFixture("policy-references");
    const home = await mkdtemp(join(tmpdir(), "msr-cache-"));
    const env = { XDG_CACHE_HOME: home };
    await writeFile(
      join(repo, "universal", "inf-port.yaml"),
      "type: MeshHTTPRoute\nname: inf\nmesh: default\nspec:\n  targetRef:\n    kind: Mesh\n  to:\n" +
        "    - targetRef:\n        kind: Mesh\n      rules:\n        - default:\n            backendRefs:\n" +
        "              - kind: MeshService\n                name: backend\n                port: .inf\n",
    );
    await simpleGit({ baseDir: repo }).add(".").commit("inf");
    const cold = await runCli(["plan", "--repo", repo, "--format", "json"], env);
    const warm = await runCli(["plan", "--repo", repo, "--format", "json"], env);
    expect(cold.stdout).toContain("routes to port Infinity");
    expect(warm.stdout).toBe(cold.stdout);
    const [file] = await cacheFiles(home);
    expect(await readFile(file ?? "", "utf8")).not.toContain("universal/inf-port.yaml");
  });

  it("reads a skip-worktree or assume-unchanged file from the work tree, not the cache", async () => {
    const repo = await repoFromFixture("example");
    const home = await mkdtemp(join(tmpdir(), "msr-cache-"));
    const env = { XDG_CACHE_HOME: home };
    await runCli(["plan", "--repo", repo], env);
    const git = simpleGit({ baseDir: repo });
    for (const [flag, file] of [
      ["--skip-worktree", "universal/dataplanes/web.yaml"],
      ["--assume-unchanged", "universal/dataplanes/backend.yaml"],
    ] as const) {
      await git.raw(["update-index", flag, file]);
      const path = join(repo, file);
      await writeFile(path, (await readFile(path, "utf8")).replace(/port: 80(80)?\n/, "port: 7777\n"));
    }
    const warm = await runCli(["plan", "--repo", repo, "--format", "json"], env);
    expect(warm.stdout).toBe((await runCli(["plan", "--repo", repo, "--format", "json", "--no-cache"])).stdout);
    expect(warm.stdout).toContain("meshservices/zone-vm/default/web.yaml");
    expect(warm.stdout).toContain("meshservices/zone-vm/default/backend.yaml");
    expect(warm.stdout.match(/7777/g)?.length).toBeGreaterThanOrEqual(4);
  });
});
