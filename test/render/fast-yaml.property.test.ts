import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { stringify } from "yaml";
import { RENDER_OPTIONS, renderYamlFast } from "../../src/render/fast-yaml.js";

// The fast emitter against yaml's stringify with the same options: on any value it gives stringify's
// bytes or null (then renderResource calls stringify), never other bytes. The strings and keys are
// drawn from what YAML reads as something else or writes in another style.

const NASTY: readonly string[] = [
  // YAML 1.1 and 1.2 booleans, nulls, merge key
  ...["y", "Y", "yes", "Yes", "YES", "n", "N", "no", "No", "NO", "true", "True", "TRUE", "false", "False"],
  ...["FALSE", "on", "On", "ON", "off", "Off", "OFF", "oN", "tRUE", "null", "Null", "NULL", "nULL", "~", ""],
  "<<",
  // numbers of either version, sexagesimal, timestamps
  ...["0", "1", "-1", "+1", "007", "08", "0o17", "0x1f", "0x_1F", "0X1F", "0b101", "-0b1", "1_000", "_1"],
  ...["1.5", ".5", "1.", "-.5", "+.5e3", "1e3", "1E-3", "1e", ".inf", "-.Inf", "+.INF", ".nan", ".NaN"],
  ...["190:20:30", "1:2.5", "1:60", "2001-12-14", "2001-12-14t21:59:43.10-05:00", "2001-12-14 21:59:43.10"],
  ...["2001-1-1", "12:30", "1.2.3", "241.0.0.1", "fd00::1", "10.0.0.0/8", "80", "8080", "0.0"],
  // indicators, alone, first, last and inside
  ...["-", "--", "---", "---x", "...", "...x", "- x", "-x", "x-", "?", "?x", "? x", ":", ":x", "x:", "x:y"],
  ...["x: y", "x :y", "#", "#x", "x#y", "x #y", "x# y", "&a", "*a", "!a", "!!str", "|", "|x", ">", ">x"],
  ...["%", "%YAML", "@", "@x", "`", "`x", ",", ",x", "x,y", "[", "]", "[x]", "{", "}", "{x}", "x[]", "="],
  ...["'", '"', "'x", '"x', "x'", 'x"', 'a"b', "a'b", "a'\"b", "''", '""', "\\", "a\\b", '"\\"', "\\n"],
  // spaces, tabs, newlines
  ...[" ", "  ", " x", "x ", " x ", "a b", "a  b", "\t", "a\tb", "\tx", "x\t", "\n", "a\nb", "a\n", "\nb"],
  ...["a \nb", "a\n b", "a\n\nb", "\r", "a\rb", "\r\n", "a\r\nb", " \n ", "x: \n"],
  // unicode: non-ASCII, line and paragraph separators, bidi, C0, C1, BOM, astral, lone surrogates
  ...["é", "ü-ber", "日本", "😀", "\u2028", "a\u2029b", "\u202e", "a\u200bb", "\u0085", "\u00a0", "a\u00a0"],
  ...["\x7f", "\x00", "\x07", "\x0b", "\x1b", "\x9f", "\ufeff", "\ud800", "x\udfff", "\u0300"],
  // the words of generated files
  ...["kuma.io/service", "k8s.kuma.io/is-headless-service", "kuma.io/display-name", "http", "tcp", "True"],
  ...["app-430.svc.mesh.local", "Generated", "Available", "ServiceTag", "zone-k8s", "team-15", "__proto__"],
  // long strings: past the 1024-character limit of an implicit key, and with spaces to fold at
  "a".repeat(1023),
  "a".repeat(1024),
  "a".repeat(1025),
  "a ".repeat(700),
  `${"x".repeat(1020)}"`,
  "word ".repeat(40).trim(),
];

const CHARS = [..."aZ09 -:#?,[]{}&*!|>'\"%@`~._/\\=<+\t\n\réü\u2028\u202e\u0085\x00\x7f😀"];

const nastyString: fc.Arbitrary<string> = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...NASTY) },
  { weight: 3, arbitrary: fc.string({ unit: fc.constantFrom(...CHARS), maxLength: 12 }) },
  { weight: 2, arbitrary: fc.array(fc.constantFrom(...NASTY), { maxLength: 3 }).map((a) => a.join("")) },
  {
    weight: 2,
    arbitrary: fc.tuple(
      fc.constantFrom(...NASTY),
      fc.constantFrom(" ", "", "-", ":", "#", "."),
      fc.constantFrom(...NASTY),
    ),
  }.arbitrary.map(([a, b, c]) => `${a}${b}${c}`),
  { weight: 1, arbitrary: fc.string({ unit: "grapheme-ascii" }) },
  { weight: 1, arbitrary: fc.string({ unit: "binary", maxLength: 8 }) },
);

