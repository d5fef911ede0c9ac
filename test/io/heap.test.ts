import { execFileSync, spawn, spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { createServer } from "node:http";
import type { Socket } from "node:net";
import { totalmem } from "node:os";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { heapToRequest } from "../../src/io/heap.js";
import type { HeapFacts } from "../../src/io/heap.js";
import { removeTempRepos, repoFromFixture } from "../helpers/repo.js";
import { restartedChild } from "../helpers/restarted-child.js";

afterAll(removeTempRepos);

const GIB = 2 ** 30;
const MIB = 2 ** 20;
const facts = (over: Partial<HeapFacts>): HeapFacts => ({
  totalMemory: 24 * GIB,
  heapLimit: 4144 * MIB,
  execArgv: [],
  nodeOptions: undefined,
  respawned: false,
  ...over,
});

describe("heapToRequest", () => {
  it.each([
    { machine: "24 GiB, default 4144 MiB heap", over: {}, heap: 16384 },
    {
      machine: "7 GiB runner, default 2048 MiB heap",
      over: { totalMemory: 7 * GIB, heapLimit: 2048 * MIB },
      heap: 5376,
    },
    { machine: "64 GiB: capped at 16 GiB", over: { totalMemory: 64 * GIB }, heap: 16384 },
    {
      machine: "4 GiB, 2600 MiB heap: too little gain",
      over: { totalMemory: 4 * GIB, heapLimit: 2600 * MIB },
      heap: null,
    },
    { machine: "a limit in the Node flags", over: { execArgv: ["--max-old-space-size=512"] }, heap: null },
    {
      machine: "a limit in NODE_OPTIONS",
      over: { nodeOptions: "--enable-source-maps --max_old_space_size=900" },
      heap: null,
    },
    { machine: "--max-heap-size in NODE_OPTIONS", over: { nodeOptions: "--max-heap-size=900" }, heap: null },
    { machine: "already restarted", over: { respawned: true }, heap: null },
  ])("$machine: $heap", ({ over, heap }) => {
    expect(heapToRequest(facts(over))).toBe(heap);
  });
});

// The restart happens in the executable (dist/bin.js, the committed bundle: npm run bundle).
const BIN = fileURLToPath(new URL("../../dist/bin.js", import.meta.url));

/** What a plain `node` on this machine would be restarted with (null: not restarted). */
function expectedHeap(): { plain: number; wanted: number | null } {
  const env = { ...process.env };
  delete env["NODE_OPTIONS"];
  const plain = Number(execFileSync(process.execPath, ["-p", "v8.getHeapStatistics().heap_size_limit"], { env }));
  const wanted = heapToRequest({
    totalMemory: totalmem(),
    heapLimit: plain,
    execArgv: [],
    nodeOptions: undefined,
    respawned: false,
  });
  return { plain: plain / MIB, wanted };
}

function runBin(args: string[], env: NodeJS.ProcessEnv): Promise<{ code: number | null; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [BIN, ...args], { env });
    let stderr = "";
    child.stderr.on("data", (d: Buffer) => (stderr += d.toString()));
    child.on("exit", (code) => resolve({ code, stderr }));
  });
}

const heapLine = (stderr: string): number => Number(/^heap limit: (\d+) MiB$/m.exec(stderr)?.[1] ?? NaN);

describe("the executable's heap", () => {
  const { plain, wanted } = expectedHeap();
  const env = { ...process.env };
  delete env["NODE_OPTIONS"];

  it("runs the command with the heap limit it asked for, and its exit code", async () => {
    expect(existsSync(BIN), "dist/bin.js is missing: run npm run bundle").toBe(true);
    const repo = await repoFromFixture("report-drift");
    const r = await runBin(["check", "--repo", repo, "--verbose", "--no-cache"], env);
    expect(r.code).toBe(2);
    if (wanted === null) expect(heapLine(r.stderr)).toBe(Math.round(plain));
    else expect(heapLine(r.stderr)).toBeGreaterThanOrEqual(wanted);
  });

  it("leaves `node dist/cli.js` working as the program, without the restart", async () => {
    const cli = fileURLToPath(new URL("../../dist/cli.js", import.meta.url));
    const version = execFileSync(process.execPath, [cli, "--version"], { env, encoding: "utf8" });
    expect(version).toMatch(/^\d+\.\d+\.\d+\n$/);
    const repo = await repoFromFixture("example");
    const r = spawnSync(process.execPath, [cli, "plan", "--repo", repo, "--verbose", "--no-cache"], {
      env,
      encoding: "utf8",
    });
    expect(r.status).toBe(0);
    expect(heapLine(r.stderr)).toBe(Math.round(plain));
  });

  it("keeps a limit the user set in NODE_OPTIONS", async () => {
    const repo = await repoFromFixture("example");
    const r = await runBin(["plan", "--repo", repo, "--verbose", "--no-cache"], {
      ...env,
      NODE_OPTIONS: "--max-old-space-size=300",
    });
    expect(r.code).toBe(0);
    // Exactly the limit a plain node gets from that flag: 348 MiB on Node 20, 492 MiB on Node 24
    // (V8 counts the young generation in heap_size_limit, and Node 24's is larger).
    const limited = execFileSync(
      process.execPath,
      ["--max-old-space-size=300", "-p", "v8.getHeapStatistics().heap_size_limit"],
      {
        env,
      },
    );
    expect(heapLine(r.stderr)).toBe(Math.round(Number(limited) / MIB));
  });

  // A cancelled CI job signals the process it started: the restarted child must stop with it.
  it.skipIf(wanted === null)("passes a signal on to the restarted process and dies of it", async () => {
    // A git server that accepts the clone's request and never answers: the run waits in the clone.
    const sockets = new Set<Socket>();
    const server = createServer(() => undefined);
    server.on("connection", (s) => sockets.add(s));
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    const { port } = server.address() as { port: number };
    try {
      const parent = spawn(process.execPath, [BIN, "plan", "--repo", `http://127.0.0.1:${port}/r.git`], { env });
      const exited = new Promise<NodeJS.Signals | null>((resolve) => parent.on("exit", (_c, s) => resolve(s)));
      const child = await restartedChild(parent, sockets);
      expect(child, "the restarted process is running").toBeDefined();
      parent.kill("SIGTERM");
      expect(await exited).toBe("SIGTERM");
      await new Promise((r) => setTimeout(r, 200));
      expect(() => process.kill(child ?? 0, 0), "the restarted process is gone").toThrow();
    } finally {
      for (const s of sockets) s.destroy();
      server.close();
    }
  });
});
