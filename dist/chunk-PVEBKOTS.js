// Bundled by scripts/bundle.ts with esbuild; do not edit. Sources: src/, licences: licenses.txt.
import { createRequire as __msrCreateRequire } from "node:module";
import { dirname as __msrDirname } from "node:path";
import { fileURLToPath as __msrFileURLToPath } from "node:url";
const require = __msrCreateRequire(import.meta.url);
const __msrBundleFilename = __msrFileURLToPath(import.meta.url);
const __msrBundleDirname = __msrDirname(__msrBundleFilename);

// src/model/repository.ts
function isRemoteUrl(repo) {
  return /^(https?|ssh|file|git):\/\//.test(repo) || /^[\w.-]+@[\w.-]+:/.test(repo);
}

export {
  isRemoteUrl
};