const nastyScalar: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 6, arbitrary: nastyString },
  { weight: 1, arbitrary: fc.boolean() },
  { weight: 1, arbitrary: fc.constant(null) },
  { weight: 1, arbitrary: fc.integer() },
  { weight: 1, arbitrary: fc.double() },
  { weight: 1, arbitrary: fc.constantFrom(-0, 0, 1e21, -1e-7, 2 ** 53, Number.MAX_VALUE, Number.MIN_VALUE) },
  { weight: 1, arbitrary: fc.constantFrom(undefined, 10n, new Date(0), Symbol("s"), () => 1) },
);

// Values outside the plain domain too: Maps, Sets, null-prototype objects, array subclasses.
const value = fc.letrec<{ value: unknown; map: Record<string, unknown> }>((tie) => ({
  value: fc.oneof(
    { depthSize: "small", withCrossShrink: true },
    { weight: 5, arbitrary: nastyScalar },
    { weight: 2, arbitrary: fc.array(tie("value"), { maxLength: 4 }) },
    { weight: 2, arbitrary: tie("map") },
    {
      weight: 1,
      arbitrary: fc
        .array(fc.tuple(nastyString, tie("value")), { maxLength: 2 })
        .chain((entries) =>
          fc.constantFrom<unknown>(
            new Map(entries),
            Object.assign(Object.create(null), Object.fromEntries(entries)),
            new Set(entries.map(([k]) => k)),
          ),
        ),
    },
  ),
  map: fc.dictionary(nastyString, tie("value"), { maxKeys: 5 }),
})).map;

// The domain the emitter claims: every such value must come back non-null.
const DOMAIN_CHARS = [..."aZ09 -:#?,[]{}&*!|>'\"%@`~._/\\=<+"];
const domainString = fc
  .oneof(
    fc.constantFrom(...NASTY),
    fc.string({ unit: fc.constantFrom(...DOMAIN_CHARS), maxLength: 12 }),
    fc.string({ unit: "grapheme-ascii" }),
  )
  .filter((s) => /^[\x20-\x7e]*$/.test(s) && !/^(?:---|\.\.\.)/.test(s));
const domainScalar = fc.oneof(
  domainString,
  fc.boolean(),
  fc.constant(null),
  fc.integer(),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
);
const domainValue = fc.letrec<{ value: unknown; map: Record<string, unknown> }>((tie) => ({
  value: fc.oneof(
    { depthSize: "small", withCrossShrink: true },
    { weight: 5, arbitrary: domainScalar },
    { weight: 2, arbitrary: fc.array(tie("value"), { maxLength: 4 }) },
    { weight: 2, arbitrary: tie("map") },
  ),
  map: fc.dictionary(
    domainString.filter((k) => k.length <= 1000),
    tie("value"),
    { maxKeys: 5 },
  ),
})).map;

describe("renderYamlFast", () => {
  it("gives stringify's bytes or null, on values inside and outside its domain", () => {
    let handled = 0;
    let runs = 0;
    fc.assert(
      fc.property(value, (v) => {
        runs++;
        const fast = renderYamlFast(v);
        if (fast === null) return;
        handled++;
        expect(fast).toBe(stringify(v, RENDER_OPTIONS));
      }),
      { numRuns: 3000 },
    );
    // Not a property that holds by answering null: a good share is rendered by the fast path.
    expect(handled).toBeGreaterThan(runs / 10);
  });

  it("renders every value of its domain, as stringify does", () => {
    fc.assert(
      fc.property(domainValue, (v) => {
        const fast = renderYamlFast(v);
        expect(fast).not.toBeNull();
        expect(fast).toBe(stringify(v, RENDER_OPTIONS));
      }),
      { numRuns: 2000 },
    );
  });

  it.each(NASTY.map((s) => [JSON.stringify(s).slice(0, 40), s] as const))("%s as a key and as a value", (_, s) => {
    for (const v of [{ [s]: s }, { a: [s, { [s]: [s] }] }, { a: { b: s } }]) {
      const fast = renderYamlFast(v);
      if (fast !== null) expect(fast).toBe(stringify(v, RENDER_OPTIONS));
    }
  });
});
