// Bundled by scripts/bundle.ts with esbuild; do not edit. Sources: src/, licences: licenses.txt.
import { createRequire as __msrCreateRequire } from "node:module";
import { dirname as __msrDirname } from "node:path";
import { fileURLToPath as __msrFileURLToPath } from "node:url";
const require = __msrCreateRequire(import.meta.url);
const __msrBundleFilename = __msrFileURLToPath(import.meta.url);
const __msrBundleDirname = __msrDirname(__msrBundleFilename);
import {
  ERROR_OUTPUTS,
  SILENT_PROGRESS,
  STEP_SUMMARY_LIMIT,
  USAGE,
  actionOutputs,
  buildReport,
  collectSecrets,
  commandUsage,
  createProgress,
  errorAnnotation,
  neutraliseCommands,
  parseOptions,
  redact,
  renderAnnotations,
  renderMarkdown,
  renderOutputs,
  renderStepSummary,
  renderText,
  resultOf,
  warningAnnotation
} from "./chunk-7JV5EK53.js";
import "./chunk-MCLW4ZTN.js";
import {
  IoError,
  ReconcilerError,
  TimeoutError,
  UsageError
} from "./chunk-DKNCGNOC.js";
import "./chunk-A54NI5B7.js";
import {
  readTool
} from "./chunk-2IOOKQTS.js";
import "./chunk-WECYETUR.js";

// src/cli.ts
import { realpathSync } from "node:fs";
import { availableParallelism } from "node:os";
import { pathToFileURL } from "node:url";
import { getHeapStatistics } from "node:v8";

// src/action-inputs.ts
var ACTION_OPTION_INPUTS = [
  ["repo", "string"],
  ["ref", "string"],
  ["config", "string"],
  ["zone", "list"],
  ["format", "string"],
  ["report-json", "string"],
  ["report-markdown", "string"],
  ["detailed-exitcode", "boolean"],
  ["quiet", "boolean"],
  ["verbose", "boolean"],
  ["no-color", "boolean"],
  ["color", "string"],
  ["summary", "boolean"],
  ["jobs", "string"],
  ["no-cache", "boolean"],
  ["allow-deletions", "boolean"],
  ["timeout", "string"],
  ["commit", "boolean"],
  ["push", "boolean"],
  ["pull-request", "boolean"],
  ["author", "string"],
  ["branch", "string"],
  ["allow-dirty", "boolean"],
  ["token-env", "string"],
  ["title", "string"],
  ["body-header", "string"],
  ["labels", "csv"],
  ["assignees", "csv"],
  ["reviewers", "csv"],
  ["draft", "boolean"],
  ["bot-branch", "string"]
];
function inputVariable(name) {
  return `INPUT_${name.replaceAll(" ", "_").toUpperCase()}`;
}
function isActionInvocation(argv, env) {
  return argv.length === 0 && (env[inputVariable("command")] ?? "").trim() !== "";
}
function argvFromActionInputs(env) {
  const get = (name) => (env[inputVariable(name)] ?? "").trim();
  const argv = [get("command")];
  for (const [name, kind] of ACTION_OPTION_INPUTS) {
    const value = get(name);
    if (value === "") continue;
    if (kind === "string") argv.push(`--${name}`, value);
    else if (kind === "list" || kind === "csv")
      for (const item of value.split(kind === "list" ? /[\s,]+/ : /[\r\n,]+/).map((v) => v.trim()).filter((v) => v !== ""))
        argv.push(`--${name}`, item);
    else if (["true", "True", "TRUE"].includes(value)) argv.push(`--${name}`);
    else if (!["false", "False", "FALSE"].includes(value))
      throw new UsageError(`input "${name}" must be true or false, not "${value}"`);
  }
  if (get("token-env") === "" && get("token") !== "") argv.push("--token-env", inputVariable("token"));
  return argv;
}

