import { execFileSync } from "node:child_process";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";
import { afterAll, describe, expect, it } from "vitest";
import { FLOOR_DEFINITION } from "../../scripts/bench-repo.js";

// Not a timed test: the bench runs on a tiny repository, one pair, and only its output's shape is
// checked (every row, the table, the floor's definition, the start-up lines).
const ROOT = fileURLToPath(new URL("../../", import.meta.url));
const dirs: string[] = [];
afterAll(async () => {
  await Promise.all(dirs.map((d) => rm(d, { recursive: true, force: true })));
});

describe("npm run bench", () => {
  it("runs on a tiny size and prints its table for both shapes", async () => {
    const out = await mkdtemp(join(tmpdir(), "msr-bench-script-"));
    dirs.push(out);
    await build({
      absWorkingDir: ROOT,
      entryPoints: { bench: "scripts/bench.ts", "bench-floor": "scripts/bench-floor.ts" },
      outdir: out,
      bundle: true,
      platform: "node",
      format: "esm",
      banner: { js: 'import { createRequire } from "node:module"; const require = createRequire(import.meta.url);' },
      logLevel: "silent",
    });
    const stdout = execFileSync(
      process.execPath,
      [
        join(out, "bench.js"),
        ...["--factor", "0.0005", "--scaling", "1", "--pairs", "1", "--startup-runs", "1"],
        ...["--cli", join(ROOT, "dist", "bin.js")],
      ],
      { encoding: "utf8", cwd: out },
    );
    expect(stdout).toContain(FLOOR_DEFINITION);
    expect(stdout).toMatch(/^\| shape \| size \| files \| floor \| cold \| cold vs floor \| warm \| warm vs floor \|/m);
    expect(stdout).toMatch(/^\| one resource per file \| 1x \| \d+ \| [\d.]+ s \| [\d.]+ s \| [\d.]+x \|/m);
    expect(stdout).toMatch(/^\| ten Dataplanes per file \| 1x \| \d+ \| [\d.]+ s \|/m);
    expect(stdout).toMatch(/^--version: [\d.]+ s \(median of 1;/m);
    expect(stdout).toMatch(/^plan of a 10-file repository: [\d.]+ s/m);
  }, 120_000);
});
