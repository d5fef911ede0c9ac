import { existsSync } from "node:fs";
import { mkdtemp, readFile, readdir, rm, symlink, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ROOT, archiveInto, run, workingTree } from "./helpers/checkout.js";
import { removeTempRepos, repoFromFixture } from "./helpers/repo.js";

// The npm package, as `npm pack` of a clean checkout makes it (prepack rebuilds the bundle), and
// as `npm install` puts it into a project with no network: no runtime dependencies to fetch.
const dirs: string[] = [];
afterAll(async () => {
  await removeTempRepos();
  await Promise.all(dirs.map((d) => rm(d, { recursive: true, force: true })));
});

interface PackJson {
  filename: string;
  files: { path: string }[];
}

let checkout = "";
/** npm's own cache and config out of the user's, so that nothing is read from or left there. */
let npmEnv: Record<string, string | undefined> = {};

beforeAll(async () => {
  checkout = await archiveInto(await workingTree(), "pack-checkout");
  dirs.push(checkout);
  // The checkout's devDependencies, for prepack (npm run bundle): those of this one.
  await symlink(join(ROOT, "node_modules"), join(checkout, "node_modules"), "dir");
  const home = await mkdtemp(join(tmpdir(), "msr-npm-home-"));
  dirs.push(home);
  npmEnv = {
    ...process.env,
    HOME: home,
    npm_config_cache: join(home, "npm-cache"),
    npm_config_userconfig: join(home, "npmrc"),
    npm_config_update_notifier: "false",
    npm_config_fund: "false",
    npm_config_audit: "false",
  };
  // Variables npm sets for the script running this test (npm test) would leak into the nested npm.
  for (const key of Object.keys(npmEnv)) if (/^npm_(lifecycle|package|command)/.test(key)) delete npmEnv[key];
}, 120_000);

describe("npm pack of a clean checkout", () => {
  let tgz = "";
  let files: string[] = [];
  beforeAll(async () => {
    const r = await run("npm", ["pack", "--json", "--pack-destination", checkout], { cwd: checkout, env: npmEnv });
    expect(r.code, r.stderr).toBe(0);
    const [pack] = JSON.parse(r.stdout.slice(r.stdout.indexOf("["))) as PackJson[];
    tgz = join(checkout, pack?.filename ?? "");
    files = (pack?.files ?? []).map((f) => f.path).sort();
  }, 180_000);

  it("holds the bundle, the schemas, LICENSE and NOTICE, and no sources or tests", () => {
    for (const f of ["dist/bin.js", "dist/cli.js", "dist/parse-worker.js", "dist/worker.js", "dist/licenses.txt"])
      expect(files).toContain(f);
    for (const f of ["LICENSE", "NOTICE", "package.json", "README.md", "schemas/config.schema.json"])
      expect(files).toContain(f);
    expect(files.filter((f) => /^(src|test|lib|scripts|fixtures)\//.test(f))).toEqual([]);
  });

  it("installs into an empty project with no network and runs --version and a plan", async () => {
    const project = await mkdtemp(join(tmpdir(), "msr-install-"));
    dirs.push(project);
    await writeFile(join(project, "package.json"), '{ "name": "consumer", "version": "1.0.0", "private": true }\n');
    const install = await run("npm", ["install", "--offline", "--no-audit", "--no-fund", tgz], {
      cwd: project,
      env: npmEnv,
    });
    expect(install.code, install.stderr).toBe(0);
    expect(install.stderr).not.toMatch(/EBADENGINE/);
    // Nothing but the package itself: it has no dependencies.
    expect((await readdir(join(project, "node_modules"))).filter((d) => !d.startsWith("."))).toEqual([
      "meshservice-reconciler",
    ]);
    const bin = join(project, "node_modules", ".bin", "meshservice-reconciler");
    expect(existsSync(bin)).toBe(true);
    const pkg = JSON.parse(await readFile(join(ROOT, "package.json"), "utf8")) as { version: string };
    const version = await run(bin, ["--version"], { cwd: project, env: { PATH: process.env["PATH"] } });
    expect(version).toMatchObject({ code: 0, stdout: `${pkg.version}\n` });
    const repo = await repoFromFixture("example");
    const plan = await run(bin, ["plan", "--repo", repo, "--no-color"], {
      cwd: project,
      env: { PATH: process.env["PATH"], HOME: project },
    });
    expect(plan.stderr).not.toMatch(/unexpected error|Cannot find (package|module)/);
    expect(plan.code).toBe(0);
    expect(plan.stdout).toMatch(/^Drift: 9 files to change \(9 to create/m);
  }, 120_000);
});

describe("npm publish --dry-run", () => {
  it("would publish the package with no runtime dependencies", async () => {
    // --ignore-scripts: prepack is proven by npm pack above; this checks what npm would publish.
    const r = await run("npm", ["publish", "--dry-run", "--json", "--ignore-scripts"], { cwd: checkout, env: npmEnv });
    expect(r.code, r.stderr).toBe(0);
    // npm 11 keys the result by package name; npm 10 (Node 20 and 22) prints it alone.
    const json = JSON.parse(r.stdout.slice(r.stdout.indexOf("{"))) as Record<string, unknown>;
    const out = (json["meshservice-reconciler"] ?? json) as PackJson & { id: string };
    expect(out?.id).toMatch(/^meshservice-reconciler@\d+\.\d+\.\d+/);
    expect(out?.files.map((f) => f.path)).toContain("dist/bin.js");
    const pkg = JSON.parse(await readFile(join(checkout, "package.json"), "utf8")) as Record<string, unknown>;
    expect(pkg["dependencies"]).toBeUndefined();
    expect(pkg["license"]).toBe("Apache-2.0");
    for (const key of ["repository", "homepage", "bugs", "keywords"]) expect(pkg[key], key).toBeDefined();
  }, 120_000);
});
