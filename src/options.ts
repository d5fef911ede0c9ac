import { parseArgs } from "node:util";
import { UsageError } from "./errors.js";
import { isRemoteUrl } from "./model/repository.js";
import type { Command } from "./model/tool.js";
import { didYouMean } from "./model/words.js";
import { readAuthor } from "./publish/message.js";
import { PUSH_TRIES_LIMIT } from "./publish/outcome.js";

export type Format = "text" | "json" | "markdown";

export interface Options {
  readonly command: Command;
  readonly repo: string;
  /** --repo was not given: the work tree's top level around the current directory, as git finds it. */
  readonly repoDefault: boolean;
  readonly ref: string | undefined;
  readonly config: string | undefined;
  readonly zones: readonly string[];
  readonly format: Format;
  readonly reportJson: string | undefined;
  readonly reportMarkdown: string | undefined;
  readonly detailedExitcode: boolean;
  readonly quiet: boolean;
  readonly verbose: boolean;
  readonly color: boolean;
  /** --summary: the text report is only the per-zone counts and the verdict. */
  readonly summary: boolean;
  readonly commit: boolean;
  readonly push: boolean;
  readonly pullRequest: boolean;
  readonly author: string;
  readonly branch: string | undefined;
  /** --push-tries: push tries in all for --push; null: the default (publish/outcome.ts defaultPushTries). */
  readonly pushTries: number | null;
  readonly tokenEnv: string;
  /** --allow-deletions: the mass-deletion guard is off. */
  readonly allowDeletions: boolean;
  /** --allow-dirty: `apply --commit` even when source files have uncommitted changes. */
  readonly allowDirty: boolean;
  /** --pull-request: title, body header, labels, assignees, reviewers, draft and bot branch. */
  readonly title: string | undefined;
  readonly bodyHeader: string | undefined;
  readonly labels: readonly string[];
  readonly assignees: readonly string[];
  readonly reviewers: readonly string[];
  readonly draft: boolean;
  readonly botBranch: string | undefined;
  /** Worker threads for reading and parsing files (1: none). */
  readonly jobs: number;
  /** Directory of the cache (XDG_CACHE_HOME or ~/.cache), or null with --no-cache. */
  readonly cacheHome: string | null;
  /** --timeout: the whole run's bound in milliseconds, as given (for messages); null: none. */
  readonly timeout: { readonly ms: number; readonly text: string } | null;
  /** --live: the Kuma control plane's API server (plan and check: live drift; apply: --adopt-live-vips). */
  readonly live: string | undefined;
  /** --kuma-token-env: the environment variable holding the control plane's token; undefined: none. */
  readonly kumaTokenEnv: string | undefined;
  /** --kuma-ca-file: a PEM file of the CA that signs the API server's certificate. */
  readonly kumaCaFile: string | undefined;
  /** --adopt-live-vips: the VIPs the control plane assigned become the recorded VIPs (apply, Universal). */
  readonly adoptLiveVips: boolean;
  /** migrate --report: only report the legacy references, write nothing. */
  readonly migrateReport: boolean;
  /** migrate --replace: replace a route's legacy backendRef instead of adding the new one next to it. */
  readonly replace: boolean;
}

export const DEFAULT_AUTHOR = "meshservice-reconciler <meshservice-reconciler@users.noreply.github.com>";

