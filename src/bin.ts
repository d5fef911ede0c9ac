#!/usr/bin/env node
// The executable (package.json `bin`, action.yml `main`). It loads nothing but src/io/heap.ts before
// deciding whether to restart itself with a larger heap, so that the restart costs one Node start-up,
// not two loads of the whole program.
import { respawnWithLargerHeap, stopWithParent } from "./io/heap.js";

stopWithParent();

const respawned = await respawnWithLargerHeap(process.argv[1] ?? "", process.argv.slice(2), (message) =>
  process.stderr.write(`meshservice-reconciler: ${message}\n`),
);
process.exitCode = respawned ?? (await (await import("./cli.js")).runAsProgram());
