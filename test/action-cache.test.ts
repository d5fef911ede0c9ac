import { mkdir, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { simpleGit } from "simple-git";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { inputVariable } from "../src/action-inputs.js";
import { actionCacheKeys, restoreParseCache } from "../src/io/action-cache.js";
import { startCacheService } from "./helpers/cache-server.js";
import type { FakeCacheService } from "./helpers/cache-server.js";
import { archiveInto, run, workingTree } from "./helpers/checkout.js";
import { removeTempRepos, repoFromFixture } from "./helpers/repo.js";

// The Action keeps its parse cache in the Actions cache: the bundle of what a tag holds, run as the
// runner runs it, against a local stand-in of the cache service (protocol v1).

const dirs: string[] = [];
let service: FakeCacheService;
let actionDir = "";
let runnerHome = "";

beforeAll(async () => {
  service = await startCacheService();
  actionDir = await archiveInto(await workingTree(), "action-cache-tag");
  runnerHome = await mkdtemp(join(tmpdir(), "msr-runner-"));
  dirs.push(actionDir, runnerHome);
}, 120_000);

afterAll(async () => {
  await service.close();
  await removeTempRepos();
  await Promise.all(dirs.map((d) => rm(d, { recursive: true, force: true })));
});

/**
 * One run of the Action on a fresh runner: the same home directory as every run (as on GitHub's
 * runners; the cache entry's version is a digest of its paths), emptied, so that the only parse
 * cache there is the one restored.
 */
async function actionRun(workspace: string, env: Record<string, string> = {}): Promise<{ code: number; read: string }> {
  const home = join(runnerHome, "home");
  await rm(home, { recursive: true, force: true });
  await mkdir(home);
  const output = join(home, "output.txt");
  await writeFile(output, "");
  const r = await run(process.execPath, [join(actionDir, "dist", "bin.js")], {
    cwd: workspace,
    env: {
      PATH: process.env["PATH"],
      HOME: home,
      GITHUB_ACTIONS: "true",
      GITHUB_WORKSPACE: workspace,
      GITHUB_OUTPUT: output,
      RUNNER_OS: "Linux",
      RUNNER_TEMP: home,
      ACTIONS_CACHE_URL: service.url,
      ACTIONS_RUNTIME_TOKEN: "runtime-token",
      [inputVariable("command")]: "plan",
      [inputVariable("verbose")]: "true",
      ...env,
    },
  });
  expect(r.stderr).not.toMatch(/unexpected error|::warning::parse cache/);
  // The cache client's log goes to stderr: stdout is the report alone, as always.
  expect(r.stdout).not.toMatch(/Cache|::debug::|\[command\]/);
  expect(await readFile(output, "utf8")).toMatch(/^result=drift\n/);
  return { code: r.code, read: /^read \d+ files: \d+ from the cache.*$/m.exec(r.stderr)?.[0] ?? r.stderr };
}

describe("the Action's parse cache in the Actions cache", () => {
  it("is saved by a cold run, restored by the next, and refreshed when the repository changes", async () => {
    const workspace = await repoFromFixture("example");
    const cold = await actionRun(workspace);
    expect(cold.code).toBe(0);
    expect(cold.read).toBe("read 7 files: 0 from the cache, 7 parsed in the main thread");
    expect(service.entries.map((e) => e.key)).toEqual([expect.stringMatching(/^meshservice-reconciler-Linux-\d/)]);

    // A new runner, the same commit: the exact key, nothing saved again.
    const warm = await actionRun(workspace);
    expect(warm.read).toBe("read 7 files: 7 from the cache (2 zones whole), 0 parsed in the main thread");
    expect(service.entries).toHaveLength(1);

    // A new commit: the index differs, the restore key finds the last cache, one file is parsed.
    await writeFile(join(workspace, "universal/dataplanes/web.yaml"), "\n", { flag: "a" });
    const git = simpleGit({ baseDir: workspace });
    await git.add(".");
    await git.commit("touch");
    const changed = await actionRun(workspace);
    expect(changed.read).toBe("read 7 files: 6 from the cache (1 zone whole), 1 parsed in the main thread");
    expect(service.entries).toHaveLength(2);
    expect(service.entries[1]?.key).not.toBe(service.entries[0]?.key);
  }, 120_000);

  it("keeps an entry per zone of a matrix, so that each zone job starts warm", async () => {
    const workspace = await repoFromFixture("example");
    // Files of this test only: what an entry holds for them was parsed by a run of this test.
    await writeFile(join(workspace, "kubernetes/infra/redis.yaml"), "\n# zone matrix\n", { flag: "a" });
    const git = simpleGit({ baseDir: workspace });
    await git.add(".");
    await git.commit("zone matrix");
    const before = service.entries.length;
    const zone = (name: string): Record<string, string> => ({ [inputVariable("zone")]: name });
    expect((await actionRun(workspace, zone("zone-vm"))).code).toBe(0);
    expect((await actionRun(workspace, zone("zone-k8s"))).code).toBe(0);
    // Same commit, another zone: a key of its own, not the entry the zone-vm job saved.
    expect(service.entries).toHaveLength(before + 2);
    const again = await actionRun(workspace, zone("zone-k8s"));
    // The zone-k8s job restored its own entry: its one zone comes whole from the cache.
    expect(again.read).toBe("read 3 files: 3 from the cache (1 zone whole), 0 parsed in the main thread");
  }, 120_000);

  it("is not used with no-cache, and a run never fails for the cache service", async () => {
    const workspace = await repoFromFixture("example");
    const before = service.entries.length;
    const off = await actionRun(workspace, { [inputVariable("no-cache")]: "true" });
    expect(off.read).toMatch(/0 from the cache/);
    expect(service.entries).toHaveLength(before);
    const broken = await run(process.execPath, [join(actionDir, "dist", "bin.js")], {
      cwd: workspace,
      env: {
        PATH: process.env["PATH"],
        HOME: workspace,
        GITHUB_ACTIONS: "true",
        RUNNER_TEMP: workspace,
        ACTIONS_CACHE_URL: "http://127.0.0.1:9/",
        ACTIONS_RUNTIME_TOKEN: "t",
        [inputVariable("command")]: "plan",
      },
    });
    expect(broken.code).toBe(0);
  }, 120_000);
});

describe("the Action cache's warnings on the runner", () => {
  it("reach it as the tool's own warning annotation, escaped onto one line", async () => {
    // No git work tree: `git ls-files` fails with a message of several lines, and the run goes on.
    const workspace = await mkdtemp(join(tmpdir(), "msr-no-git-"));
    dirs.push(workspace);
    const dataplane = "type: Dataplane\nmesh: default\nname: dp\nnetworking:\n  address: 10.0.0.1\n  inbound:\n";
    await writeFile(
      join(workspace, "dp.yaml"),
      `${dataplane}    - port: 80\n      tags:\n        kuma.io/service: web\n`,
    );
    const r = await run(process.execPath, [join(actionDir, "dist", "bin.js")], {
      cwd: workspace,
      env: {
        PATH: process.env["PATH"],
        HOME: workspace,
        GITHUB_ACTIONS: "true",
        RUNNER_TEMP: workspace,
        ACTIONS_CACHE_URL: service.url,
        ACTIONS_RUNTIME_TOKEN: "runtime-token",
        [inputVariable("command")]: "plan",
      },
    });
    expect(r.code).toBe(0);
    const warnings = r.stderr.split("\n").filter((l) => l.includes("parse cache"));
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatch(
      /^::warning title=meshservice-reconciler::parse cache: no Actions cache key \(git ls-files: .*%0Afatal: not a git repository.*\); running without it$/,
    );
    // Not a line made inert, and no line of git's message on a line of its own.
    expect(r.stderr).not.toMatch(/%3A%3Awarning|^fatal:/m);
  }, 60_000);
});

describe("restoreParseCache", () => {
  // A repository that is cloned has no files to key the cache by before the clone: every form that
  // run.ts clones (isRemoteUrl, one rule for both), the scp-like `git@host:path` too.
  it.each([
    ["https://github.com/o/r.git"],
    ["ssh://git@host/o/r.git"],
    ["git@github.com:o/r.git"],
    ["file:///tmp/r.git"],
  ])("skips the cloned repository %s, without a warning", async (repo) => {
    const saved = process.env["ACTIONS_CACHE_URL"];
    process.env["ACTIONS_CACHE_URL"] = service.url;
    try {
      const warnings: string[] = [];
      const restored = await restoreParseCache({ repo, config: undefined, zones: [], cacheHome: runnerHome }, (m) =>
        warnings.push(m),
      );
      expect([restored, warnings]).toEqual([null, []]);
    } finally {
      if (saved === undefined) delete process.env["ACTIONS_CACHE_URL"];
      else process.env["ACTIONS_CACHE_URL"] = saved;
    }
  });
});

describe("actionCacheKeys", () => {
  it("is exact for one repository state, with looser restore keys of the same tool version", () => {
    expect(actionCacheKeys({ os: "Linux", version: "1.2.3", config: "c0", zones: "all", index: "i0" })).toEqual({
      primary: "meshservice-reconciler-Linux-1.2.3-c0-all-i0",
      restore: [
        "meshservice-reconciler-Linux-1.2.3-c0-all-",
        "meshservice-reconciler-Linux-1.2.3-c0-",
        "meshservice-reconciler-Linux-1.2.3-",
      ],
    });
  });
});
