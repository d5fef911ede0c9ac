import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { isDeepStrictEqual } from "node:util";
import fc from "fast-check";
import fg from "fast-glob";
import { describe, expect, it } from "vitest";
import { SHAPES, SMALL_SIZE, writeBenchRepo } from "../../scripts/bench-repo.js";
import { fastParseSource } from "../../src/parse/fast-yaml.js";
import { parseWithYaml, parseYamlData } from "../../src/parse/yaml.js";

// The fast path (js-yaml) against the reference (the `yaml` library): wherever the fast path does
// not decline, both give the same values, documents and positions, and the fast path never accepts
// a file the reference reports an error in.

const ROOT = join(import.meta.dirname, "..", "..");

function agrees(file: string, text: string): { fast: boolean; equal: boolean } {
  const fast = fastParseSource(file, text);
  if (fast === null) return { fast: false, equal: true };
  return { fast: true, equal: isDeepStrictEqual(fast, parseWithYaml(file, text, "1.1")) };
}

describe("fastParseSource", () => {
  it("reads every YAML file of the fixtures and tests as the `yaml` library does, or declines", async () => {
    const files = await fg(["fixtures/**/*.{yaml,yml}", "test/**/*.{yaml,yml}"], { cwd: ROOT, dot: true });
    expect(files.length).toBeGreaterThan(150);
    let fast = 0;
    for (const f of files) {
      const r = agrees(f, await readFile(join(ROOT, f), "utf8"));
      expect(r.equal, f).toBe(true);
      if (r.fast) fast++;
    }
    // Most of them are plain block YAML: the fast path takes them.
    expect(fast / files.length).toBeGreaterThan(0.6);
  });

  it("takes every file of the benchmark's repository shapes, alike", async () => {
    for (const shape of SHAPES) {
      const dir = await mkdtemp(join(tmpdir(), "msr-fast-yaml-"));
      try {
        await writeBenchRepo(dir, SMALL_SIZE, shape);
        // The config file is YAML 1.2 (the `yaml` library only), and uses a flow list.
        for (const f of await fg("**/*.yaml", { cwd: dir, ignore: ["meshservice-reconciler.yaml"] })) {
          expect(agrees(f, await readFile(join(dir, f), "utf8")), `${shape}: ${f}`).toEqual({
            fast: true,
            equal: true,
          });
        }
      } finally {
        await rm(dir, { recursive: true, force: true });
      }
    }
  });

  it.each([
    ["an anchor and an alias", "a: &x 1\nb: *x\n"],
    ["a merge key", "base: {a: 1}\nm:\n  <<: {a: 2}\n"],
    ["a tag", "a: !!str 1\n"],
    ["a literal block scalar", "a: |\n  x\n"],
    ["a folded block scalar", "a: >-\n  x\n  y\n"],
    ["a flow collection", "a: [1, 2]\n"],
    ["a complex key", "? a\n: b\n"],
    ["a directive", "%YAML 1.1\n---\na: 1\n"],
    ["a document end", "a: 1\n...\n"],
    ["content after ---", "--- a\n"],
    ["a tab", "a:\t1\n"],
    ["a lone carriage return", "a: 1\rb: 2\n"],
    ["a line separator", "a: x\u2028y\n"],
    ["a kind: List", "kind: List\nitems:\n  - a: 1\n"],
    ["a duplicate key", "a: 1\na: 2\n"],
    ["a syntax error", "a: 'open\n"],
    ["a bad indentation", "a:\n  b: 1\n c: 2\n"],
    ["a list in a list on one line", "- - - -\n    - a\n  - a\n- a\n"],
    ["a null key", "- Null: a\n  ~: b\n"],
    ["an empty list item", "- a:\n  - \n- a\n"],
    ["an implicit key above 1024 characters", `${"k".repeat(1100)}: v\n`],
    ["a comment right after a quote", "a: 'x'#c\n"],
    ["a comment right after ---", "---# c\na: 1\n"],
    ["an escaped line break before a blank line", 'a: "x\\\n\n  y"\n'],
    ["a \\U escape", 'a: "\\U00110000"\n'],
  ])("declines %s: the `yaml` library reads it", (_name, text) => {
    expect(fastParseSource("f.yaml", text)).toBeNull();
    expect(parseYamlData("f.yaml", text.length, text)).toEqual(parseWithYaml("f.yaml", text, "1.1"));
  });

  it("resolves plain scalars by YAML 1.1 as yaml.v2 does, like the reference", () => {
    const text = [
      "ka: yes",
      "kb: Off",
      "kc: ~",
      "kd: 0120",
      "ke: 1_000",
      "kf: 0b101",
      "kg: 0x1F",
      "kh: .5",
      "ki: -.inf",
      "kj: 1:30",
      "kk: 2024-01-01",
      "kl: 1.2.3",
      "km: -0",
      'kn: "yes"',
      "ko: 'null'",
      "kp:",
      "kq: 1e3",
      "kr: +12",
    ].join("\n");
    const fast = fastParseSource("f.yaml", text);
    expect(fast?.resources[0]?.value).toEqual({
      ka: true,
      kb: false,
      kc: null,
      kd: 80,
      ke: 1000,
      kf: 5,
      kg: 31,
      kh: 0.5,
      ki: -Infinity,
      kj: "1:30",
      kk: "2024-01-01",
      kl: "1.2.3",
      km: 0,
      kn: "yes",
      ko: "null",
      kp: null,
      kq: 1000,
      kr: 12,
    });
    expect(fast).toEqual(parseWithYaml("f.yaml", text, "1.1"));
  });

  it("agrees with the reference on generated documents, or declines", () => {
    // Scalars and keys from the corners of YAML 1.1 and 1.2 resolution and quoting.
    const word = fc.constantFrom(
      "a",
      "web",
      "kuma.io/service",
      "yes",
      "No",
      "ON",
      "y",
      "n",
      "true",
      "False",
      "null",
      "Null",
      "~",
      "",
      "0",
      "-0",
      "-0.0",
      "012",
      "0o17",
      "0x1F",
      "0b11",
      "1_000",
      "+12",
      ".5",
      "1.",
      "1e3",
      "1E+3",
      ".inf",
      "-.Inf",
      ".NaN",
      "1:30",
      "2024-01-01",
      "1.2.3",
      "e0",
      "a b",
      "a#b",
      "a #b",
      "a: b",
      "-",
      "- a",
      "'",
      '"',
      "é",
      "日本",
      "x".repeat(120),
      "__proto__",
      "constructor",
      "1",
      "1.0",
      "@a",
      "`a",
      "%a",
      "a,b",
      "a:",
      ":a",
    );
    const quote = (s: string, style: number): string =>
      style === 0
        ? s
        : style === 1
          ? `'${s.replaceAll("'", "''")}'`
          : `"${s.replaceAll("\\", "\\\\").replaceAll('"', '\\"')}"`;
    const escaped = fc.constantFrom(
      '"x\\\n\n  y"',
      '"x \\\n  y"',
      '"\\U0001F600"',
      '"\\UFFFFFFFF"',
      '"a\\tb"',
      '"\\x41\\u00e9"',
      '"a\\\\b"',
      '"say \\"hi\\""',
      "'it''s'",
      '"a\\nb"',
      '"\\/"',
    );
    const scalar = fc.oneof(
      { weight: 6, arbitrary: fc.tuple(word, fc.integer({ min: 0, max: 2 })).map(([w, q]) => quote(w, q)) },
      { weight: 1, arbitrary: escaped },
    );
    type Tree = string | { map: [string, Tree][] } | { seq: Tree[] };
    const tree: fc.Arbitrary<Tree> = fc.letrec<{ node: Tree }>((tie) => ({
      node: fc.oneof(
        { depthSize: "small", withCrossShrink: true },
        scalar,
        fc.record({ map: fc.array(fc.tuple(scalar, tie("node")), { minLength: 1, maxLength: 4 }) }),
        fc.record({ seq: fc.array(tie("node"), { minLength: 1, maxLength: 3 }) }),
      ),
    })).node;
    const render = (t: Tree, indent: number, seqIndent: boolean): string[] => {
      const pad = " ".repeat(indent);
      if (typeof t === "string") return [`${pad}${t}`];
      if ("map" in t)
        return t.map.flatMap(([k, v]) =>
          typeof v === "string"
            ? [`${pad}${k}: ${v}`.trimEnd()]
            : [`${pad}${k}:`, ...render(v, "seq" in v && !seqIndent ? indent : indent + 2, seqIndent)],
        );
      return t.seq.flatMap((v) => {
        const [first = "", ...rest] = render(v, indent + 2, seqIndent);
        return [`${pad}- ${first.slice(indent + 2)}`, ...rest];
      });
    };
    const noise = fc.constantFrom(
      "",
      "# comment",
      "   ",
      "---",
      "  # indented comment",
      "a: 'open",
      " x: 1",
      "    continued plain",
      '  "multi',
      '  line"',
      "a:   b   # trailing comment",
      "key with spaces: v",
      "k: v#not a comment",
      "k:v",
      `${"k".repeat(1100)}: v`,
    );
    // Mutations of a valid text: a character inserted, deleted or doubled, to reach the error paths.
    const mutate = (text: string, at: number, kind: number): string => {
      const i = at % (text.length + 1);
      return kind === 0
        ? text.slice(0, i) + " " + text.slice(i)
        : kind === 1
          ? text.slice(0, i) + text.slice(i + 1)
          : kind === 2
            ? text.slice(0, i) + text.charAt(i) + text.slice(i)
            : text;
    };
    const doc = fc
      .tuple(
        fc.array(tree, { minLength: 1, maxLength: 3 }),
        fc.boolean(),
        fc.array(fc.tuple(fc.nat(), noise), { maxLength: 2 }),
        fc.boolean(),
        fc.boolean(),
        fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 5 })), { maxLength: 2 }),
      )
      .map(([docs, seqIndent, inserts, crlf, leading, mutations]) => {
        const lines = docs.flatMap((d, i) => [...(i > 0 || leading ? ["---"] : []), ...render(d, 0, seqIndent)]);
        for (const [at, line] of inserts) lines.splice(at % (lines.length + 1), 0, line);
        const text = lines.join(crlf ? "\r\n" : "\n") + "\n";
        return mutations.reduce((t, [at, kind]) => mutate(t, at, kind), text);
      });
    let fastCount = 0;
    fc.assert(
      fc.property(doc, (text) => {
        const r = agrees("f.yaml", text);
        if (r.fast) fastCount++;
        return r.equal;
      }),
      { numRuns: 3000, seed: 19 },
    );
    expect(fastCount).toBeGreaterThan(300);
  });
});
