import { execFileSync, spawn, spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { childCommands, hangingGitServer, inTheClone } from "../helpers/hanging-clone.js";
import { removeTempRepos, repoFromFixture } from "../helpers/repo.js";

afterAll(removeTempRepos);

// Issue 19: the executable (dist/bin.js, the committed bundle: npm run bundle) runs the command in
// its own process; it no longer restarts Node with a larger heap, so no second process can outlive it.
const BIN = fileURLToPath(new URL("../../dist/bin.js", import.meta.url));
const MIB = 2 ** 20;
const env = { ...process.env };
delete env["NODE_OPTIONS"];

const heapLine = (stderr: string): number => Number(/^heap limit: (\d+) MiB$/m.exec(stderr)?.[1] ?? NaN);

describe("one process (issue 19)", () => {
  it("runs the command in its own process, with Node's heap, and returns its exit code", async () => {
    expect(existsSync(BIN), "dist/bin.js is missing: run npm run bundle").toBe(true);
    const repo = await repoFromFixture("report-drift");
    const r = spawnSync(process.execPath, [BIN, "check", "--repo", repo, "--verbose", "--no-cache"], {
      env,
      encoding: "utf8",
    });
    expect(r.status).toBe(2);
    const plain = Number(execFileSync(process.execPath, ["-p", "v8.getHeapStatistics().heap_size_limit"], { env }));
    expect(heapLine(r.stderr)).toBe(Math.round(plain / MIB));
  });

  it("keeps a limit the user set in NODE_OPTIONS", async () => {
    const repo = await repoFromFixture("example");
    const limitedEnv = { ...env, NODE_OPTIONS: "--max-old-space-size=300" };
    const r = spawnSync(process.execPath, [BIN, "plan", "--repo", repo, "--verbose", "--no-cache"], {
      env: limitedEnv,
      encoding: "utf8",
    });
    expect(r.status).toBe(0);
    const limited = execFileSync(process.execPath, ["-p", "v8.getHeapStatistics().heap_size_limit"], {
      env: limitedEnv,
    });
    expect(heapLine(r.stderr)).toBe(Math.round(Number(limited) / MIB));
  });

  it("starts no second node process, and dies of the signal a cancelled job sends", async () => {
    const { url, sockets, server } = await hangingGitServer();
    try {
      const run = spawn(process.execPath, [BIN, "plan", "--repo", url], { env, stdio: "ignore" });
      const exited = new Promise<NodeJS.Signals | null>((resolve) => run.on("exit", (_c, s) => resolve(s)));
      expect(await inTheClone(run, sockets), "the run reached the clone").toBe(true);
      const children = childCommands(run.pid ?? 0);
      expect(
        children.some((c) => /\bgit\b/.test(c)),
        children.join("\n"),
      ).toBe(true);
      expect(children.filter((c) => /\bnode\b/.test(c))).toEqual([]);
      run.kill("SIGTERM");
      expect(await exited).toBe("SIGTERM");
    } finally {
      for (const s of sockets) s.destroy();
      server.close();
    }
  }, 30_000);
});
