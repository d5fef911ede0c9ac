import { readFileSync, readdirSync } from "node:fs";
import { join, relative } from "node:path";
import { pathToFileURL } from "node:url";
import type { ValidateFunction } from "ajv";
import { parseAllDocuments } from "yaml";
import { describe, expect, it } from "vitest";
import { readSchemaDocuments } from "../../src/io/schemas.js";
import { compileSchemas } from "../../src/validate/compile.js";
import { ROOT } from "../../scripts/bundle.js";

// The bundle validates with the validators scripts/validators.ts generated from schemas/ at build
// time (ajv standalone code), not with ajv compiling the schemas at run time as the TypeScript
// sources do. check-dist holds dist/ to a fresh build; this holds the generated validators to the
// compiled ones: same verdict and same errors, on every document of the fixtures and Kuma's data.
const DIST = join(ROOT, "dist");
const chunk = readdirSync(DIST)
  .filter((f) => f.endsWith(".js"))
  .find((f) => readFileSync(join(DIST, f), "utf8").includes("// src/validate/precompiled.ts\n"));
const precompiled =
  chunk === undefined
    ? null
    : (
        (await import(pathToFileURL(join(DIST, chunk)).href)) as {
          PRECOMPILED: ReadonlyMap<string, () => ValidateFunction>;
        }
      ).PRECOMPILED;
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
    expect(chunk, "a dist/ chunk made from src/validate/precompiled.ts").toBeDefined();
    expect([...(precompiled?.keys() ?? [])]).toEqual([...documents.keys()]);
    for (const make of precompiled?.values() ?? []) expect(typeof make()).toBe("function");
  });

  it.each([...documents.keys()])("%s: the same verdict and errors as ajv compiling the schema", (name) => {
    const generated = precompiled?.get(name)?.();
    const compiled = compile(name);
    if (generated === undefined || compiled === undefined) throw new Error(`no validator for ${name}`);
    expect(values.length).toBeGreaterThan(200);
    let invalid = 0;
    for (const { where, value } of values) {
      const verdict = generated(value);
      expect(verdict, where).toBe(compiled(value));
      expect(errorsOf(generated), where).toBe(errorsOf(compiled));
      if (!verdict) invalid++;
    }
    // Both outcomes are exercised: no schema accepts every document of every kind.
    expect(invalid).toBeGreaterThan(0);
  });
});