export const USAGE = `Usage: meshservice-reconciler <plan|check|apply|migrate|init|zones> [options]

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

export type ParsedArgs = { kind: "help"; command?: Command } | { kind: "version" } | { kind: "run"; options: Options };

const COMMANDS: readonly Command[] = ["plan", "check", "apply", "migrate"];

/**
 * The help of one command (`meshservice-reconciler plan --help`): its line of USAGE, the options
 * every command takes, and for apply its own sections. Cut from USAGE, so the two never disagree.
 */
export function commandUsage(command: Command): string {
  const [, commands = "", options = "", ...rest] = USAGE.split(/\n\n(?=[A-Za-z])/);
  const line = commands.split("\n").find((l) => l.trimStart().startsWith(`${command} `)) ?? "";
  const own = rest.filter(
    (r) =>
      (command === "migrate" && r.startsWith("migrate ")) ||
      ((command === "apply" || command === "migrate") && r.startsWith("apply ")),
  );
  const exit = rest.filter((r) => r.startsWith("Exit codes"));
  return [
    `Usage: meshservice-reconciler ${command} [options]`,
    `  ${line.trim().replace(/^\S+\s+/, "")}`,
    options,
    ...own,
    ...exit,
  ].join("\n\n");
}

/** The context parseOptions reads besides argv, passed in so that it stays pure. */
export interface OptionsContext {
  readonly isTTY: boolean;
  readonly env: Readonly<Record<string, string | undefined>>;
  /** Default for --jobs: the machine's cores. */
  readonly cores?: number;
}

const FLAGS = {
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
  version: { type: "boolean" },
} as const;

/** What `zones` takes: where the config is, and which zones. */
export interface ZonesOptions {
  readonly repo: string;
  readonly repoDefault: boolean;
  readonly config: string | undefined;
  readonly zones: readonly string[];
  readonly format: "text" | "json";
}

export type ParsedZonesArgs = { kind: "help" } | { kind: "run"; options: ZonesOptions };

/**
 * `zones` argv (after the command) -> its options: --repo (a local directory: the workflow has
 * checked it out), --config, --zone as for every command, and --json (or --format json).
 */
export function parseZonesOptions(argv: readonly string[]): ParsedZonesArgs {
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
        help: FLAGS.help,
      },
    }));
  } catch (e) {
    throw new UsageError(`zones: ${flagError(e as Error & { code?: string })}`);
  }
  if (values.help) return { kind: "help" };
  const format = values.json === true ? "json" : (values.format ?? "text");
  if (format !== "text" && format !== "json")
    throw new UsageError(`zones: --format must be text or json, not "${format}"`);
  if (values.json === true && values.format !== undefined && values.format !== "json")
    throw new UsageError(`zones: --json and --format ${values.format} cannot be used together`);
  const repo = values.repo ?? ".";
  if (isRemoteUrl(repo))
    throw new UsageError(`zones: --repo must be a local directory (check the repository out first)`);
  return {
    kind: "run",
    options: {
      repo,
      repoDefault: values.repo === undefined,
      config: values.config,
      zones: readList(values.zone),
      format,
    },
  };
}

/** The help of `zones`: its lines of USAGE. */
export function zonesUsage(): string {
  const [, , , ...rest] = USAGE.split(/\n\n(?=[A-Za-z])/);
  return [
    "Usage: meshservice-reconciler zones [--repo <path>] [--config <file>] [--zone <name>] [--json]",
    "Lists the zones of the config (all of them, or those --zone names): name, environment, sources and output.\n" +
      "With --json, one line a workflow reads with fromJSON as a strategy.matrix (one job per zone, matrix.zone).",
    ...rest.filter((r) => r.startsWith("zones ")),
  ].join("\n\n");
}

type Flags = ReturnType<typeof readFlags>["values"];

/**
 * argv (without node and script) -> typed options, with every flag checked: the command, the flags
 * that go together, then each value.
 */
export function parseOptions(argv: readonly string[], ctx: OptionsContext): ParsedArgs {
  const { values: v, positionals } = readFlags(argv);
  if (v.help) {
    const named = COMMANDS.find((c) => c === positionals[0]);
    return named === undefined ? { kind: "help" } : { kind: "help", command: named };
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
      repoDefault: v.repo === undefined,
      ref: v.ref === undefined ? undefined : shortRef(v.ref),
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
      branch: v.branch === undefined ? undefined : readBranchFlag("--branch", v.branch),
      pushTries: v["push-tries"] === undefined ? null : readPushTries(v["push-tries"]),
      tokenEnv: readTokenEnv(v["token-env"] ?? "GITHUB_TOKEN"),
      allowDeletions: v["allow-deletions"] === true,
      allowDirty: v["allow-dirty"] === true,
      title: v.title,
      bodyHeader: v["body-header"],
      labels: readList(v.labels),
      assignees: readList(v.assignees),
      reviewers: readList(v.reviewers),
      draft: v.draft === true,
      botBranch: v["bot-branch"] === undefined ? undefined : readBranchFlag("--bot-branch", v["bot-branch"]),
      jobs: readJobs(v.jobs, ctx.cores ?? 1),
      cacheHome: v["no-cache"] === true ? null : defaultCacheHome(ctx.env),
      timeout: v.timeout === undefined ? null : { ms: readDuration(v.timeout), text: v.timeout },
      live: v.live === undefined ? undefined : readLiveUrl(v.live, v["kuma-token-env"] !== undefined),
      kumaTokenEnv:
        v["kuma-token-env"] === undefined ? undefined : readEnvName("--kuma-token-env", v["kuma-token-env"]),
      kumaCaFile: v["kuma-ca-file"],
      adoptLiveVips: v["adopt-live-vips"] === true,
      migrateReport: v.report === true,
      replace: v.replace === true,
    },
  };
}

function readFlags(argv: readonly string[]) {
  try {
    return parseArgs({ args: [...argv], allowPositionals: true, strict: true, options: FLAGS });
  } catch (e) {
    throw new UsageError(flagError(e as Error & { code?: string }));
  }
}

/** Node's parseArgs message, said as this tool says things: what is wrong, and what was meant. */
function flagError(e: Error & { code?: string }): string {
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

function readCommand(positionals: readonly string[]): Command {
  const [command, ...rest] = positionals;
  if (command === undefined) throw new UsageError("missing command: plan, check, apply or migrate");
  const known = COMMANDS.find((c) => c === command);
  if (known === undefined) {
    throw new UsageError(
      `unknown command "${command}": expected plan, check, apply, migrate, init or zones.${didYouMean(command, [...COMMANDS, "init", "zones"])}`,
    );
  }
  if (rest.length > 0) throw new UsageError(`unexpected argument "${rest[0] ?? ""}"`);
  return known;
}

/** Flags that only go with a command, or not with each other. */
function checkCombinations(command: Command, v: Flags): void {
  if (v.quiet && v.verbose) throw new UsageError("--quiet and --verbose cannot be used together");
  const applyOnly = (
    ["commit", "push", "pull-request", "author", "branch", "push-tries", "allow-dirty"] as const
  ).filter((k) => v[k] !== undefined);
  if (command !== "apply" && command !== "migrate" && applyOnly.length > 0) {
    throw new UsageError(`--${applyOnly[0] ?? ""} is only for apply and migrate`);
  }
  const migrateOnly = (["report", "replace"] as const).filter((k) => v[k] !== undefined);
  if (command !== "migrate" && migrateOnly.length > 0)
    throw new UsageError(`--${migrateOnly[0] ?? ""} is only for migrate`);
  if (v.report && applyOnly.length > 0)
    throw new UsageError(`--report writes nothing: it cannot be used with --${applyOnly[0] ?? ""}`);
  if (v.push && v["pull-request"]) throw new UsageError("--push and --pull-request cannot be used together");
  if (v.branch !== undefined && !v.push) throw new UsageError("--branch goes with --push");
  if (v["push-tries"] !== undefined && !v.push) throw new UsageError("--push-tries goes with --push");
  const pullRequestOnly = (
    ["title", "body-header", "labels", "assignees", "reviewers", "draft", "bot-branch"] as const
  ).filter((k) => v[k] !== undefined);
  if (pullRequestOnly.length > 0 && !v["pull-request"])
    throw new UsageError(`--${pullRequestOnly[0] ?? ""} goes with --pull-request`);
  if (v["detailed-exitcode"] && command !== "plan") throw new UsageError("--detailed-exitcode is only for plan");
  const liveOnly = (["kuma-token-env", "kuma-ca-file", "adopt-live-vips"] as const).filter((k) => v[k] !== undefined);
  // migrate rewrites policy references from the sources alone; live drift must not change its verdict.
  const liveFlags = (["live", ...liveOnly] as const).filter((k) => v[k] !== undefined);
  if (command === "migrate" && liveFlags.length > 0)
    throw new UsageError(`--${liveFlags[0] ?? ""} is not for migrate (plan and check --live report live drift)`);
  if (liveOnly.length > 0 && v.live === undefined) throw new UsageError(`--${liveOnly[0] ?? ""} goes with --live`);
  if (v["adopt-live-vips"] && command !== "apply") throw new UsageError("--adopt-live-vips is only for apply");
  if (command === "apply" && v.live !== undefined && !v["adopt-live-vips"])
    throw new UsageError("apply --live goes with --adopt-live-vips (plan and check --live report live drift)");
}

function readFormat(format: string): Format {
  if (format !== "text" && format !== "json" && format !== "markdown") {
    throw new UsageError(`--format must be text, json or markdown, not "${format}"`);
  }
  return format;
}

function readAuthorFlag(author: string): string {
  if (readAuthor(author) === null) throw new UsageError(`--author must look like "Name <email>", not "${author}"`);
  return author;
}

/**
 * A full ref name as `${{ github.ref }}` gives it, to the short name that `git clone --branch` takes:
 * `refs/heads/main` -> `main`, `refs/tags/v1` -> `v1`; anything else unchanged.
 */
function shortRef(ref: string): string {
  return ref.replace(/^refs\/(heads|tags)\//, "");
}

/**
 * --branch or --bot-branch as a branch name (`refs/heads/main` -> `main`). Git's own rules (`git
 * check-ref-format --branch`, io/git.ts checkBranchName) are applied to both by run.ts before
 * anything is cloned or pushed; another `refs/` name is no branch.
 */
function readBranchFlag(flag: string, branch: string): string {
  const name = branch.replace(/^refs\/heads\//, "");
  if (name.startsWith("refs/")) throw new UsageError(`${flag} must name a branch, not "${branch}"`);
  return name;
}

function readTokenEnv(tokenEnv: string): string {
  return readEnvName("--token-env", tokenEnv);
}

function readEnvName(flag: string, name: string): string {
  if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(name)) throw new UsageError(`${flag} must name an environment variable`);
  return name;
}

/**
 * --live: an http(s) URL of the API server, without credentials (the token comes from
 * --kuma-token-env and never travels in a URL), a query or a fragment. With a token it is https,
 * or http to a loopback host (127.0.0.0/8, ::1, localhost: a local port-forward, the tests): over
 * plain http anyone on the path would read the token.
 */
function readLiveUrl(value: string, withToken: boolean): string {
  let url: URL;
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

/** A URL's hostname (WHATWG-normalized: `127.1` is `127.0.0.1`, IPv6 in brackets) that stays on this machine. */
function isLoopback(hostname: string): boolean {
  return hostname === "localhost" || hostname === "[::1]" || /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(hostname);
}

/**
 * --color: `always` colours even without a terminal (GitHub Actions logs render ANSI colours),
 * `never` (or --no-color) never does, `auto` (the default) on a terminal unless NO_COLOR is set.
 */
function readColor(value: string | undefined, noColor: boolean, ctx: OptionsContext): boolean {
  if (value !== undefined && value !== "auto" && value !== "always" && value !== "never")
    throw new UsageError(`--color must be auto, always or never, not "${value}"`);
  if (noColor && value !== undefined && value !== "never")
    throw new UsageError(`--no-color and --color ${value} cannot be used together`);
  if (noColor || value === "never") return false;
  if (value === "always") return true;
  return ctx.isTTY && (ctx.env["NO_COLOR"] ?? "") === "";
}

/** A repeatable flag whose values may also be separated by commas; empty items are dropped. */
function readList(values: readonly string[] | undefined): string[] {
  return (values ?? [])
    .flatMap((v) => v.split(","))
    .map((v) => v.trim())
    .filter((v) => v !== "");
}

function readJobs(value: string | undefined, cores: number): number {
  const jobs = value === undefined ? cores : Number(value);
  if (!Number.isInteger(jobs) || jobs < 1 || jobs > 64)
    throw new UsageError(`--jobs must be a whole number from 1 to 64`);
  return jobs;
}

function readPushTries(value: string): number {
  const tries = Number(value);
  if (!Number.isInteger(tries) || tries < 1 || tries > PUSH_TRIES_LIMIT)
    throw new UsageError(`--push-tries must be a whole number from 1 to ${PUSH_TRIES_LIMIT}, not "${value}"`);
  return tries;
}

const UNIT_MS: Record<string, number> = { ms: 1, s: 1000, m: 60_000, h: 3_600_000 };

/** `500ms`, `90s`, `15m`, `1h` or a number of seconds, in milliseconds: at least 1 ms, at most 24 h. */
export function readDuration(value: string): number {
  const m = /^(\d+(?:\.\d+)?)(ms|s|m|h)?$/.exec(value.trim());
  const ms = m ? Math.round(Number(m[1]) * (UNIT_MS[m[2] ?? "s"] ?? 1000)) : NaN;
  if (!(ms >= 1 && ms <= 24 * 3_600_000))
    throw new UsageError(`--timeout must be a duration such as 90s, 15m or 1h (at most 24h), not "${value}"`);
  return ms;
}

/** XDG_CACHE_HOME, else ~/.cache; null when neither can be found. */
function defaultCacheHome(env: OptionsContext["env"]): string | null {
  return env["XDG_CACHE_HOME"] || (env["HOME"] ? `${env["HOME"]}/.cache` : null);
}
