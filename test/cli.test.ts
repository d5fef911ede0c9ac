import { writeFile } from "node:fs/promises";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { removeTempRepos, repoFromFixture, runCli } from "./helpers/repo.js";

afterAll(removeTempRepos);

describe("cli exit codes", () => {
  it("0 for plan with drift, 2 with --detailed-exitcode and for check", async () => {
    const repo = await repoFromFixture("example");
    expect((await runCli(["plan", "--repo", repo])).code).toBe(0);
    expect((await runCli(["plan", "--repo", repo, "--detailed-exitcode"])).code).toBe(2);
    expect((await runCli(["check", "--repo", repo])).code).toBe(2);
  });

  it("1 for bad flags, with usage on stderr", async () => {
    const r = await runCli(["plan", "--nope"]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/--help/);
  });

  it("1 for a repository with an error, and apply writes nothing", async () => {
    const repo = await repoFromFixture("example");
    await writeFile(join(repo, "universal", "broken.yaml"), "type: Dataplane\nname: [unclosed\n");
    const r = await runCli(["apply", "--repo", repo]);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/^universal\/broken\.yaml:\d+:\d+: error: .* \[yaml-syntax\]$/m);
    expect(r.stdout).not.toMatch(/^create /m);
    expect(r.stdout).toMatch(/nothing was written/);
  });

  it("1 for a missing repository, without a stack unless --verbose", async () => {
    const r = await runCli(["plan", "--repo", "/nonexistent/repo"]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/does not exist/);
    expect(r.stderr).not.toMatch(/\n\s+at /);
    const v = await runCli(["plan", "--repo", "/nonexistent/repo", "--verbose"]);
    expect(v.stderr).toMatch(/\n\s+at /);
  });

  it("prints a JSON report with --format json", async () => {
    const repo = await repoFromFixture("example");
    const r = await runCli(["plan", "--repo", repo, "--format", "json"]);
    const report = JSON.parse(r.stdout) as { schemaVersion: number; result: string; summary: { create: number } };
    expect(report.schemaVersion).toBe(1);
    expect(report.result).toBe("drift");
    expect(report.summary.create).toBe(9);
  });
});

describe("redaction of the arguments actually parsed", () => {
  // An unused loopback port: the run would fail to clone, but --format fails first, naming its value.
  const secret = "s3cretPassw0rd";
  const url = `http://user:${secret}@127.0.0.1:9/config.git`;

  it.each<[string, string[], Record<string, string>]>([
    ["--repo URL", ["plan", "--repo", url, "--format", secret], {}],
    ["--repo=URL", ["plan", `--repo=${url}`, "--format", secret], {}],
    ["the Action's INPUT_REPO", [], { INPUT_COMMAND: "plan", INPUT_REPO: url, INPUT_FORMAT: secret }],
  ])("hides the password of %s wherever it shows up", async (_, argv, env) => {
    const r = await runCli(argv, env);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('--format must be text, json or markdown, not "***"');
    expect(r.stdout + r.stderr).not.toContain(secret);
  });

  it("hides a URL's user name only inside URLs", async () => {
    const r = await runCli(["plan", "--repo", "https://format@127.0.0.1:9/config.git", "--format", "bogus"]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('--format must be text, json or markdown, not "bogus"');
  });

  it("--zone reconciles only the named zones; an unknown zone is a usage error", async () => {
    const repo = await repoFromFixture("example");
    const r = await runCli(["plan", "--repo", repo, "--zone", "zone-vm", "--format", "json"]);
    const report = JSON.parse(r.stdout) as { zones: { name: string }[]; changes: { path: string }[] };
    expect(report.zones.map((z) => z.name)).toEqual(["zone-vm"]);
    expect(report.changes.every((c) => c.path.startsWith("meshservices/zone-vm/"))).toBe(true);
    const unknown = await runCli(["plan", "--repo", repo, "--zone", "nowhere"]);
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toMatch(/--zone nowhere: no such zone/);
    const typo = await runCli(["plan", "--repo", repo, "--zone", "zone-mv,zone-k8s"]);
    expect(typo.code).toBe(1);
    expect(typo.stderr).toContain(
      '--zone zone-mv: no such zone in the config. Did you mean "zone-vm"? The zones are: zone-vm, zone-k8s.',
    );
  });
});
