// The validators of the shipped schemas as code, for the bundle: ajv's standalone code generation
// (ajv/dist/standalone, https://ajv.js.org/standalone.html) turns each schema of schemas/ into the
// function ajv would compile from it at run time, with the same options (AJV_OPTIONS).
// scripts/bundle.ts writes them into dist/, one CommonJS file per schema (validate-<name>.cjs), and
// src/io/schemas.ts loads (require) only the ones a run uses: a run of the bundle neither loads ajv
// nor compiles a schema. On a small repository, compiling the config schema alone took about a fifth
// of the start-up, and loading the code of all the validators (about 1 MB) still took tens of
// milliseconds. test/validate/precompiled.test.ts checks that the generated and the compiled
// validators give the same errors on every fixture.
//
// Deterministic: schemas in sorted order, and ajv's generated code depends only on the schema.
import { readFileSync, readdirSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { Ajv } from "ajv";
import standaloneCode from "ajv/dist/standalone/index.js";
import { AJV_OPTIONS } from "../src/validate/schemas.js";
import { VALIDATOR_PREFIX, VALIDATOR_SUFFIX } from "../src/io/schemas.js";

const SUFFIX = ".schema.json";
const HELPER = /\brequire\("ajv\/dist\/runtime\/([a-z0-9_]+)"\)/g;

/**
 * The files of the validators, by name: `validate-<schema>.cjs` for each schema, whose
 * `module.exports` is its validate function, and `ajv-<helper>.cjs` for each of ajv's small runtime
 * helpers that the generated code requires (ajv's own file, which requires nothing; ajv's licence is
 * in dist/licenses.txt with the rest of ajv).
 */
export function validatorFiles(schemaDir: string): Map<string, string> {
  const ajv = new Ajv({ ...AJV_OPTIONS, code: { source: true } });
  const files = new Map<string, string>();
  const helpers = new Set<string>();
  for (const file of readdirSync(schemaDir).sort()) {
    if (!file.endsWith(SUFFIX)) continue;
    const name = file.slice(0, -SUFFIX.length);
    const validate = ajv.compile(JSON.parse(readFileSync(join(schemaDir, file), "utf8")) as object);
    const code = standaloneCode.default(ajv, validate).replace(HELPER, (_m, helper: string) => {
      helpers.add(helper);
      return `require("./ajv-${helper}.cjs")`;
    });
    files.set(
      `${VALIDATOR_PREFIX}${name}${VALIDATOR_SUFFIX}`,
      `// Generated from schemas/${file} by scripts/validators.ts (ajv standalone code); do not edit.\n${code}\n`,
    );
  }
  const require = createRequire(import.meta.url);
  for (const helper of [...helpers].sort()) {
    const text = readFileSync(require.resolve(`ajv/dist/runtime/${helper}`), "utf8").replace(
      /\n\/\/# sourceMappingURL=.*$/,
      "",
    );
    // (Its `.code` property names its own require in a string; a require outside a string would be another module.)
    if (/^[^'"\n]*\brequire\(/m.test(text)) throw new Error(`ajv/dist/runtime/${helper} requires another module`);
    files.set(
      `ajv-${helper}.cjs`,
      `// ajv/dist/runtime/${helper}.js (ajv, MIT: dist/licenses.txt), for the validate-*.cjs files.\n${text}\n`,
    );
  }
  return files;
}
