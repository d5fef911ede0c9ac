import type { ErrorObject, ValidateFunction } from "ajv";
import { diagnostic, excerpt } from "../diagnostics.js";
import type { Diagnostic, Severity } from "../diagnostics.js";
import { locate } from "../parse/yaml.js";
import type { PathSegment, SourceResource } from "../parse/yaml.js";

/**
 * The options every validator is made with: by ajv at run time (src/validate/compile.ts) and by
 * ajv's standalone code generation at bundle time (scripts/validators.ts). The same options give
 * the same errors. verbose: errors carry the offending value, so that messages can say what was found.
 */
export const AJV_OPTIONS = { allErrors: true, strict: true, allowUnionTypes: true, verbose: true } as const;

/**
 * The validators of the shipped JSON Schemas (schemas/<name>.schema.json), by name: compiled from
 * the schemas on first use (src/validate/compile.ts), or generated from them when the bundle was
 * built (scripts/validators.ts). src/io/schemas.ts picks one. Each is made once and kept.
 */
export class Schemas {
  private readonly made = new Map<string, ValidateFunction>();

  constructor(private readonly make: (name: string) => ValidateFunction | undefined) {}

  /** The validator of a schema by name (`config`, `kuma-meshservice-universal`, ...). */
  validator(name: string): ValidateFunction {
    let fn = this.made.get(name);
    if (!fn) {
      fn = this.make(name);
      if (fn === undefined) throw new Error(`no schema named ${name}`);
      this.made.set(name, fn);
    }
    return fn;
  }
}

/**
 * Validates a resource against a shipped schema; each ajv error becomes an `error` diagnostic at
 * the offending value, at the unknown key itself, or at the parent of a missing key. The message
 * names the field as Kuma does (`networking.inbound[0].port`), what was expected and what was
 * found. The errors of the branches of an `anyOf`/`oneOf` are folded into one. With
 * `unknownKey`, an unknown key is that diagnostic (a warning, say) instead of an error of `code`.
 */
export function validateResource(
  schemas: Schemas,
  name: string,
  res: SourceResource,
  code: string,
  unknownKey?: { readonly severity: Severity; readonly code: string; readonly note: string },
): Diagnostic[] {
  const validate = schemas.validator(name);
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
    return diagnostic("error", code, `${prefix}unknown key ${excerpt(extra)}`, locate(res, [...path, extra], true));
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
  return diagnostic("error", code, `${prefix}${expected}${found}${yaml11Note(e, code)}`, locate(res, path));
}

/**
 * Sources are read as kubectl and kumactl read them, with YAML 1.1 (src/parse/yaml.ts): an unquoted
 * `yes`, `no`, `on`, `off`, `y` or `n` is a boolean, and both refuse a boolean where a string is
 * wanted (a label value, a tag). The config file is YAML 1.2 and needs no such note.
 */
function yaml11Note(e: ErrorObject, code: string): string {
  if (code === "config-invalid" || typeof e.data !== "boolean") return "";
  if (e.keyword !== "type" && e.keyword !== "anyOf" && e.keyword !== "oneOf") return "";
  return " (YAML 1.1, as kubectl and kumactl read it: unquoted yes, no, on, off, y and n are booleans; quote a string)";
}

/** `networking.inbound[0].tags["kuma.io/service"]`: the spelling of Kuma's validation messages. */
export function fieldName(path: readonly PathSegment[]): string {
  let out = "";
  for (const seg of path) {
    if (typeof seg === "number") out += `[${seg}]`;
    else if (/^[A-Za-z_$][A-Za-z0-9_$-]*$/.test(seg)) out += out === "" ? seg : `.${seg}`;
    else out += `[${excerpt(seg)}]`;
  }
  return out;
}

function describeValue(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "a list";
  if (typeof value === "object") return "a map";
  return typeof value === "string" ? excerpt(value) : String(JSON.stringify(value));
}

function instancePath(pointer: string): PathSegment[] {
  if (pointer === "") return [];
  return pointer
    .slice(1)
    .split("/")
    .map((s) => s.replaceAll("~1", "/").replaceAll("~0", "~"))
    .map((s) => (/^(0|[1-9]\d*)$/.test(s) ? Number(s) : s));
}
