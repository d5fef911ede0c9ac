import { execFileSync } from "node:child_process";
import type { ChildProcess } from "node:child_process";

/**
 * The pid of the process that `parent` (dist/bin.js) restarted itself as, once the restarted run is
 * at work (it has connected to the loopback server whose open sockets are `sockets`); undefined
 * when none appears within ten seconds.
 */
export async function restartedChild(parent: ChildProcess, sockets: ReadonlySet<unknown>): Promise<number | undefined> {
  for (let i = 0; i < 100; i++) {
    await new Promise((r) => setTimeout(r, 100));
    if (sockets.size === 0) continue; // the clone has not started yet
    const out = execFileSync("ps", ["-o", "pid=", "--ppid", String(parent.pid)], { encoding: "utf8" }).trim();
    if (out !== "") return Number(out.split("\n")[0]);
  }
  return undefined;
}
