#!/usr/bin/env node
import { readFileSync, realpathSync } from "node:fs";
import { availableParallelism } from "node:os";
import { pathToFileURL } from "node:url";
import { writeFile } from "node:fs/promises";
import { ReconcilerError } from "./errors.js";
import { USAGE, parseOptions } from "./options.js";
import type { Options } from "./options.js";
import { buildReport, resultOf } from "./report/report.js";
import type { Report, RunOutcome } from "./report/report.js";
import { renderMarkdown } from "./report/markdown.js";
import { renderText } from "./report/text.js";
import { run } from "./run.js";

export const EXIT_OK = 0;
export const EXIT_ERROR = 1;
export const EXIT_DRIFT = 2;

const pkg = JSON.parse(readFileSync(new URL("../package.json", import.meta.url), "utf8")) as {
  name: string;
  version: string;
};
const TOOL = { name: pkg.name, version: pkg.version };

/** The only place where results and failures become exit codes (interface.md). */
export function exitCodeFor(outcome: RunOutcome, options: Options): number {
  const result = resultOf(outcome);
  if (result === "error") return EXIT_ERROR;
  if (result !== "drift") return EXIT_OK;
  if (options.command === "check") return EXIT_DRIFT;
  if (options.command === "plan" && options.detailedExitcode) return EXIT_DRIFT;
  return EXIT_OK;
}

export interface Io {
  readonly argv: readonly string[];
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly isTTY: boolean;
  /** Cores of the machine: the default number of parse workers. */
  readonly cores?: number;
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
}

/** Runs the command line and returns the exit code; never throws. */
export async function main(io: Io): Promise<number> {
  let verbose = io.argv.includes("--verbose");
  try {
    const parsed = parseOptions(io.argv, { isTTY: io.isTTY, env: io.env, cores: io.cores });
    if (parsed.kind === "help") {
      io.stdout(`${USAGE}\n`);
      return EXIT_OK;
    }
    if (parsed.kind === "version") {
      io.stdout(`${TOOL.version}\n`);
      return EXIT_OK;
    }
    const options = parsed.options;
    verbose = options.verbose;
    const outcome = await run(options);
    if (options.verbose && outcome.stats) {
      const s = outcome.stats;
      const how = s.workers > 0 ? `in ${s.workers} worker threads` : "in the main thread";
      io.stderr(`read ${s.files} files: ${s.cached} from the cache, ${s.parsed} parsed ${how}\n`);
    }
    const code = exitCodeFor(outcome, options);
    const report = buildReport(outcome, TOOL, code);
    io.stdout(renderFormat(report, options));
    if (options.reportJson !== undefined) await writeFile(options.reportJson, renderJson(report));
    if (options.reportMarkdown !== undefined) await writeFile(options.reportMarkdown, renderMarkdown(report));
    return code;
  } catch (e) {
    if (e instanceof ReconcilerError) {
      io.stderr(`meshservice-reconciler: ${e.code === "usage" ? "" : `${e.operation}: `}${e.message}\n`);
      if (e.code === "usage") io.stderr("Run 'meshservice-reconciler --help' for usage.\n");
    } else {
      io.stderr(`meshservice-reconciler: unexpected error: ${(e as Error).message}\n`);
    }
    if (verbose && e instanceof Error && e.stack) io.stderr(`${e.stack}\n`);
    return EXIT_ERROR;
  }
}

function renderJson(report: Report): string {
  return `${JSON.stringify(report, null, 2)}\n`;
}

function renderFormat(report: Report, options: Options): string {
  switch (options.format) {
    case "json":
      return renderJson(report);
    case "markdown":
      return renderMarkdown(report);
    case "text":
      return renderText(report, { color: options.color });
  }
}

// Run only as the program, not when imported by tests.
// The bin is usually reached through a symlink (node_modules/.bin), hence the realpath.
if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(realpathSync(process.argv[1])).href) {
  const code = await main({
    argv: process.argv.slice(2),
    env: process.env,
    isTTY: process.stdout.isTTY === true,
    cores: availableParallelism(),
    stdout: (t) => process.stdout.write(t),
    stderr: (t) => process.stderr.write(t),
  });
  process.exitCode = code;
}
