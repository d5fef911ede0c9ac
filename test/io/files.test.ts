import { existsSync } from "node:fs";
import { mkdir, readFile, readdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { writePlan } from "../../src/io/files.js";
import type { FileChange } from "../../src/plan/plan.js";
import { removeRemotes, tempDir } from "../helpers/remote.js";

afterAll(removeRemotes);

function change(action: FileChange["action"], path: string, before: string | null, after: string | null): FileChange {
  return { action, path, zone: "z", mesh: "default", namespace: "", name: path, before, after, handEdited: false };
}

const N = 300;
const name = (i: number): string => `out/default/svc-${String(i).padStart(4, "0")}.yaml`;

describe("writePlan", () => {
  // Issue 19: the write is synchronous between its checks and its end (thousands of files in a
  // second instead of a thread-pool round trip per step). A signal handler (the temporary clone's
  // cleanup, src/io/git.ts) is an event-loop callback, so it runs before the first file is staged
  // or after the whole plan is written: never between two of its renames. This test watches from
  // such callbacks while a plan is written: every time it looks, either no new file is there yet or
  // every one of them is, and the updated and deleted files likewise.
  it("writes the whole plan between two turns of the event loop: an observer never sees it half done", async () => {
    const dir = await tempDir("write-plan");
    await mkdir(join(dir, "out/default"), { recursive: true });
    await writeFile(join(dir, "out/default/updated.yaml"), "old\n");
    await writeFile(join(dir, "out/default/deleted.yaml"), "old\n");
    const changes = [
      ...Array.from({ length: N }, (_, i) => change("create", name(i), null, `n: ${i}\n`)),
      change("update", "out/default/updated.yaml", "old\n", "new\n"),
      change("delete", "out/default/deleted.yaml", "old\n", null),
    ];
    const seen = new Set<string>();
    let writing = true;
    const look = (): void => {
      const created = [0, N / 2, N - 1].filter((i) => existsSync(join(dir, name(i)))).length;
      const deleted = !existsSync(join(dir, "out/default/deleted.yaml"));
      seen.add(`${created} of 3 created, deleted: ${deleted}`);
      if (writing) setImmediate(look);
    };
    setImmediate(look);
    await writePlan(dir, changes, ["out"]);
    writing = false;
    look();
    const before = "0 of 3 created, deleted: false";
    const after = "3 of 3 created, deleted: true";
    expect(
      [...seen].filter((s) => s !== before && s !== after),
      "half-written states seen",
    ).toEqual([]);
    expect(seen.has(after)).toBe(true);
    expect(await readFile(join(dir, "out/default/updated.yaml"), "utf8")).toBe("new\n");
    const left = await readdir(join(dir, "out/default"));
    expect(
      left.filter((f) => f.includes(".msr-")),
      "no staged file is left",
    ).toEqual([]);
    expect(left).toHaveLength(N + 1);
  });
});
