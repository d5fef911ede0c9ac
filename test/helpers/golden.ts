import { mkdir, readFile, writeFile } from "node:fs/promises";
import { dirname } from "node:path";
import { expect } from "vitest";

/**
 * Compares `actual` with the golden file. With UPDATE_GOLDENS=1 the golden is (re)written; under
 * CI=true a missing golden is a failure, elsewhere it is created so that a new scenario starts green
 * locally and shows up in review.
 */
export async function expectGolden(path: string, actual: string): Promise<void> {
  const update = process.env["UPDATE_GOLDENS"] === "1";
  let expected: string | null = null;
  try {
    expected = await readFile(path, "utf8");
  } catch {
    expected = null;
  }
  if (update || (expected === null && process.env["CI"] !== "true")) {
    await mkdir(dirname(path), { recursive: true });
    await writeFile(path, actual);
    return;
  }
  expect(expected, `golden ${path} is missing (run npm run test:update-goldens)`).not.toBeNull();
  expect(actual).toBe(expected);
}
