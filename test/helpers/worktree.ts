import { mkdir, writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import { simpleGit } from "simple-git";
import { tempDir } from "./remote.js";
import { commitAsFixture } from "./repo.js";

// Small repositories written file by file for the safety tests (test/safety/): real files in a real
// git repository, committed on `main`. Removed by removeRemotes (helpers/remote.ts).

/** Writes `files` (path -> content) under `dir`, creating the directories. */
export async function writeFiles(dir: string, files: Record<string, string | Uint8Array>): Promise<void> {
  for (const [path, content] of Object.entries(files)) {
    await mkdir(dirname(join(dir, path)), { recursive: true });
    await writeFile(join(dir, path), content);
  }
}

/** A git repository on `main` whose one commit holds `files`. */
export async function repoWithFiles(files: Record<string, string | Uint8Array>): Promise<string> {
  const dir = await tempDir("safety");
  await writeFiles(dir, files);
  await commitAsFixture(dir);
  return dir;
}

/** Commits everything in the work tree of `dir` (as the test's person). */
export async function commitAll(dir: string, message = "edit"): Promise<string> {
  const git = simpleGit({ baseDir: dir });
  await git.raw(["add", "-A"]);
  await git.raw(["commit", "-q", "-m", message]);
  return (await git.revparse(["HEAD"])).trim();
}

/** A Universal Dataplane with one inbound of `service`. */
export function dataplane(name: string, service: string, address = "10.0.0.1"): string {
  return (
    `type: Dataplane\nname: ${name}\nmesh: default\nnetworking:\n  address: ${address}\n  inbound:\n` +
    `    - port: 8080\n      tags:\n        kuma.io/service: ${service}\n`
  );
}

/** A config with one Universal zone `zone-1`, with `extra` lines appended to the zone. */
export function universalZone(extra = ""): string {
  return `zones:\n  - name: zone-1\n    environment: universal\n${extra}`;
}

export interface JsonReport {
  readonly result: string;
  readonly summary: { create: number; update: number; delete: number; unchanged: number };
  readonly diagnostics: readonly {
    severity: string;
    code: string;
    message: string;
    file: string;
    line: number;
    column: number;
  }[];
}
