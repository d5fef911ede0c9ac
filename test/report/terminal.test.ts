import { execFile } from "node:child_process";
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { afterAll, describe, expect, it } from "vitest";
import { createProgress } from "../../src/io/progress.js";
import { removeTempRepos, repoFromFixture, runCli } from "../helpers/repo.js";

afterAll(removeTempRepos);

// The executable as a person runs it (dist/bin.js, built by `npm test` before the tests), under a
// real pseudo-terminal: util-linux `script` gives the child a TTY for stdout and stderr.
const BIN = fileURLToPath(new URL("../../dist/bin.js", import.meta.url));
const run = promisify(execFile);

/** Runs the executable under `script -q -c`, which copies the terminal's output to its stdout. */
async function onTerminal(args: string, env: Record<string, string> = {}): Promise<string> {
  const childEnv: Record<string, string | undefined> = { ...process.env, ...env, TERM: "xterm" };
  delete childEnv["NO_COLOR"];
  const r = await run("script", ["-q", "-e", "-c", `node ${BIN} ${args}`, "/dev/null"], { env: childEnv }).catch(
    (e: { stdout: string }) => e,
  );
  return r.stdout.replaceAll("\r\n", "\n");
}

const ESC = "\x1b[";

describe("the terminal report", () => {
  it("on a pseudo-terminal: coloured + ~ - symbols, severities and diffs", async () => {
    expect(existsSync(BIN), "dist/bin.js is missing: run npm run build").toBe(true);
    const repo = await repoFromFixture("report-drift");
    const out = await onTerminal(`check --repo ${repo} --no-cache`);
    expect(out).toContain(`${ESC}32m+ create${ESC}0m meshservices/zone-a/default/cart.yaml`);
    expect(out).toContain(`${ESC}33m~ update${ESC}0m meshservices/zone-a/default/backend.yaml`);
    expect(out).toContain(`${ESC}31m- delete${ESC}0m meshservices/zone-a/default/legacy.yaml`);
    expect(out).toContain(`${ESC}32m+    port: 8080${ESC}0m`);
    expect(out).toContain(`${ESC}1mDrift: 5 files to change`);
    // A quick run shows no progress on the terminal (steps under a second).
    expect(out).not.toContain("meshservice-reconciler: discover files");
  });

  it("colours a severity on a terminal", async () => {
    const repo = await repoFromFixture("report-errors");
    const out = await onTerminal(`check --repo ${repo} --no-cache`);
    expect(out).toMatch(new RegExp(`: \\x1b\\[31merror\\x1b\\[0m: `));
  });

  it("without a terminal: the same symbols and no escape codes; --color always adds them", async () => {
    const repo = await repoFromFixture("report-drift");
    const plain = await runCli(["check", "--repo", repo]);
    expect(plain.stdout).toContain("+ create meshservices/zone-a/default/cart.yaml");
    expect(plain.stdout).toContain("~ update meshservices/zone-a/default/backend.yaml");
    expect(plain.stdout).toContain("- delete meshservices/zone-a/default/legacy.yaml");
    expect(plain.stdout + plain.stderr).not.toContain("\x1b");
    const always = await runCli(["check", "--repo", repo, "--color", "always"]);
    expect(always.stdout).toContain(`${ESC}32m+ create${ESC}0m`);
    const never = await onTerminal(`check --repo ${repo} --color never`);
    expect(never).not.toContain("\x1b");
    const noColor = await onTerminal(`check --repo ${repo} --no-color`);
    expect(noColor).not.toContain("\x1b");
  });

  it("folds info diagnostics into one line unless --verbose; --summary is the counts and the verdict", async () => {
    const repo = await repoFromFixture("example");
    const folded = await runCli(["check", "--repo", repo]);
    expect(folded.stdout).toMatch(/^2 info diagnostics not shown; --verbose lists them\.$/m);
    expect(folded.stdout).not.toContain("[no-mesh-objects]");
    const verbose = await runCli(["check", "--repo", repo, "--verbose"]);
    expect(verbose.stdout).toContain("[no-mesh-objects]");
    const summary = await runCli(["check", "--repo", repo, "--summary"]);
    expect(summary.stdout).toBe(
      [
        "zone zone-vm (universal, meshservices/zone-vm): 5 to create, 0 to update, 0 to delete, 0 unchanged",
        "zone zone-k8s (kubernetes, meshservices/zone-k8s): 4 to create, 0 to update, 0 to delete, 0 unchanged",
        "",
        "Drift: 9 files to change (9 to create, 0 to update, 0 to delete, 0 unchanged).",
        "",
      ].join("\n"),
    );
  });
});

describe("progress on a terminal", () => {
  it("shows only the steps that take more than the threshold", async () => {
    let written = "";
    const progress = createProgress({ write: (t) => (written += t), githubActions: false, slowOnly: true, slowMs: 50 });
    await progress.step("quick", () => Promise.resolve(1));
    await progress.step("slow", () => new Promise((r) => setTimeout(r, 120)));
    expect(written).toMatch(/^meshservice-reconciler: slow\.\.\.\nmeshservice-reconciler: slow: \d+ ms\n$/);
  });
});
