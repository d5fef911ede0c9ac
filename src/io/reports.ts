import { writeFile } from "node:fs/promises";
import { IoError } from "../errors.js";

/** Writes a report file named by --report-json or --report-markdown (relative to the working directory). */
export async function writeReportFile(path: string, text: string): Promise<void> {
  try {
    await writeFile(path, text, "utf8");
  } catch (cause) {
    throw new IoError("write report", `cannot write ${path}: ${(cause as Error).message}`, { cause });
  }
}
