import { appendFile, stat } from "node:fs/promises";
import { IoError } from "../errors.js";
import {
  ERROR_OUTPUTS,
  STEP_SUMMARY_LIMIT,
  actionOutputs,
  errorAnnotation,
  renderAnnotations,
  renderOutputs,
  renderStepSummary,
} from "../report/github.js";
import type { Report } from "../report/report.js";

// The files through which a GitHub Actions step hands results to the runner. Their paths come from
// the environment ($GITHUB_STEP_SUMMARY, $GITHUB_OUTPUT); cli.ts reads it and passes them here.

/**
 * Appends the job summary rendered for what is left of the step's 1 MiB (the file may already hold
 * an earlier summary of the same step). Nothing is appended when `render` returns "".
 */
export async function appendStepSummary(path: string, render: (budget: number) => string): Promise<void> {
  const used = await stat(path).then(
    (s) => s.size,
    () => 0,
  );
  const text = render(STEP_SUMMARY_LIMIT - used);
  if (text === "") return;
  try {
    await appendFile(path, text, "utf8");
  } catch (cause) {
    throw new IoError("write job summary", `cannot append to ${path}: ${(cause as Error).message}`, { cause });
  }
}

/** Appends `name=value` lines to the step's output file. */
export async function appendOutputs(path: string, text: string): Promise<void> {
  try {
    await appendFile(path, text, "utf8");
  } catch (cause) {
    throw new IoError("write step outputs", `cannot append to ${path}: ${(cause as Error).message}`, { cause });
  }
}

type Env = Readonly<Record<string, string | undefined>>;

/** True inside a GitHub Actions step. */
export function isGitHubActions(env: Env): boolean {
  return env["GITHUB_ACTIONS"] === "true";
}

/**
 * Hands a report to the runner: annotations as workflow commands on `write` (stderr, which the
 * runner reads like stdout, so stdout keeps only the report), the Markdown report appended to
 * $GITHUB_STEP_SUMMARY and the outputs to $GITHUB_OUTPUT, each when its variable is set.
 */
export async function publishReport(
  report: Report,
  env: Env,
  write: (text: string) => void,
  jsonReport: string | null,
  /** Applied to what goes into the runner's files, like everything else that leaves the process. */
  redact: (text: string) => string = (text) => text,
): Promise<void> {
  const { lines } = renderAnnotations(report);
  if (lines.length > 0) write(`${lines.join("\n")}\n`);
  const summary = env["GITHUB_STEP_SUMMARY"] ?? "";
  if (summary !== "")
    await appendStepSummary(summary, (budget) => redact(renderStepSummary(report, { budget, jsonReport })));
  const output = env["GITHUB_OUTPUT"] ?? "";
  if (output !== "") await appendOutputs(output, redact(renderOutputs(actionOutputs(report))));
}

/** Hands a failure without a report to the runner: one error annotation and `result=error`. */
export async function publishFailure(message: string, env: Env, write: (text: string) => void): Promise<void> {
  write(`${errorAnnotation(message)}\n`);
  const output = env["GITHUB_OUTPUT"] ?? "";
  if (output !== "") await appendOutputs(output, renderOutputs(ERROR_OUTPUTS));
}