// src/io/actions.ts
import { appendFile, stat } from "node:fs/promises";
async function appendStepSummary(path, render) {
  const used = await stat(path).then(
    (s) => s.size,
    () => 0
  );
  const text = render(STEP_SUMMARY_LIMIT - used);
  if (text === "") return;
  try {
    await appendFile(path, text, "utf8");
  } catch (cause) {
    throw new IoError("write job summary", `cannot append to ${path}: ${cause.message}`, { cause });
  }
}
async function appendOutputs(path, text) {
  try {
    await appendFile(path, text, "utf8");
  } catch (cause) {
    throw new IoError("write step outputs", `cannot append to ${path}: ${cause.message}`, { cause });
  }
}
function isGitHubActions(env) {
  return env["GITHUB_ACTIONS"] === "true";
}
async function publishReport(report, env, write, jsonReport, redact2 = (text) => text) {
  const { lines } = renderAnnotations(report);
  if (lines.length > 0) write(`${lines.join("\n")}
`);
  const summary = env["GITHUB_STEP_SUMMARY"] ?? "";
  if (summary !== "")
    await appendStepSummary(summary, (budget) => redact2(renderStepSummary(report, { budget, jsonReport })));
  const output = env["GITHUB_OUTPUT"] ?? "";
  if (output !== "") await appendOutputs(output, redact2(renderOutputs(actionOutputs(report))));
}
async function publishFailure(message, env, write) {
  write(`${errorAnnotation(message)}
`);
  const output = env["GITHUB_OUTPUT"] ?? "";
  if (output !== "") await appendOutputs(output, renderOutputs(ERROR_OUTPUTS));
}

// src/io/reports.ts
import { writeFile } from "node:fs/promises";
async function writeReportFile(path, text) {
  try {
    await writeFile(path, text, "utf8");
  } catch (cause) {
    throw new IoError("write report", `cannot write ${path}: ${cause.message}`, { cause });
  }
}

// src/report/json.ts
function renderJson(report) {
  return `${JSON.stringify(report, null, 2)}
`;
}

