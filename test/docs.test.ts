import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import ts from "typescript";
import { describe, expect, it } from "vitest";
import { USAGE } from "../src/options.js";

// The documentation is checked against the code: every diagnostic code that src/ can emit is in the
// table of docs/reports.md and every code in the table can be emitted, every relative link of the
// Markdown pages leads somewhere, and the README stays a front page.

const ROOT = fileURLToPath(new URL("..", import.meta.url));
const read = (path: string): string => readFileSync(join(ROOT, path), "utf8");

/** Repository-relative paths of the files under `dir` whose names end with `suffix`, sorted. */
function filesUnder(dir: string, suffix: string): string[] {
  return readdirSync(join(ROOT, dir), { recursive: true, encoding: "utf8" })
    .filter((p) => p.endsWith(suffix))
    .map((p) => join(dir, p))
    .sort();
}

// ---------------------------------------------------------------------------------------------------
// Diagnostic codes in src/, read from the syntax tree of every file (so that formatting, comments and
// strings that merely look like codes do not matter). A code reaches a Diagnostic in one of these ways:
// - the `code` argument of `diagnostic(severity, code, ...)` as a string literal;
// - that argument as a call of a function of the same file (yaml.ts `yamlCode`): the literals it returns;
// - that argument as a parameter of the enclosing function (schemas.ts `validateResource(.., code)`):
//   the literals that callers pass in that position, followed through further parameters;
// - that argument as `<expr>.code` (rules.ts violations, policies.ts problems, sources.ts PRUNED): the
//   string literals of every `code:` property in src/, and the members of the `RuleCode` union.
// Any other form of the argument fails the test, so that a new way of making codes is taught here.

type Severity = "error" | "warning" | "info";
const SEVERITIES: readonly string[] = ["error", "warning", "info"];

interface Found {
  /** code -> the severities it is emitted with, when the code shows them (empty: decided at run time). */
  readonly codes: Map<string, Set<Severity>>;
  /** `diagnostic(...)` calls whose code argument has a form this test does not understand. */
  readonly unknownForms: string[];
}

interface Source {
  readonly path: string;
  readonly file: ts.SourceFile;
}

function sourceFiles(): Source[] {
  return filesUnder("src", ".ts").map((path) => ({
    path,
    file: ts.createSourceFile(path, read(path), ts.ScriptTarget.Latest, true, ts.ScriptKind.TS),
  }));
}

function walk(node: ts.Node, visit: (n: ts.Node) => void): void {
  visit(node);
  node.forEachChild((child) => walk(child, visit));
}

function literal(node: ts.Node | undefined): string | undefined {
  return node && (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) ? node.text : undefined;
}

function calleeName(call: ts.CallExpression): string | undefined {
  return ts.isIdentifier(call.expression) ? call.expression.text : undefined;
}

type FunctionLike = ts.FunctionDeclaration | ts.ArrowFunction | ts.FunctionExpression | ts.MethodDeclaration;

function enclosingFunction(node: ts.Node): FunctionLike | undefined {
  for (let n = node.parent; n !== undefined; n = n.parent) {
    if (ts.isFunctionDeclaration(n) || ts.isArrowFunction(n) || ts.isFunctionExpression(n) || ts.isMethodDeclaration(n))
      return n;
  }
  return undefined;
}

function functionName(fn: FunctionLike): string | undefined {
  if ((ts.isFunctionDeclaration(fn) || ts.isMethodDeclaration(fn)) && fn.name && ts.isIdentifier(fn.name))
    return fn.name.text;
  if (ts.isVariableDeclaration(fn.parent) && ts.isIdentifier(fn.parent.name)) return fn.parent.name.text;
  return undefined;
}

