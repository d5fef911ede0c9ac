import { readSchemas } from "../../src/io/schemas.js";

/** The shipped schemas, as the program reads them (src/io/schemas.ts). */
export const schemas = await readSchemas();
