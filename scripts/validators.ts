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
 * function that makes its validator. ajv's code is CommonJS (`module.exports`, and `require` of its
 * small runtime helpers, which the bundler resolves and inlines here once). Each validator's code is
 * kept as a string and made into a function (as ajv itself does at run time) only when a run first
 * asks for it: a string costs the start-up next to nothing, while the code of all the validators
 * (about 1 MB) took tens of milliseconds to load even as functions never called.
 */
export function validatorsModule(schemaDir: string): string {
  const ajv = new Ajv({ ...AJV_OPTIONS, code: { source: true } });
  const entries: string[] = [];
  const helpers = new Set<string>();
  for (const file of readdirSync(schemaDir).sort()) {
    if (!file.endsWith(SUFFIX)) continue;
    const name = file.slice(0, -SUFFIX.length);
    const validate = ajv.compile(JSON.parse(readFileSync(join(schemaDir, file), "utf8")) as object);
    const code = standaloneCode.default(ajv, validate);
    for (const m of code.matchAll(/\brequire\("([^"]+)"\)/g)) helpers.add(m[1] ?? "");
    entries.push(`  [${JSON.stringify(name)}, () => make(${JSON.stringify(code)})],`);
  }
  const required = [...helpers].sort().map((id) => `  ${JSON.stringify(id)}: require(${JSON.stringify(id)}),`);
  return [
    `// Generated from schemas/*${SUFFIX} by scripts/validators.ts (ajv standalone code); do not edit.`,
    `const HELPERS = {\n${required.join("\n")}\n};`,
    "function make(code) {",
    "  const module = { exports: {} };",
    '  new Function("module", "require", code)(module, (id) => HELPERS[id]);',
    "  return module.exports;",
    "}",
    `export const PRECOMPILED = new Map([\n${entries.join("\n")}\n]);`,
    "",
  ].join("\n");
}