/** The string literals an expression can evaluate to, through `a ? b : c` and parentheses. */
function literalsOf(expr: ts.Expression): string[] | undefined {
  const text = literal(expr);
  if (text !== undefined) return [text];
  if (ts.isParenthesizedExpression(expr)) return literalsOf(expr.expression);
  if (ts.isConditionalExpression(expr)) {
    const a = literalsOf(expr.whenTrue);
    const b = literalsOf(expr.whenFalse);
    return a && b ? [...a, ...b] : undefined;
  }
  return undefined;
}

/** The literals returned by the function `name` declared in `file`, or undefined when one is not a literal. */
function returnedLiterals(file: ts.SourceFile, name: string): string[] | undefined {
  let out: string[] | undefined;
  walk(file, (n) => {
    if (!ts.isFunctionDeclaration(n) || n.name?.text !== name || !n.body) return;
    out = [];
    walk(n.body, (r) => {
      if (!ts.isReturnStatement(r) || out === undefined) return;
      const values = r.expression ? literalsOf(r.expression) : undefined;
      out = values ? [...out, ...values] : undefined;
    });
  });
  return out;
}

/** Literals passed at `index` to every call of `name` in src/, following identifiers that are parameters. */
function argumentLiterals(sources: readonly Source[], name: string, index: number, seen = new Set<string>()): string[] {
  const key = `${name}#${index}`;
  if (seen.has(key)) return [];
  seen.add(key);
  const out: string[] = [];
  for (const { file } of sources) {
    walk(file, (n) => {
      if (!ts.isCallExpression(n) || calleeName(n) !== name) return;
      const arg = n.arguments[index];
      const text = literal(arg);
      if (text !== undefined) out.push(text);
      else if (arg && ts.isIdentifier(arg)) out.push(...parameterLiterals(sources, arg, seen));
    });
  }
  return out;
}

/** When `id` is a parameter of an enclosing named function: the literals its callers pass there. */
function parameterLiterals(sources: readonly Source[], id: ts.Identifier, seen = new Set<string>()): string[] {
  for (let fn = enclosingFunction(id); fn !== undefined; fn = enclosingFunction(fn)) {
    const index = fn.parameters.findIndex((p) => ts.isIdentifier(p.name) && p.name.text === id.text);
    if (index < 0) continue;
    const name = functionName(fn);
    return name === undefined ? [] : argumentLiterals(sources, name, index, seen);
  }
  return [];
}

function findCodes(): Found {
  const sources = sourceFiles();
  const codes = new Map<string, Set<Severity>>();
  const unknownForms: string[] = [];
  const add = (code: string, severity: string | undefined): void => {
    const set = codes.get(code) ?? new Set<Severity>();
    if (severity !== undefined && SEVERITIES.includes(severity)) set.add(severity as Severity);
    codes.set(code, set);
  };

  // Codes carried in objects: `code: "..."` properties (with a literal `severity:` beside it, when
  // there is one) and the RuleCode union of rules.ts.
  for (const { file } of sources) {
    walk(file, (n) => {
      if (ts.isPropertyAssignment(n) && ts.isIdentifier(n.name) && n.name.text === "code") {
        const code = literal(n.initializer);
        if (code === undefined) return;
        const severity = ts.isObjectLiteralExpression(n.parent)
          ? n.parent.properties.find(
              (p): p is ts.PropertyAssignment =>
                ts.isPropertyAssignment(p) && ts.isIdentifier(p.name) && p.name.text === "severity",
            )
          : undefined;
        add(code, severity && literal(severity.initializer));
      }
      if (ts.isTypeAliasDeclaration(n) && n.name.text === "RuleCode" && ts.isUnionTypeNode(n.type)) {
        for (const t of n.type.types) {
          const code = ts.isLiteralTypeNode(t) ? literal(t.literal) : undefined;
          if (code !== undefined) add(code, undefined);
        }
      }
    });
  }

  for (const { path, file } of sources) {
    walk(file, (n) => {
      if (!ts.isCallExpression(n) || calleeName(n) !== "diagnostic") return;
      const [severityArg, codeArg] = n.arguments;
      if (!codeArg) return;
      const severity = literal(severityArg);
      const where = `${path}:${file.getLineAndCharacterOfPosition(n.getStart()).line + 1}`;
      // `<expr>.code` carries a code of a `code:` property, collected above.
      if (ts.isPropertyAccessExpression(codeArg) && codeArg.name.text === "code") return;
      const direct = literal(codeArg);
      const callee = ts.isCallExpression(codeArg) ? calleeName(codeArg) : undefined;
      const resolved =
        direct !== undefined
          ? [direct]
          : callee !== undefined
            ? returnedLiterals(file, callee)
            : ts.isIdentifier(codeArg)
              ? parameterLiterals(sources, codeArg)
              : undefined;
      if (resolved === undefined || resolved.length === 0) {
        unknownForms.push(`${where}: diagnostic(${n.arguments.map((a) => a.getText(file)).join(", ")})`);
        return;
      }
      for (const code of resolved) add(code, severity);
    });
  }
  return { codes, unknownForms };
}

