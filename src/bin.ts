#!/usr/bin/env node
// The executable (package.json `bin`, action.yml `main`). One Node process runs the command: no
// restart with a larger heap (a run keeps only what its plan needs, and unchanged zones come whole
// from the cache; see docs/performance.md), so there is no second process to outlive this one.
// cli.js loads the program proper only for a command that needs it (scripts/bundle.ts).
const { runAsProgram } = await import("./cli.js");
process.exitCode = await runAsProgram();
