import { createHash } from "node:crypto";

/**
 * Git's object id of a blob with these bytes: SHA-1 of `blob <length>\0<bytes>`. Committed files
 * and desired files are compared by it, and the cache is keyed by it, so the ids that
 * `git ls-files -s` prints can be used without reading the files.
 */
export function gitBlobId(content: Uint8Array | string): string {
  const bytes = typeof content === "string" ? Buffer.from(content, "utf8") : content;
  return createHash("sha1").update(`blob ${bytes.byteLength}\0`).update(bytes).digest("hex");
}
