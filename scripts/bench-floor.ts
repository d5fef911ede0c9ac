import { readFileSync } from "node:fs";
import { join } from "node:path";
import fg from "fast-glob";
import { parseAllDocuments } from "yaml";

/**
 * The floor of the benchmark: the fastest plain reader of the tree (FLOOR_DEFINITION in bench-repo.ts). Synchronous
 * reads: awaiting `readFile` for each file in turn costs half as much again on a tree of small files.
 * Prints `{"ms": <milliseconds>, "files": <n>, "documents": <n>}`.
 */
const dir = process.argv[2] ?? ".";
const start = performance.now();
const files = await fg(["**/*.yaml", "**/*.yml"], { cwd: dir, ignore: ["**/.git/**"] });
let documents = 0;
for (const f of files) {
  const text = readFileSync(join(dir, f), "utf8");
  for (const doc of parseAllDocuments(text)) {
    doc.toJS();
    documents++;
  }
}
process.stdout.write(`${JSON.stringify({ ms: performance.now() - start, files: files.length, documents })}\n`);
