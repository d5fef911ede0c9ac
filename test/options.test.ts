import { describe, expect, it } from "vitest";
import { UsageError } from "../src/errors.js";
import { DEFAULT_AUTHOR, USAGE, commandUsage, parseOptions } from "../src/options.js";

const ctx = { isTTY: false, env: {} };

function opts(...argv: string[]) {
  const p = parseOptions(argv, ctx);
  if (p.kind !== "run") throw new Error("expected run");
  return p.options;
}

describe("helpful errors", () => {
  it.each([
    [["plan", "--fromat", "json"], "unknown option --fromat. Did you mean --format?"],
    [["plan", "--repo"], "--repo needs a value"],
    [["plan", "--quiet=yes"], "--quiet takes no value (it is a switch)"],
    [["plna"], 'unknown command "plna": expected plan, check, apply, migrate, init or zones. Did you mean "plan"?'],
    [["chek"], 'unknown command "chek": expected plan, check, apply, migrate, init or zones. Did you mean "check"?'],
    [["plan", "--xyzzy"], "unknown option --xyzzy."],
  ])("%j: %s", (argv, message) => {
    expect(() => parseOptions(argv, ctx)).toThrow(new UsageError(message));
  });

  it.each([
    ["http://kuma-cp:5681"],
    ["http://10.0.0.7:5681"],
    ["http://128.0.0.1:5681"],
    ["http://localhost.example.com:5681"],
    ["http://[::2]:5681"],
  ])("refuses --kuma-token-env with the cleartext --live %s", (url) => {
    expect(() => parseOptions(["check", "--live", url, "--kuma-token-env", "KUMA_TOKEN"], ctx)).toThrow(
      new UsageError("the Kuma token would travel in cleartext; use https:// or leave out --kuma-token-env"),
    );
  });

  it.each([
    ["https://kuma-cp:5682", "https://kuma-cp:5682/"],
    ["http://127.0.0.1:5681", "http://127.0.0.1:5681/"],
    ["http://127.8.9.10:5681", "http://127.8.9.10:5681/"],
    ["http://127.1:5681", "http://127.0.0.1:5681/"],
    ["http://[::1]:5681", "http://[::1]:5681/"],
    ["http://[0:0:0:0:0:0:0:1]:5681", "http://[::1]:5681/"],
    ["http://LOCALHOST:5681", "http://localhost:5681/"],
  ])("sends the token over https or to the loopback host of %s", (url, live) => {
    expect(opts("check", "--live", url, "--kuma-token-env", "KUMA_TOKEN").live).toBe(live);
  });

  it("takes a cleartext --live without a token", () => {
    expect(opts("check", "--live", "http://kuma-cp:5681").live).toBe("http://kuma-cp:5681/");
  });

  it("takes zones separated by commas, as the Action's input does", () => {
    expect(opts("plan", "--zone", "a,b", "--zone", "c").zones).toEqual(["a", "b", "c"]);
  });

  it("prints the help of one command", () => {
    expect(parseOptions(["plan", "--help"], ctx)).toEqual({ kind: "help", command: "plan" });
    expect(parseOptions(["--help"], ctx)).toEqual({ kind: "help" });
    const plan = commandUsage("plan");
    expect(plan).toMatch(
      /^Usage: meshservice-reconciler plan \[options\]\n\n {2}read-only: show what apply would change\n/,
    );
    expect(plan).toContain("--format text|json|markdown");
    expect(plan).not.toContain("--pull-request");
    expect(commandUsage("apply")).toContain("--bot-branch <name>");
    expect(USAGE).toContain("Commands:");
  });
});

