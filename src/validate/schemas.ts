import { readFileSync } from "node:fs";
import { Ajv } from "ajv";
import type { ErrorObject, ValidateFunction } from "ajv";
import { diagnostic } from "../diagnostics.js";
import type { Diagnostic } from "../diagnostics.js";
import { locate } from "../parse/yaml.js";
import type { PathSegment, SourceResource } from "../parse/yaml.js";

// The schemas ship in the package beside dist/ (schemas/*.json) so that editors can use them too.
// Reading them is a fixed, read-only part of the program, not an effect on the user's repository.
const SCHEMA_DIR = new URL("../../schemas/", import.meta.url);

const ajv = new Ajv({ allErrors: true, strict: true, allowUnionTypes: true });
const compiled = new Map<string, ValidateFunction>();

/** Compiles a shipped schema once per process. */
export function schemaValidator(name: string): ValidateFunction {
  let fn = compiled.get(name);
  if (!fn) {
    const schema = JSON.parse(readFileSync(new URL(`${name}.schema.json`, SCHEMA_DIR), "utf8")) as object;
    fn = ajv.compile(schema);
    compiled.set(name, fn);
  }
  return fn;
}

/**
 * Validates a resource against a shipped schema; each ajv error becomes an `error` diagnostic at
 * the offending value, at the unknown key itself, or at the parent of a missing key.
 */
export function validateResource(name: string, res: SourceResource, code: string): Diagnostic[] {
  const validate = schemaValidator(name);
  if (validate(res.value)) return [];
  return (validate.errors ?? []).map((e) => errorToDiagnostic(e, res, code));
}

function errorToDiagnostic(e: ErrorObject, res: SourceResource, code: string): Diagnostic {
  const path = instancePath(e.instancePath);
  const where = e.instancePath === "" ? "the document" : `"${e.instancePath.slice(1).replaceAll("/", ".")}"`;
  if (e.keyword === "additionalProperties") {
    const extra = String((e.params as { additionalProperty: string }).additionalProperty);
    return diagnostic("error", code, `unknown key "${extra}" in ${where}`, locate(res, [...path, extra], true));
  }
  if (e.keyword === "required") {
    const missing = String((e.params as { missingProperty: string }).missingProperty);
    return diagnostic("error", code, `missing required key "${missing}" in ${where}`, locate(res, path));
  }
  if (e.keyword === "enum") {
    const allowed = (e.params as { allowedValues: unknown[] }).allowedValues.map((v) => JSON.stringify(v));
    return diagnostic("error", code, `${where} must be one of ${allowed.join(", ")}`, locate(res, path));
  }
  return diagnostic("error", code, `${where} ${e.message ?? "is invalid"}`, locate(res, path));
}

function instancePath(pointer: string): PathSegment[] {
  if (pointer === "") return [];
  return pointer
    .slice(1)
    .split("/")
    .map((s) => s.replaceAll("~1", "/").replaceAll("~0", "~"))
    .map((s) => (/^(0|[1-9]\d*)$/.test(s) ? Number(s) : s));
}
