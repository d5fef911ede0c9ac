import { readdir, readFile, rm, writeFile } from "node:fs/promises";
import { mkdtemp } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import fc from "fast-check";
import { simpleGit } from "simple-git";
import { afterAll, describe, expect, it } from "vitest";
import { removeTempRepos, repoFromFixture, runCli } from "../helpers/repo.js";

afterAll(removeTempRepos);

const homes: string[] = [];
afterAll(async () => {
  await Promise.all(homes.splice(0).map((h) => rm(h, { recursive: true, force: true })));
});

async function cacheHome(): Promise<Record<string, string>> {
  const home = await mkdtemp(join(tmpdir(), "msr-zone-memo-"));
  homes.push(home);
  return { XDG_CACHE_HOME: home };
}

async function zonesFile(env: Record<string, string>): Promise<string> {
  const dir = join(env["XDG_CACHE_HOME"] ?? "", "meshservice-reconciler");
  const name = (await readdir(dir)).find((f) => f.endsWith(".zones"));
  if (name === undefined) throw new Error("no memoised zones");
  return join(dir, name);
}

/** The first inbound source of a JSON report, as "file:line:column". */
function readLineOf(json: string): string {
  const report = JSON.parse(json) as {
    meshServices: { sources: { role: string; file: string; line: number; column: number }[] }[];
  };
  const p = report.meshServices.flatMap((m) => m.sources).find((s) => s.role === "inbound");
  return p === undefined ? "" : `inbound ${p.file}:${p.line}:${p.column}`;
}

/** The `read N files: ...` line of --verbose. */
async function readLine(repo: string, env: Record<string, string>): Promise<string> {
  const r = await runCli(["plan", "--repo", repo, "--verbose"], env);
  return r.stderr.split("\n").find((l) => l.startsWith("read ") && l.includes(" from the cache")) ?? "";
}

