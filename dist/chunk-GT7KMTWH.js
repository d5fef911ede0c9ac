// Bundled by scripts/bundle.ts with esbuild; do not edit. Sources: src/, licences: licenses.txt.
import { createRequire as __msrCreateRequire } from "node:module";
import { dirname as __msrDirname } from "node:path";
import { fileURLToPath as __msrFileURLToPath } from "node:url";
const require = __msrCreateRequire(import.meta.url);
const __msrBundleFilename = __msrFileURLToPath(import.meta.url);
const __msrBundleDirname = __msrDirname(__msrBundleFilename);

// src/model/printable.ts
var UNSAFE = /[\p{Cc}\u2028\u2029\u202a-\u202e\u2066-\u2069]/gu;
var PLAIN = /^[^\s"'`\\\p{Cc}\u2028\u2029\u202a-\u202e\u2066-\u2069]+$/u;
var JSON_RAW = /[\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;
function escapeOne(c) {
  return `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`;
}
function escapeControls(text) {
  return text.replace(UNSAFE, escapeOne);
}
function escapeJson(json) {
  return json.replace(JSON_RAW, escapeOne);
}
function quoted(value) {
  return escapeJson(JSON.stringify(value));
}
function printable(value) {
  return PLAIN.test(value) ? value : quoted(value);
}

export {
  escapeControls,
  escapeJson,
  quoted,
  printable
};
