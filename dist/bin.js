#!/usr/bin/env node
// Bundled by scripts/bundle.ts with esbuild; do not edit. Sources: src/, licences: licenses.txt.
import { createRequire as __msrCreateRequire } from "node:module";
import { dirname as __msrDirname } from "node:path";
import { fileURLToPath as __msrFileURLToPath } from "node:url";
const require = __msrCreateRequire(import.meta.url);
const __msrBundleFilename = __msrFileURLToPath(import.meta.url);
const __msrBundleDirname = __msrDirname(__msrBundleFilename);

// src/io/heap.ts
import { spawn } from "node:child_process";
import { totalmem } from "node:os";
import { getHeapStatistics } from "node:v8";
var MIB = 1024 * 1024;
var RESPAWNED_ENV = "MESHSERVICE_RECONCILER_HEAP_RESPAWNED";
function heapToRequest(facts) {
  if (facts.respawned) return null;
  const flags = [...facts.execArgv, ...(facts.nodeOptions ?? "").split(/\s+/)];
  if (flags.some((f) => /^--max[-_](old[-_]space|heap)[-_]size\b/.test(f))) return null;
  const wanted = Math.min(Math.floor(facts.totalMemory * 0.75 / MIB), 16 * 1024);
  return wanted >= facts.heapLimit / MIB * 1.25 ? wanted : null;
}
function readHeapFacts() {
  const constrained = process.constrainedMemory?.() ?? 0;
  return {
    totalMemory: constrained > 0 ? Math.min(constrained, totalmem()) : totalmem(),
    heapLimit: getHeapStatistics().heap_size_limit,
    execArgv: process.execArgv,
    nodeOptions: process.env["NODE_OPTIONS"],
    respawned: process.env[RESPAWNED_ENV] === "1"
  };
}
async function respawnWithLargerHeap(script, args, onFallback) {
  const heapMb = heapToRequest(readHeapFacts());
  if (heapMb === null) return null;
  const child = spawn(process.execPath, [...process.execArgv, `--max-old-space-size=${heapMb}`, script, ...args], {
    stdio: ["inherit", "inherit", "inherit", "ipc"],
    env: { ...process.env, [RESPAWNED_ENV]: "1" }
  });
  const started = await new Promise((resolve) => {
    child.once("spawn", () => resolve(null));
    child.once("error", resolve);
  });
  if (started !== null) {
    onFallback(`cannot restart with a larger heap (${started.message}); running with the default heap`);
    return null;
  }
  const forward = (signal2) => {
    child.kill(signal2);
  };
  const signals = ["SIGINT", "SIGTERM", "SIGHUP"];
  for (const s of signals) process.on(s, forward);
  child.on("error", () => void 0);
  const { code, signal } = await new Promise((resolve) => {
    child.once("exit", (c, s) => resolve({ code: c, signal: s }));
  });
  for (const s of signals) process.off(s, forward);
  if (signal !== null) process.kill(process.pid, signal);
  return code ?? 1;
}
function stopWithParent() {
  if (process.env[RESPAWNED_ENV] !== "1" || process.channel === void 0) return;
  process.channel.unref();
  process.once("disconnect", () => {
    process.kill(process.pid, "SIGTERM");
  });
}

// src/bin.ts
stopWithParent();
var respawned = await respawnWithLargerHeap(
  process.argv[1] ?? "",
  process.argv.slice(2),
  (message) => process.stderr.write(`meshservice-reconciler: ${message}
`)
);
process.exitCode = respawned ?? await (await import("./cli.js")).runAsProgram();
