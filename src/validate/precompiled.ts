import type { ValidateFunction } from "ajv";

/**
 * The validators of the shipped schemas, generated from schemas/*.schema.json by ajv's standalone
 * code (scripts/validators.ts) when the bundle is built: scripts/bundle.ts puts that module in
 * place of this file, so that a run of dist/ neither loads ajv nor compiles a schema. From the
 * TypeScript sources there are none (null), and src/io/schemas.ts compiles the schemas instead.
 * Each entry makes its validator when first called: a run evaluates only the ones it uses.
 */
export const PRECOMPILED: ReadonlyMap<string, () => ValidateFunction> | null = null;
