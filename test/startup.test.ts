import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { cp, mkdtemp, readFile, readdir, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { basename, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { BUNDLE_DIGEST } from "../src/io/cache.js";
import { removeTempRepos, repoFromFixture } from "./helpers/repo.js";

// Issue 19, a fast start: an in-sync plan of a small repository loads only the code it runs. The
// bundle's files (dist/, npm run bundle) name the packages they hold in esbuild's `// node_modules/
// <package>/...` comments; a module hook of Node's (module.register) lists every file the run loads.
const BIN = fileURLToPath(new URL("../dist/bin.js", import.meta.url));
const ROOT = fileURLToPath(new URL("../", import.meta.url));
const IDENTITY = {
  GIT_AUTHOR_NAME: "t",
  GIT_AUTHOR_EMAIL: "t@example.com",
  GIT_COMMITTER_NAME: "t",
  GIT_COMMITTER_EMAIL: "t@example.com",
};
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
      "  appendFileSync(process.env.MSR_LOAD_LOG, `${url}\\n`);",
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

/** The bundle files that `node dist/bin.js ...args` loads, by name, and their texts; and Node's modules. */
async function loaded(args: readonly string[]): Promise<{ files: Map<string, string>; builtins: string[] }> {
  const log = join(hooks, `${Math.random().toString(36).slice(2)}.log`);
  const r = spawnSync(process.execPath, ["--import", join(hooks, "register.mjs"), BIN, ...args], {
    env: { ...env, MSR_LOAD_LOG: log },
    encoding: "utf8",
  });
  expect(r.status, r.stderr).toBe(0);
  const files = new Map<string, string>();
  for (const url of (await readFile(log, "utf8")).split("\n").filter((u) => u.startsWith("file:"))) {
    const path = fileURLToPath(url);
    files.set(basename(path), await readFile(path, "utf8"));
  }
  const builtins = (await readFile(log, "utf8")).split("\n").filter((u) => u.startsWith("node:"));
  return { files, builtins };
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
  it("an in-sync plan of a small checkout loads neither ajv, nor Octokit, nor piscina, nor Node's HTTP", async () => {
    const repo = await repoFromFixture("example");
    const apply = spawnSync(process.execPath, [BIN, "apply", "--commit", "--repo", repo, "--no-cache"], {
      env: { ...env, ...IDENTITY },
      encoding: "utf8",
    });
    expect(apply.status, apply.stderr).toBe(0);
    const { files, builtins } = await loaded(["plan", "--repo", repo, "--no-cache"]);
    // Node's HTTP and TLS modules are for --live (src/io/kuma-api.ts) and --pull-request only.
    expect(builtins).toContain("node:child_process");
    for (const lazy of ["node:http", "node:https", "node:tls"]) expect(builtins).not.toContain(lazy);
    const packages = packagesIn(files);
    expect(packages).toContain("yaml");
    expect(packages).toContain("simple-git");
    for (const lazy of ["fast-uri", "@octokit/rest", "piscina"]) expect(packages).not.toContain(lazy);
    // None of ajv: the validators generated at bundle time (dist/validate-*.cjs, scripts/validators.ts),
    // which the run requires, instead of ajv compiling the schemas.
    const ajv = [...files.values()].flatMap((t) =>
      [...t.matchAll(/^\/\/ node_modules\/ajv\/(.*)$/gm)].map((m) => m[1]),
    );
    expect(ajv).toEqual([]);
  });

  it("the parse cache's key holds the bundle's digest, which covers every dist/*.js and *.cjs by name and content", async () => {
    const dist = join(ROOT, "dist");
    const digest = createHash("sha256");
    for (const name of (await readdir(dist)).filter((f) => /\.c?js$/.test(f)).sort())
      digest.update(name).update(await readFile(join(dist, name)));
    expect(await readFile(join(dist, BUNDLE_DIGEST), "utf8")).toBe(`${digest.digest("hex")}\n`);

    // A copy of the package: a changed digest is another program, whose run finds nothing cached.
    const pkg = await mkdtemp(join(tmpdir(), "msr-package-"));
    const cache = await mkdtemp(join(tmpdir(), "msr-cache-"));
    try {
      for (const part of ["dist", "schemas", "package.json"])
        await cp(join(ROOT, part), join(pkg, part), { recursive: true });
      const repo = await repoFromFixture("example");
      const plan = (): string => {
        const r = spawnSync(process.execPath, [join(pkg, "dist", "bin.js"), "plan", "--repo", repo, "--verbose"], {
          env: { ...env, XDG_CACHE_HOME: cache },
          encoding: "utf8",
        });
        expect(r.status, r.stderr).toBe(0);
        return /^read \d+ files: (\d+) from the cache/m.exec(r.stderr)?.[1] ?? "none";
      };
      expect(plan()).toBe("0");
      const warm = plan();
      expect(Number(warm)).toBeGreaterThan(0);
      await writeFile(join(pkg, "dist", BUNDLE_DIGEST), `${"0".repeat(64)}\n`);
      expect(plan()).toBe("0");
      expect(plan()).toBe(warm);
    } finally {
      await rm(pkg, { recursive: true, force: true });
      await rm(cache, { recursive: true, force: true });
    }
  });
});
