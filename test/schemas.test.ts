import { readFileSync } from "node:fs";
import { join } from "node:path";
import { format, resolveConfig } from "prettier";
import { describe, expect, it } from "vitest";
import { deriveSchemas, schemaText } from "../scripts/derive-schemas.js";
import { expectGolden } from "./helpers/golden.js";
import { kumaDir } from "./helpers/kuma.js";
import { schemas } from "./helpers/schemas.js";

const SCHEMAS = new URL("../schemas/", import.meta.url).pathname;
const derived = [...deriveSchemas(kumaDir())].sort(([a], [b]) => (a < b ? -1 : 1));

describe("schemas derived from the Kuma 2.14.3 CRDs, OpenAPI and JSON Schema files", () => {
  it.each(derived)("%s is committed exactly as scripts/derive-schemas.ts derives it", async (file, schema) => {
    // Committed as Prettier formats them, so that `prettier --check .` and this test agree.
    const path = join(SCHEMAS, file);
    const options = (await resolveConfig(path)) ?? {};
    await expectGolden(path, await format(schemaText(schema), { ...options, filepath: path }));
  });

  it.each(derived)("%s compiles with ajv in strict mode and records its provenance", (file) => {
    const text = JSON.parse(readFileSync(join(SCHEMAS, file), "utf8")) as { $comment?: string };
    expect(text.$comment).toMatch(/Kuma v2\.14\.3/);
    expect(() => schemas.validator(file.replace(/\.schema\.json$/, ""))).not.toThrow();
  });

  it("derives the same bytes twice", () => {
    const again = deriveSchemas(kumaDir());
    for (const [file, schema] of derived) expect(schemaText(again.get(file) ?? {})).toBe(schemaText(schema));
  });
});