describe("parseOptions", () => {
  it("has the documented defaults", () => {
    const o = opts("plan");
    expect(o).toMatchObject({
      command: "plan",
      repo: ".",
      format: "text",
      zones: [],
      detailedExitcode: false,
      commit: false,
      author: DEFAULT_AUTHOR,
      tokenEnv: "GITHUB_TOKEN",
      color: false,
    });
  });

  it("reads repeatable zones and reports", () => {
    const o = opts("check", "--repo", "r", "--zone", "a", "--zone", "b", "--report-json", "x.json", "--format", "json");
    expect(o.zones).toEqual(["a", "b"]);
    expect(o.reportJson).toBe("x.json");
    expect(o.format).toBe("json");
  });

  it("colours only on a TTY without NO_COLOR", () => {
    expect((parseOptions(["plan"], { isTTY: true, env: {} }) as { options: { color: boolean } }).options.color).toBe(
      true,
    );
    expect(
      (parseOptions(["plan"], { isTTY: true, env: { NO_COLOR: "1" } }) as { options: { color: boolean } }).options
        .color,
    ).toBe(false);
  });

  it("--push-tries: the number given, null (the default) without it", () => {
    expect(opts("apply", "--push", "--push-tries", "12").pushTries).toBe(12);
    expect(opts("apply", "--push").pushTries).toBeNull();
  });

  it("--push and --pull-request imply --commit", () => {
    expect(opts("apply", "--push").commit).toBe(true);
    expect(opts("apply", "--pull-request").commit).toBe(true);
  });

  it.each([
    [[], /missing command/],
    [["deploy"], /unknown command "deploy"/],
    [["zone"], /unknown command "zone": expected plan, check, apply, migrate, init or zones\. Did you mean "zones"\?/],
    [["plan", "--bogus"], /bogus/],
    [["plan", "--format", "xml"], /--format must be/],
    [["plan", "--commit"], /--commit is only for apply and migrate/],
    [["plan", "--replace"], /--replace is only for migrate/],
    [["apply", "--report"], /--report is only for migrate/],
    [["migrate", "--report", "--commit"], /--report writes nothing: it cannot be used with --commit/],
    [["check", "--detailed-exitcode"], /only for plan/],
    [["apply", "--push", "--pull-request"], /cannot be used together/],
    [["apply", "--branch", "x"], /--branch goes with --push/],
    [["apply", "--author", "nobody"], /--author must look like/],
    [["plan", "--quiet", "--verbose"], /cannot be used together/],
    [["plan", "extra"], /unexpected argument "extra"/],
    [["plan", "--jobs", "0"], /--jobs must be a whole number/],
    [["apply", "--push-tries", "5"], /--push-tries goes with --push/],
    [["plan", "--push-tries", "5"], /--push-tries is only for apply/],
    [["apply", "--push", "--push-tries", "0"], /--push-tries must be a whole number from 1 to 100, not "0"/],
    [["apply", "--push", "--push-tries", "2.5"], /--push-tries must be a whole number/],
    [["apply", "--push", "--push-tries", "101"], /--push-tries must be a whole number/],
    [["migrate", "--live", "http://cp:5681"], /--live is not for migrate/],
    [["migrate", "--live", "http://cp:5681", "--adopt-live-vips"], /--live is not for migrate/],
    [["migrate", "--live", "http://cp:5681", "--kuma-token-env", "KUMA_TOKEN"], /--live is not for migrate/],
    [["migrate", "--live", "http://cp:5681", "--kuma-ca-file", "ca.pem"], /--live is not for migrate/],
  ])("rejects %j", (argv, message) => {
    expect(() => parseOptions(argv, ctx)).toThrow(UsageError);
    expect(() => parseOptions(argv, ctx)).toThrow(message);
  });

  it("reads migrate's own flags, and lets it commit, push and open a pull request like apply", () => {
    const parsed = parseOptions(["migrate", "--replace", "--pull-request", "--draft"], ctx);
    expect(parsed.kind === "run" && [parsed.options.command, parsed.options.replace, parsed.options.commit]).toEqual([
      "migrate",
      true,
      true,
    ]);
    const report = parseOptions(["migrate", "--report"], ctx);
    expect(report.kind === "run" && [report.options.migrateReport, report.options.commit]).toEqual([true, false]);
    expect(commandUsage("migrate")).toContain("--replace");
    expect(commandUsage("migrate")).toContain("--pull-request");
    expect(commandUsage("plan")).not.toContain("--replace");
  });
});
