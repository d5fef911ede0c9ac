import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import ts from "typescript";
import { describe, expect, it } from "vitest";
import { MAX_FILE_BYTES, parseYamlFile } from "../../src/parse/yaml.js";

const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);

/** A "billion laughs" document: 10 levels of 10 aliases, 10^9 nodes once expanded. */
function aliasBomb(levels = 10): string {
  const lines = [`l0: &l0 [${Array(10).fill('"lol"').join(", ")}]`];
  for (let i = 1; i < levels; i++)
    lines.push(
      `l${i}: &l${i} [${Array(10)
        .fill(`*l${i - 1}`)
        .join(", ")}]`,
    );
  return `${lines.join("\n")}\n`;
}

describe("YAML hazards: each one is an error at an exact position, and the file contributes nothing", () => {
  it.each([
    {
      hazard: "syntax errors in two documents are both reported",
      text: "a: [1, 2\nb: 3\n---\nc: d: e\n",
      expected: [
        ["yaml-syntax", 2, 1],
        ["yaml-syntax", 4, 4],
      ],
    },
    { hazard: "duplicate key", text: "type: Dataplane\nname: a\nname: b\n", expected: [["yaml-duplicate-key", 3, 1]] },
    {
      hazard: "duplicate key in a nested map of the second document",
      text: "a: 1\n---\nmetadata:\n  labels:\n    x: a\n    x: b\n",
      expected: [["yaml-duplicate-key", 6, 5]],
    },
    { hazard: "alias expansion above the limit", text: aliasBomb(4), expected: [["yaml-alias-limit", 1, 1]] },
  ])("$hazard", ({ text, expected }) => {
    const parsed = parseYamlFile("dir/f.yaml", utf8(text));
    expect(parsed.diagnostics.map((d) => [d.code, d.line, d.column])).toEqual(expected);
    for (const d of parsed.diagnostics) expect([d.file, d.severity]).toEqual(["dir/f.yaml", "error"]);
  });

  it.each([
    { hazard: "not UTF-8 (a Latin-1 byte)", bytes: new Uint8Array([0x61, 0x3a, 0x20, 0xe9, 0x0a]), code: "not-utf8" },
    { hazard: "UTF-16 with a byte order mark", bytes: new Uint8Array([0xff, 0xfe, 0x61, 0x00]), code: "not-utf8" },
    {
      hazard: "larger than the size limit",
      bytes: new Uint8Array(MAX_FILE_BYTES + 1).fill(0x20),
      code: "file-too-large",
    },
  ])("$hazard: $code at 1:1, nothing parsed", ({ bytes, code }) => {
    const parsed = parseYamlFile("f.yaml", bytes);
    expect(parsed.diagnostics.map((d) => [d.file, d.code, d.line, d.column])).toEqual([["f.yaml", code, 1, 1]]);
    expect(parsed.resources).toEqual([]);
  });

  it("documents a size limit of 8 MiB, and a file of exactly the limit is parsed", () => {
    expect(MAX_FILE_BYTES).toBe(8 * 1024 * 1024);
    const parsed = parseYamlFile("f.yaml", new Uint8Array(MAX_FILE_BYTES).fill(0x20));
    expect(parsed.diagnostics).toEqual([]);
  });

  it("ignores empty and comment-only documents", () => {
    const parsed = parseYamlFile("f.yaml", utf8("---\n---\n# only a comment\n---\nkind: x\n---\n"));
    expect(parsed.diagnostics).toEqual([]);
    expect(parsed.resources.map((r) => r.value)).toEqual([{ kind: "x" }]);
  });

  it("expands kind: List into its items, skipping empty ones", () => {
    const text =
      "kind: List\napiVersion: v1\nitems:\n  - {kind: Namespace, apiVersion: v1, metadata: {name: a}}\n  -\n  - {kind: Namespace, apiVersion: v1, metadata: {name: b}}\n";
    expect(parseYamlFile("f.yaml", utf8(text)).resources.map((r) => r.base)).toEqual([
      ["items", 0],
      ["items", 2],
    ]);
  });
});

describe("alias bomb in a small process", () => {
  // The parser runs in a child `node --max-old-space-size=256`: a billion-laughs file must fail
  // fast with yaml-alias-limit instead of exhausting memory. src/ is transpiled file by file
  // (typescript.transpileModule) into node_modules/.cache/, where the child resolves `yaml` from
  // the project's node_modules, and the child imports src/parse/yaml.ts from there.
  it("fails in seconds with yaml-alias-limit under --max-old-space-size=256", () => {
    const cache = fileURLToPath(new URL("../../node_modules/.cache/", import.meta.url));
    mkdirSync(cache, { recursive: true });
    const dir = mkdtempSync(join(cache, "msr-alias-bomb-"));
    try {
      const src = fileURLToPath(new URL("../../src/", import.meta.url));
      for (const file of readdirSync(src, { recursive: true, encoding: "utf8" }).filter((f) => f.endsWith(".ts"))) {
        const js = ts.transpileModule(readFileSync(join(src, file), "utf8"), {
          compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022 },
        }).outputText;
        mkdirSync(dirname(join(dir, file)), { recursive: true });
        writeFileSync(join(dir, file.replace(/\.ts$/, ".js")), js);
      }
      writeFileSync(join(dir, "package.json"), '{"type":"module"}');
      writeFileSync(join(dir, "bomb.yaml"), aliasBomb(10));
      writeFileSync(
        join(dir, "child.js"),
        [
          'import { readFileSync } from "node:fs";',
          'import { parseYamlFile } from "./parse/yaml.js";',
          "const start = Date.now();",
          'const parsed = parseYamlFile("bomb.yaml", readFileSync(new URL("bomb.yaml", import.meta.url)));',
          "console.log(JSON.stringify({ ms: Date.now() - start, codes: parsed.diagnostics.map((d) => d.code), resources: parsed.resources.length }));",
        ].join("\n"),
      );
      const child = spawnSync(process.execPath, ["--max-old-space-size=256", join(dir, "child.js")], {
        encoding: "utf8",
        timeout: 20_000,
      });
      expect(child.stderr).toBe("");
      expect(child.status).toBe(0);
      const result = JSON.parse(child.stdout) as { ms: number; codes: string[]; resources: number };
      expect(result.codes).toEqual(["yaml-alias-limit"]);
      expect(result.resources).toBe(0);
      expect(result.ms).toBeLessThan(5_000);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
