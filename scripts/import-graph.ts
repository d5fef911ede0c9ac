// Lists the imports between the folders of src/ and the ones that run against the pipeline. The
// pipeline reads top to bottom (docs/development.md, Layout): a module may import its own layer and
// the layers below it, never one above. Run it with `npm run imports`; test/scripts/import-graph.test.ts
// holds the tree to it.
import { readFileSync, readdirSync } from "node:fs";
import { dirname, join, posix } from "node:path";
import { fileURLToPath } from "node:url";

/**
 * The layers, lowest first. A unit is a folder of src/ or a file at its top, or one file of a folder
 * whose files are not all of one layer (publish/: the pure decisions and the flows that run them).
 */
export const LAYERS: readonly (readonly string[])[] = [
  ["model", "diagnostics.ts", "errors.ts", "redact.ts"],
  ["parse"],
  ["validate"],
  ["compute"],
  ["render"],
  ["plan"],
  ["report"],
  ["publish/message.ts", "publish/outcome.ts", "publish/pull-request.ts", "init/starter-config.ts"],
  ["io"],
  ["publish/push.ts", "publish/propose.ts"],
  ["options.ts", "action-inputs.ts"],
  ["run.ts", "init/init.ts"],
  ["cli.ts"],
  ["bin.ts"],
];

export interface Import {
  /** src-relative POSIX paths. */
  readonly from: string;
  readonly to: string;
}

/** The unit of a src-relative file: its most specific entry in LAYERS. */
export function unitOf(file: string): string {
  const units = LAYERS.flat().sort((a, b) => b.length - a.length);
  const unit = units.find((u) => file === u || file.startsWith(`${u}/`));
  if (unit === undefined) throw new Error(`src/${file} is in no layer of scripts/import-graph.ts`);
  return unit;
}

export function layerOf(file: string): number {
  const unit = unitOf(file);
  return LAYERS.findIndex((l) => l.includes(unit));
}

const IMPORT = /^\s*(?:import|export)\s[^;]*?\sfrom\s+"(\.[^"]+)"/gm;
const DYNAMIC = /\bimport\(\s*"(\.[^"]+)"\s*\)/g;

/** Every relative import between the .ts files under `srcDir`, sorted. */
export function readImports(srcDir: string): Import[] {
  const out: Import[] = [];
  for (const file of listTs(srcDir)) {
    const text = readFileSync(join(srcDir, file), "utf8");
    for (const re of [IMPORT, DYNAMIC]) {
      for (const m of text.matchAll(re)) {
        const target = posix.normalize(posix.join(posix.dirname(file), m[1] ?? "")).replace(/\.js$/, ".ts");
        out.push({ from: file, to: target });
      }
    }
  }
  return out.sort((a, b) => (a.from + a.to < b.from + b.to ? -1 : 1));
}

/** The imports that run against the pipeline: from a layer to one above it. */
export function againstPipeline(imports: readonly Import[]): Import[] {
  return imports.filter((i) => layerOf(i.to) > layerOf(i.from));
}

function listTs(dir: string, prefix = ""): string[] {
  return readdirSync(join(dir, prefix), { withFileTypes: true }).flatMap((e) => {
    const path = prefix === "" ? e.name : `${prefix}/${e.name}`;
    if (e.isDirectory()) return listTs(dir, path);
    return e.name.endsWith(".ts") ? [path] : [];
  });
}

/** `from-unit -> to-unit  count` lines, then the imports against the pipeline. */
export function describeImports(imports: readonly Import[]): string {
  const counts = new Map<string, number>();
  for (const i of imports) {
    const key = `${unitOf(i.from)} -> ${unitOf(i.to)}`;
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  const lines = [...counts].sort(([a], [b]) => (a < b ? -1 : 1)).map(([k, n]) => `${k}  ${n}`);
  const bad = againstPipeline(imports);
  lines.push("", bad.length === 0 ? "no import runs against the pipeline" : "against the pipeline:");
  for (const i of bad) lines.push(`  src/${i.from} imports src/${i.to}`);
  return `${lines.join("\n")}\n`;
}

if (process.argv[1] !== undefined && fileURLToPath(import.meta.url) === process.argv[1]) {
  // Compiled to dist-scripts/scripts/ (npm run imports): the sources are two folders up.
  const imports = readImports(join(dirname(fileURLToPath(import.meta.url)), "..", "..", "src"));
  process.stdout.write(describeImports(imports));
  process.exitCode = againstPipeline(imports).length === 0 ? 0 : 1;
}
