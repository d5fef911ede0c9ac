import { Schema, isScalar } from "yaml";
import type { CollectionTag, DocumentOptions, ParseOptions, ScalarTag, SchemaOptions, Tags } from "yaml";

// The scalar rules of source files, shared by both ways of reading one: the `yaml` library's
// parser (src/parse/yaml.ts, the reference, with positions) and the fast path (src/parse/fast-yaml.ts).

/**
 * The YAML rules a file is read with. Sources (Kubernetes and Universal resources) are read as
 * kubectl and kumactl read them: sigs.k8s.io/yaml decodes with its fork of gopkg.in/yaml.v2, which
 * resolves plain scalars by YAML 1.1's rules: `yes`/`no`/`on`/`off`/`y`/`n` (any of their cases) are
 * booleans, `0120` is octal (80), `1_000` is 1000, `0b101` binary, and `<<: *anchor` merges a map.
 * Two 1.1 types it leaves out, and so do we: sexagesimal numbers (`1:30` stays a string, "base-60
 * floats ... are purposefully not supported" in goyaml.v2) and timestamps (decoded into an
 * interface, yaml.v2 keeps `2024-01-01` the string it is). The tool's own config file is read as
 * YAML 1.2, the `yaml` library's default (docs/configuration.md).
 */
export type YamlVersion = "1.1" | "1.2";

const INT_TAG = "tag:yaml.org,2002:int";
const FLOAT_TAG = "tag:yaml.org,2002:float";
const TIMESTAMP_TAG = "tag:yaml.org,2002:timestamp";

// gopkg.in/yaml.v2 resolve.go, for a plain scalar starting with a digit or a sign: the underscores
// removed, strconv.ParseInt(plain, 0, 64) (decimal, 0x hex, 0o and 0-prefixed octal, 0b binary),
// else a float when yamlStyleFloat matches; starting with ".", strconv.ParseFloat of the scalar as
// written. Anything else is a string, whatever it looks like (`e0`, `1.2.3`, `2024-01-01`).
const GO_INT = /^([-+]?)(0[xX][0-9a-fA-F]+|0[oO][0-7]+|0[bB][01]+|0[0-7]*|[1-9][0-9]*)$/;
const GO_FLOAT = /^[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?$/;
const GO_DOT_FLOAT = /^\.[0-9]+([eE][-+]?[0-9]+)?$/;

/** The value gopkg.in/yaml.v2 gives a plain scalar that may be a number: a number, or the text itself. */
export function goYamlNumber(text: string): number | string {
  if (text.startsWith(".")) return GO_DOT_FLOAT.test(text) ? Number(text) : text;
  const plain = text.replaceAll("_", "");
  const int = GO_INT.exec(plain);
  if (int) {
    const [, sign = "", digits = ""] = int;
    const prefix = digits.slice(0, 2).toLowerCase();
    const v =
      prefix === "0x"
        ? parseInt(digits.slice(2), 16)
        : prefix === "0o"
          ? parseInt(digits.slice(2), 8)
          : prefix === "0b"
            ? parseInt(digits.slice(2), 2)
            : digits.length > 1 && digits.startsWith("0")
              ? parseInt(digits.slice(1), 8)
              : Number(digits);
    // An int has no negative zero.
    return sign === "-" && v !== 0 ? -v : v;
  }
  return GO_FLOAT.test(plain) ? Number(plain) : text;
}

/** One tag for every plain scalar that may be a number, resolved as yaml.v2 does (goYamlNumber). */
const GO_NUMBER: ScalarTag = {
  identify: (value) => typeof value === "number",
  default: true,
  tag: INT_TAG,
  test: /^(?:[-+0-9][-+0-9a-zA-Z._]*|\.[0-9][-+0-9eE]*)$/,
  resolve: goYamlNumber,
};

function isReplacedNumberTag(t: ScalarTag | CollectionTag): boolean {
  if (!("tag" in t)) return false;
  if (t.tag === TIMESTAMP_TAG || t.format === "TIME") return true;
  // The yaml-1.1 int and float tags, but .inf and .nan (the same in yaml.v2's table).
  return (t.tag === INT_TAG || t.tag === FLOAT_TAG) && !String(t.test).includes("nan");
}

export function parseOptions(version: YamlVersion): ParseOptions & DocumentOptions & SchemaOptions {
  const common = { uniqueKeys: true, prettyErrors: false } as const;
  if (version === "1.2") return common;
  return {
    ...common,
    version: "1.1",
    // The yaml-1.1 schema with yaml.v2's numbers in place of its ints, floats, sexagesimals and
    // timestamps: after the booleans, null and .inf/.nan, as yaml.v2 looks those up first.
    customTags: (tags: Tags): Tags => [
      ...tags.filter((t) => typeof t === "string" || !isReplacedNumberTag(t)),
      GO_NUMBER,
    ],
  };
}

/** One rule of plain-scalar resolution: a plain scalar that `test` matches is `resolve`d; the first rule wins. */
export interface ScalarRule {
  readonly tag: string;
  readonly test: RegExp;
  readonly resolve: (source: string) => unknown;
}

/**
 * The plain-scalar rules of a source file (YAML 1.1 as yaml.v2 reads it), in the order the `yaml`
 * library tries them: taken from the very schema parseOptions("1.1") gives it, so the fast path
 * cannot resolve a scalar otherwise. A plain scalar no rule matches is a string.
 */
export function sourceScalarRules(): ScalarRule[] {
  const options = parseOptions("1.1");
  const schema = new Schema({ schema: "yaml-1.1", customTags: options.customTags ?? null });
  const rules: ScalarRule[] = [];
  for (const t of schema.tags) {
    if (typeof t !== "object" || t.default !== true || !("test" in t) || !(t.test instanceof RegExp)) continue;
    const tag = t as ScalarTag & { test: RegExp };
    const resolve = (source: string): unknown => {
      const v: unknown = tag.resolve(
        source,
        () => {
          throw new Error(`cannot resolve ${source}`);
        },
        {},
      );
      return isScalar(v) ? v.value : v;
    };
    rules.push({ tag: tag.tag, test: tag.test, resolve });
  }
  return rules;
}
