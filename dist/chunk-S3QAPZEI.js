// Bundled by scripts/bundle.ts with esbuild; do not edit. Sources: src/, licences: licenses.txt.
import { createRequire as __msrCreateRequire } from "node:module";
import { dirname as __msrDirname } from "node:path";
import { fileURLToPath as __msrFileURLToPath } from "node:url";
const require = __msrCreateRequire(import.meta.url);
const __msrBundleFilename = __msrFileURLToPath(import.meta.url);
const __msrBundleDirname = __msrDirname(__msrBundleFilename);

// src/errors.ts
var ReconcilerError = class extends Error {
  code;
  operation;
  constructor(code, operation, message, options) {
    super(message, options);
    this.name = "ReconcilerError";
    this.code = code;
    this.operation = operation;
  }
};
var UsageError = class extends ReconcilerError {
  constructor(message) {
    super("usage", "parse arguments", message);
    this.name = "UsageError";
  }
};
var IoError = class extends ReconcilerError {
  constructor(operation, message, options) {
    super("io", operation, message, options);
    this.name = "IoError";
  }
};
var GitError = class extends ReconcilerError {
  constructor(operation, message, options) {
    super("git", operation, message, options);
    this.name = "GitError";
  }
};
var TimeoutError = class extends ReconcilerError {
  constructor(message, options) {
    super("timeout", "timeout", message, options);
    this.name = "TimeoutError";
  }
};
var ControlPlaneError = class extends ReconcilerError {
  constructor(message, options) {
    super("control-plane", "read the control plane", message, options);
    this.name = "ControlPlaneError";
  }
};
var InternalError = class extends ReconcilerError {
  constructor(operation, message, options) {
    super("internal", operation, message, options);
    this.name = "InternalError";
  }
};

export {
  ReconcilerError,
  UsageError,
  IoError,
  GitError,
  TimeoutError,
  ControlPlaneError,
  InternalError
};
