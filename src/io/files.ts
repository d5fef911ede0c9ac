import { randomBytes } from "node:crypto";
import { mkdir, readFile, rename, rm, rmdir, writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import { IoError } from "../errors.js";

export async function readTextIfExists(repoDir: string, path: string): Promise<Uint8Array | null> {
  try {
    return await readFile(join(repoDir, path));
  } catch (cause) {
    if ((cause as NodeJS.ErrnoException).code === "ENOENT") return null;
    throw new IoError("read file", `cannot read ${path}: ${(cause as Error).message}`, { cause });
  }
}

/** Writes a file atomically: a temporary file in the same directory, then a rename over the target. */
export async function writeFileAtomic(repoDir: string, path: string, content: string): Promise<void> {
  const target = join(repoDir, path);
  const tmp = join(dirname(target), `.${randomBytes(6).toString("hex")}.msr-tmp`);
  try {
    await mkdir(dirname(target), { recursive: true });
    await writeFile(tmp, content, { encoding: "utf8", flag: "wx" });
    await rename(tmp, target);
  } catch (cause) {
    await rm(tmp, { force: true });
    throw new IoError("write file", `cannot write ${path}: ${(cause as Error).message}`, { cause });
  }
}

/** Deletes a file, then its parent directories up to (not including) `stopAt` while they are empty. */
export async function deleteFile(repoDir: string, path: string, stopAt: string): Promise<void> {
  try {
    await rm(join(repoDir, path), { force: true });
  } catch (cause) {
    throw new IoError("delete file", `cannot delete ${path}: ${(cause as Error).message}`, { cause });
  }
  let dir = dirname(path);
  while (dir !== stopAt && dir.startsWith(`${stopAt}/`)) {
    try {
      await rmdir(join(repoDir, dir));
    } catch {
      break; // not empty
    }
    dir = dirname(dir);
  }
}
