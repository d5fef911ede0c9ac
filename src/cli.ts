import { realpathSync } from "node:fs";
import { availableParallelism } from "node:os";
import { pathToFileURL } from "node:url";
import { getHeapStatistics } from "node:v8";
import { argvFromActionInputs, isActionInvocation } from "./action-inputs.js";
import { ReconcilerError, TimeoutError } from "./errors.js";
import { hasErrors, formatDiagnostic, sortDiagnostics } from "./diagnostics.js";
import { appendOutputs, isGitHubActions, publishFailure, publishReport } from "./io/actions.js";
import { diagnosticAnnotation, formatAnnotation, neutraliseCommands, warningAnnotation } from "./report/github.js";
import { readTool } from "./io/package-files.js";
import { SILENT_PROGRESS, createProgress } from "./io/progress.js";
import { writeReportFile } from "./io/reports.js";
import { collectSecrets, redact } from "./redact.js";
import { USAGE, commandUsage, parseOptions, parseZonesOptions, zonesUsage } from "./options.js";
import type { Options } from "./options.js";
import { buildReport, resultOf } from "./report/report.js";
import type { Report, RunOutcome } from "./report/report.js";
import { renderJson } from "./report/json.js";
import { renderMarkdown } from "./report/markdown.js";
import { renderText } from "./report/text.js";
import { renderZonesJson, renderZonesText } from "./report/zones.js";
import type { RunContext } from "./run.js";

export const EXIT_OK = 0;
export const EXIT_ERROR = 1;
export const EXIT_DRIFT = 2;

/** The only place where results and failures become exit codes (docs/design/interface.md). */
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
  /** stdout is a terminal: colour the text report. */
  readonly isTTY: boolean;
  /** stderr is a terminal: show progress. */
  readonly stderrIsTTY?: boolean;
  /** Cores of the machine: the default number of parse workers. */
  readonly cores?: number;
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
}

/** Runs the command line and returns the exit code; never throws. */
export async function main(raw: Io): Promise<number> {
  // Every path out (stdout, stderr, report files, the pull request body) is redacted. The secrets are
  // known before the flags are parsed: the default token, and the password of any URL argument (of
  // the argv actually parsed, below, as well: in the Action it comes from INPUT_* variables).
  const secrets = collectSecrets([raw.env["GITHUB_TOKEN"]], raw.argv);
  const hide = (text: string): string => redact(text, secrets);
  const githubActions = isGitHubActions(raw.env);
  // On a runner, stdout and stderr are read for workflow commands: a file name, a key or a message
  // from the repository must never become one. The tool's own commands (annotations, log groups) go
  // through `commands`, everything else through `io`, with every command-like line made inert.
  const inert = githubActions ? neutraliseCommands : (t: string): string => t;
  const commands = (t: string): void => raw.stderr(hide(t));
  const io: Io = { ...raw, stdout: (t) => raw.stdout(inert(hide(t))), stderr: (t) => raw.stderr(inert(hide(t))) };
  let verbose = io.argv.includes("--verbose");
  try {
    // The Action (action.yml) starts the CLI without arguments and passes its inputs as INPUT_*.
    const argv = isActionInvocation(io.argv, io.env) ? argvFromActionInputs(io.env) : io.argv;
    secrets.push(...collectSecrets([], argv));
    // The program proper (yaml, ajv, git, the worker pool) is loaded only for a command that needs it:
    // `--version` and `--help` start in a fraction of the time (scripts/bundle.ts splits the bundle).
    if (argv[0] === "init") return await (await import("./init/init.js")).runInit(argv.slice(1), io);
    if (argv[0] === "zones") return await zonesCommand(argv.slice(1), io, githubActions ? commands : null, hide);
    const parsed = parseOptions(argv, { isTTY: io.isTTY, env: io.env, cores: io.cores });
    if (parsed.kind === "help") {
      io.stdout(`${parsed.command === undefined ? USAGE : commandUsage(parsed.command)}\n`);
      return EXIT_OK;
    }
    if (parsed.kind === "version") {
      io.stdout(`${readTool().version}\n`);
      return EXIT_OK;
    }
    const options = parsed.options;
    verbose = options.verbose;
    secrets.push(...collectSecrets([io.env[options.tokenEnv]], []));
    // The control plane's token of --live is hidden the same way, everywhere.
    if (options.kumaTokenEnv !== undefined) secrets.push(...collectSecrets([io.env[options.kumaTokenEnv]], []));
    // Progress only where someone watches it: a terminal, --verbose, or an Actions log (as groups).
    const showProgress = !options.quiet && (io.stderrIsTTY === true || options.verbose || githubActions);
    // On a terminal only the steps that take a while are shown; --verbose and Actions show all of them.
    const progress = showProgress
      ? createProgress({ write: commands, githubActions, slowOnly: !options.verbose && !githubActions })
      : SILENT_PROGRESS;
    // In the Action, the parse cache lives on in the Actions cache (loaded only there: it is large).
    const actionCache = githubActions
      ? await (
          await import("./io/action-cache.js")
        ).restoreParseCache(options, (m) => commands(`${warningAnnotation(m)}\n`), io.env)
      : null;
    const outcome = await runWithin(options, { env: io.env, redact: hide, progress });
    await actionCache?.save();
    if (options.verbose && outcome.stats) {
      const s = outcome.stats;
      const how = s.workers > 0 ? `in ${s.workers} worker threads` : "in the main thread";
      const whole = s.memoisedZones ? ` (${s.memoisedZones} ${s.memoisedZones === 1 ? "zone" : "zones"} whole)` : "";
      io.stderr(`read ${s.files} files: ${s.cached} from the cache${whole}, ${s.parsed} parsed ${how}\n`);
      io.stderr(`heap limit: ${Math.round(getHeapStatistics().heap_size_limit / 2 ** 20)} MiB\n`);
    }
    const code = exitCodeFor(outcome, options);
    const report = buildReport(outcome, readTool(), code);
    io.stdout(renderFormat(report, options));
    if (outcome.pullRequestUrl !== null && !options.quiet) io.stderr(`pull request: ${outcome.pullRequestUrl}\n`);
    if (options.reportJson !== undefined) await writeReportFile(options.reportJson, hide(renderJson(report)));
    if (options.reportMarkdown !== undefined)
      await writeReportFile(options.reportMarkdown, hide(renderMarkdown(report, { jsonReport: options.reportJson })));
    if (githubActions) await publishReport(report, io.env, commands, options.reportJson ?? null, hide);
    return code;
  } catch (e) {
    let message: string;
    if (e instanceof ReconcilerError) {
      message = `${e.code === "usage" ? "" : `${e.operation}: `}${e.message}`;
      io.stderr(`meshservice-reconciler: ${message}\n`);
      if (e.code === "usage") io.stderr("Run 'meshservice-reconciler --help' for usage.\n");
    } else {
      message = `unexpected error: ${e instanceof Error ? e.message : String(e)}`;
      io.stderr(`meshservice-reconciler: ${message}\n`);
    }
    if (verbose && e instanceof Error && e.stack) io.stderr(`${e.stack}\n`);
    if (githubActions) await publishFailure(message, io.env, commands).catch(() => undefined);
    return EXIT_ERROR;
  } finally {
    // The temporary clone of the run goes only now: the reports read its files when they show them.
    await release();
  }
}

