import { spawnSync } from "node:child_process";
import type { ChildProcess } from "node:child_process";
import { createServer } from "node:http";
import type { Server } from "node:http";
import type { Socket } from "node:net";

/** A git server that accepts the clone's request and never answers: a run waits in the clone. */
export async function hangingGitServer(): Promise<{ url: string; sockets: Set<Socket>; server: Server }> {
  const sockets = new Set<Socket>();
  const server = createServer(() => undefined);
  server.on("connection", (s) => sockets.add(s));
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as { port: number };
  return { url: `http://127.0.0.1:${port}/r.git`, sockets, server };
}

/** The commands of the processes whose parent is `pid`. */
export function childCommands(pid: number): string[] {
  const out = spawnSync("ps", ["-o", "pid=,args=", "--ppid", String(pid)], { encoding: "utf8" }).stdout.trim();
  return out === "" ? [] : out.split("\n").map((l) => l.trim());
}

/** Waits until `run` has connected to the hanging server (the clone has started); false after ten seconds. */
export async function inTheClone(run: ChildProcess, sockets: ReadonlySet<unknown>): Promise<boolean> {
  for (let i = 0; i < 100 && sockets.size === 0 && run.exitCode === null; i++)
    await new Promise((r) => setTimeout(r, 100));
  return sockets.size > 0;
}
