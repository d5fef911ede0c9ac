import { spawn } from "node:child_process";
import { totalmem } from "node:os";
import { getHeapStatistics } from "node:v8";

const MIB = 1024 * 1024;
/** Set in the environment of the re-started process, so that it never starts another one. */
export const RESPAWNED_ENV = "MESHSERVICE_RECONCILER_HEAP_RESPAWNED";

export interface HeapFacts {
  /** Memory the process may use, in bytes: the machine's, or its container's limit when lower. */
  readonly totalMemory: number;
  /** V8's current old-space limit, in bytes. */
  readonly heapLimit: number;
  /** Node flags of this process (process.execArgv) and NODE_OPTIONS. */
  readonly execArgv: readonly string[];
  readonly nodeOptions: string | undefined;
  readonly respawned: boolean;
}

/**
 * The heap limit, in MiB, to restart the CLI with, or null to run as it is. Node caps its default
 * heap at about 4 GiB (less on small machines), and V8 collects garbage ever more often as a run's
 * parsed repository approaches that cap: a 320,000-file repository took 100 s instead of 66 s.
 * So the CLI asks for three quarters of the machine's memory, at most 16 GiB: a limit, not an
 * allocation. Not when the user chose a limit (--max-old-space-size or --max-heap-size, in the Node
 * flags or NODE_OPTIONS), not when the gain is small (under a quarter more), and never twice.
 */
export function heapToRequest(facts: HeapFacts): number | null {
  if (facts.respawned) return null;
  const flags = [...facts.execArgv, ...(facts.nodeOptions ?? "").split(/\s+/)];
  if (flags.some((f) => /^--max[-_](old[-_]space|heap)[-_]size\b/.test(f))) return null;
  const wanted = Math.min(Math.floor((facts.totalMemory * 0.75) / MIB), 16 * 1024);
  return wanted >= (facts.heapLimit / MIB) * 1.25 ? wanted : null;
}

/** The facts of this process. A container's memory limit (cgroup) counts, not the host's memory. */
export function readHeapFacts(): HeapFacts {
  const constrained = process.constrainedMemory?.() ?? 0;
  return {
    totalMemory: constrained > 0 ? Math.min(constrained, totalmem()) : totalmem(),
    heapLimit: getHeapStatistics().heap_size_limit,
    execArgv: process.execArgv,
    nodeOptions: process.env["NODE_OPTIONS"],
    respawned: process.env[RESPAWNED_ENV] === "1",
  };
}

/**
 * Runs this same command line again in a child Node process with a larger heap (heapToRequest) and
 * returns its exit code, or null when this process should run the command itself: no restart is
 * worth it, or the child could not be started (`onFallback` says why). The child shares stdin,
 * stdout and stderr; a signal sent to this process (a cancelled CI job) is passed on, when the
 * child dies of a signal this process dies of the same one, and when this process dies in any way
 * (`kill -9` included) the child stops before its next step (stopWithParent).
 */
export async function respawnWithLargerHeap(
  script: string,
  args: readonly string[],
  onFallback: (message: string) => void,
): Promise<number | null> {
  const heapMb = heapToRequest(readHeapFacts());
  if (heapMb === null) return null;
  // The IPC channel is how the child learns that this process is gone, even killed with SIGKILL,
  // which no handler sees: the kernel closes the channel, and the child stops (stopWithParent).
  const child = spawn(process.execPath, [...process.execArgv, `--max-old-space-size=${heapMb}`, script, ...args], {
    stdio: ["inherit", "inherit", "inherit", "ipc"],
    env: { ...process.env, [RESPAWNED_ENV]: "1" },
  });
  const started = await new Promise<Error | null>((resolve) => {
    child.once("spawn", () => resolve(null));
    child.once("error", resolve);
  });
  if (started !== null) {
    onFallback(`cannot restart with a larger heap (${started.message}); running with the default heap`);
    return null;
  }
  // Once the child runs, the command is its: this process only waits, so it never runs it twice.
  const forward = (signal: NodeJS.Signals): void => {
    child.kill(signal);
  };
  const signals = ["SIGINT", "SIGTERM", "SIGHUP"] as const;
  for (const s of signals) process.on(s, forward);
  child.on("error", () => undefined); // a failed kill of a child that already exited
  const { code, signal } = await new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => {
    child.once("exit", (c, s) => resolve({ code: c, signal: s }));
  });
  for (const s of signals) process.off(s, forward);
  if (signal !== null) process.kill(process.pid, signal);
  return code ?? 1;
}

/**
 * In the restarted child: stop (SIGTERM to itself, so that its temporary clones are removed as on a
 * cancelled job) as soon as the parent is gone, which closes the IPC channel it was started with.
 * The channel does not keep the child alive. Does nothing in a process that was not restarted.
 */
export function stopWithParent(): void {
  if (process.env[RESPAWNED_ENV] !== "1" || process.channel === undefined) return;
  process.channel.unref();
  process.once("disconnect", () => {
    process.kill(process.pid, "SIGTERM");
  });
}