/** Removes the run's temporary clones (src/io/git.ts releaseClones), once run.js is loaded. */
let release = (): Promise<void> => Promise.resolve();

/**
 * `zones`: the selected zones on stdout (text, or the JSON matrix), or the config's problems as
 * diagnostics on stderr and exit 1 (nothing on stdout, so that a workflow's fromJSON fails rather
 * than running no job). On a runner (`commands` set) the diagnostics are annotations too, and the
 * JSON matrix is the step output `matrix`.
 */
async function zonesCommand(
  argv: readonly string[],
  io: Io,
  commands: ((text: string) => void) | null,
  hide: (text: string) => string,
): Promise<number> {
  const parsed = parseZonesOptions(argv);
  if (parsed.kind === "help") {
    io.stdout(`${zonesUsage()}\n`);
    return EXIT_OK;
  }
  const { listZones } = await import("./run.js");
  const { zones, configured, diagnostics } = await listZones(parsed.options);
  const sorted = sortDiagnostics(diagnostics);
  if (sorted.length > 0) io.stderr(`${sorted.map(formatDiagnostic).join("\n")}\n`);
  if (commands !== null && sorted.length > 0)
    commands(`${sorted.map((d) => formatAnnotation(diagnosticAnnotation(d))).join("\n")}\n`);
  if (hasErrors(diagnostics)) return EXIT_ERROR;
  const json = renderZonesJson(zones, configured);
  io.stdout(parsed.options.format === "json" ? json : renderZonesText(zones, configured));
  const output = io.env["GITHUB_OUTPUT"] ?? "";
  if (commands !== null && output !== "") await appendOutputs(output, hide(`matrix=${json}`));
  return EXIT_OK;
}

/**
 * Runs with the --timeout deadline: when it passes, every git process of the run is killed and every
 * API request aborted (a push lands whole or not at all), the temporary clone is removed, nothing
 * more is written, and the run fails with a TimeoutError.
 */
async function runWithin(options: Options, ctx: RunContext): Promise<RunOutcome> {
  const { run, releaseClones } = await import("./run.js");
  release = releaseClones;
  if (options.timeout === null) return await run(options, ctx);
  const deadline = new AbortController();
  const timer = setTimeout(() => deadline.abort(), options.timeout.ms);
  try {
    return await run(options, { ...ctx, signal: deadline.signal });
  } catch (cause) {
    if (!deadline.signal.aborted) throw cause;
    throw new TimeoutError(
      `the run did not finish within --timeout ${options.timeout.text} and was stopped; nothing was written, committed or pushed after that`,
      { cause },
    );
  } finally {
    clearTimeout(timer);
  }
}

function renderFormat(report: Report, options: Options): string {
  switch (options.format) {
    case "json":
      return renderJson(report);
    case "markdown":
      return renderMarkdown(report, { jsonReport: options.reportJson });
    case "text":
      return renderText(report, { color: options.color, verbose: options.verbose, summary: options.summary });
  }
}

/** Runs the command line of this process (src/bin.ts, the executable, calls it) and returns the exit code. */
export async function runAsProgram(): Promise<number> {
  return await main({
    argv: process.argv.slice(2),
    env: process.env,
    isTTY: process.stdout.isTTY === true,
    stderrIsTTY: process.stderr.isTTY === true,
    cores: availableParallelism(),
    stdout: (t) => process.stdout.write(t),
    stderr: (t) => process.stderr.write(t),
  });
}

// `node dist/cli.js` runs the program as dist/bin.js does; importing
// this module (tests, bin.ts) does not. The path is usually reached through a symlink, hence realpath.
if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(realpathSync(process.argv[1])).href) {
  process.exitCode = await runAsProgram();
}
