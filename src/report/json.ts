import { escapeJson } from "../model/printable.js";
import type { Report } from "./report.js";

/**
 * The JSON report (`schemaVersion: 1`, schema in `schemas/report.schema.json`): the report object
 * itself, two-space indented, with a trailing newline. Key order is the object's, so it is stable.
 * DEL, the C1 controls and the bidi controls, which JSON.stringify keeps raw, are `\uXXXX` escapes:
 * the same JSON value, and nothing a terminal acts on when the report is printed.
 */
export function renderJson(report: Report): string {
  return `${escapeJson(JSON.stringify(report, null, 2))}\n`;
}
