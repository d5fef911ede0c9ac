import { readFileSync } from "node:fs";
import { Ajv } from "ajv";
import type { ErrorObject, ValidateFunction } from "ajv";
import { diagnostic } from "../diagnostics.js";
import type { Diagnostic, Severity } from "../diagnostics.js";
import { packageFileUrl } from "../io/package-files.js";
import { locate } from "../parse/yaml.js";
import type { PathSegment, SourceResource } from "../parse/yaml.js";

// The schemas ship in the package beside dist/ (schemas/*.json) so that editors can use them too.
// Reading them is a fixed, read-only part of the program, not an effect on the user's repository.
const SCHEMA_DIR = packageFileUrl("schemas/");

// verbose: errors carry the offending value, so that messages can say what was found.
const ajv = new Ajv({ allErrors: true, strict: true, allowUnionTypes: true, verbose: true });
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
 * the offending value, at the unknown key itself, or at the parent of a missing key. The message
 * names the field as Kuma does (`networking.inbound[0].port`), what was expected and what was
 * found. The errors of the branches of an `anyOf`/`oneOf` are folded into one. With
 * `unknownKey`, an unknown key is that diagnostic (a warning, say) instead of an error of `code`.
 */
export function validateResource(
  name: string,
  res: SourceResource,
  code: string,
  unknownKey?: { readonly severity: Severity; readonly code: string; readonly note: string },
): Diagnostic[] {
  const validate = schemaValidator(name);
  if (validate(res.value)) return [];
  return foldAlternatives(validate.errors ?? []).map((e) => {
    const d = errorToDiagnostic(e, res, code);
    if (!unknownKey || e.error.keyword !== "additionalProperties") return d;
    return { ...d, severity: unknownKey.severity, code: unknownKey.code, message: `${d.message}${unknownKey.note}` };
  });
}

interface Folded {
  readonly error: ErrorObject;
  /** For an anyOf/oneOf whose branches all failed on their type: the types expected. */
  readonly types?: readonly string[];
}

function foldAlternatives(errors: readonly ErrorObject[]): Folded[] {
  const alternatives = errors.filter((e) => e.keyword === "anyOf" || e.keyword === "oneOf");
  const branchOf = (e: ErrorObject): ErrorObject | undefined =>
    alternatives.find(
      (a) => a !== e && a.instancePath === e.instancePath && e.schemaPath.startsWith(`${a.schemaPath}/`),
    );
  const out: Folded[] = [];
  for (const e of errors) {
    if (branchOf(e)) continue;
    if (e.keyword === "anyOf" || e.keyword === "oneOf") {
      const branches = errors.filter((b) => branchOf(b) === e);
      const types = branches.every((b) => b.keyword === "type")
        ? branches.map((b) => String((b.params as { type: string }).type))
        : undefined;
      out.push(types && types.length > 0 ? { error: e, types } : { error: e });
      continue;
    }
    out.push({ error: e });
  }
  return out;
}

function errorToDiagnostic({ error: e, types }: Folded, res: SourceResource, code: string): Diagnostic {
  const path = instancePath(e.instancePath);
  const field = fieldName(path);
  const prefix = field === "" ? "" : `${field}: `;
  const found = `, found ${describeValue(e.data)}`;
  if (e.keyword === "additionalProperties") {
    const extra = String((e.params as { additionalProperty: string }).additionalProperty);
    return diagnostic("error", code, `${prefix}unknown key "${extra}"`, locate(res, [...path, extra], true));
  }
  if (e.keyword === "required") {
    const missing = String((e.params as { missingProperty: string }).missingProperty);
    return diagnostic("error", code, `${prefix}missing required key "${missing}"`, locate(res, path));
  }
  let expected: string;
  if (e.keyword === "enum") {
    const allowed = (e.params as { allowedValues: unknown[] }).allowedValues.map((v) => JSON.stringify(v));
    expected = `must be one of ${allowed.join(", ")}`;
  } else if (e.keyword === "const") {
    expected = `must be ${JSON.stringify((e.params as { allowedValue: unknown }).allowedValue)}`;
  } else if (types) {
    expected = `must be ${types.join(" or ")}`;
  } else {
    expected = e.message ?? "is invalid";
  }
  return diagnostic("error", code, `${prefix}${expected}${found}`, locate(res, path));
}

/** `networking.inbound[0].tags["kuma.io/service"]`: the spelling of Kuma's validation messages. */
export function fieldName(path: readonly PathSegment[]): string {
  let out = "";
  for (const seg of path) {
    if (typeof seg === "number") out += `[${seg}]`;
    else if (/^[A-Za-z_$][A-Za-z0-9_$-]*$/.test(seg)) out += out === "" ? seg : `.${seg}`;
    else out += `[${JSON.stringify(seg)}]`;
  }
  return out;
}

function describeValue(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "a list";
  if (typeof value === "object") return "a map";
  const text = JSON.stringify(value);
  return text.length > 60 ? `${text.slice(0, 57)}...` : text;
}

function instancePath(pointer: string): PathSegment[] {
  if (pointer === "") return [];
  return pointer
    .slice(1)
    .split("/")
    .map((s) => s.replaceAll("~1", "/").replaceAll("~0", "~"))
    .map((s) => (/^(0|[1-9]\d*)$/.test(s) ? Number(s) : s));
}
