import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { ROOT, bundle, bundleFiles } from "../scripts/bundle.js";

// check-dist, as in GitHub's typescript-action template: the committed bundle (dist/, what
// action.yml and package.json `bin` run) must be exactly what `npm run bundle` makes of the
// sources and the lock file. The ci.yml job of the same name checks it on GitHub too.
const dirs: string[] = [];
afterAll(async () => {
  await Promise.all(dirs.map((d) => rm(d, { recursive: true, force: true })));
});

describe("check-dist", () => {
  it("the committed dist/ equals a fresh npm run bundle, byte for byte", async () => {
    const fresh = await mkdtemp(join(tmpdir(), "msr-check-dist-"));
    dirs.push(fresh);
    await bundle(fresh);
    const built = await bundleFiles(fresh);
    const committed = await bundleFiles(join(ROOT, "dist"));
    expect([...committed.keys()], "the files of dist/").toEqual([...built.keys()]);
    for (const [name, bytes] of built) {
      expect(committed.get(name)?.equals(bytes), `dist/${name} differs from a fresh build: run npm run bundle`).toBe(
        true,
      );
    }
  }, 120_000);

  it("builds the same bytes twice", async () => {
    const [a, b] = [await mkdtemp(join(tmpdir(), "msr-bundle-a-")), await mkdtemp(join(tmpdir(), "msr-bundle-b-"))];
    dirs.push(a, b);
    await bundle(a);
    await bundle(b);
    expect(await bundleFiles(b)).toEqual(await bundleFiles(a));
  }, 120_000);
});
