// The validators of the shipped schemas as code, for the bundle: ajv's standalone code generation
// (ajv/dist/standalone, https://ajv.js.org/standalone.html) turns each schema of schemas/ into the
// function ajv would compile from it at run time, with the same options (AJV_OPTIONS). scripts/bundle.ts
// puts this module in place of src/validate/precompiled.ts, so that a run of the bundle neither
// loads ajv nor compiles a schema (on a small repository, compiling the config schema alone took
// about a fifth of the start-up). test/validate/precompiled.test.ts checks that the generated and
// the compiled validators give the same errors on every fixture.
//
// Deterministic: schemas in sorted order, and ajv's generated code depends only on the schema.
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { Ajv } from "ajv";
import standaloneCode from "ajv/dist/standalone/index.js";
import { AJV_OPTIONS } from "../src/validate/schemas.js";

const SUFFIX = ".schema.json";

/**
 * The module that replaces src/validate/precompiled.ts: `PRECOMPILED`, a Map from schema name to a
 * function that makes its validator (each schema's code is evaluated only when a run first asks
 * for it). ajv's code is CommonJS (`module.exports`, and `require` of its small runtime helpers,
 * which the bundler resolves and inlines), so each one runs inside its own function.
 */
export function validatorsModule(schemaDir: string): string {
  const ajv = new Ajv({ ...AJV_OPTIONS, code: { source: true } });
  const entries: string[] = [];
  for (const file of readdirSync(schemaDir).sort()) {
    if (!file.endsWith(SUFFIX)) continue;
    const name = file.slice(0, -SUFFIX.length);
    const validate = ajv.compile(JSON.parse(readFileSync(join(schemaDir, file), "utf8")) as object);
    const code = standaloneCode.default(ajv, validate);
    entries.push(
      `[${JSON.stringify(name)}, () => {\nconst module = { exports: {} };\n${code}\nreturn module.exports;\n}]`,
    );
  }
  return [
    `// Generated from schemas/*${SUFFIX} by scripts/validators.ts (ajv standalone code); do not edit.`,
    `export const PRECOMPILED = new Map([\n${entries.join(",\n")},\n]);`,
    "",
  ].join("\n");
}
