import { UsageError } from "./errors.js";

// The GitHub Action (action.yml) runs dist/bin.js without arguments; the runner passes each input
// `with: {name: value}` as the environment variable INPUT_<NAME> (upper case, spaces as "_",
// hyphens kept), set to the input's default when the workflow does not give it. This file turns
// those variables back into the command line, so the Action and the CLI share one parser.

/** `list`: names separated by newlines, commas or spaces; `csv`: by newlines or commas (a label may hold a space). */
export type InputKind = "string" | "list" | "csv" | "boolean";

/**
 * The Action's inputs beside `command` and `token`, each mirroring the CLI option of the same name,
 * or of the name given third (`kuma-cp-url` is `--live`: in a workflow the input names what it holds).
 */
export const ACTION_OPTION_INPUTS: ReadonlyArray<readonly [name: string, kind: InputKind, flag?: string]> = [
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
  ["replace", "boolean"],
];

/** The environment variable through which the runner passes an input. */
export function inputVariable(name: string): string {
  return `INPUT_${name.replaceAll(" ", "_").toUpperCase()}`;
}

/** True when the process was started by the Action: no arguments, and the `command` input is set. */
export function isActionInvocation(
  argv: readonly string[],
  env: Readonly<Record<string, string | undefined>>,
): boolean {
  return argv.length === 0 && (env[inputVariable("command")] ?? "").trim() !== "";
}

/**
 * INPUT_* variables -> argv for parseOptions. Empty inputs are left out (the CLI default applies);
 * booleans accept what @actions/core's getBooleanInput accepts (true/True/TRUE, false/False/FALSE);
 * `zone` takes several names separated by newlines, commas or spaces, `labels`, `assignees` and
 * `reviewers` several separated by newlines or commas. The `token` input is never put
 * on the command line: when set (and `token-env` is not) the CLI reads it from INPUT_TOKEN itself.
 */
export function argvFromActionInputs(env: Readonly<Record<string, string | undefined>>): string[] {
  const get = (name: string): string => (env[inputVariable(name)] ?? "").trim();
  const argv = [get("command")];
  for (const [name, kind, flag = name] of ACTION_OPTION_INPUTS) {
    const value = get(name);
    if (value === "") continue;
    if (kind === "string") argv.push(`--${flag}`, value);
    else if (kind === "list" || kind === "csv")
      for (const item of value
        .split(kind === "list" ? /[\s,]+/ : /[\r\n,]+/)
        .map((v) => v.trim())
        .filter((v) => v !== ""))
        argv.push(`--${flag}`, item);
    else if (["true", "True", "TRUE"].includes(value)) argv.push(`--${flag}`);
    else if (!["false", "False", "FALSE"].includes(value))
      throw new UsageError(`input "${name}" must be true or false, not "${value}"`);
  }
  // `zones` reads only the checked-out config: no token.
  if (get("token-env") === "" && get("token") !== "" && argv[0] !== "zones")
    argv.push("--token-env", inputVariable("token"));
  return argv;
}