interface Row {
  readonly code: string;
  readonly severity: string;
  readonly meaning: string;
}

/** The rows of the table under "## Diagnostic codes" in docs/reports.md. */
function documentedCodes(): Row[] {
  const text = read("docs/reports.md");
  const start = text.indexOf("\n## Diagnostic codes\n");
  if (start < 0) throw new Error('docs/reports.md has no "## Diagnostic codes" section');
  const end = text.indexOf("\n## ", start + 1);
  const section = text.slice(start, end < 0 ? undefined : end);
  const rows: Row[] = [];
  for (const line of section.split("\n")) {
    const m = /^\|\s*`([^`]+)`\s*\|\s*([^|]*?)\s*\|\s*(.*?)\s*\|\s*$/.exec(line);
    if (m) rows.push({ code: m[1] ?? "", severity: m[2] ?? "", meaning: m[3] ?? "" });
  }
  return rows;
}

describe("diagnostic codes in docs/reports.md", () => {
  const found = findCodes();
  const rows = documentedCodes();
  const documented = new Map(rows.map((r) => [r.code, r]));

  it("finds the codes in src/ (every code argument of diagnostic() has a form this test resolves)", () => {
    expect(found.unknownForms).toEqual([]);
    // The extraction works: codes made in each of the ways above are found.
    for (const code of [
      "config-invalid", // diagnostic("error", "config-invalid", ...)
      "yaml-syntax", // yamlCode(e.code)
      "resource-invalid", // validateResource(..., "resource-invalid") -> diagnostic("error", code, ...)
      "unknown-field", // { severity: "warning", code: "unknown-field" }
      "port-invalid", // rules.ts RuleCode
      "policy-ref-unknown-port", // policies.ts problems
    ])
      expect(found.codes.has(code), code).toBe(true);
  });

  it("has one row per code, each with a severity and a meaning", () => {
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.map((r) => r.code)).toEqual([...new Set(rows.map((r) => r.code))]);
    for (const r of rows) {
      expect(SEVERITIES, `severity of ${r.code}`).toContain(r.severity);
      expect(r.meaning, `meaning of ${r.code}`).not.toBe("");
    }
  });

  it("documents every code that src/ emits", () => {
    const missing = [...found.codes.keys()].filter((c) => !documented.has(c)).sort();
    expect(missing, "codes emitted in src/ but missing from docs/reports.md").toEqual([]);
  });

  it("documents only codes that src/ emits", () => {
    const unknown = rows.map((r) => r.code).filter((c) => !found.codes.has(c));
    expect(unknown, "codes in docs/reports.md that src/ never emits").toEqual([]);
  });

  it("gives each code the severity src/ emits it with, where src/ shows it", () => {
    for (const [code, severities] of found.codes) {
      const row = documented.get(code);
      if (row && severities.size > 0) expect([...severities], `severity of ${code}`).toContain(row.severity);
    }
  });
});

// ---------------------------------------------------------------------------------------------------
// Links.

const PAGES = ["README.md", ...filesUnder("docs", ".md")];

/** The text outside fenced code blocks and inline code spans, line by line. */
function prose(markdown: string): string[] {
  let fenced = false;
  const out: string[] = [];
  for (const line of markdown.split("\n")) {
    if (/^\s*(```|~~~)/.test(line)) {
      fenced = !fenced;
      out.push("");
      continue;
    }
    out.push(fenced ? "" : line.replace(/`[^`]*`/g, "``"));
  }
  return out;
}

/** GitHub's anchor of a heading: lower case, punctuation dropped, spaces as hyphens; repeats get -1, -2. */
function anchors(markdown: string): Set<string> {
  const out = new Set<string>();
  const counts = new Map<string, number>();
  let fenced = false;
  for (const line of markdown.split("\n")) {
    if (/^\s*(```|~~~)/.test(line)) fenced = !fenced;
    const m = fenced ? null : /^#{1,6}\s+(.*?)\s*#*\s*$/.exec(line);
    if (!m) continue;
    const text = (m[1] ?? "").replace(/\[([^\]]*)\]\([^)]*\)/g, "$1");
    const slug = text
      .toLowerCase()
      .replace(/[^\p{L}\p{M}\p{N}\p{Pc} -]/gu, "")
      .replace(/ /g, "-");
    const n = counts.get(slug) ?? 0;
    counts.set(slug, n + 1);
    out.add(n === 0 ? slug : `${slug}-${n}`);
  }
  return out;
}

