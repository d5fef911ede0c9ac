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
} from "./chunk-RL3DQ4WA.js";
import "./chunk-PPCP3H57.js";
import "./chunk-WWIH46P2.js";
import "./chunk-Q5SANTD2.js";
import "./chunk-2IOOKQTS.js";
import "./chunk-WECYETUR.js";
export {
  readAndParseForPool as default,
  readAndParse
};
