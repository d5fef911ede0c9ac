import { execFileSync, spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { cpus, loadavg, tmpdir, totalmem } from "node:os";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import {
  DEFAULT_SIZE,
  FLOOR_DEFINITION,
  SHAPES,
  SHAPE_NAMES,
  SMALL_SIZE,
  scaled,
  writeBenchRepo,
} from "./bench-repo.js";
import type { BenchShape, BenchSize } from "./bench-repo.js";

// npm run bench [-- --shape one,ten --factor 1 --scaling 1,2,4 --pairs 3 --startup-runs 10 --cli dist/bin.js]
// For each shape and size: builds a synthetic repository, commits its sources, times the first
// `apply --commit` (every MeshService file new, one commit), then `--pairs` times: the floor
// (FLOOR_DEFINITION), an in-sync `plan` cold (empty cache) and warm (the second run), all on the
// same tree, each its own process like a user's run. Ratios are taken within each pair and the
// median pair counts: on a shared 2-core machine the load changes from minute to minute, and a
// ratio to a floor measured a moment earlier on the same tree moves much less than either time.
// Then the start-up: `--version` and a `plan` of a 10-file repository, `--startup-runs` times each
// (the median, as hyperfine reports it). Nothing here runs in `npm test` but a tiny smoke run.

// dist/bin.js of this checkout (from dist-scripts/scripts/), or --cli, relative to the working directory.
const cli =
  arg("cli", "") === "" ? fileURLToPath(new URL("../../dist/bin.js", import.meta.url)) : resolve(arg("cli", ""));
const floorScript = fileURLToPath(new URL("./bench-floor.js", import.meta.url));

function arg(name: string, fallback: string): string {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? (process.argv[i + 1] ?? fallback) : fallback;
}

function count(name: string, fallback: string): number {
  const v = Number(arg(name, fallback));
  if (!Number.isInteger(v) || v < 1) throw new Error(`--${name} ${arg(name, "")}: expected a whole number >= 1`);
  return v;
}

interface Timed {
  readonly seconds: number;
  readonly rssMiB: number;
  readonly stdout: string;
}

/** Runs a node script under /usr/bin/time for wall time and peak RSS (of the process and its children). */
function timed(args: string[], env: Record<string, string>, cwd?: string): Timed {
  const r = spawnSync("/usr/bin/time", ["-f", "%e %M", process.execPath, ...args], {
    env: { ...process.env, ...env },
    encoding: "utf8",
    maxBuffer: 1 << 30,
    cwd,
  });
  if (r.status !== 0) throw new Error(`${args.join(" ")} failed (${r.status}): ${r.stdout}\n${r.stderr}`);
  const last = r.stderr.trim().split("\n").pop() ?? "";
  const [secs, kb] = last.split(" ");
  return { seconds: Number(secs), rssMiB: Number(kb) / 1024, stdout: r.stdout };
}

/** Wall time of one run in seconds, to the millisecond (for the start-up times). */
function wall(args: string[], env: Record<string, string>): number {
  const start = process.hrtime.bigint();
  const r = spawnSync(process.execPath, args, { env: { ...process.env, ...env }, encoding: "utf8" });
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  if (r.status !== 0) throw new Error(`${args.join(" ")} failed (${r.status}): ${r.stdout}\n${r.stderr}`);
  return seconds;
}

function git(dir: string, ...args: string[]): void {
  execFileSync("git", ["-c", "user.name=bench", "-c", "user.email=bench@example.invalid", ...args], { cwd: dir });
}

/** The number of files git holds in `dir`. */
function trackedFiles(dir: string): number {
  const out = execFileSync("git", ["ls-files", "-z"], { cwd: dir, encoding: "utf8", maxBuffer: 1 << 30 });
  return out.split("\0").length - 1;
}

const IDENTITY = {
  GIT_AUTHOR_NAME: "bench",
  GIT_AUTHOR_EMAIL: "bench@example.invalid",
  GIT_COMMITTER_NAME: "bench",
  GIT_COMMITTER_EMAIL: "bench@example.invalid",
};

interface Row {
  readonly shape: BenchShape;
  readonly factor: number;
  readonly files: number;
  readonly floor: number;
  readonly cold: Timed;
  readonly warm: Timed;
  readonly coldRatio: number;
  readonly warmRatio: number;
  readonly apply: Timed;
}

function measure(shape: BenchShape, factor: number, size: BenchSize): Promise<Row> {
  return withRepo(shape, size, (dir, sources) => {
    const cache = mkdtempSync(join(tmpdir(), `msr-bench-cache-`));
    try {
      // The first apply: every MeshService file is new, written and committed in one commit.
      const apply = timed([cli, "apply", "--commit", "--repo", dir, "--quiet"], { ...IDENTITY, XDG_CACHE_HOME: cache });
      const generated = trackedFiles(dir);
      const floors: number[] = [];
      const colds: Timed[] = [];
      const warms: Timed[] = [];
      for (let i = 0; i < pairs; i++) {
        const floorRun = timed([floorScript, dir], {});
        floors.push((JSON.parse(floorRun.stdout) as { ms: number }).ms / 1000);
        rmSync(cache, { recursive: true, force: true });
        colds.push(timed([cli, "plan", "--repo", dir, "--quiet"], { XDG_CACHE_HOME: cache }));
        warms.push(timed([cli, "plan", "--repo", dir, "--quiet"], { XDG_CACHE_HOME: cache }));
      }
      for (const t of [...colds, ...warms])
        if (!/^In sync:/m.test(t.stdout)) throw new Error(`not in sync:\n${t.stdout}`);
      const s = (xs: readonly number[]): string => xs.map((x) => x.toFixed(2)).join(", ");
      process.stdout.write(
        `${SHAPE_NAMES[shape]}, ${factor}x (${sources} sources, ${generated} files in git): ` +
          `floor ${s(floors)} s; cold ${s(colds.map((t) => t.seconds))} s; warm ${s(warms.map((t) => t.seconds))} s; ` +
          `first apply --commit ${apply.seconds.toFixed(2)} s\n`,
      );
      const coldRatios = colds.map((t, i) => t.seconds / (floors[i] ?? 1));
      const warmRatios = warms.map((t, i) => t.seconds / (floors[i] ?? 1));
      return {
        shape,
        factor,
        files: generated,
        floor: median(floors),
        cold: medianTimed(colds),
        warm: medianTimed(warms),
        coldRatio: median(coldRatios),
        warmRatio: median(warmRatios),
        apply,
      };
    } finally {
      rmSync(cache, { recursive: true, force: true });
    }
  });
}

/** A temporary git repository of the size and shape with its sources committed, removed afterwards. */
async function withRepo<T>(shape: BenchShape, size: BenchSize, body: (dir: string, sources: number) => T): Promise<T> {
  const dir = mkdtempSync(join(tmpdir(), `msr-bench-${shape}-`));
  try {
    const sources = await writeBenchRepo(dir, size, shape);
    git(dir, "init", "-q", "--initial-branch=main");
    git(dir, "add", "-A");
    git(dir, "commit", "-qm", "sources");
    return body(dir, sources);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The median (the upper one of an even count). */
function median(xs: readonly number[]): number {
  const sorted = [...xs].sort((a, b) => a - b);
  const m = sorted[Math.floor(sorted.length / 2)];
  if (m === undefined) throw new Error("no samples");
  return m;
}

function medianTimed(ts: readonly Timed[]): Timed {
  const m = median(ts.map((t) => t.seconds));
  return ts.find((t) => t.seconds === m) ?? (ts[0] as Timed);
}

/** `--version` and an in-sync plan of a 10-file repository: medians of `runs` wall times. */
async function startup(runs: number): Promise<{ node: number[]; version: number[]; small: number[]; files: number }> {
  // Node's own start-up on this machine, now: what no change to the tool can remove.
  const node = Array.from({ length: runs }, () => wall(["-e", "0"], {}));
  const version = Array.from({ length: runs }, () => wall([cli, "--version"], {}));
  return withRepo("one", SMALL_SIZE, (dir) => {
    const cache = mkdtempSync(join(tmpdir(), `msr-bench-cache-`));
    try {
      execFileSync(process.execPath, [cli, "apply", "--commit", "--repo", dir, "--quiet"], {
        env: { ...process.env, ...IDENTITY, XDG_CACHE_HOME: cache },
      });
      const files = trackedFiles(dir);
      const small = Array.from({ length: runs }, () =>
        wall([cli, "plan", "--repo", dir, "--quiet"], { XDG_CACHE_HOME: cache }),
      );
      return { node, version, small, files };
    } finally {
      rmSync(cache, { recursive: true, force: true });
    }
  });
}

const factor = Number(arg("factor", "1"));
const pairs = count("pairs", arg("repeat", "3"));
const startupRuns = count("startup-runs", "10");
const scaling = arg("scaling", "1,2,4")
  .split(",")
  .filter((s) => s !== "")
  .map(Number);
const shapes = arg("shape", SHAPES.join(","))
  .split(",")
  .filter((s) => s !== "");
for (const s of shapes)
  if (!(SHAPES as readonly string[]).includes(s)) throw new Error(`--shape ${s}: expected one of ${SHAPES.join(", ")}`);
const base = scaled(DEFAULT_SIZE, factor);
const cpu = cpus()[0]?.model ?? "unknown";
process.stdout.write(
  `machine: ${cpus().length} cores (${cpu}), ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}, ` +
    `load average ${loadavg()
      .map((l) => l.toFixed(1))
      .join(" ")} at the start\n` +
    `size 1x: ${base.kubeServices} Services in ${base.namespaces} namespaces, ${base.universalServices} universal services ` +
    `served by ${base.dataplanes} Dataplanes in ${base.meshes} meshes\n` +
    `${FLOOR_DEFINITION}\n` +
    `cold and warm: in-sync plan through ${cli}, each paired with a floor run on the same tree; ` +
    `ratios are the median of ${pairs} pair(s); RSS is the peak of the run\n\n`,
);
const rows: Row[] = [];
for (const shape of shapes as BenchShape[])
  for (const f of scaling) rows.push(await measure(shape, f, scaled(base, f)));
const up = await startup(startupRuns);

const x = (v: number): string => `${v.toFixed(2)}x`;
const sec = (v: number): string => `${v.toFixed(2)} s`;
process.stdout.write(
  "\n| shape | size | files | floor | cold | cold vs floor | warm | warm vs floor | peak RSS cold / warm | first apply --commit | apply vs cold |\n" +
    "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |\n",
);
for (const r of rows)
  process.stdout.write(
    `| ${SHAPE_NAMES[r.shape]} | ${r.factor}x | ${r.files} | ${sec(r.floor)} | ${sec(r.cold.seconds)} | ${x(r.coldRatio)} | ` +
      `${sec(r.warm.seconds)} | ${x(r.warmRatio)} | ${r.cold.rssMiB.toFixed(0)} / ${r.warm.rssMiB.toFixed(0)} MiB | ` +
      `${sec(r.apply.seconds)} | ${x(r.apply.seconds / r.cold.seconds)} |\n`,
  );
for (const shape of shapes) {
  const of = rows.filter((r) => r.shape === shape);
  const first = of[0];
  if (first === undefined || of.length < 2) continue;
  process.stdout.write(`\nscaling, ${SHAPE_NAMES[shape as BenchShape]} (time relative to the first size):\n`);
  for (const r of of)
    process.stdout.write(
      `${r.factor}x: floor ${x(r.floor / first.floor)}, cold ${x(r.cold.seconds / first.cold.seconds)}, ` +
        `warm ${x(r.warm.seconds / first.warm.seconds)}\n`,
    );
}
process.stdout.write(
  `\nnode -e 0: ${sec(median(up.node))} (median of ${up.node.length}; Node's own start-up, for scale)\n` +
    `--version: ${sec(median(up.version))} (median of ${up.version.length}; ${up.version.map((v) => v.toFixed(3)).join(", ")})\n` +
    `plan of a ${up.files}-file repository: ${sec(median(up.small))} (median of ${up.small.length}; ` +
    `${up.small.map((v) => v.toFixed(3)).join(", ")})\n`,
);