describe("memoised zones (issue 19)", () => {
  it("takes the plan of an unchanged zone whole from the cache, reading none of its files", async () => {
    const repo = await repoFromFixture("example");
    const env = await cacheHome();
    const cold = await runCli(["plan", "--repo", repo], env);
    expect(await readLine(repo, env)).toMatch(/^read \d+ files: (\d+) from the cache \(2 zones whole\), 0 parsed/);
    // Doctor the memoised plan: only a run that takes it from the cache can print 9999.
    const file = await zonesFile(env);
    const raw = await readFile(file, "utf8");
    expect(raw).toContain("9901");
    await writeFile(file, raw.replaceAll("9901", "9999"));
    const warm = await runCli(["plan", "--repo", repo], env);
    expect(warm.stdout).toContain("9999");
    expect(cold.stdout).not.toContain("9999");
  });

  it("recomputes only the zone whose source changed, and prints what --no-cache prints", async () => {
    const repo = await repoFromFixture("example");
    const env = await cacheHome();
    await runCli(["plan", "--repo", repo], env);
    const path = join(repo, "universal", "dataplanes", "web.yaml");
    await writeFile(path, (await readFile(path, "utf8")).replace("port: 80\n", "port: 8081\n"));
    await simpleGit({ baseDir: repo }).add(".").commit("web on 8081");
    expect(await readLine(repo, env)).toMatch(/\(1 zone whole\), \d+ parsed/);
    const warm = await runCli(["plan", "--repo", repo, "--format", "json"], env);
    expect(warm.stdout).toContain("8081");
    expect(warm.stdout).toBe((await runCli(["plan", "--repo", repo, "--format", "json", "--no-cache"])).stdout);
    // The other zone's parsed files were kept while its plan came whole: a later change there parses one file.
    await writeFile(
      join(repo, "kubernetes", "infra", "redis.yaml"),
      `${await readFile(join(repo, "kubernetes", "infra", "redis.yaml"), "utf8")}# touched\n`,
    );
    await simpleGit({ baseDir: repo }).add(".").commit("touch redis");
    expect(await readLine(repo, env)).toMatch(/\(1 zone whole\), 1 parsed/);
  });

  it("stores an inbound's position as where it is, and a warm JSON report computes the same line and column", async () => {
    const repo = await repoFromFixture("example");
    const env = await cacheHome();
    // A text plan (no position of an inbound is shown) memoises the zones without parsing a file again.
    await runCli(["plan", "--repo", repo], env);
    const stored = await readFile(await zonesFile(env), "utf8");
    expect(stored).toContain('"role":"inbound"');
    expect(stored).toMatch(
      /"role":"inbound","kind":"Dataplane","name":"[^"]+","file":"[^"]+","detail":"inbound port \d+","pending":\{"docIndex":\d+/,
    );
    const warm = await runCli(["plan", "--repo", repo, "--format", "json"], env);
    expect(readLineOf(warm.stdout)).toMatch(/inbound/);
    expect(warm.stdout).toBe((await runCli(["plan", "--repo", repo, "--format", "json", "--no-cache"])).stdout);
  });

  it("does not store the zones whose plan apply wrote: no run could use them", async () => {
    const repo = await repoFromFixture("example");
    const env = await cacheHome();
    await runCli(["apply", "--repo", repo, "--commit"], env);
    const dir = join(env["XDG_CACHE_HOME"] ?? "", "meshservice-reconciler");
    const zones = (await readdir(dir)).filter((f) => f.endsWith(".zones"));
    for (const f of zones) expect(await readFile(join(dir, f), "utf8")).not.toContain('"action":"create"');
    // The next run computes the zones (their outputs are new) and memoises them in sync.
    expect(await readLine(repo, env)).toMatch(/, \d+ parsed/);
    expect(await readLine(repo, env)).toMatch(/\(2 zones whole\), 0 parsed/);
  });

  it("never changes a result: one random source changed, a warm run prints what --no-cache prints", async () => {
    const scenarios = ["example", "multiple-meshes", "policy-references", "addressing", "invalid-sources"];
    const repos = new Map<string, string>();
    for (const s of scenarios) repos.set(s, await repoFromFixture(s));
    const sourcesOf = async (repo: string): Promise<string[]> =>
      (await simpleGit({ baseDir: repo }).raw(["ls-files"]))
        .split("\n")
        .filter((f) => /\.ya?ml$/.test(f) && !f.startsWith("meshservices/") && f !== "meshservice-reconciler.yaml");
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...scenarios),
        fc.nat(),
        fc.nat(),
        fc.constantFrom("digit", "drop-line", "comment"),
        fc.boolean(),
        async (scenario, pick, where, how, commit) => {
          const repo = repos.get(scenario) ?? "";
          const env = await cacheHome();
          const json = ["plan", "--repo", repo, "--format", "json"];
          await runCli(json, env); // fills the cache: every zone memoised
          const sources = await sourcesOf(repo);
          const file = sources[pick % sources.length] ?? "";
          const before = await readFile(join(repo, file), "utf8");
          const lines = before.split("\n");
          const at = where % Math.max(1, lines.length);
          const after =
            how === "comment"
              ? `${before}# changed\n`
              : how === "drop-line"
                ? lines.filter((_, i) => i !== at).join("\n")
                : before.replace(/\d/, (d) => String((Number(d) + 1 + (where % 9)) % 10));
          await writeFile(join(repo, file), after);
          if (commit) await simpleGit({ baseDir: repo }).add(".").commit("change");
          const warm = await runCli(json, env);
          const none = await runCli([...json, "--no-cache"]);
          expect(warm.stdout).toBe(none.stdout);
          expect(warm.code).toBe(none.code);
        },
      ),
      { numRuns: 12 },
    );
  }, 120_000);
  it("memoises nothing for migrate, --live or MeshMultiZoneServices, which read more of a zone than its plan", async () => {
    // migrate after a warm plan: a recalled zone has no parsed policies to rewrite, so it must be computed.
    const repo = await repoFromFixture("migration-universal");
    const env = await cacheHome();
    await runCli(["plan", "--repo", repo], env);
    expect(await readLine(repo, env)).toMatch(/zones? whole\)/);
    const migrated = await runCli(["migrate", "--repo", repo, "--verbose"], env);
    expect(migrated.code).toBe(0);
    expect(migrated.stderr).not.toMatch(/zones? whole\)/);
    expect(migrated.stdout).toMatch(/Rewrote \d+ policy files/);
    // The config lists meshes: the global step needs every zone's sources, so no zone is memoised.
    const multizone = await repoFromFixture("multizone-services");
    const menv = await cacheHome();
    await runCli(["plan", "--repo", multizone], menv);
    expect(await readLine(multizone, menv)).not.toMatch(/zones? whole\)/);
  });
});
