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
  actionOutputs,
  createProgress,
  diagnosticAnnotation,
  errorAnnotation,
  formatAnnotation,
  neutraliseCommands,
  renderAnnotations,
  renderOutputs,
  renderStepSummary,
  warningAnnotation
} from "./chunk-Y6BZNMJX.js";
import {
  PUSH_TRIES_LIMIT,
  buildReport,
  didYouMean,
  readAuthor,
  renderMarkdown,
  renderText,
  resultOf
} from "./chunk-LFPBNQJP.js";
import {
  collectSecrets,
  redact
} from "./chunk-YOMDYO5E.js";
import {
  isRemoteUrl
} from "./chunk-PVEBKOTS.js";
import "./chunk-PPCP3H57.js";
import {
  IoError,
  ReconcilerError,
  TimeoutError,
  UsageError
} from "./chunk-S3QAPZEI.js";
import "./chunk-3GXTV6MY.js";
import {
  readTool
} from "./chunk-2IOOKQTS.js";
import {
  formatDiagnostic,
  hasErrors,
  sortDiagnostics
} from "./chunk-PITT3D5D.js";
import {
  escapeJson,
  printable
} from "./chunk-GT7KMTWH.js";
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
  ["kuma-cp-url", "string", "live"],
  ["kuma-token-env", "string"],
  ["kuma-ca-file", "string"],
  ["adopt-live-vips", "boolean"],
  ["commit", "boolean"],
  ["push", "boolean"],
  ["pull-request", "boolean"],
  ["author", "string"],
  ["branch", "string"],
  ["push-tries", "string"],
  ["allow-dirty", "boolean"],
  ["token-env", "string"],
  ["title", "string"],
  ["body-header", "string"],
  ["labels", "csv"],
  ["assignees", "csv"],
  ["reviewers", "csv"],
  ["draft", "boolean"],
  ["bot-branch", "string"],
  ["json", "boolean"],
  ["report", "boolean"],
  ["replace", "boolean"]
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
  for (const [name, kind, flag = name] of ACTION_OPTION_INPUTS) {
    const value = get(name);
    if (value === "") continue;
    if (kind === "string") argv.push(`--${flag}`, value);
    else if (kind === "list" || kind === "csv")
      for (const item of value.split(kind === "list" ? /[\s,]+/ : /[\r\n,]+/).map((v) => v.trim()).filter((v) => v !== ""))
        argv.push(`--${flag}`, item);
    else if (["true", "True", "TRUE"].includes(value)) argv.push(`--${flag}`);
    else if (!["false", "False", "FALSE"].includes(value))
      throw new UsageError(`input "${name}" must be true or false, not "${value}"`);
  }
  if (get("token-env") === "" && get("token") !== "" && argv[0] !== "zones")
    argv.push("--token-env", inputVariable("token"));
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

