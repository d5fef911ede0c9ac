import { readFileSync, readdirSync } from "node:fs";
import { join, relative } from "node:path";
import { createRequire } from "node:module";
import type { ValidateFunction } from "ajv";
import { parseAllDocuments } from "yaml";
import { describe, expect, it } from "vitest";
import { VALIDATOR_PREFIX, VALIDATOR_SUFFIX, readSchemaDocuments } from "../../src/io/schemas.js";
import { compileSchemas } from "../../src/validate/compile.js";
import { ROOT } from "../../scripts/bundle.js";

// The bundle validates with the validators scripts/validators.ts generated from schemas/ at build
// time (ajv standalone code), not with ajv compiling the schemas at run time as the TypeScript
// sources do. check-dist holds dist/ to a fresh build; this holds the generated validators to the
// compiled ones: same verdict and same errors, on every document of the fixtures and Kuma's data.
const DIST = join(ROOT, "dist");
const generatedNames = readdirSync(DIST)
  .filter((f) => f.startsWith(VALIDATOR_PREFIX) && f.endsWith(VALIDATOR_SUFFIX))
  .map((f) => f.slice(VALIDATOR_PREFIX.length, -VALIDATOR_SUFFIX.length))
  .sort();
const requireFromDist = createRequire(join(DIST, "cli.js"));
const generated = (name: string): ValidateFunction =>
  requireFromDist(join(DIST, `${VALIDATOR_PREFIX}${name}${VALIDATOR_SUFFIX}`)) as ValidateFunction;
const documents = readSchemaDocuments();
const compile = compileSchemas(documents);

function yamlFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: "utf8" })
    .filter((f) => /\.ya?ml$/.test(f))
    .sort()
    .map((f) => join(dir, f));
}

// Every document of every YAML file: valid resources of each kind, the invalid ones of the error
// scenarios, and (against the schemas of the other kinds) plenty of errors of every keyword.
const values = [...yamlFiles(join(ROOT, "fixtures")), ...yamlFiles(join(ROOT, "test", "kuma-2.14.3"))].flatMap((file) =>
  parseAllDocuments(readFileSync(file, "utf8"))
    .flatMap((d) => ("errors" in d && d.errors.length === 0 ? [d.toJS({ maxAliasCount: 100 }) as unknown] : []))
    .filter((v) => v !== null && v !== undefined)
    .map((value, i) => ({ where: `${relative(ROOT, file)}#${i}`, value })),
);

/** The errors as the program reads them (src/validate/schemas.ts), as JSON: all but the schema's own text. */
function errorsOf(validate: ValidateFunction): string {
  return JSON.stringify((validate.errors ?? []).map(({ schema: _s, parentSchema: _p, ...e }) => e));
}

describe("precompiled validators", () => {
  it("the bundle carries one for every shipped schema", () => {
    expect(generatedNames).toEqual([...documents.keys()].sort());
    for (const name of generatedNames) expect(typeof generated(name)).toBe("function");
  });

  it.each([...documents.keys()])("%s: the same verdict and errors as ajv compiling the schema", (name) => {
    const fromBundle = generated(name);
    const compiled = compile(name);
    if (compiled === undefined) throw new Error(`no schema ${name}`);
    expect(values.length).toBeGreaterThan(200);
    let invalid = 0;
    for (const { where, value } of values) {
      const verdict = fromBundle(value);
      expect(verdict, where).toBe(compiled(value));
      expect(errorsOf(fromBundle), where).toBe(errorsOf(compiled));
      if (!verdict) invalid++;
    }
    // Both outcomes are exercised: no schema accepts every document of every kind.
    expect(invalid).toBeGreaterThan(0);
  });
});
