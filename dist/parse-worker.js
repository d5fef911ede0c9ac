// Bundled by scripts/bundle.ts with esbuild; do not edit. Sources: src/, licences: licenses.txt.
import { createRequire as __msrCreateRequire } from "node:module";
import { dirname as __msrDirname } from "node:path";
import { fileURLToPath as __msrFileURLToPath } from "node:url";
const require = __msrCreateRequire(import.meta.url);
const __msrBundleFilename = __msrFileURLToPath(import.meta.url);
const __msrBundleDirname = __msrDirname(__msrBundleFilename);
import {
  readAndParse,
  readAndParseForPool
} from "./chunk-UIZUT3KY.js";
import "./chunk-PPCP3H57.js";
import "./chunk-Y3E6ET7Z.js";
import "./chunk-2IOOKQTS.js";
import "./chunk-N2QS22EA.js";
import "./chunk-GT7KMTWH.js";
import "./chunk-WECYETUR.js";
export {
  readAndParseForPool as default,
  readAndParse
};
