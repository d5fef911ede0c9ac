import { mkdir, symlink, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { simpleGit } from "simple-git";
import { afterAll, describe, expect, it } from "vitest";
import { EXCERPT_CHARS, excerpt } from "../../src/diagnostics.js";
import { removeRemotes, tempDir } from "../helpers/remote.js";
import { commitAsFixture, runCli } from "../helpers/repo.js";

afterAll(removeRemotes);

// Issue 15, item 1: a config file that is a symbolic link was followed out of the repository, and
// its target's values and key names were echoed in the diagnostics.
const SECRET = "npm_0123456789abcdefSECRETvalue";
const KEY = "SECRET_KEY_NAME_xyz";
const OUTSIDE = `//registry.npmjs.org/:_authToken=${SECRET}\n`;
const OUTSIDE_MAP = `${KEY}: ${SECRET}\nzones: []\n`;
const DATAPLANE =
  "type: Dataplane\nmesh: default\nname: a\nnetworking:\n  address: 10.0.0.1\n  inbound:\n    - port: 80\n      tags:\n        kuma.io/service: a\n";

/** A directory outside the repository holding the two secret files, and a repository beside it. */
async function setUp(): Promise<{ outside: string; repo: string }> {
  const base = await tempDir("config-link");
  const outside = join(base, "outside");
  await mkdir(outside);
  await writeFile(join(outside, "token"), OUTSIDE);
  await writeFile(join(outside, "map.yaml"), OUTSIDE_MAP);
  const repo = join(base, "repo");
  await mkdir(join(repo, "dp"), { recursive: true });
  await writeFile(join(repo, "dp", "a.yaml"), DATAPLANE);
  return { outside, repo };
}

function expectNothingLeaked(out: string): void {
  expect(out).not.toContain(SECRET);
  expect(out).not.toContain(KEY);
  expect(out).not.toContain("authToken");
}

describe("the config file obeys the rules of every source file (item 1: config-symlink)", () => {
  it.each(["token", "map.yaml"])(
    "a default config file linked to a file outside (%s) is an error and is not read",
    async (target) => {
      const { outside, repo } = await setUp();
      await symlink(join(outside, target), join(repo, "meshservice-reconciler.yaml"));
      await commitAsFixture(repo);
      for (const format of ["text", "json"]) {
        const r = await runCli(["check", "--repo", repo, "--format", format]);
        expect(r.code).toBe(1);
        expectNothingLeaked(r.stdout + r.stderr);
      }
      const r = await runCli(["check", "--repo", repo]);
      expect(r.stdout).toMatch(
        /^meshservice-reconciler\.yaml:1:1: error: the config file is a symbolic link to outside the repository, .*\[config-invalid\]$/m,
      );
    },
  );

  it("a link inside the repository, a dangling link and a linked directory are refused too", async () => {
    const { outside, repo } = await setUp();
    await writeFile(join(repo, "real.yaml"), "zones: []\n");
    await symlink("real.yaml", join(repo, "meshservice-reconciler.yaml"));
    await symlink("nowhere.yaml", join(repo, "dangling.yaml"));
    await symlink(outside, join(repo, "cfg"));
    await commitAsFixture(repo);
    for (const [config, what] of [
      [undefined, "a symbolic link,"],
      ["dangling.yaml", "a symbolic link that leads nowhere"],
      ["cfg/map.yaml", "a symbolic link to outside the repository"],
    ] as const) {
      const r = await runCli(["check", "--repo", repo, ...(config === undefined ? [] : ["--config", config])]);
      expect(r.code).toBe(1);
      expect(r.stdout).toContain(`the config file is ${what}`);
      expectNothingLeaked(r.stdout + r.stderr);
    }
  });

  it.each([["../outside/map.yaml"], ["../../x"], ["sub/../../outside/token"], ["/etc/passwd"]])(
    "--config %s: a path outside the repository is refused",
    async (config) => {
      const { repo } = await setUp();
      await commitAsFixture(repo);
      const r = await runCli(["check", "--repo", repo, "--config", config]);
      expect(r.code).toBe(1);
      expect(r.stderr).toContain(`--config ${config}: the config file must be a path inside the repository`);
      expectNothingLeaked(r.stdout + r.stderr);
      expect(r.stdout + r.stderr).not.toContain("root:");
    },
  );

  it("in a cloned remote: a committed link to an absolute path outside", async () => {
    const { outside, repo } = await setUp();
    await symlink(join(outside, "map.yaml"), join(repo, "meshservice-reconciler.yaml"));
    await commitAsFixture(repo);
    const bare = join(await tempDir("config-link-bare"), "r.git");
    await simpleGit().raw(["clone", "--quiet", "--bare", repo, bare]);
    const r = await runCli(["check", "--repo", `file://${bare}`]);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/^meshservice-reconciler\.yaml:1:1: error: .*\[config-invalid\]$/m);
    expectNothingLeaked(r.stdout + r.stderr);
  });

  it("a diagnostic quotes at most a short excerpt of a value or a key", async () => {
    const { repo } = await setUp();
    const long = `${SECRET}${"x".repeat(200)}`;
    await writeFile(
      join(repo, "meshservice-reconciler.yaml"),
      `policyReferences: ${long}\n${KEY}${long}: 1\nzones: []\n`,
    );
    await commitAsFixture(repo);
    const r = await runCli(["check", "--repo", repo]);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/\[config-invalid\]/);
    for (const line of r.stdout.split("\n")) expect(line.length).toBeLessThan(200);
    expect(r.stdout).not.toContain(long.slice(0, EXCERPT_CHARS + 1));
    expect(r.stdout).not.toContain(`${KEY}${long}`.slice(0, EXCERPT_CHARS + 1));
  });

  it.each([
    ["short", '"short"'],
    ["a\nb", '"a\\nb"'],
    ["y".repeat(EXCERPT_CHARS), JSON.stringify("y".repeat(EXCERPT_CHARS))],
    ["z".repeat(EXCERPT_CHARS + 1), `${JSON.stringify("z".repeat(EXCERPT_CHARS))}...`],
  ])("excerpt(%j) = %s", (value, expected) => {
    expect(excerpt(value)).toBe(expected);
  });
});
