import { mkdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { simpleGit } from "simple-git";
import { afterAll, describe, expect, it } from "vitest";
import { readCommit, readLog, removeRemotes, tempDir } from "../helpers/remote.js";
import { commitAsFixture, runCli } from "../helpers/repo.js";

afterAll(removeRemotes);

// Issue 15, item 4: the commit message body names every changed file. On the command line (`-m`) it
// is one argument, and Linux refuses an argument above 128 KiB with E2BIG: about 3,000 changes.
// 4,000 is well above that; the 20,000 passes as well (about two minutes on two cores).
const SERVICES = 4_000;

/** One file holding `n` Universal Dataplanes, each of its own service: n MeshServices to create. */
function dataplanes(n: number): string {
  const docs: string[] = [];
  for (let i = 0; i < n; i++) {
    const a = Math.floor(i / 250);
    const b = i % 250;
    docs.push(
      `type: Dataplane\nmesh: default\nname: dp-${i}\nnetworking:\n  address: 10.1.${a}.${b + 1}\n` +
        `  inbound:\n    - port: 8080\n      tags:\n        kuma.io/service: svc-${i}\n`,
    );
  }
  return docs.join("---\n");
}

describe("a first reconcile of 4,000 files (item 4: commit-message-e2big)", () => {
  it("commits and pushes, the message body naming every file", async () => {
    const work = await tempDir("e2big-work");
    await mkdir(join(work, "universal"), { recursive: true });
    await writeFile(join(work, "universal", "dataplanes.yaml"), dataplanes(SERVICES));
    await commitAsFixture(work);
    const bare = join(await tempDir("e2big-bare"), "repo.git");
    await simpleGit().raw(["clone", "--quiet", "--bare", work, bare]);

    const r = await runCli(["apply", "--repo", `file://${bare}`, "--push", "--quiet", "--format", "json"]);
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    const log = await readLog({ path: bare, url: `file://${bare}` });
    expect(log).toHaveLength(2);
    expect(log[0]?.subject).toBe(`chore(meshservices): reconcile ${SERVICES} MeshServices`);
    const commit = await readCommit({ path: bare, url: `file://${bare}` }, log[0]?.sha ?? "");
    expect(commit.message.match(/^- create meshservices\/default\/default\/svc-\d+\.yaml$/gm)).toHaveLength(SERVICES);
    expect(Buffer.byteLength(commit.message)).toBeGreaterThan(128 * 1024);
    expect(commit.files).toHaveLength(SERVICES);
  }, 300_000);
});
