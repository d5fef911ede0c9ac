// Bundled by scripts/bundle.ts with esbuild; do not edit. Sources: src/, licences: licenses.txt.
import { createRequire as __msrCreateRequire } from "node:module";
import { dirname as __msrDirname } from "node:path";
import { fileURLToPath as __msrFileURLToPath } from "node:url";
const require = __msrCreateRequire(import.meta.url);
const __msrBundleFilename = __msrFileURLToPath(import.meta.url);
const __msrBundleDirname = __msrDirname(__msrBundleFilename);
import {
  diagnostic,
  excerpt,
  locate
} from "./chunk-PITT3D5D.js";

// src/validate/schemas.ts
var AJV_OPTIONS = { allErrors: true, strict: true, allowUnionTypes: true, verbose: true };
var Schemas = class {
  constructor(make) {
    this.make = make;
  }
  make;
  made = /* @__PURE__ */ new Map();
  /** The validator of a schema by name (`config`, `kuma-meshservice-universal`, ...). */
  validator(name) {
    let fn = this.made.get(name);
    if (!fn) {
      fn = this.make(name);
      if (fn === void 0) throw new Error(`no schema named ${name}`);
      this.made.set(name, fn);
    }
    return fn;
  }
};
function validateResource(schemas, name, res, code, unknownKey) {
  const validate = schemas.validator(name);
  if (validate(res.value)) return [];
  return foldAlternatives(validate.errors ?? []).map((e) => {
    const d = errorToDiagnostic(e, res, code);
    if (!unknownKey || e.error.keyword !== "additionalProperties") return d;
    return { ...d, severity: unknownKey.severity, code: unknownKey.code, message: `${d.message}${unknownKey.note}` };
  });
}
function foldAlternatives(errors) {
  const alternatives = errors.filter((e) => e.keyword === "anyOf" || e.keyword === "oneOf");
  const branchOf = (e) => alternatives.find(
    (a) => a !== e && a.instancePath === e.instancePath && e.schemaPath.startsWith(`${a.schemaPath}/`)
  );
  const out = [];
  for (const e of errors) {
    if (branchOf(e)) continue;
    if (e.keyword === "anyOf" || e.keyword === "oneOf") {
      const branches = errors.filter((b) => branchOf(b) === e);
      const types = branches.every((b) => b.keyword === "type") ? branches.map((b) => String(b.params.type)) : void 0;
      out.push(types && types.length > 0 ? { error: e, types } : { error: e });
      continue;
    }
    out.push({ error: e });
  }
  return out;
}
function errorToDiagnostic({ error: e, types }, res, code) {
  const path = instancePath(e.instancePath);
  const field = fieldName(path);
  const prefix = field === "" ? "" : `${field}: `;
  const found = `, found ${describeValue(e.data)}`;
  if (e.keyword === "additionalProperties") {
    const extra = String(e.params.additionalProperty);
    return diagnostic("error", code, `${prefix}unknown key ${excerpt(extra)}`, locate(res, [...path, extra], true));
  }
  if (e.keyword === "required") {
    const missing = String(e.params.missingProperty);
    return diagnostic("error", code, `${prefix}missing required key "${missing}"`, locate(res, path));
  }
  let expected;
  if (e.keyword === "enum") {
    const allowed = e.params.allowedValues.map((v) => JSON.stringify(v));
    expected = `must be one of ${allowed.join(", ")}`;
  } else if (e.keyword === "const") {
    expected = `must be ${JSON.stringify(e.params.allowedValue)}`;
  } else if (types) {
    expected = `must be ${types.join(" or ")}`;
  } else {
    expected = e.message ?? "is invalid";
  }
  return diagnostic("error", code, `${prefix}${expected}${found}${yaml11Note(e, code)}`, locate(res, path));
}
function yaml11Note(e, code) {
  if (code === "config-invalid" || typeof e.data !== "boolean") return "";
  if (e.keyword !== "type" && e.keyword !== "anyOf" && e.keyword !== "oneOf") return "";
  return " (YAML 1.1, as kubectl and kumactl read it: unquoted yes, no, on, off, y and n are booleans; quote a string)";
}
function fieldName(path) {
  let out = "";
  for (const seg of path) {
    if (typeof seg === "number") out += `[${seg}]`;
    else if (/^[A-Za-z_$][A-Za-z0-9_$-]*$/.test(seg)) out += out === "" ? seg : `.${seg}`;
    else out += `[${excerpt(seg)}]`;
  }
  return out;
}
function describeValue(value) {
  if (value === null) return "null";
  if (Array.isArray(value)) return "a list";
  if (typeof value === "object") return "a map";
  return typeof value === "string" ? excerpt(value) : String(JSON.stringify(value));
}
function instancePath(pointer) {
  if (pointer === "") return [];
  return pointer.slice(1).split("/").map((s) => s.replaceAll("~1", "/").replaceAll("~0", "~")).map((s) => /^(0|[1-9]\d*)$/.test(s) ? Number(s) : s);
}

export {
  AJV_OPTIONS,
  Schemas,
  validateResource
};
