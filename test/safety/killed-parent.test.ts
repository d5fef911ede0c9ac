import { execFileSync, spawn } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { createServer } from "node:http";
import type { Socket } from "node:net";
import { totalmem } from "node:os";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { heapToRequest } from "../../src/io/heap.js";
import { restartedChild } from "../helpers/restarted-child.js";

// Issue 15, item 10: `kill -9` of the dist/bin.js process left the child it restarted with a larger
// heap running, writing, committing and pushing on its own. SIGKILL reaches no handler, so the
// child has to notice by itself (the IPC channel closes).
const BIN = fileURLToPath(new URL("../../dist/bin.js", import.meta.url));

/** Whether dist/bin.js restarts itself on this machine (see test/io/heap.test.ts). */
function restarts(): boolean {
  const env = { ...process.env };
  delete env["NODE_OPTIONS"];
  const heapLimit = Number(execFileSync(process.execPath, ["-p", "v8.getHeapStatistics().heap_size_limit"], { env }));
  const facts = { totalMemory: totalmem(), heapLimit, execArgv: [], nodeOptions: undefined, respawned: false };
  return heapToRequest(facts) !== null;
}

/** True while `pid` is a live process (a zombie that nobody reaps counts as gone). */
function alive(pid: number): boolean {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    return !/^\d+ \(.*\) [ZX] /.test(stat);
  } catch {
    return false;
  }
}

describe("a killed parent leaves no live child (item 10: killed-parent)", () => {
  it.skipIf(!restarts())(
    "kill -9 of dist/bin.js stops the restarted child within seconds",
    async () => {
      expect(existsSync(BIN), "dist/bin.js is missing: run npm run build").toBe(true);
      // A git server that accepts the clone's request and never answers: the run waits in the clone.
      const sockets = new Set<Socket>();
      const server = createServer(() => undefined);
      server.on("connection", (s) => sockets.add(s));
      await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
      const { port } = server.address() as { port: number };
      const env = { ...process.env };
      delete env["NODE_OPTIONS"];
      let child: number | undefined;
      try {
        const parent = spawn(
          process.execPath,
          [BIN, "apply", "--push", "--repo", `http://127.0.0.1:${port}/r.git`, "--no-cache"],
          { env, stdio: "ignore" },
        );
        const exited = new Promise<NodeJS.Signals | null>((resolve) => parent.on("exit", (_c, s) => resolve(s)));
        child = await restartedChild(parent, sockets);
        expect(child, "the restarted process is running").toBeDefined();
        parent.kill("SIGKILL");
        expect(await exited).toBe("SIGKILL");
        for (let i = 0; i < 50 && alive(child ?? 0); i++) await new Promise((r) => setTimeout(r, 100));
        expect(alive(child ?? 0), "the restarted process is gone").toBe(false);
      } finally {
        if (child !== undefined && alive(child)) process.kill(child, "SIGKILL");
        for (const s of sockets) s.destroy();
        server.close();
      }
    },
    30_000,
  );
});
