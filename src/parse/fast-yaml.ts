import { FAILSAFE_SCHEMA, Type, loadAll } from "js-yaml";
import { LineCounter } from "yaml";
import type { State } from "js-yaml";
import { isObject } from "../model/values.js";
import { readMarker } from "./marker.js";
import type { ParsedData, ParsedResource } from "./yaml.js";
import { sourceScalarRules } from "./yaml-rules.js";
import type { ScalarRule } from "./yaml-rules.js";

// The fast path of reading a source file. Most files of a mesh repository are plain block YAML:
// maps, lists, plain and quoted scalars, comments, several documents. js-yaml reads those about
// six times faster than the `yaml` library, which builds a full syntax tree with every node's
// range. So a source file is read with js-yaml first, with the `yaml` library's own scalar rules
// (yaml-rules.ts sourceScalarRules: the same regular expressions and resolvers, in the same
// order), and only a file that uses something beyond that plain subset, or that js-yaml refuses
// or warns about, is read again by the `yaml` library (src/parse/yaml.ts parseWithYaml), which
// reports the errors with their positions and remains the reference: test/parse/fast-yaml.test.ts
// checks on every fixture, on the benchmark's shapes and on generated documents that both give the
// same values, documents and positions wherever the fast path does not decline.
//
// Outside the subset (the fast path declines): anchors, aliases and merge keys (`<<`), tags,
// directives, block scalars (`|`, `>`), flow collections, complex keys (`?`), a list that starts
// inside a list item on its line (`- - a`) and an empty list item (js-yaml puts the next item in the
// wrong list), a null key, a line longer than 1024 characters, `#` right after a quote, a line ending in a
// backslash, a `\U` escape, an explicit document
// end (`...`), anything but spaces after `---`, a `kind: List`, tabs, carriage returns without a line
// feed, and characters the two parsers may treat differently (controls, NEL, line and paragraph
// separators, a byte-order mark inside the text). A resource's own position (its document's first
// node) is where js-yaml starts the document's root node; every other position is found lazily by
// the `yaml` library, as for any file (yaml.ts locate).

const UNSAFE_TEXT = new RegExp(
  [
    // eslint-disable-next-line no-control-regex -- the controls are what it looks for
    /[\t\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u2028\u2029\ufeff]|\r(?!\n)/.source,
    /<<|[&*!{}[\]]/.source, // merge keys, anchors, aliases, tags, flow collections
    /["']#/.source, // a comment right after a quote: an error in the `yaml` library, not in js-yaml
    // A line ending in a backslash (an escaped line break in a double-quoted scalar, which js-yaml
    // folds otherwise before blank lines) and \U escapes (js-yaml takes ones above U+10FFFF).
    /\\\r?$|\\U/.source,
    /[|>][-+0-9]*[ ]*(?:#.*)?\r?$/.source, // a line that ends like a block scalar's header
    /^(?:%|\.\.\.|---(?![ ]*\r?$))/.source, // directives, document ends, anything after ---
    /(?:^|[ ])\?(?:[ ]|\r?$)/.source, // complex keys
    // An empty list item, and a list in a list on one line (- - a): js-yaml puts the next item wrongly.
    /(?:^|[ ])-[ ]*(?:#.*)?\r?$|(?:^|[ ])-[ ]+-(?:[ ]|\r?$)/.source,
    /(?:^|[ ])(?:~|null|Null|NULL)?:(?:[ ]|\r?$)/.source, // a null key: "" in the `yaml` library, "null" in js-yaml
  ].join("|"),
  "m",
);

// One implicit type for all the rules: js-yaml keeps one type per tag (the two boolean rules share
// one), and the first rule that matches wins, as in the `yaml` library. resolve() finds the rule and
// construct(), which js-yaml calls right after it for the same scalar, applies it.
const RULES = sourceScalarRules();
let matched: ScalarRule | undefined;
const SCHEMA = FAILSAFE_SCHEMA.extend({
  implicit: [
    new Type("tag:yaml.org,2002:source-scalar", {
      kind: "scalar",
      resolve: (source: string) => (matched = RULES.find((rule) => rule.test.test(source))) !== undefined,
      construct: (source: string): unknown => {
        const rule = matched ?? RULES.find((r) => r.test.test(source));
        matched = undefined;
        return rule?.resolve(source);
      },
    }),
  ],
});

const MAX_LINE = 1024;

/** js-yaml's parser state as its listener sees it (its typings leave these out). */
type ListenerState = State & { readonly depth: number; readonly anchor: string | null };

/**
 * The documents of a source file read by the fast path, or null when the file is outside its
 * subset or js-yaml refuses it: then the `yaml` library reads it (parseYamlData).
 */
export function fastParseSource(file: string, text: string): ParsedData | null {
  if (UNSAFE_TEXT.test(text)) return null;
  // The `yaml` library refuses an implicit key longer than 1024 characters; js-yaml takes it.
  const lines = new LineCounter();
  lines.addNewLine(0); // as the `yaml` library's parser starts the count
  let start = 0;
  for (let nl = text.indexOf("\n"); ; nl = text.indexOf("\n", start)) {
    if ((nl === -1 ? text.length : nl + 1) - start > MAX_LINE) return null;
    if (nl === -1) break;
    start = nl + 1;
    lines.addNewLine(start);
  }
  const starts: number[] = [];
  let plain = true;
  let docs: unknown[];
  try {
    docs = loadAll(text, null, {
      schema: SCHEMA,
      onWarning: (e) => {
        throw e;
      },
      listener(event, state) {
        const s = state as ListenerState;
        // A document's root node opens at depth 1, where its content starts.
        if (event === "open" && s.depth === 1) starts.push(s.position);
        else if (event === "close" && s.anchor !== null) plain = false;
      },
    });
  } catch {
    return null;
  }
  if (!plain || starts.length !== docs.length) return null;
  const resources: ParsedResource[] = [];
  for (let docIndex = 0; docIndex < docs.length; docIndex++) {
    const value = docs[docIndex];
    if (value === null || value === undefined) continue;
    if (isObject(value) && value["kind"] === "List") return null;
    // Where the `yaml` library's reading puts it: its LineCounter, over the same line starts.
    const { line, col } = lines.linePos(starts[docIndex] ?? 0);
    resources.push({ file, value, docIndex, base: [], line, column: col });
  }
  return { resources, diagnostics: [], marker: readMarker(text) };
}
