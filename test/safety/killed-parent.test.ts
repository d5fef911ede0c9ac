import { spawn } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { childCommands, hangingGitServer, inTheClone } from "../helpers/hanging-clone.js";

// Issue 15, item 10: `kill -9` of the dist/bin.js process left the child it had restarted with a
// larger heap running, writing, committing and pushing on its own. Since issue 19 there is no such
// child: the command runs in the process that was started, and `kill -9` of it stops the command.
// Its git processes end as soon as the remote hangs up; none of them can commit or push for it.
const BIN = fileURLToPath(new URL("../../dist/bin.js", import.meta.url));

/** True while `pid` is a live process (a zombie that nobody reaps counts as gone). */
function alive(pid: number): boolean {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    return !/^\d+ \(.*\) [ZX] /.test(stat);
  } catch {
    return false;
  }
}

describe("a killed run leaves nothing running (item 10: killed-parent)", () => {
  it("kill -9 of dist/bin.js stops the command: no node process is left, its git processes end", async () => {
    expect(existsSync(BIN), "dist/bin.js is missing: run npm run bundle").toBe(true);
    const { url, sockets, server } = await hangingGitServer();
    const env = { ...process.env };
    delete env["NODE_OPTIONS"];
    let left: number[] = [];
    try {
      const run = spawn(process.execPath, [BIN, "apply", "--push", "--repo", url, "--no-cache"], {
        env,
        stdio: "ignore",
      });
      const exited = new Promise<NodeJS.Signals | null>((resolve) => run.on("exit", (_c, s) => resolve(s)));
      expect(await inTheClone(run, sockets), "the run reached the clone").toBe(true);
      const children = childCommands(run.pid ?? 0);
      expect(
        children.filter((c) => /\bnode\b/.test(c)),
        "no second node process",
      ).toEqual([]);
      left = children.map((c) => Number(c.split(" ")[0]));
      run.kill("SIGKILL");
      expect(await exited).toBe("SIGKILL");
      for (const s of sockets) s.destroy();
      for (let i = 0; i < 50 && left.some(alive); i++) await new Promise((r) => setTimeout(r, 100));
      expect(left.filter(alive), "the run's git processes are gone").toEqual([]);
    } finally {
      for (const pid of left.filter(alive)) process.kill(pid, "SIGKILL");
      for (const s of sockets) s.destroy();
      server.close();
    }
  }, 30_000);
});
