import { describe, expect, it } from "vitest";
import { locate, parseYamlFile } from "../../src/parse/yaml.js";

const parse = (text: string) => parseYamlFile("f.yaml", new TextEncoder().encode(text));

describe("parseYamlFile: Lists", () => {
  it("expands kind: List into its items, each located at its own lines", () => {
    const file = parse(
      [
        "apiVersion: v1",
        "kind: List",
        "items:",
        "  - apiVersion: v1",
        "    kind: Service",
        "    metadata:",
        "      name: a",
        "  - null",
        "  - apiVersion: v1",
        "    kind: Namespace",
        "    metadata:",
        "      name: b",
      ].join("\n"),
    );
    expect(file.diagnostics).toEqual([]);
    expect(file.resources.map((r) => [r.base, (r.value as { kind: string }).kind])).toEqual([
      [["items", 0], "Service"],
      [["items", 2], "Namespace"],
    ]);
    expect(file.resources.map((r) => locate(r).line)).toEqual([4, 9]);
    expect(file.resources.map((r) => locate(r, ["metadata", "name"]).line)).toEqual([7, 12]);
  });

  it.each([
    [
      "a List next to other documents",
      "kind: Namespace\nmetadata:\n  name: a\n---\nkind: List\nitems:\n  - kind: Service\n",
      2,
    ],
    ["an empty List", "kind: List\nitems: []\n", 0],
    ["a List without items is kept as it is", "kind: List\n", 1],
    ["a document whose kind is not List", "kind: Lists\nitems:\n  - a\n", 1],
  ])("%s -> %i resources", (_, text, count) => {
    const file = parse(text);
    expect(file.diagnostics).toEqual([]);
    expect(file.resources).toHaveLength(count);
  });
});
