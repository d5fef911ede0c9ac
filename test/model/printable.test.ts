import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { escapeControls, escapeJson, printable, quoted } from "../../src/model/printable.js";

// Every character a terminal or a reader could be driven by: C0, DEL, C1, U+2028/2029, bidi controls.
const UNSAFE = /[\p{Cc}\u2028\u2029\u202a-\u202e\u2066-\u2069]/u;

describe("printable", () => {
  it.each([
    ["orders", "orders"],
    ["kubernetes/shop/a.yaml", "kubernetes/shop/a.yaml"],
    ["**/*.yaml", "**/*.yaml"],
    ["", '""'],
    ["a b", '"a b"'],
    ['a"b', '"a\\"b"'],
    ["a\\b", '"a\\\\b"'],
    ["evil\n", '"evil\\n"'],
    ["\u001b[2J", '"\\u001b[2J"'],
    ["del\u007f", '"del\\u007f"'],
    ["\u0080", '"\\u0080"'],
    ["evil\u009b2J", '"evil\\u009b2J"'],
    ["\u009f", '"\\u009f"'],
    ["\u00a0", '"\u00a0"'],
    ["a\u2028b\u2029", '"a\\u2028b\\u2029"'],
    ["\u202aa\u202e", '"\\u202aa\\u202e"'],
    ["\u2066x\u2069", '"\\u2066x\\u2069"'],
    ["zürich", "zürich"],
  ])("%j is shown as %s", (value, shown) => {
    expect(printable(value)).toBe(shown);
  });

  it("never lets an unsafe character through, and a quoted value parses back", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary" }), (s) => {
        for (const f of [printable, quoted, escapeControls]) expect(f(s)).not.toMatch(UNSAFE);
        expect(JSON.parse(quoted(s))).toBe(s);
      }),
    );
  });
});

describe("quoted", () => {
  it.each([
    ["orders", '"orders"'],
    ["evil\u009b2J\n", '"evil\\u009b2J\\n"'],
  ])("%j is %s", (value, shown) => {
    expect(quoted(value)).toBe(shown);
  });
});

describe("escapeControls", () => {
  it.each([
    ["Internal Server Error: store is down", "Internal Server Error: store is down"],
    ["x\n::error::y\u001b[2J", "x\\u000a::error::y\\u001b[2J"],
    ["a\u009b\u2028\u202eb", "a\\u009b\\u2028\\u202eb"],
  ])("%j is %s", (text, shown) => {
    expect(escapeControls(text)).toBe(shown);
  });
});

describe("escapeJson", () => {
  it("escapes what JSON.stringify keeps raw and stays the same JSON value", () => {
    const value = { a: "x\u009b\u007f\u2028\u202e", b: ["\u001b"] };
    const text = escapeJson(JSON.stringify(value, null, 2));
    expect(text).toBe('{\n  "a": "x\\u009b\\u007f\\u2028\\u202e",\n  "b": [\n    "\\u001b"\n  ]\n}');
    expect(JSON.parse(text)).toEqual(value);
  });
});
