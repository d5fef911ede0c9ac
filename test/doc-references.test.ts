import { existsSync, readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

// Every page a code comment cites (`docs/...md`) is in the repository.
const ROOT = fileURLToPath(new URL("..", import.meta.url));

function sourceFiles(dir: string): string[] {
  return readdirSync(join(ROOT, dir), { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? sourceFiles(`${dir}/${e.name}`) : e.name.endsWith(".ts") ? [`${dir}/${e.name}`] : [],
  );
}

describe("documents cited in the code", () => {
  const cited = new Map<string, string>();
  for (const file of [...sourceFiles("src"), ...sourceFiles("test"), ...sourceFiles("scripts")]) {
    for (const m of readFileSync(join(ROOT, file), "utf8").matchAll(/\bdocs\/[\w/-]+\.md\b/g)) cited.set(m[0], file);
  }

  it("cites the design notes", () => {
    expect([...cited.keys()]).toEqual(
      expect.arrayContaining(["docs/design/interface.md", "docs/design/generation.md"]),
    );
  });

  it.each([...cited])("%s (cited in %s) exists", (doc) => {
    expect(existsSync(join(ROOT, doc))).toBe(true);
  });

  it("cites no page of the specification outside the repository", () => {
    for (const file of [...sourceFiles("src"), ...sourceFiles("scripts")]) {
      const text = readFileSync(join(ROOT, file), "utf8");
      expect(text, file).not.toMatch(/(?<![\w/])(interface|generation|addressing)\.md/);
    }
  });
});
