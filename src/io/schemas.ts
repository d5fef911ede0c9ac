import { readFileSync, readdirSync } from "node:fs";
import { Schemas } from "../validate/schemas.js";
import { packageFileUrl } from "./package-files.js";

// The schemas ship in the package beside the program (schemas/*.json) so that editors can use them
// too. Reading them is a fixed, read-only part of the program, not an effect on the user's repository.
const SCHEMA_DIR = packageFileUrl("schemas/");
const SUFFIX = ".schema.json";

let shipped: Promise<Schemas> | undefined;

/**
 * Every shipped schema's validator, made once per process. The bundle carries them precompiled
 * (src/validate/precompiled.ts, generated at bundle time): no schema is read or compiled, and ajv is
 * not loaded. From the TypeScript sources the schemas are read and compiled with ajv on first use.
 * Both are loaded with import(), so that the bundle keeps ajv and the validators out of the start-up.
 */
export function readSchemas(): Promise<Schemas> {
  shipped ??= loadSchemas();
  return shipped;
}

async function loadSchemas(): Promise<Schemas> {
  const { PRECOMPILED } = await import("../validate/precompiled.js");
  if (PRECOMPILED !== null) return new Schemas((name) => PRECOMPILED.get(name)?.());
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