interface Link {
  readonly page: string;
  readonly line: number;
  readonly target: string;
}

function relativeLinks(page: string): Link[] {
  const links: Link[] = [];
  prose(read(page)).forEach((text, i) => {
    for (const m of text.matchAll(/\]\(\s*<?([^)\s>]+)>?(?:\s+"[^"]*")?\s*\)/g)) {
      const target = m[1] ?? "";
      if (!/^[a-z][a-z0-9+.-]*:/i.test(target)) links.push({ page, line: i + 1, target });
    }
  });
  return links;
}

describe("Markdown links", () => {
  const links = PAGES.flatMap(relativeLinks);

  it("finds the pages and their links", () => {
    expect(PAGES).toContain("docs/reports.md");
    expect(PAGES).toContain("docs/design/interface.md");
    expect(links.length).toBeGreaterThan(20);
  });

  it.each(PAGES)("every relative link in %s leads to an existing file (and heading)", (page) => {
    const broken: string[] = [];
    for (const link of links.filter((l) => l.page === page)) {
      const [path = "", anchor] = link.target.split("#", 2);
      const target = path === "" ? join(ROOT, page) : resolve(ROOT, dirname(page), decodeURI(path));
      const where = `${page}:${link.line}: ${link.target}`;
      if (relative(ROOT, target).startsWith("..") || !existsSync(target)) {
        broken.push(`${where} (no such file)`);
        continue;
      }
      if (anchor !== undefined && target.endsWith(".md")) {
        const text = readFileSync(target, "utf8");
        if (!anchors(text).has(anchor)) broken.push(`${where} (no such heading)`);
      }
    }
    expect(broken).toEqual([]);
  });
});

describe("README.md", () => {
  it("is at most 15,000 bytes", () => {
    expect(statSync(join(ROOT, "README.md")).size).toBeLessThanOrEqual(15_000);
  });

  it("lists every command of the CLI's usage in its synopsis", () => {
    const readme = readFileSync(join(ROOT, "README.md"), "utf8");
    const usage = USAGE.split("\n")[0] ?? "";
    expect(readme).toContain(usage);
    for (const command of /<([a-z|]+)>/.exec(usage)?.[1]?.split("|") ?? [])
      expect(readme).toMatch(new RegExp(`^  ${command} +\\S`, "m"));
  });
});
