// Bundles the CLI with esbuild into dist/: files that run with no node_modules, for the Action
// (action.yml runs dist/bin.js from a checkout of a tag) and the npm package (no runtime
// dependencies). The bundle is committed, as GitHub's typescript-action template commits its dist/,
// and test/check-dist.test.ts fails when it differs from a fresh build. tsc's type-checked output
// goes to lib/ (git-ignored) instead.
//
// The files:
// - bin.js: src/bin.ts only; it imports ./cli.js (kept as an import of the file beside it).
// - cli.js: the command line; the program proper and every runtime dependency but one are in the
//   chunk files it loads with import() when a command needs them (run-*.js, init-*.js, chunk-*.js:
//   esbuild's code splitting, names by content hash), so that `--version` loads a few small files:
// - action-cache.js: src/io/action-cache.ts and the Actions cache client (@actions/cache, with the
//   Azure storage SDK), which cli.js imports only when it runs in GitHub Actions.
// - parse-worker.js: the parse pool's worker module (src/io/parse-worker.ts), which the pool
//   finds beside the code that starts it (new URL("./parse-worker.js", import.meta.url)).
// - worker.js: piscina's own worker script, which piscina starts from resolve(__dirname,
//   "worker.js"); the banner gives the bundled CommonJS modules a require, __dirname and __filename.
// - validate-<schema>.cjs and ajv-<helper>.cjs: the validators of the shipped schemas, generated
//   by ajv's standalone code (scripts/validators.ts), which a run loads one by one as it needs them;
//   ajv itself is then never loaded (its chunk is only for a bundle without them).
// - bundle-digest.txt: the SHA-256 of the .js and .cjs files (by name and content, in sorted order), which
//   the parse cache's key holds (src/io/cache.ts), so that a run need not read and hash them.
// - licenses.txt: the name, version, licence and licence text of every bundled package.
//
// Deterministic: no timestamps, no metafile on disk, paths in comments relative to the repository,
// packages in sorted order; the same sources and lock file give the same bytes.
import { createHash } from "node:crypto";
import { existsSync, readFileSync, readdirSync } from "node:fs";
import { mkdir, readdir, rm, writeFile } from "node:fs/promises";
import { basename, dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";
import type { BuildOptions, Metafile, Plugin } from "esbuild";
import { BUNDLE_DIGEST } from "../src/io/cache.js";
import { validatorFiles } from "./validators.js";

/** The repository root, from dist-scripts/scripts/ (compiled) or scripts/ (under the test runner). */
export const ROOT = (() => {
  for (let dir = dirname(fileURLToPath(import.meta.url)); ; dir = dirname(dir)) {
    if (existsSync(join(dir, "package.json")) && existsSync(join(dir, "src", "bin.ts"))) return dir;
    if (dirname(dir) === dir) throw new Error("cannot find the repository root");
  }
})();

const BANNER = [
  "// Bundled by scripts/bundle.ts with esbuild; do not edit. Sources: src/, licences: licenses.txt.",
  'import { createRequire as __msrCreateRequire } from "node:module";',
  'import { dirname as __msrDirname } from "node:path";',
  'import { fileURLToPath as __msrFileURLToPath } from "node:url";',
  "const require = __msrCreateRequire(import.meta.url);",
  "const __msrBundleFilename = __msrFileURLToPath(import.meta.url);",
  "const __msrBundleDirname = __msrDirname(__msrBundleFilename);",
].join("\n");

/**
 * Imports made at run time of another bundle file beside this one, not copies inlined: bin.ts loads
 * ./cli.js, cli.ts loads the Actions cache client (large) only in the Action.
 */
const LOADED_BESIDE: Record<string, Record<string, string>> = {
  [join("src", "bin.ts")]: { "./cli.js": "./cli.js" },
  [join("src", "cli.ts")]: { "./io/action-cache.js": "./action-cache.js" },
};

const besideEachOther: Plugin = {
  name: "bundle-files-beside-each-other",
  setup(b) {
    b.onResolve({ filter: /^\.\// }, (args) => {
      const importer = Object.keys(LOADED_BESIDE).find((f) => args.importer.endsWith(f));
      const path = importer === undefined ? undefined : LOADED_BESIDE[importer]?.[args.path];
      return path === undefined ? undefined : { path, external: true };
    });
  },
};

function options(outdir: string): BuildOptions {
  return {
    absWorkingDir: ROOT,
    entryPoints: {
      bin: "src/bin.ts",
      cli: "src/cli.ts",
      "action-cache": "src/io/action-cache.ts",
      "parse-worker": "src/io/parse-worker.ts",
      worker: "node_modules/piscina/dist/worker.js",
    },
    outdir,
    bundle: true,
    // Code shared by the entries, and what cli.ts loads with import() (the program proper), goes to
    // chunk files: `--version` and `--help` load cli.js and the small chunks it needs, not the whole
    // program, and every module exists once (one class per error, one cache version).
    splitting: true,
    platform: "node",
    format: "esm",
    // The oldest Node in package.json engines.
    target: "node20",
    banner: { js: BANNER },
    // CommonJS's free __dirname and __filename (piscina finds its worker script by __dirname) are the
    // bundle file's; under their own names, since bundled ES modules declare theirs.
    define: { __dirname: "__msrBundleDirname", __filename: "__msrBundleFilename" },
    legalComments: "eof",
    charset: "utf8",
    metafile: true,
    write: false,
    logLevel: "warning",
    // Optional and native (one build per platform): piscina loads it only for niceIncrement, which
    // the pool does not set, and goes on without it when it is missing.
    external: ["@napi-rs/nice"],
    plugins: [besideEachOther],
  };
}

/** Builds the bundle into `outdir` (dist/ by default), replacing what was there. Returns the files written. */
export async function bundle(outdir = join(ROOT, "dist")): Promise<string[]> {
  const result = await build(options(resolve(outdir)));
  const licensesText = licenses(result.metafile ?? { inputs: {}, outputs: {} });
  await rm(outdir, { recursive: true, force: true });
  await mkdir(outdir, { recursive: true });
  const written: string[] = [];
  for (const file of result.outputFiles ?? []) {
    await writeFile(file.path, file.contents);
    written.push(file.path);
  }
  await writeFile(join(outdir, "licenses.txt"), licensesText);
  written.push(join(outdir, "licenses.txt"));
  const code = new Map((result.outputFiles ?? []).map((f) => [basename(f.path), Buffer.from(f.contents)]));
  for (const [name, text] of validatorFiles(join(ROOT, "schemas"))) {
    await writeFile(join(outdir, name), text);
    written.push(join(outdir, name));
    code.set(name, Buffer.from(text));
  }
  const digest = createHash("sha256");
  for (const [name, bytes] of [...code].sort(([a], [b]) => (a < b ? -1 : 1)))
    if (/\.c?js$/.test(name)) digest.update(name).update(bytes);
  await writeFile(join(outdir, BUNDLE_DIGEST), `${digest.digest("hex")}\n`);
  written.push(join(outdir, BUNDLE_DIGEST));
  return written.sort();
}

/** Every file of `dir` (the bundle), by name. */
export async function bundleFiles(dir: string): Promise<Map<string, Buffer>> {
  const out = new Map<string, Buffer>();
  for (const name of (await readdir(dir)).sort()) out.set(name, readFileSync(join(dir, name)));
  return out;
}

/**
 * One entry per bundled package directory (the innermost node_modules/<name> of each input, so a
 * nested copy counts with its own version), sorted: name@version, licence, licence text.
 */
function licenses(meta: Metafile): string {
  const dirs = new Set<string>();
  for (const input of Object.keys(meta.inputs)) {
    const m = /^(.*node_modules\/(?:@[^/]+\/)?[^/]+)\//.exec(input);
    if (m?.[1] !== undefined) dirs.add(m[1]);
  }
  const entries = [...dirs].map((rel) => {
    const dir = join(ROOT, rel);
    const pkg = JSON.parse(readFileSync(join(dir, "package.json"), "utf8")) as {
      name: string;
      version: string;
      license?: string;
    };
    const file = readdirSafe(dir).find((f) => /^(licen[cs]e|copying)(\.(md|txt))?$/i.test(f));
    const text = file === undefined ? "(no licence file in the package)" : readFileSync(join(dir, file), "utf8").trim();
    return {
      id: `${pkg.name}@${pkg.version}`,
      text: `${pkg.name}@${pkg.version}\n${pkg.license ?? "UNKNOWN"}\n${text}\n`,
    };
  });
  // Two copies of one version (hoisted and nested) are one entry.
  const unique = [...new Map(entries.map((e) => [e.id, e.text])).entries()];
  unique.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return unique.map(([, text]) => text).join("\n-----\n\n");
}

function readdirSafe(dir: string): string[] {
  try {
    // Sorted: readdirSync's order depends on the file system, and the first licence file must be stable.
    return readdirSync(dir).sort();
  } catch {
    return [];
  }
}

// `node dist-scripts/scripts/bundle.js` (npm run bundle) builds dist/; importing this module does not.
if (process.argv[1] !== undefined && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const files = await bundle();
  for (const f of files) process.stdout.write(`${f.slice(ROOT.length + 1)}\n`);
}
