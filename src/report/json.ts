import type { Report } from "./report.js";

/**
 * The JSON report (`schemaVersion: 1`, schema in `schemas/report.schema.json`): the report object
 * itself, two-space indented, with a trailing newline. Key order is the object's, so it is stable.
 */
export function renderJson(report: Report): string {
  return `${JSON.stringify(report, null, 2)}\n`;
}
