import { mkdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { simpleGit } from "simple-git";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ROOT, run } from "../helpers/checkout.js";
import type { Run } from "../helpers/checkout.js";
import {
  PERSON,
  installSlowHook,
  readCommit,
  readLog,
  removeRemotes,
  startGitHttpServer,
  tempDir,
} from "../helpers/remote.js";
import type { BareRepo, Listening } from "../helpers/remote.js";
import { runCli } from "../helpers/repo.js";

// The Actions matrix of docs/github-actions.md ("One job per zone"): one job per zone, each
// `apply --push --zone <name>` in its own process (dist/bin.js, as the Action runs it) with its own
// home and cache, as on its own runner, all pushing to one remote over smart HTTP at once.

const ZONES = ["z1", "z2", "z3", "z4", "z5", "z6", "z7", "z8"];
const TOKEN = "ghs_matrix0123456789";

let server: Listening;
let root = "";

beforeAll(async () => {
  root = await tempDir("matrix-root");
  server = await startGitHttpServer(root, TOKEN);
});

afterAll(async () => {
  await server.close();
  await removeRemotes();
});

/** A config repository with one universal zone per name, each with two services, as a bare repository in `root`. */
async function zonesRemote(): Promise<BareRepo> {
  const work = await tempDir("matrix-work");
  const config = [
    "zones:",
    ...ZONES.flatMap((z) => [`  - name: ${z}`, "    environment: universal", `    include: ["${z}/**/*.yaml"]`]),
  ];
  await writeFile(join(work, "meshservice-reconciler.yaml"), `${config.join("\n")}\n`);
  for (const [i, z] of ZONES.entries()) {
    await mkdir(join(work, z));
    const dataplane = [
      "type: Dataplane",
      "mesh: default",
      `name: ${z}-dp`,
      "networking:",
      `  address: 10.0.${i}.1`,
      "  inbound:",
      "    - port: 8080",
      "      tags:",
      `        kuma.io/service: ${z}-web`,
      "    - port: 9090",
      "      tags:",
      `        kuma.io/service: ${z}-api`,
      "",
    ];
    await writeFile(join(work, z, "dataplane.yaml"), dataplane.join("\n"));
  }
  const git = simpleGit({ baseDir: work });
  await git.init(["--initial-branch=main"]);
  await git.add(".");
  await git.raw([
    "-c",
    `user.name=${PERSON.name}`,
    "-c",
    `user.email=${PERSON.email}`,
    "commit",
    "-q",
    "-m",
    "fixture",
  ]);
  const path = join(root, "zones.git");
  await simpleGit().raw(["clone", "--quiet", "--bare", work, path]);
  return { path, url: `${server.url}/zones.git` };
}

/** One job of the matrix: the bundle in a process of its own, with a home and cache of its own. */
async function zoneJob(url: string, zone: string): Promise<Run> {
  const home = await tempDir(`matrix-home-${zone}`);
  return await run(process.execPath, [join(ROOT, "dist", "bin.js"), "apply", "--repo", url, "--push", "--zone", zone], {
    cwd: home,
    env: { PATH: process.env["PATH"], HOME: home, XDG_CACHE_HOME: join(home, ".cache"), GITHUB_TOKEN: TOKEN },
  });
}

describe("eight zone jobs at once against one remote", () => {
  it("all exit 0, one commit per zone lands, each with only its zone's files, and the remote is in sync", async () => {
    const bare = await zonesRemote();
    // Pushes that overlap: each is received for half a second before its ref is updated.
    await installSlowHook(bare, 0.5);
    const jobs = await Promise.all(ZONES.map((z) => zoneJob(bare.url, z)));
    expect(jobs.map((j) => [j.code, j.stderr])).toEqual(ZONES.map(() => [0, ""]));
    for (const j of jobs) expect(j.stdout).toMatch(/^Pushed [0-9a-f]{40} to main\.$/m);
    // The races were real: some jobs lost a push and rebuilt their zone on the new head.
    expect(jobs.filter((j) => /\[push-retried\]/.test(j.stdout)).length).toBeGreaterThan(0);

    const log = await readLog(bare);
    expect(log).toHaveLength(ZONES.length + 1);
    expect(log.at(-1)?.subject).toBe("fixture");
    const zonesOfCommits: string[] = [];
    for (const entry of log.slice(0, -1)) {
      expect(entry.subject).toBe("chore(meshservices): reconcile 2 MeshServices");
      const { files } = await readCommit(bare, entry.sha);
      const zones = new Set(files.map((f) => /^A\tmeshservices\/(z\d)\/default\/[^/]+\.yaml$/.exec(f)?.[1] ?? f));
      expect([...zones]).toHaveLength(1);
      expect(files).toHaveLength(2);
      zonesOfCommits.push(...zones);
    }
    expect(zonesOfCommits.sort()).toEqual(ZONES);

    // A final plan of every zone finds nothing to do.
    const plan = await runCli(["plan", "--repo", bare.url, "--detailed-exitcode", "--no-cache"], {
      GITHUB_TOKEN: TOKEN,
    });
    expect(plan.code).toBe(0);
    expect(plan.stdout).toMatch(/^In sync/m);
  }, 180_000);
});