// src/options.ts
import { parseArgs } from "node:util";
var DEFAULT_AUTHOR = "meshservice-reconciler <meshservice-reconciler@users.noreply.github.com>";
var USAGE = `Usage: meshservice-reconciler <plan|check|apply|migrate|init|zones> [options]

Commands:
  plan     read-only: show what apply would change
  check    read-only, for CI: like plan, exit 2 on drift
  apply    write the files; optionally commit, push, open a pull request
  migrate  rewrite legacy kuma.io/service references in policies to MeshService
           ones (docs/migration.md); --report only lists them
  init     write a starter meshservice-reconciler.yaml from the sources found
           (meshservice-reconciler init --help)
  zones    list the config's zones (--repo, --config, --zone; --json: for a
           GitHub Actions strategy.matrix)

Options:
  --repo <path or url>        config repository (default: the work tree around the
                              current directory)
  --ref <ref>                 branch, tag or commit to check out when cloning
                              (also refs/heads/<branch>, refs/tags/<tag>)
  --config <file>             config file relative to the repository root
                              (default: meshservice-reconciler.yaml when present)
  --zone <name>               only this zone (repeatable, or names separated by commas)
  --format text|json|markdown what goes to stdout (default: text)
  --report-json <file>        also write the JSON report
  --report-markdown <file>    also write the Markdown report
  --detailed-exitcode         plan: exit 2 when there is drift
  --quiet, --verbose          less / more on stderr
  --color auto|always|never   colour the text output (default auto: on a terminal without NO_COLOR)
  --no-color                  never colour the text output (--color never)
  --summary                   text: only the per-zone counts and the verdict
  --jobs <n>                  worker threads for parsing (default: one per core)
  --no-cache                  neither read nor write the parse cache
  --allow-deletions           let a plan delete more generated files than maxDeletions
  --timeout <duration>        stop the whole run after this long (90s, 15m, 1h; default: none)
  --live <kuma-cp-url>        plan, check: also compare Git with the MeshServices of this
                              zone's control plane (its API server, e.g. https://kuma-cp:5682)
  --kuma-token-env <NAME>     environment variable holding the control plane's token
                              (sent as Authorization: Bearer, to that host only)
  --kuma-ca-file <file>       PEM file of the CA that signs the API server's certificate
  -h, --help                  show this help
  --version                   show the version

migrate only:
  --report                    list the legacy references and each mesh's readiness
                              for Exclusive; write nothing
  --replace                   replace a route's legacy backendRef instead of adding
                              the new-style one next to it

apply and migrate only:
  --commit                    commit the changed files
  --push                      commit and push (to the checked-out branch or --branch)
  --pull-request              commit, push the bot branch and open or update a pull request
  --author "Name <email>"     commit author
  --branch <name>             the branch to push to with --push
  --push-tries <n>            --push: tries when the push loses a race (default 3, and one more
                              per other zone of the config with --zone)
  --allow-dirty               commit even when source files have uncommitted changes
  --token-env <NAME>          environment variable holding the token (default: GITHUB_TOKEN)
  --adopt-live-vips           with --live (Universal): keep the VIPs the control plane assigned

apply --pull-request and migrate --pull-request only:
  --title <text>              pull request title (default: the commit subject)
  --body-header <markdown>    text before the report in the pull request body
  --labels <a,b>              labels to add (repeatable, or separated by commas)
  --assignees <a,b>           people to assign (repeatable, or separated by commas)
  --reviewers <a,b>           people to request a review from (repeatable, or separated by commas)
  --draft                     open the pull request as a draft
  --bot-branch <name>         the head branch (default: meshservice-reconciler/<base>;
                              for migrate meshservice-reconciler/migrate/<base>)

zones only:
  --json                      one line of JSON, {"include":[{"zone":...},...]} (--format json)

Exit codes: 0 success, 1 error, 2 drift (check, and plan --detailed-exitcode).`;
var COMMANDS = ["plan", "check", "apply", "migrate"];
function commandUsage(command) {
  const [, commands = "", options = "", ...rest] = USAGE.split(/\n\n(?=[A-Za-z])/);
  const line = commands.split("\n").find((l) => l.trimStart().startsWith(`${command} `)) ?? "";
  const own = rest.filter(
    (r) => command === "migrate" && r.startsWith("migrate ") || (command === "apply" || command === "migrate") && r.startsWith("apply ")
  );
  const exit = rest.filter((r) => r.startsWith("Exit codes"));
  return [
    `Usage: meshservice-reconciler ${command} [options]`,
    `  ${line.trim().replace(/^\S+\s+/, "")}`,
    options,
    ...own,
    ...exit
  ].join("\n\n");
}
var FLAGS = {
  repo: { type: "string" },
  ref: { type: "string" },
  config: { type: "string" },
  zone: { type: "string", multiple: true },
  format: { type: "string" },
  "report-json": { type: "string" },
  "report-markdown": { type: "string" },
  "detailed-exitcode": { type: "boolean" },
  quiet: { type: "boolean" },
  verbose: { type: "boolean" },
  "no-color": { type: "boolean" },
  color: { type: "string" },
  summary: { type: "boolean" },
  commit: { type: "boolean" },
  push: { type: "boolean" },
  "pull-request": { type: "boolean" },
  author: { type: "string" },
  branch: { type: "string" },
  "push-tries": { type: "string" },
  "token-env": { type: "string" },
  title: { type: "string" },
  "body-header": { type: "string" },
  labels: { type: "string", multiple: true },
  assignees: { type: "string", multiple: true },
  reviewers: { type: "string", multiple: true },
  draft: { type: "boolean" },
  "bot-branch": { type: "string" },
  jobs: { type: "string" },
  "no-cache": { type: "boolean" },
  "allow-deletions": { type: "boolean" },
  "allow-dirty": { type: "boolean" },
  timeout: { type: "string" },
  live: { type: "string" },
  "kuma-token-env": { type: "string" },
  "kuma-ca-file": { type: "string" },
  "adopt-live-vips": { type: "boolean" },
  report: { type: "boolean" },
  replace: { type: "boolean" },
  help: { type: "boolean", short: "h" },
  version: { type: "boolean" }
};
function parseZonesOptions(argv) {
  let values;
  try {
    ({ values } = parseArgs({
      args: [...argv],
      strict: true,
      allowPositionals: false,
      options: {
        repo: FLAGS.repo,
        config: FLAGS.config,
        zone: FLAGS.zone,
        format: FLAGS.format,
        json: { type: "boolean" },
        help: FLAGS.help
      }
    }));
  } catch (e) {
    throw new UsageError(`zones: ${flagError(e)}`);
  }
  if (values.help) return { kind: "help" };
  const format = values.json === true ? "json" : values.format ?? "text";
  if (format !== "text" && format !== "json")
    throw new UsageError(`zones: --format must be text or json, not "${format}"`);
  if (values.json === true && values.format !== void 0 && values.format !== "json")
    throw new UsageError(`zones: --json and --format ${values.format} cannot be used together`);
  const repo = values.repo ?? ".";
  if (isRemoteUrl(repo))
    throw new UsageError(`zones: --repo must be a local directory (check the repository out first)`);
  return {
    kind: "run",
    options: {
      repo,
      repoDefault: values.repo === void 0,
      config: values.config,
      zones: readList(values.zone),
      format
    }
  };
}
function zonesUsage() {
  const [, , , ...rest] = USAGE.split(/\n\n(?=[A-Za-z])/);
  return [
    "Usage: meshservice-reconciler zones [--repo <path>] [--config <file>] [--zone <name>] [--json]",
    "Lists the zones of the config (all of them, or those --zone names): name, environment, sources and output.\nWith --json, one line a workflow reads with fromJSON as a strategy.matrix (one job per zone, matrix.zone).",
    ...rest.filter((r) => r.startsWith("zones "))
  ].join("\n\n");
}
function parseOptions(argv, ctx) {
  const { values: v, positionals } = readFlags(argv);
  if (v.help) {
    const named = COMMANDS.find((c) => c === positionals[0]);
    return named === void 0 ? { kind: "help" } : { kind: "help", command: named };
  }
  if (v.version) return { kind: "version" };
  const command = readCommand(positionals);
  const format = readFormat(v.format ?? "text");
  checkCombinations(command, v);
  const color = readColor(v.color, v["no-color"] === true, ctx);
  return {
    kind: "run",
    options: {
      command,
      repo: v.repo ?? ".",
      repoDefault: v.repo === void 0,
      ref: v.ref === void 0 ? void 0 : shortRef(v.ref),
      config: v.config,
      zones: readList(v.zone),
      format,
      reportJson: v["report-json"],
      reportMarkdown: v["report-markdown"],
      detailedExitcode: v["detailed-exitcode"] === true,
      quiet: v.quiet === true,
      verbose: v.verbose === true,
      color,
      summary: v.summary === true,
      commit: v.commit === true || v.push === true || v["pull-request"] === true,
      push: v.push === true,
      pullRequest: v["pull-request"] === true,
      author: readAuthorFlag(v.author ?? DEFAULT_AUTHOR),
      branch: v.branch === void 0 ? void 0 : readBranchFlag("--branch", v.branch),
      pushTries: v["push-tries"] === void 0 ? null : readPushTries(v["push-tries"]),
      tokenEnv: readTokenEnv(v["token-env"] ?? "GITHUB_TOKEN"),
      allowDeletions: v["allow-deletions"] === true,
      allowDirty: v["allow-dirty"] === true,
      title: v.title,
      bodyHeader: v["body-header"],
      labels: readList(v.labels),
      assignees: readList(v.assignees),
      reviewers: readList(v.reviewers),
      draft: v.draft === true,
      botBranch: v["bot-branch"] === void 0 ? void 0 : readBranchFlag("--bot-branch", v["bot-branch"]),
      jobs: readJobs(v.jobs, ctx.cores ?? 1),
      cacheHome: v["no-cache"] === true ? null : defaultCacheHome(ctx.env),
      timeout: v.timeout === void 0 ? null : { ms: readDuration(v.timeout), text: v.timeout },
      live: v.live === void 0 ? void 0 : readLiveUrl(v.live, v["kuma-token-env"] !== void 0),
      kumaTokenEnv: v["kuma-token-env"] === void 0 ? void 0 : readEnvName("--kuma-token-env", v["kuma-token-env"]),
      kumaCaFile: v["kuma-ca-file"],
      adoptLiveVips: v["adopt-live-vips"] === true,
      migrateReport: v.report === true,
      replace: v.replace === true
    }
  };
}
function readFlags(argv) {
  try {
    return parseArgs({ args: [...argv], allowPositionals: true, strict: true, options: FLAGS });
  } catch (e) {
    throw new UsageError(flagError(e));
  }
}
function flagError(e) {
  const flag = /'(-{1,2}[^' ]+)/.exec(e.message)?.[1] ?? "";
  const names = Object.keys(FLAGS).map((f) => `--${f}`);
  switch (e.code) {
    case "ERR_PARSE_ARGS_UNKNOWN_OPTION":
      return `unknown option ${flag}.${didYouMean(flag, names, (s) => s)}`;
    case "ERR_PARSE_ARGS_INVALID_OPTION_VALUE":
      return /argument missing/.test(e.message) ? `${flag} needs a value` : `${flag} takes no value (it is a switch)`;
    default:
      return e.message;
  }
}
function readCommand(positionals) {
  const [command, ...rest] = positionals;
  if (command === void 0) throw new UsageError("missing command: plan, check, apply or migrate");
  const known = COMMANDS.find((c) => c === command);
  if (known === void 0) {
    throw new UsageError(
      `unknown command "${command}": expected plan, check, apply, migrate, init or zones.${didYouMean(command, [...COMMANDS, "init", "zones"])}`
    );
  }
  if (rest.length > 0) throw new UsageError(`unexpected argument "${rest[0] ?? ""}"`);
  return known;
}
function checkCombinations(command, v) {
  if (v.quiet && v.verbose) throw new UsageError("--quiet and --verbose cannot be used together");
  const applyOnly = ["commit", "push", "pull-request", "author", "branch", "push-tries", "allow-dirty"].filter((k) => v[k] !== void 0);
  if (command !== "apply" && command !== "migrate" && applyOnly.length > 0) {
    throw new UsageError(`--${applyOnly[0] ?? ""} is only for apply and migrate`);
  }
  const migrateOnly = ["report", "replace"].filter((k) => v[k] !== void 0);
  if (command !== "migrate" && migrateOnly.length > 0)
    throw new UsageError(`--${migrateOnly[0] ?? ""} is only for migrate`);
  if (v.report && applyOnly.length > 0)
    throw new UsageError(`--report writes nothing: it cannot be used with --${applyOnly[0] ?? ""}`);
  if (v.push && v["pull-request"]) throw new UsageError("--push and --pull-request cannot be used together");
  if (v.branch !== void 0 && !v.push) throw new UsageError("--branch goes with --push");
  if (v["push-tries"] !== void 0 && !v.push) throw new UsageError("--push-tries goes with --push");
  const pullRequestOnly = ["title", "body-header", "labels", "assignees", "reviewers", "draft", "bot-branch"].filter((k) => v[k] !== void 0);
  if (pullRequestOnly.length > 0 && !v["pull-request"])
    throw new UsageError(`--${pullRequestOnly[0] ?? ""} goes with --pull-request`);
  if (v["detailed-exitcode"] && command !== "plan") throw new UsageError("--detailed-exitcode is only for plan");
  const liveOnly = ["kuma-token-env", "kuma-ca-file", "adopt-live-vips"].filter((k) => v[k] !== void 0);
  const liveFlags = ["live", ...liveOnly].filter((k) => v[k] !== void 0);
  if (command === "migrate" && liveFlags.length > 0)
    throw new UsageError(`--${liveFlags[0] ?? ""} is not for migrate (plan and check --live report live drift)`);
  if (liveOnly.length > 0 && v.live === void 0) throw new UsageError(`--${liveOnly[0] ?? ""} goes with --live`);
  if (v["adopt-live-vips"] && command !== "apply") throw new UsageError("--adopt-live-vips is only for apply");
  if (command === "apply" && v.live !== void 0 && !v["adopt-live-vips"])
    throw new UsageError("apply --live goes with --adopt-live-vips (plan and check --live report live drift)");
}
function readFormat(format) {
  if (format !== "text" && format !== "json" && format !== "markdown") {
    throw new UsageError(`--format must be text, json or markdown, not "${format}"`);
  }
  return format;
}
function readAuthorFlag(author) {
  if (readAuthor(author) === null) throw new UsageError(`--author must look like "Name <email>", not "${author}"`);
  return author;
}
function shortRef(ref) {
  return ref.replace(/^refs\/(heads|tags)\//, "");
}
function readBranchFlag(flag, branch) {
  const name = branch.replace(/^refs\/heads\//, "");
  if (name.startsWith("refs/")) throw new UsageError(`${flag} must name a branch, not "${branch}"`);
  return name;
}
function readTokenEnv(tokenEnv) {
  return readEnvName("--token-env", tokenEnv);
}
function readEnvName(flag, name) {
  if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(name)) throw new UsageError(`${flag} must name an environment variable`);
  return name;
}
function readLiveUrl(value, withToken) {
  let url;
  try {
    url = new URL(value);
  } catch {
    throw new UsageError(`--live must be the URL of the control plane's API server, such as https://kuma-cp:5682`);
  }
  if (url.protocol !== "http:" && url.protocol !== "https:")
    throw new UsageError(`--live must be an http or https URL, not ${url.protocol}`);
  if (url.username !== "" || url.password !== "")
    throw new UsageError("--live must not carry credentials: put the token in a variable named by --kuma-token-env");
  if (url.search !== "" || url.hash !== "") throw new UsageError("--live must not have a query or a fragment");
  if (withToken && url.protocol === "http:" && !isLoopback(url.hostname))
    throw new UsageError("the Kuma token would travel in cleartext; use https:// or leave out --kuma-token-env");
  return url.href;
}
function isLoopback(hostname) {
  return hostname === "localhost" || hostname === "[::1]" || /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(hostname);
}
function readColor(value, noColor, ctx) {
  if (value !== void 0 && value !== "auto" && value !== "always" && value !== "never")
    throw new UsageError(`--color must be auto, always or never, not "${value}"`);
  if (noColor && value !== void 0 && value !== "never")
    throw new UsageError(`--no-color and --color ${value} cannot be used together`);
  if (noColor || value === "never") return false;
  if (value === "always") return true;
  return ctx.isTTY && (ctx.env["NO_COLOR"] ?? "") === "";
}
function readList(values) {
  return (values ?? []).flatMap((v) => v.split(",")).map((v) => v.trim()).filter((v) => v !== "");
}
function readJobs(value, cores) {
  const jobs = value === void 0 ? cores : Number(value);
  if (!Number.isInteger(jobs) || jobs < 1 || jobs > 64)
    throw new UsageError(`--jobs must be a whole number from 1 to 64`);
  return jobs;
}
function readPushTries(value) {
  const tries = Number(value);
  if (!Number.isInteger(tries) || tries < 1 || tries > PUSH_TRIES_LIMIT)
    throw new UsageError(`--push-tries must be a whole number from 1 to ${PUSH_TRIES_LIMIT}, not "${value}"`);
  return tries;
}
var UNIT_MS = { ms: 1, s: 1e3, m: 6e4, h: 36e5 };
function readDuration(value) {
  const m = /^(\d+(?:\.\d+)?)(ms|s|m|h)?$/.exec(value.trim());
  const ms = m ? Math.round(Number(m[1]) * (UNIT_MS[m[2] ?? "s"] ?? 1e3)) : NaN;
  if (!(ms >= 1 && ms <= 24 * 36e5))
    throw new UsageError(`--timeout must be a duration such as 90s, 15m or 1h (at most 24h), not "${value}"`);
  return ms;
}
function defaultCacheHome(env) {
  return env["XDG_CACHE_HOME"] || (env["HOME"] ? `${env["HOME"]}/.cache` : null);
}

// src/report/json.ts
function renderJson(report) {
  return `${escapeJson(JSON.stringify(report, null, 2))}
`;
}

// src/report/zones.ts
function zoneMatrix(zones, configured = true) {
  return {
    include: zones.map((z) => ({
      zone: z.name,
      environment: environmentOf(z, configured),
      output: z.output,
      sources: { include: z.include, exclude: z.exclude }
    }))
  };
}
function renderZonesJson(zones, configured = true) {
  return `${escapeJson(JSON.stringify(zoneMatrix(zones, configured)))}
`;
}
function environmentOf(zone, configured) {
  return configured ? zone.environment : "auto";
}
function renderZonesText(zones, configured = true) {
  const lines = zones.map((z) => {
    const exclude = z.exclude.length === 0 ? "" : `, exclude ${z.exclude.map(printable).join(" ")}`;
    return `${z.name} (${environmentOf(z, configured)}) -> ${printable(z.output)}: include ${z.include.map(printable).join(" ")}${exclude}`;
  });
  return `${lines.join("\n")}
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
    if (argv[0] === "init") return await (await import("./init-NQWS7UJ7.js")).runInit(argv.slice(1), io);
    if (argv[0] === "zones") return await zonesCommand(argv.slice(1), io, githubActions ? commands : null, hide);
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
    if (options.kumaTokenEnv !== void 0) secrets.push(...collectSecrets([io.env[options.kumaTokenEnv]], []));
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
  } finally {
    await release();
  }
}
var release = () => Promise.resolve();
async function zonesCommand(argv, io, commands, hide) {
  const parsed = parseZonesOptions(argv);
  if (parsed.kind === "help") {
    io.stdout(`${zonesUsage()}
`);
    return EXIT_OK;
  }
  const { listZones } = await import("./run-B6G3SF3O.js");
  const { zones, configured, diagnostics } = await listZones(parsed.options);
  const sorted = sortDiagnostics(diagnostics);
  if (sorted.length > 0) io.stderr(`${sorted.map(formatDiagnostic).join("\n")}
`);
  if (commands !== null && sorted.length > 0)
    commands(`${sorted.map((d) => formatAnnotation(diagnosticAnnotation(d))).join("\n")}
`);
  if (hasErrors(diagnostics)) return EXIT_ERROR;
  const json = renderZonesJson(zones, configured);
  io.stdout(parsed.options.format === "json" ? json : renderZonesText(zones, configured));
  const output = io.env["GITHUB_OUTPUT"] ?? "";
  if (commands !== null && output !== "") await appendOutputs(output, hide(`matrix=${json}`));
  return EXIT_OK;
}
async function runWithin(options, ctx) {
  const { run, releaseClones } = await import("./run-B6G3SF3O.js");
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
