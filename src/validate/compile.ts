import { Ajv } from "ajv";
import type { ValidateFunction } from "ajv";
import { AJV_OPTIONS } from "./schemas.js";

/**
 * Compiles the schemas (by name) with ajv, each on its first use. What a run from the TypeScript
 * sources uses; the bundle carries validators generated from the same schemas and options at build
 * time instead (scripts/validators.ts), and loads this module and ajv only without them.
 */
export function compileSchemas(documents: ReadonlyMap<string, object>): (name: string) => ValidateFunction | undefined {
  const ajv = new Ajv(AJV_OPTIONS);
  return (name) => {
    const schema = documents.get(name);
    return schema === undefined ? undefined : ajv.compile(schema);
  };
}
