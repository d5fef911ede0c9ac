// The one rule for text that did not come from us (a file name of the repository, a name or an error
// the control plane sent) on its way to a terminal, an Actions log or a report: it stays on its line
// and never drives the terminal. JSON.stringify alone is not enough: it escapes the C0 controls but
// keeps DEL (U+007F) and the C1 controls (U+0080-U+009F; U+009B is a CSI, as ESC [ is) raw, and so
// the line and paragraph separators (U+2028, U+2029) and the bidi controls, which reorder what a
// reviewer reads (Trojan Source, CVE-2021-42574).

/** Characters shown as `\uXXXX`: C0, DEL, C1, the line and paragraph separators, the bidi controls. */
const UNSAFE = /[\p{Cc}\u2028\u2029\u202a-\u202e\u2066-\u2069]/gu;

/** A value shown without quotes: no control, no whitespace, no quote, no backslash, not empty. */
const PLAIN = /^[^\s"'`\\\p{Cc}\u2028\u2029\u202a-\u202e\u2066-\u2069]+$/u;

/** The unsafe characters JSON.stringify keeps raw: DEL, C1, U+2028/2029, the bidi controls. */
const JSON_RAW = /[\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

function escapeOne(c: string): string {
  return `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`;
}

/**
 * Prose (an error body, a validation message) with every unsafe character as `\uXXXX` and nothing
 * else changed: for text that is a sentence, not a value.
 */
export function escapeControls(text: string): string {
  return text.replace(UNSAFE, escapeOne);
}

/**
 * JSON text (from JSON.stringify, indented or not) with the unsafe characters it keeps raw as
 * `\uXXXX`: the same JSON value, and nothing a terminal acts on when it is printed.
 */
export function escapeJson(json: string): string {
  return json.replace(JSON_RAW, escapeOne);
}

/**
 * A value always JSON-quoted, with the characters JSON leaves raw (DEL, C1, U+2028/2029, bidi) as
 * `\uXXXX` too: `"orders"`, `"evil\n\u009b2J"`. For messages that quote a name.
 */
export function quoted(value: string): string {
  return escapeJson(JSON.stringify(value));
}

/**
 * A value as it is when it is plain (printable, no whitespace, quote or backslash, not empty: a
 * name, a path, a glob), else {@link quoted}. For values that stand alone in a line
 * (`+ default/orders`, `kubernetes/a.yaml:3:1: ...`).
 */
export function printable(value: string): string {
  return PLAIN.test(value) ? value : quoted(value);
}
