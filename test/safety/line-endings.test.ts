import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { simpleGit } from "simple-git";
import { afterAll, describe, expect, it } from "vitest";
import { readMarker } from "../../src/parse/marker.js";
import { bareFromFixture, commitAsPerson, readLog, removeRemotes, tempDir } from "../helpers/remote.js";
import { gitStatus, runCli } from "../helpers/repo.js";

afterAll(removeRemotes);

// Issue 15, item 8: in a checkout whose git converts line endings, the generated files are CRLF on
// disk and LF in git. Comparing the bytes on disk reported drift right after a reconcile, and every
// later `apply --push` failed with "nothing to commit".

describe("line endings that git converts cause no drift (item 8: line-endings)", () => {
  it("a remote with `*.yaml text eol=crlf`: in sync after a reconcile, and a second push has nothing to do", async () => {
    const bare = await bareFromFixture("example");
    await commitAsPerson(bare, { ".gitattributes": "*.yaml text eol=crlf\n" });
    const first = await runCli(["apply", "--repo", bare.url, "--push"]);
    expect(first.stderr).toBe("");
    expect(first.code).toBe(0);
    expect(await readLog(bare)).toHaveLength(3);

    // A fresh clone has CRLF on disk: check the claim of the scenario first.
    const work = await tempDir("crlf-clone");
    await simpleGit().raw(["clone", "--quiet", bare.url, work]);
    const text = await readFile(join(work, "meshservices/zone-vm/default/web.yaml"), "utf8");
    expect(text).toContain("\r\n");
    // The marker's hash is of the LF rendering: the CRLF copy is intact, not edited by hand.
    expect(readMarker(text)).toBe("intact");
    expect(readMarker(text.replace("kuma.io", "kuma.iO"))).toBe("edited");

    const check = await runCli(["check", "--repo", bare.url]);
    expect(check.stdout).toMatch(/^In sync/m);
    expect(check.code).toBe(0);
    const local = await runCli(["check", "--repo", work, "--format", "json"]);
    expect(local.code).toBe(0);
    expect((JSON.parse(local.stdout) as { changes: { handEdited: boolean }[] }).changes.some((c) => c.handEdited)).toBe(
      false,
    );
    const again = await runCli(["apply", "--repo", bare.url, "--push"]);
    expect(again.stderr).toBe("");
    expect(again.code).toBe(0);
    expect(again.stdout).toMatch(/^In sync/m);
    expect(await readLog(bare)).toHaveLength(3);
  });

  it("a checkout with core.autocrlf=true: check and apply --commit are in sync", async () => {
    const bare = await bareFromFixture("example");
    expect((await runCli(["apply", "--repo", bare.url, "--push"])).code).toBe(0);
    const work = await tempDir("autocrlf");
    await simpleGit().raw(["-c", "core.autocrlf=true", "clone", "--quiet", bare.url, work]);
    const git = simpleGit({ baseDir: work });
    await git.addConfig("core.autocrlf", "true");
    await git.addConfig("user.name", "Test");
    await git.addConfig("user.email", "test@example.com");
    expect(await readFile(join(work, "meshservices/zone-vm/default/web.yaml"), "utf8")).toContain("\r\n");

    const check = await runCli(["check", "--repo", work]);
    expect(check.stdout).toMatch(/^In sync/m);
    expect(check.code).toBe(0);
    const apply = await runCli(["apply", "--repo", work, "--commit"]);
    expect(apply.code).toBe(0);
    expect(apply.stdout).toMatch(/^In sync/m);
    expect(await gitStatus(work)).toBe("");
    const withoutCache = await runCli(["check", "--repo", work, "--no-cache"]);
    expect(withoutCache.code).toBe(0);
  });
});
