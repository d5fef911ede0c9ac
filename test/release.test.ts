import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { parse } from "yaml";
import { describe, expect, it } from "vitest";
import { releaseNotes } from "../scripts/release-notes.js";
import { ROOT } from "./helpers/checkout.js";

// What can be proven here of a release that only runs on GitHub: the workflow's shape (linted in
// workflow-lint.test.ts, published dry in package.test.ts) and the notes it takes from the changelog.

interface Job {
  needs?: string | string[];
  permissions?: Record<string, string>;
  steps: { uses?: string; run?: string; with?: Record<string, unknown> }[];
}
interface Workflow {
  on: { push?: { tags?: string[]; branches?: string[] } };
  jobs: Record<string, Job>;
}

const read = async (path: string): Promise<unknown> => parse(await readFile(join(ROOT, path), "utf8")) as unknown;

describe("release.yml", () => {
  it("runs on version tags: tests, then publish with provenance, the release, the major tag", async () => {
    const wf = (await read(".github/workflows/release.yml")) as Workflow;
    expect(wf.on.push?.tags).toEqual(["v*.*.*"]);
    expect(wf.jobs["test"]?.steps.map((s) => s.run).filter(Boolean)).toEqual(["npm ci", "npm test"]);
    const publish = wf.jobs["publish"];
    expect(publish?.needs).toBe("test");
    expect(publish?.permissions).toEqual({ contents: "write", "id-token": "write" });
    const runs = publish?.steps.map((s) => s.run ?? "").join("\n") ?? "";
    expect(runs).toMatch(/npm publish --provenance/);
    expect(runs).toMatch(/release-notes\.js "\$\{version\}" CHANGELOG\.md/);
    expect(runs).toMatch(/gh release create "\$\{GITHUB_REF_NAME\}" --verify-tag/);
    expect(runs).toMatch(/git push --force origin "refs\/tags\/\$\{MAJOR\}"/);
  });

  it("release-please keeps the release pull request from the manifest and config", async () => {
    const wf = (await read(".github/workflows/release-please.yml")) as Workflow;
    expect(wf.on.push?.branches).toEqual(["main"]);
    const step = wf.jobs["release-pr"]?.steps[0];
    expect(step?.uses).toMatch(/^googleapis\/release-please-action@v\d+$/);
    const config = JSON.parse(await readFile(join(ROOT, "release-please-config.json"), "utf8")) as {
      packages: Record<string, Record<string, unknown>>;
    };
    expect(config.packages["."]).toMatchObject({ "release-type": "node", "skip-github-release": true });
    const manifest = JSON.parse(await readFile(join(ROOT, ".release-please-manifest.json"), "utf8")) as Record<
      string,
      string
    >;
    const pkg = JSON.parse(await readFile(join(ROOT, "package.json"), "utf8")) as { version: string };
    expect(manifest["."]).toBe(pkg.version);
  });
});

describe("releaseNotes", () => {
  const changelog = [
    "# Changelog",
    "",
    "## [1.1.0](https://github.com/o/r/compare/v1.0.0...v1.1.0) (2026-12-01)",
    "",
    "### Features",
    "",
    "* **init:** write a starter config ([abc1234](https://github.com/o/r/commit/abc1234))",
    "",
    "## [1.0.0](https://github.com/o/r/compare/v0.1.0...v1.0.0) (2026-11-20)",
    "",
    "### ⚠ BREAKING CHANGES",
    "",
    "* the Action runs on node24",
    "",
    "## 0.1.0 (2026-10-01)",
    "",
    "* first",
    "",
  ].join("\n");

  it("takes the section of the version, without its heading", () => {
    expect(releaseNotes(changelog, "1.1.0")).toBe(
      "### Features\n\n* **init:** write a starter config ([abc1234](https://github.com/o/r/commit/abc1234))",
    );
    expect(releaseNotes(changelog, "1.0.0")).toBe("### ⚠ BREAKING CHANGES\n\n* the Action runs on node24");
    expect(releaseNotes(changelog, "0.1.0")).toBe("* first");
  });

  it("is null for a version the changelog does not have (the release then fails)", () => {
    expect(releaseNotes(changelog, "1.0")).toBeNull();
    expect(releaseNotes(changelog, "2.0.0")).toBeNull();
    expect(releaseNotes("# Changelog\n", "0.1.0")).toBeNull();
  });
});
