import { readFileSync, readdirSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import type { ValidateFunction } from "ajv";
import { Schemas } from "../validate/schemas.js";
import { bundleFile, packageFileUrl } from "./package-files.js";

// The schemas ship in the package beside the program (schemas/*.json) so that editors can use them
// too. Reading them is a fixed, read-only part of the program, not an effect on the user's repository.
const SCHEMA_DIR = packageFileUrl("schemas/");
const SUFFIX = ".schema.json";

/** The bundle's validator of schema `<name>`: dist/validate-<name>.cjs (scripts/validators.ts). */
export const VALIDATOR_PREFIX = "validate-";
export const VALIDATOR_SUFFIX = ".cjs";

let shipped: Promise<Schemas> | undefined;

/**
 * Every shipped schema's validator, made once per process. The bundle carries them precompiled, one
 * file per schema generated from schemas/ when it was built (scripts/validators.ts): a run loads the
 * ones it uses, reads and compiles no schema, and does not load ajv. From the TypeScript sources the
 * schemas are read and compiled with ajv (loaded with import()) on first use.
 */
export function readSchemas(): Promise<Schemas> {
  shipped ??= loadSchemas();
  return shipped;
}

async function loadSchemas(): Promise<Schemas> {
  const bundle = bundleFile();
  if (bundle !== null) {
    const dist = dirname(bundle);
    const names = new Set(
      readdirSync(dist)
        .filter((f) => f.startsWith(VALIDATOR_PREFIX) && f.endsWith(VALIDATOR_SUFFIX))
        .map((f) => f.slice(VALIDATOR_PREFIX.length, -VALIDATOR_SUFFIX.length)),
    );
    const require = createRequire(bundle);
    if (names.size > 0)
      return new Schemas((name) =>
        names.has(name)
          ? (require(join(dist, `${VALIDATOR_PREFIX}${name}${VALIDATOR_SUFFIX}`)) as ValidateFunction)
          : undefined,
      );
  }
  const { compileSchemas } = await import("../validate/compile.js");
  return new Schemas(compileSchemas(readSchemaDocuments()));
}

/** The shipped schemas as JSON, by name (`config`, `kuma-meshservice-universal`, ...). */
export function readSchemaDocuments(): Map<string, object> {
  const documents = new Map<string, object>();
  for (const file of readdirSync(SCHEMA_DIR).sort()) {
    if (!file.endsWith(SUFFIX)) continue;
    documents.set(file.slice(0, -SUFFIX.length), JSON.parse(readFileSync(new URL(file, SCHEMA_DIR), "utf8")) as object);
  }
  return documents;
}
