import { execFileSync, spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { cpus, tmpdir, totalmem } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { DEFAULT_SIZE, scaled, writeBenchRepo } from "./bench-repo.js";
import type { BenchSize } from "./bench-repo.js";

// npm run bench [-- --factor 1 --scaling 1,2,4 --repeat 3]
// Builds a synthetic repository per size, applies once and commits, then times an in-sync `plan`
// cold (empty cache) and warm (second run), and the floor: parsing every YAML file of the same tree
// with the `yaml` library in one thread. Each timed step is its own process, like a user's run.
// The plans run `--repeat` times (cold, warm, cold, warm, ...) and the median of each is reported:
// a shared 2-core machine varies by 20% from run to run, which a single sample would pass on to the
// scaling table.

const root = fileURLToPath(new URL("../../", import.meta.url));
const cli = join(root, "dist", "bin.js");
const floorScript = join(root, "dist-scripts", "scripts", "bench-floor.js");

function arg(name: string, fallback: string): string {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? (process.argv[i + 1] ?? fallback) : fallback;
}

interface Timed {
  readonly seconds: number;
  readonly rssMiB: number;
  readonly stdout: string;
}

/** Runs a node script under /usr/bin/time for wall time and peak RSS. */
function timed(args: string[], env: Record<string, string>): Timed {
  const r = spawnSync("/usr/bin/time", ["-f", "%e %M", process.execPath, ...args], {
    env: { ...process.env, ...env },
    encoding: "utf8",
    maxBuffer: 1 << 30,
  });
  if (r.status !== 0) throw new Error(`${args.join(" ")} failed (${r.status}): ${r.stderr}`);
  const last = r.stderr.trim().split("\n").pop() ?? "";
  const [secs, kb] = last.split(" ");
  return { seconds: Number(secs), rssMiB: Number(kb) / 1024, stdout: r.stdout };
}

function git(dir: string, ...args: string[]): void {
  execFileSync("git", ["-c", "user.name=bench", "-c", "user.email=bench@example.invalid", ...args], { cwd: dir });
}

interface Row {
  readonly factor: number;
  readonly files: number;
  readonly floor: number;
  readonly cold: Timed;
  readonly warm: Timed;
}

async function measure(factor: number, size: BenchSize): Promise<Row> {
  const dir = mkdtempSync(join(tmpdir(), `msr-bench-${factor}x-`));
  const cache = mkdtempSync(join(tmpdir(), `msr-bench-cache-`));
  try {
    const files = await writeBenchRepo(dir, size);
    git(dir, "init", "-q", "--initial-branch=main");
    git(dir, "add", "-A");
    git(dir, "commit", "-qm", "sources");
    timed([cli, "apply", "--repo", dir, "--no-cache", "--quiet"], {});
    git(dir, "add", "-A");
    git(dir, "commit", "-qm", "reconcile");
    const floorRun = timed([floorScript, dir], {});
    const floor = (JSON.parse(floorRun.stdout) as { ms: number }).ms / 1000;
    const colds: Timed[] = [];
    const warms: Timed[] = [];
    for (let i = 0; i < repeat; i++) {
      rmSync(cache, { recursive: true, force: true });
      colds.push(timed([cli, "plan", "--repo", dir, "--quiet"], { XDG_CACHE_HOME: cache }));
      warms.push(timed([cli, "plan", "--repo", dir, "--quiet"], { XDG_CACHE_HOME: cache }));
    }
    for (const t of [...colds, ...warms])
      if (!/^In sync:/m.test(t.stdout)) throw new Error(`not in sync:\n${t.stdout}`);
    const samples = (ts: Timed[]): string => ts.map((t) => t.seconds.toFixed(1)).join(", ");
    process.stdout.write(`${factor}x samples: cold ${samples(colds)} s; warm ${samples(warms)} s\n`);
    return {
      factor,
      files: files + size.kubeServices + size.universalServices,
      floor,
      cold: median(colds),
      warm: median(warms),
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
    rmSync(cache, { recursive: true, force: true });
  }
}

/** The sample with the median time (the upper one of an even count). */
function median(ts: readonly Timed[]): Timed {
  const sorted = [...ts].sort((a, b) => a.seconds - b.seconds);
  const m = sorted[Math.floor(sorted.length / 2)];
  if (m === undefined) throw new Error("no samples");
  return m;
}

const factor = Number(arg("factor", "1"));
const repeat = Number(arg("repeat", "3"));
if (!Number.isInteger(repeat) || repeat < 1)
  throw new Error(`--repeat ${arg("repeat", "")}: expected a whole number >= 1`);
const scaling = arg("scaling", "1,2,4")
  .split(",")
  .filter((s) => s !== "")
  .map(Number);
const base = scaled(DEFAULT_SIZE, factor);
const cpu = cpus()[0]?.model ?? "unknown";
process.stdout.write(
  `machine: ${cpus().length} cores (${cpu}), ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}\n` +
    `size 1x: ${base.kubeServices} Services in ${base.namespaces} namespaces, ${base.universalServices} universal services ` +
    `served by ${base.dataplanes} Dataplanes in ${base.meshes} meshes\n\n`,
);
const rows: Row[] = [];
for (const f of scaling) {
  const row = await measure(f, scaled(base, f));
  rows.push(row);
  const r = (t: Timed): string =>
    `${t.seconds.toFixed(2)} s (${(t.seconds / row.floor).toFixed(2)}x floor, ${t.rssMiB.toFixed(0)} MiB)`;
  process.stdout.write(
    `${f}x: ${row.files} files; floor ${row.floor.toFixed(2)} s; plan cold ${r(row.cold)}; plan warm ${r(row.warm)}\n`,
  );
}
const first = rows[0];
if (first && rows.length > 1) {
  process.stdout.write("\nscaling (time relative to 1x):\n| size | floor | cold | warm |\n| --- | --- | --- | --- |\n");
  for (const row of rows) {
    const k = (a: number, b: number): string => `${(a / b).toFixed(2)}x`;
    process.stdout.write(
      `| ${row.factor}x | ${k(row.floor, first.floor)} | ${k(row.cold.seconds, first.cold.seconds)} | ${k(row.warm.seconds, first.warm.seconds)} |\n`,
    );
  }
}
