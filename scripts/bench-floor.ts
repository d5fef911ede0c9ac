import { readFile } from "node:fs/promises";
import { join } from "node:path";
import fg from "fast-glob";
import { parseAllDocuments } from "yaml";

/**
 * The floor of the benchmark: read and parse every YAML file of the tree with the `yaml` library in
 * one thread (every document to plain JavaScript), as the simplest possible reader would.
 * Prints `{"ms": <milliseconds>, "files": <n>}`.
 */
const dir = process.argv[2] ?? ".";
const start = performance.now();
const files = await fg(["**/*.yaml", "**/*.yml"], { cwd: dir, ignore: ["**/.git/**"] });
let documents = 0;
for (const f of files) {
  const text = await readFile(join(dir, f), "utf8");
  for (const doc of parseAllDocuments(text)) {
    doc.toJS();
    documents++;
  }
}
process.stdout.write(`${JSON.stringify({ ms: performance.now() - start, files: files.length, documents })}\n`);
