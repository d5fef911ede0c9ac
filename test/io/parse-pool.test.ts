import { execFileSync, spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { cp, mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { POOL_THRESHOLD } from "../../src/io/parse-pool.js";
import { DEFAULT_SIZE, scaled, writeBenchRepo } from "../../scripts/bench-repo.js";

// The worker pool only exists in the bundle (its workers are dist/worker.js, piscina's, and
// dist/parse-worker.js), so this test runs the committed bundle, copied with what ships beside it
// (package.json, schemas/) into a directory with no node_modules above it: what the Action runs.
const ROOT = fileURLToPath(new URL("../../", import.meta.url));
let CLI = "";
let dir = "";
let shipped = "";

beforeAll(async () => {
  shipped = await mkdtemp(join(tmpdir(), "msr-pool-bundle-"));
  for (const f of ["dist", "schemas", "package.json"]) await cp(join(ROOT, f), join(shipped, f), { recursive: true });
  CLI = join(shipped, "dist", "bin.js");
});

afterAll(async () => {
  for (const d of [dir, shipped]) if (d) await rm(d, { recursive: true, force: true });
});

function plan(jobs: number): { stdout: string; stderr: string } {
  const r = spawnSync(
    process.execPath,
    [CLI, "plan", "--repo", dir, "--format", "json", "--verbose", "--no-cache", "--jobs", String(jobs)],
    { encoding: "utf8", maxBuffer: 1 << 28 },
  );
  expect(r.status, r.stderr).toBe(0);
  return { stdout: r.stdout, stderr: r.stderr };
}

describe("parsing in worker threads", () => {
  it("gives the same report as parsing in the main thread", async () => {
    expect(existsSync(CLI), "dist/bin.js is missing: run npm run bundle").toBe(true);
    dir = await mkdtemp(join(tmpdir(), "msr-pool-"));
    const size = scaled(DEFAULT_SIZE, 0.05);
    // Every file but the config file is a source.
    const files = (await writeBenchRepo(dir, size)) - 1;
    expect(files).toBeGreaterThan(POOL_THRESHOLD);
    execFileSync("git", ["init", "-q"], { cwd: dir });
    const pooled = plan(2);
    const single = plan(1);
    expect(pooled.stderr).toMatch(
      new RegExp(`read ${files} files: 0 from the cache, ${files} parsed in 2 worker threads`),
    );
    expect(single.stderr).toMatch(/parsed in the main thread/);
    expect(pooled.stdout).toBe(single.stdout);
    expect(JSON.parse(pooled.stdout)).toMatchObject({
      summary: { create: size.kubeServices + size.universalServices },
    });
  });
});
