import { readdirSync, statSync } from "node:fs";
import { mkdtemp, readFile, readdir, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { expectGolden } from "./helpers/golden.js";
import { FIXTURES, gitStatus, readTree, removeTempRepos, repoFromFixture, runCli } from "./helpers/repo.js";

// Every fixtures/<scenario>/ is an input repository; fixtures/<scenario>.expected/ holds what the
// tool must print and write for it. One test per scenario, each in a real temporary git repository.
const scenarios = readdirSync(FIXTURES)
  .filter((n) => !n.endsWith(".expected") && statSync(join(FIXTURES, n)).isDirectory())
  .sort();

afterAll(removeTempRepos);

/** Cuts every entry of every cache file in half, keys and header kept: each entry is then malformed JSON. */
async function corruptCacheEntries(cacheHome: string, memoised: boolean): Promise<void> {
  const dir = join(cacheHome, "meshservice-reconciler");
  const files = await readdir(dir);
  // A run with MeshMultiZoneServices memoises no zone (src/run.ts): only its parsed files are cached.
  expect(files.filter((f) => f.endsWith(".zones"))).toHaveLength(memoised ? 1 : 0);
  for (const f of files) {
    const [head = "", ...lines] = (await readFile(join(dir, f), "utf8")).split("\n");
    const cut = (l: string): string => {
      const entry = l.indexOf("\t") + 1;
      return l.slice(0, entry + Math.ceil((l.length - entry) / 2));
    };
    await writeFile(join(dir, f), [head, ...lines.map(cut)].join("\n"));
  }
}

/** The config lists `meshes:` (MeshMultiZoneServices), by which a run memoises no zone. */
async function hasMeshesKey(repo: string): Promise<boolean> {
  const config = await readFile(join(repo, "meshservice-reconciler.yaml"), "utf8").catch(() => "");
  return /^meshes:/m.test(config);
}

describe.each(scenarios)("golden repository %s", (scenario) => {
  const expected = join(FIXTURES, `${scenario}.expected`);

  it("plans, applies, and then has nothing left to do", async () => {
    const repo = await repoFromFixture(scenario);
    const before = await readTree(repo);

    const plan = await runCli(["plan", "--repo", repo]);
    await expectGolden(join(expected, "plan.txt"), plan.stdout);
    // The cache never changes results: cold (filling it), warm (every zone memoised) and with every
    // entry corrupted (memoised zones and parsed files) runs print the same plan.
    const cacheHome = await mkdtemp(join(tmpdir(), "msr-golden-cache-"));
    for (const corrupt of [false, false, true]) {
      if (corrupt) await corruptCacheEntries(cacheHome, !(await hasMeshesKey(repo)));
      expect((await runCli(["plan", "--repo", repo], { XDG_CACHE_HOME: cacheHome })).stdout).toBe(plan.stdout);
    }
    await rm(cacheHome, { recursive: true, force: true });
    expect(await readTree(repo)).toEqual(before); // plan never writes
    expect(await gitStatus(repo)).toBe("");

    const apply = await runCli(["apply", "--repo", repo]);
    await expectGolden(join(expected, "apply.txt"), apply.stdout);
    const after = await readTree(repo);
    const written = [...after].filter(([p, text]) => before.get(p) !== text);
    for (const [path, text] of written) await expectGolden(join(expected, "files", path), text);
    const goldenFiles = await readTree(join(expected, "files"));
    expect(written.map(([p]) => p).sort()).toEqual([...goldenFiles.keys()]);
    // Only the zones' output directories are ever written.
    for (const [path] of written) expect(path).toMatch(/^meshservices\//);

    const again = await runCli(["apply", "--repo", repo]);
    expect(again.code).toBe(plan.code === 1 ? 1 : 0);
    if (plan.code !== 1) {
      expect(again.stdout).toMatch(/^In sync: /m);
      expect(await readTree(repo)).toEqual(after);
      const check = await runCli(["check", "--repo", repo]);
      expect(check.code).toBe(0);
    }
  });
});
