import { mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { simpleGit } from "simple-git";
import { afterAll, describe, expect, it } from "vitest";
import { removeTempRepos, repoFromFixture, runCli } from "../helpers/repo.js";

afterAll(removeTempRepos);

/** The files in the cache directory: by default the parsed files' (`.cache`); "zones": the memoised zones'. */
async function cacheFiles(home: string, which: "cache" | "zones" | "all" = "cache"): Promise<string[]> {
  const dir = join(home, "meshservice-reconciler");
  const names = await readdir(dir).catch(() => []);
  return names.filter((f) => which === "all" || f.endsWith(`.${which}`)).map((f) => join(dir, f));
}

/** The entries of a cache file: its header line, then `<JSON key>\t<JSON entry>` per line. */
function cacheEntries(text: string): { header: unknown; entries: Map<string, unknown> } {
  const [head = "", ...lines] = text.split("\n");
  const entries = new Map<string, unknown>();
  for (const line of lines.filter((l) => l !== "")) {
    const tab = line.indexOf("\t");
    entries.set(JSON.parse(line.slice(0, tab)) as string, JSON.parse(line.slice(tab + 1)));
  }
  return { header: JSON.parse(head), entries };
}

// The volatile field of a report: the commit of the temporary repository.
const mask = (json: string): string => json.replace(/"commit": "[0-9a-f]{40}"/, '"commit": "<commit>"');

describe("the parse cache", () => {
  it("gives byte-identical reports cold, warm and without a cache", async () => {
    const repo = await repoFromFixture("example");
    const home = await mkdtemp(join(tmpdir(), "msr-cache-"));
    const env = { XDG_CACHE_HOME: home };
    const none = await runCli(["plan", "--repo", repo, "--format", "json"]);
    const cold = await runCli(["plan", "--repo", repo, "--format", "json"], env);
    expect(await cacheFiles(home, "all")).toHaveLength(2);
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
    const { header, entries } = cacheEntries(await readFile(file ?? "", "utf8"));
    expect(header).toMatchObject({ format: 4 });
    // Tracked sources are cached by path and git blob id; the files apply wrote are not tracked yet.
    const keys = [...entries.keys()];
    expect(keys.some((k) => k.startsWith("universal/dataplanes/web.yaml\0"))).toBe(true);
    expect(keys.some((k) => k.startsWith("meshservices/"))).toBe(false);
  });

  it("records which generated files are the exact rendering of their resource", async () => {
    const repo = await repoFromFixture("example");
    const home = await mkdtemp(join(tmpdir(), "msr-cache-"));
    await runCli(["apply", "--repo", repo, "--commit"], { XDG_CACHE_HOME: home });
    const plan = await runCli(["plan", "--repo", repo, "--format", "json"], { XDG_CACHE_HOME: home });
    expect(plan.code).toBe(0);
    const [file] = await cacheFiles(home);
    const { entries } = cacheEntries(await readFile(file ?? "", "utf8"));
    const renderKeys = [...entries]
      .filter(([k]) => k.startsWith("meshservices/"))
      .map(([, e]) => (e as { renderKey: string | null }).renderKey);
    expect(renderKeys.length).toBeGreaterThan(0);
    expect(renderKeys.every((k) => typeof k === "string" && /^[0-9a-f]{40}$/.test(k))).toBe(true);
    const sources = [...entries].filter(([k]) => !k.startsWith("meshservices/"));
    expect(sources.every(([, e]) => (e as { renderKey: string | null }).renderKey === null)).toBe(true);
  });

  it("uses cached entries on a warm run instead of parsing again", async () => {
    const repo = await repoFromFixture("example");
    const home = await mkdtemp(join(tmpdir(), "msr-cache-"));
    const env = { XDG_CACHE_HOME: home };
    await runCli(["plan", "--repo", repo], env);
    const [file] = await cacheFiles(home);
    const raw = await readFile(file ?? "", "utf8");
    // Doctor the cached parse of web.yaml: only a run that takes it from the cache can see 9999.
    // Without the memoised zones, which would hold the plan of its zone whole.
    await writeFile(file ?? "", raw.replaceAll('"port":9901', '"port":9999'));
    for (const z of await cacheFiles(home, "zones")) await rm(z);
    const warm = await runCli(["plan", "--repo", repo], env);
    expect(warm.stdout).toContain("port: 9999");
    expect((await runCli(["plan", "--repo", repo, "--no-cache"])).stdout).not.toContain("9999");
  });

  it("ignores a corrupt cache file and a malformed entry", async () => {
    const repo = await repoFromFixture("example");
    const home = await mkdtemp(join(tmpdir(), "msr-cache-"));
    const env = { XDG_CACHE_HOME: home };
    const expected = (await runCli(["plan", "--repo", repo, "--format", "json"], env)).stdout;
    const files = await cacheFiles(home, "all");
    expect(files).toHaveLength(2);
    for (const file of files) {
      const [head = "", ...lines] = (await readFile(file, "utf8")).split("\n");
      const garbage = lines.map((l, i) => {
        const key = l.slice(0, l.indexOf("\t"));
        // Entries of the wrong shape, entries that are not JSON, a line without a key.
        return i % 3 === 0
          ? `${key}\t{"data":{"resources":"garbage"},"renderKey":null,"outcome":{"zone":7}}`
          : i % 3 === 1
            ? `${key}\t{"da`
            : "{";
      });
      await writeFile(file, [head, ...garbage].join("\n"));
    }
    expect((await runCli(["plan", "--repo", repo, "--format", "json"], env)).stdout).toBe(expected);
    for (const file of files) await writeFile(file, '{"format": 2, "files": {');
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
    expect(await cacheFiles(home, "all")).toHaveLength(2); // no temporary files left behind
    const files = await cacheFiles(home);
    expect(cacheEntries(await readFile(files[0] ?? "", "utf8")).entries.size).toBeGreaterThan(0);
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
