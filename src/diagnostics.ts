// Problems found in the repository's content are data, never exceptions: every stage returns the
// diagnostics it found, run.ts collects them, and nothing is written when one of them is an error.

import { escapeControls, printable, quoted } from "./model/printable.js";

export type Severity = "error" | "warning" | "info";

export interface Diagnostic {
  readonly severity: Severity;
  /** Stable, documented identifier of the kind of problem (docs/reports.md, Diagnostic codes). */
  readonly code: string;
  readonly message: string;
  /** Repository-relative POSIX path; "" when the problem has no file (for example a flag). */
  readonly file: string;
  /** 1-based; 0 when unknown. */
  readonly line: number;
  /** 1-based; 0 when unknown. */
  readonly column: number;
}

export interface Location {
  readonly file: string;
  readonly line: number;
  readonly column: number;
}

export const NO_LOCATION: Location = { file: "", line: 0, column: 0 };

export function diagnostic(severity: Severity, code: string, message: string, at: Location = NO_LOCATION): Diagnostic {
  return { severity, code, message, file: at.file, line: at.line, column: at.column };
}

export function hasErrors(diagnostics: readonly Diagnostic[]): boolean {
  return diagnostics.some((d) => d.severity === "error");
}

const SEVERITY_RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/**
 * Total order for reports: by file, line, column, then severity, code and message, so that the
 * order in which files were read never shows in the output. Duplicates (the same file read by two
 * zones) are dropped.
 */
export function sortDiagnostics(diagnostics: readonly Diagnostic[]): Diagnostic[] {
  const seen = new Set<string>();
  const unique: Diagnostic[] = [];
  for (const d of diagnostics) {
    const key = `${d.file}\0${d.line}\0${d.column}\0${d.severity}\0${d.code}\0${d.message}`;
    if (seen.has(key)) continue;
    seen.add(key);
    unique.push(d);
  }
  return unique.sort(
    (a, b) =>
      compareStrings(a.file, b.file) ||
      a.line - b.line ||
      a.column - b.column ||
      SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity] ||
      compareStrings(a.code, b.code) ||
      compareStrings(a.message, b.message),
  );
}

/** At most this many characters of a value from the repository appear in a message. */
export const EXCERPT_CHARS = 40;

/**
 * A value from the repository as a message quotes it: JSON-quoted (so that a newline or a control
 * character shows as its escape), and cut after {@link EXCERPT_CHARS} characters with `...`, so that
 * a diagnostic never echoes more than a short excerpt of a file (a secret, another file's lines).
 */
export function excerpt(value: string): string {
  const chars = [...value];
  return chars.length > EXCERPT_CHARS ? `${quoted(chars.slice(0, EXCERPT_CHARS).join(""))}...` : quoted(value);
}

/** Names and paths longer than this are invalid anywhere (Kubernetes and Kuma names, DNS names). */
export const MAX_NAME_CHARS = 253;

/**
 * A name or path quoted, as Kubernetes and Kuma print it (a control character as its escape,
 * model/printable.ts), when it is of a length a valid one can have; a longer one (invalid anyway)
 * only as an excerpt.
 */
export function quoteName(name: string): string {
  return [...name].length <= MAX_NAME_CHARS ? quoted(name) : excerpt(name);
}

/**
 * A text as it is but for its control characters (escaped, model/printable.ts), cut to EXCERPT_CHARS
 * characters: for messages that spell a value as Kuma does.
 */
export function clip(text: string): string {
  const chars = [...text];
  return escapeControls(chars.length > EXCERPT_CHARS ? `${chars.slice(0, EXCERPT_CHARS).join("")}...` : text);
}

/** `file:line:column: severity: message [code]`, the format editors and CI log parsers understand. */
export function formatDiagnostic(d: Diagnostic): string {
  // A file name of the repository may hold anything a terminal acts on: quoted when not plain.
  const where = d.file === "" ? "" : `${printable(d.file)}:${d.line}:${d.column}: `;
  return `${where}${d.severity}: ${d.message} [${d.code}]`;
}

/** Code-unit comparison: independent of the machine's locale, unlike localeCompare. */
export function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