// src/cli.ts
var EXIT_OK = 0;
var EXIT_ERROR = 1;
var EXIT_DRIFT = 2;
function exitCodeFor(outcome, options) {
  const result = resultOf(outcome);
  if (result === "error") return EXIT_ERROR;
  if (result !== "drift") return EXIT_OK;
  if (options.command === "check") return EXIT_DRIFT;
  if (options.command === "plan" && options.detailedExitcode) return EXIT_DRIFT;
  return EXIT_OK;
}
async function main(raw) {
  const secrets = collectSecrets([raw.env["GITHUB_TOKEN"]], raw.argv);
  const hide = (text) => redact(text, secrets);
  const githubActions = isGitHubActions(raw.env);
  const inert = githubActions ? neutraliseCommands : (t) => t;
  const commands = (t) => raw.stderr(hide(t));
  const io = { ...raw, stdout: (t) => raw.stdout(inert(hide(t))), stderr: (t) => raw.stderr(inert(hide(t))) };
  let verbose = io.argv.includes("--verbose");
  try {
    const argv = isActionInvocation(io.argv, io.env) ? argvFromActionInputs(io.env) : io.argv;
    secrets.push(...collectSecrets([], argv));
    if (argv[0] === "init") return await (await import("./init-S3QNGDHL.js")).runInit(argv.slice(1), io);
    const parsed = parseOptions(argv, { isTTY: io.isTTY, env: io.env, cores: io.cores });
    if (parsed.kind === "help") {
      io.stdout(`${parsed.command === void 0 ? USAGE : commandUsage(parsed.command)}
`);
      return EXIT_OK;
    }
    if (parsed.kind === "version") {
      io.stdout(`${readTool().version}
`);
      return EXIT_OK;
    }
    const options = parsed.options;
    verbose = options.verbose;
    secrets.push(...collectSecrets([io.env[options.tokenEnv]], []));
    const showProgress = !options.quiet && (io.stderrIsTTY === true || options.verbose || githubActions);
    const progress = showProgress ? createProgress({ write: commands, githubActions, slowOnly: !options.verbose && !githubActions }) : SILENT_PROGRESS;
    const actionCache = githubActions ? await (await import("./action-cache.js")).restoreParseCache(options, (m) => commands(`${warningAnnotation(m)}
`), io.env) : null;
    const outcome = await runWithin(options, { env: io.env, redact: hide, progress });
    await actionCache?.save();
    if (options.verbose && outcome.stats) {
      const s = outcome.stats;
      const how = s.workers > 0 ? `in ${s.workers} worker threads` : "in the main thread";
      const whole = s.memoisedZones ? ` (${s.memoisedZones} ${s.memoisedZones === 1 ? "zone" : "zones"} whole)` : "";
      io.stderr(`read ${s.files} files: ${s.cached} from the cache${whole}, ${s.parsed} parsed ${how}
`);
      io.stderr(`heap limit: ${Math.round(getHeapStatistics().heap_size_limit / 2 ** 20)} MiB
`);
    }
    const code = exitCodeFor(outcome, options);
    const report = buildReport(outcome, readTool(), code);
    io.stdout(renderFormat(report, options));
    if (outcome.pullRequestUrl !== null && !options.quiet) io.stderr(`pull request: ${outcome.pullRequestUrl}
`);
    if (options.reportJson !== void 0) await writeReportFile(options.reportJson, hide(renderJson(report)));
    if (options.reportMarkdown !== void 0)
      await writeReportFile(options.reportMarkdown, hide(renderMarkdown(report, { jsonReport: options.reportJson })));
    if (githubActions) await publishReport(report, io.env, commands, options.reportJson ?? null, hide);
    return code;
  } catch (e) {
    let message;
    if (e instanceof ReconcilerError) {
      message = `${e.code === "usage" ? "" : `${e.operation}: `}${e.message}`;
      io.stderr(`meshservice-reconciler: ${message}
`);
      if (e.code === "usage") io.stderr("Run 'meshservice-reconciler --help' for usage.\n");
    } else {
      message = `unexpected error: ${e instanceof Error ? e.message : String(e)}`;
      io.stderr(`meshservice-reconciler: ${message}
`);
    }
    if (verbose && e instanceof Error && e.stack) io.stderr(`${e.stack}
`);
    if (githubActions) await publishFailure(message, io.env, commands).catch(() => void 0);
    return EXIT_ERROR;
  }
}
async function runWithin(options, ctx) {
  const { run } = await import("./run-ZXSHGZWD.js");
  if (options.timeout === null) return await run(options, ctx);
  const deadline = new AbortController();
  const timer = setTimeout(() => deadline.abort(), options.timeout.ms);
  try {
    return await run(options, { ...ctx, signal: deadline.signal });
  } catch (cause) {
    if (!deadline.signal.aborted) throw cause;
    throw new TimeoutError(
      `the run did not finish within --timeout ${options.timeout.text} and was stopped; nothing was written, committed or pushed after that`,
      { cause }
    );
  } finally {
    clearTimeout(timer);
  }
}
function renderFormat(report, options) {
  switch (options.format) {
    case "json":
      return renderJson(report);
    case "markdown":
      return renderMarkdown(report, { jsonReport: options.reportJson });
    case "text":
      return renderText(report, { color: options.color, verbose: options.verbose, summary: options.summary });
  }
}
async function runAsProgram() {
  return await main({
    argv: process.argv.slice(2),
    env: process.env,
    isTTY: process.stdout.isTTY === true,
    stderrIsTTY: process.stderr.isTTY === true,
    cores: availableParallelism(),
    stdout: (t) => process.stdout.write(t),
    stderr: (t) => process.stderr.write(t)
  });
}
if (process.argv[1] !== void 0 && import.meta.url === pathToFileURL(realpathSync(process.argv[1])).href) {
  process.exitCode = await runAsProgram();
}
export {
  EXIT_DRIFT,
  EXIT_ERROR,
  EXIT_OK,
  exitCodeFor,
  main,
  runAsProgram
};
