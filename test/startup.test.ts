import { spawnSync } from "node:child_process";
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { basename, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { removeTempRepos, repoFromFixture } from "./helpers/repo.js";

// Issue 19, a fast start: an in-sync plan of a small repository loads only the code it runs. The
// bundle's files (dist/, npm run bundle) name the packages they hold in esbuild's `// node_modules/
// <package>/...` comments; a module hook of Node's (module.register) lists every file the run loads.
const BIN = fileURLToPath(new URL("../dist/bin.js", import.meta.url));
const env = { ...process.env };
delete env["NODE_OPTIONS"];
let hooks: string;

beforeAll(async () => {
  hooks = await mkdtemp(join(tmpdir(), "msr-load-log-"));
  await writeFile(
    join(hooks, "hooks.mjs"),
    [
      'import { appendFileSync } from "node:fs";',
      "export async function load(url, context, next) {",
      '  if (url.startsWith("file:")) appendFileSync(process.env.MSR_LOAD_LOG, `${url}\\n`);',
      "  return next(url, context);",
      "}",
      "",
    ].join("\n"),
  );
  await writeFile(
    join(hooks, "register.mjs"),
    `import { register } from "node:module";\nregister(${JSON.stringify(pathToFileURL(join(hooks, "hooks.mjs")).href)});\n`,
  );
});
afterAll(async () => {
  await removeTempRepos();
  await rm(hooks, { recursive: true, force: true });
});

/** The bundle files that `node dist/bin.js ...args` loads, by name, and their texts. */
async function loadedFiles(args: readonly string[]): Promise<Map<string, string>> {
  const log = join(hooks, `${Math.random().toString(36).slice(2)}.log`);
  const r = spawnSync(process.execPath, ["--import", join(hooks, "register.mjs"), BIN, ...args], {
    env: { ...env, MSR_LOAD_LOG: log },
    encoding: "utf8",
  });
  expect(r.status, r.stderr).toBe(0);
  const files = new Map<string, string>();
  for (const url of (await readFile(log, "utf8")).split("\n").filter((u) => u !== "")) {
    const path = fileURLToPath(url);
    files.set(basename(path), await readFile(path, "utf8"));
  }
  return files;
}

const packagesIn = (files: Map<string, string>): string[] =>
  [
    ...new Set(
      [...files.values()].flatMap((text) =>
        [...text.matchAll(/^\/\/ node_modules\/((?:@[^/]+\/)?[^/]+)\//gm)].map((m) => m[1] ?? ""),
      ),
    ),
  ].sort();

describe("start-up (issue 19)", () => {
  it("an in-sync plan of a small checkout loads neither ajv, nor Octokit, nor piscina", async () => {
    const repo = await repoFromFixture("example");
    const apply = spawnSync(process.execPath, [BIN, "apply", "--commit", "--repo", repo, "--no-cache"], {
      env: {
        ...env,
        GIT_AUTHOR_NAME: "t",
        GIT_AUTHOR_EMAIL: "t@example.com",
        GIT_COMMITTER_NAME: "t",
        GIT_COMMITTER_EMAIL: "t@example.com",
      },
      encoding: "utf8",
    });
    expect(apply.status, apply.stderr).toBe(0);
    const files = await loadedFiles(["plan", "--repo", repo, "--no-cache"]);
    // The validators generated at bundle time instead of ajv (scripts/validators.ts).
    expect([...files.values()].some((t) => t.includes("// src/validate/precompiled.ts\n"))).toBe(true);
    const packages = packagesIn(files);
    expect(packages).toContain("yaml");
    expect(packages).toContain("simple-git");
    for (const lazy of ["fast-uri", "@octokit/rest", "piscina"]) expect(packages).not.toContain(lazy);
    // Of ajv, only the one helper the generated code calls (the length of a string in code points).
    const ajv = [...files.values()].flatMap((t) =>
      [...t.matchAll(/^\/\/ node_modules\/ajv\/(.*)$/gm)].map((m) => m[1]),
    );
    expect(ajv).toEqual(["dist/runtime/ucs2length.js"]);
  });
});
