import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";

/**
 * `<repo root>/../shared/kuma-2.14.3`: in CI the repository is cloned next to a copy of `shared/`.
 * SHARED_DIR overrides the parent (for a checkout elsewhere, such as a git worktree). Missing is a
 * failure, never a skip.
 */
export function kumaDir(): string {
  const shared = process.env["SHARED_DIR"] ?? fileURLToPath(new URL("../../../shared/", import.meta.url));
  const dir = `${shared.replace(/\/$/, "")}/kuma-2.14.3`;
  if (!existsSync(dir)) throw new Error(`${dir} is missing: clone the repository next to shared/ (or set SHARED_DIR)`);
  return dir;
}
