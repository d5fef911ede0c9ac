import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";

/**
 * The Kuma v2.14.3 data the tests compare with (CRDs, OpenAPI, JSON Schema, controller goldens),
 * vendored in test/kuma-2.14.3/ with Kuma's LICENSE (see NOTICE), so that a bare clone tests alone.
 */
export const KUMA_DIR = fileURLToPath(new URL("../kuma-2.14.3/", import.meta.url)).replace(/\/$/, "");

export function kumaDir(): string {
  if (!existsSync(KUMA_DIR)) throw new Error(`${KUMA_DIR} is missing`);
  return KUMA_DIR;
}
