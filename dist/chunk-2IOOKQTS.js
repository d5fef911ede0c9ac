// Bundled by scripts/bundle.ts with esbuild; do not edit. Sources: src/, licences: licenses.txt.
import { createRequire as __msrCreateRequire } from "node:module";
import { dirname as __msrDirname } from "node:path";
import { fileURLToPath as __msrFileURLToPath } from "node:url";
const require = __msrCreateRequire(import.meta.url);
const __msrBundleFilename = __msrFileURLToPath(import.meta.url);
const __msrBundleDirname = __msrDirname(__msrBundleFilename);

// src/io/package-files.ts
import { existsSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
var NAME = "meshservice-reconciler";
var HERE = fileURLToPath(import.meta.url);
var root;
function packageRoot() {
  if (root !== void 0) return root;
  for (let dir = dirname(HERE); ; dir = dirname(dir)) {
    const file = join(dir, "package.json");
    if (existsSync(file) && JSON.parse(readFileSync(file, "utf8")).name === NAME) {
      root = dir;
      return dir;
    }
    if (dirname(dir) === dir) throw new Error(`no package.json of ${NAME} above ${HERE}`);
  }
}
function readPackageJson() {
  return JSON.parse(readFileSync(join(packageRoot(), "package.json"), "utf8"));
}
function packageFileUrl(path) {
  return new URL(path, pathToFileURL(join(packageRoot(), "/")));
}
function bundleFile() {
  return /[\\/]package-files\.[cm]?[jt]s$/.test(HERE) ? null : HERE;
}
var tool;
function readTool() {
  if (tool === void 0) {
    const pkg = readPackageJson();
    tool = { name: pkg.name, version: pkg.version };
  }
  return tool;
}

export {
  readPackageJson,
  packageFileUrl,
  bundleFile,
  readTool
};
