import { existsSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import type { Tool } from "../model/tool.js";

// Where the files that ship beside the code (package.json, schemas/) are. The code runs from four
// layouts: src/ (the tests), lib/ (tsc), dist/ (the esbuild bundle: one file per entry, so a
// module's import.meta.url is the bundle file's) and an installed package (node_modules/<name>/dist/).
// A path relative to import.meta.url fits only some of them; the package root, found by walking up
// to the package.json of this package, fits all.

const NAME = "meshservice-reconciler";
const HERE = fileURLToPath(import.meta.url);

export interface PackageJson {
  readonly name: string;
  readonly version: string;
  readonly repository?: string | { readonly url: string };
}

let root: string | undefined;

/** The directory of this package's package.json (name meshservice-reconciler) above this code. */
export function packageRoot(): string {
  if (root !== undefined) return root;
  for (let dir = dirname(HERE); ; dir = dirname(dir)) {
    const file = join(dir, "package.json");
    if (existsSync(file) && (JSON.parse(readFileSync(file, "utf8")) as Partial<PackageJson>).name === NAME) {
      root = dir;
      return dir;
    }
    if (dirname(dir) === dir) throw new Error(`no package.json of ${NAME} above ${HERE}`);
  }
}

export function readPackageJson(): PackageJson {
  return JSON.parse(readFileSync(join(packageRoot(), "package.json"), "utf8")) as PackageJson;
}

/** A file that ships in the package, by its path from the package root (`schemas/x.json`). */
export function packageFileUrl(path: string): URL {
  return new URL(path, pathToFileURL(join(packageRoot(), "/")));
}

/**
 * The bundle file this code runs from, or null when it runs as separate modules (src/ or lib/):
 * in a bundle, this module's import.meta.url is the bundle's, not package-files.*.
 */
export function bundleFile(): string | null {
  return /[\\/]package-files\.[cm]?[jt]s$/.test(HERE) ? null : HERE;
}

let tool: Tool | undefined;

/** The tool's name and version from its package.json, read once (the one tool identity). */
export function readTool(): Tool {
  if (tool === undefined) {
    const pkg = readPackageJson();
    tool = { name: pkg.name, version: pkg.version };
  }
  return tool;
}
