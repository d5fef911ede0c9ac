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
} from "./chunk-K3FYOFI4.js";
import "./chunk-PPCP3H57.js";
import "./chunk-52PGKIMV.js";
import "./chunk-2IOOKQTS.js";
import "./chunk-PITT3D5D.js";
import "./chunk-GT7KMTWH.js";
import "./chunk-WECYETUR.js";
export {
  readAndParseForPool as default,
  readAndParse
};
