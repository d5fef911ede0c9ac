import { readFileSync, readdirSync } from "node:fs";
import { Schemas } from "../validate/schemas.js";
import { packageFileUrl } from "./package-files.js";

// The schemas ship in the package beside the program (schemas/*.json) so that editors can use them
// too. Reading them is a fixed, read-only part of the program, not an effect on the user's repository.
const SCHEMA_DIR = packageFileUrl("schemas/");
const SUFFIX = ".schema.json";

let shipped: Schemas | undefined;

/** Every shipped schema, read once per process (and so compiled once per process). */
export function readSchemas(): Schemas {
  if (shipped === undefined) {
    const documents = new Map<string, object>();
    for (const file of readdirSync(SCHEMA_DIR).sort()) {
      if (!file.endsWith(SUFFIX)) continue;
      documents.set(
        file.slice(0, -SUFFIX.length),
        JSON.parse(readFileSync(new URL(file, SCHEMA_DIR), "utf8")) as object,
      );
    }
    shipped = new Schemas(documents);
  }
  return shipped;
}
