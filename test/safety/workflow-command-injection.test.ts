import { mkdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { neutraliseCommands } from "../../src/report/github.js";
import { tempDir, removeRemotes } from "../helpers/remote.js";
import { commitAsFixture, runCli } from "../helpers/repo.js";

afterAll(removeRemotes);

// Issue 15, item 2. The runner reads every line of stdout and stderr: a line that starts with `::`
// (after white space) is a workflow command, and so is one holding `##[`. Lines end at \n and at \r.
const RUNNER_LINE = /\r\n|\r|\n/;
// The commands the tool itself writes: annotations (every property and the data escaped) and groups.
const OWN_COMMAND =
  /^::(?:(?:error|warning|notice) (?:file=[^,:\r\n]*(?:,line=\d+(?:,col=\d+)?)?,)?title=[^,:\r\n]*::[^\r\n]*|group::[^\r\n]*|endgroup::)$/;

function commandLines(text: string): string[] {
  return text.split(RUNNER_LINE).filter((l) => /^\s*::|##\[/.test(l));
}

const DATAPLANE = (name: string, extra = ""): string =>
  `type: Dataplane\nmesh: default\nname: ${name}\nnetworking:\n  address: 10.0.0.1\n${extra}  inbound:\n    - port: 80\n      tags:\n        kuma.io/service: ${name}\n`;

describe("repository strings never become workflow commands (item 2: workflow-command-injection)", () => {
  it("file names with `::` and newlines, keys holding `\\n::add-mask::`: every command line is the tool's own", async () => {
    const dir = await tempDir("inject");
    await mkdir(join(dir, "dp"), { recursive: true });
    // Each file is invalid, so that its name starts a diagnostic line of the text report.
    await writeFile(join(dir, "dp", "::error title=X::a.yaml"), DATAPLANE("a", "  bogus: 1\n"));
    await writeFile(join(dir, "dp", "b\n::warning title=Y::b.yaml"), DATAPLANE("b", "  bogus: 1\n"));
    await writeFile(join(dir, "dp", "c\r##[add-mask]c.yaml"), DATAPLANE("c", "  bogus: 1\n"));
    await writeFile(join(dir, "dp", "d.yaml"), DATAPLANE("d", '  "x\\n::add-mask::hunter2\\r::error::y": 1\n'));
    await commitAsFixture(dir);
    const env = { GITHUB_ACTIONS: "true" };
    for (const format of ["text", "json", "markdown"]) {
      const r = await runCli(["check", "--repo", dir, "--format", format, "--verbose"], env);
      expect(r.code).toBe(1);
      expect(r.stdout + r.stderr).toMatch(/bogus/);
      expect(commandLines(r.stdout)).toEqual([]);
      const own = commandLines(r.stderr);
      expect(own.filter((l) => !OWN_COMMAND.test(l))).toEqual([]);
      expect(own.filter((l) => /^::error /.test(l))).toHaveLength(4);
    }
  });

  it("an error message from a flag (stderr) holding a newline and a command", async () => {
    const dir = await tempDir("inject-flag");
    await writeFile(join(dir, "d.yaml"), DATAPLANE("d"));
    await commitAsFixture(dir);
    const r = await runCli(["plan", "--repo", dir, "--config", "nope\n::add-mask::hunter2\n##[error]x"], {
      GITHUB_ACTIONS: "true",
    });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain("hunter2");
    const own = commandLines(r.stderr);
    expect(own).toHaveLength(1);
    expect(own[0]).toMatch(OWN_COMMAND);
  });

  it("outside GitHub Actions the text is unchanged", async () => {
    const dir = await tempDir("inject-local");
    await writeFile(join(dir, "::notice::e.yaml"), DATAPLANE("e", "  bogus: 1\n"));
    await commitAsFixture(dir);
    const r = await runCli(["check", "--repo", dir]);
    expect(r.stdout).toMatch(/^::notice::e\.yaml:6:3: error: /m);
  });

  it.each([
    ["::error::x", "%3A%3Aerror::x"],
    ["  ::add-mask::s\n", "  %3A%3Aadd-mask::s\n"],
    ["a\r::error::x\r\nb", "a\r%3A%3Aerror::x\r\nb"],
    ["ok ##[add-mask]s", "ok ##%5Badd-mask]s"],
    ["a :: b\n", "a :: b\n"],
    ["", ""],
  ])("neutraliseCommands(%j) = %j", (text, expected) => {
    expect(neutraliseCommands(text)).toBe(expected);
  });
});
