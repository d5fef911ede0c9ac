import { describe, expect, it } from "vitest";
import type { FileChange } from "../../src/plan/plan.js";
import { commitMessage, contentHash, parseAuthor } from "../../src/publish/message.js";

function change(action: FileChange["action"], path: string, after: string | null = "x\n"): FileChange {
  return { action, path, zone: "z", mesh: "default", namespace: "", name: "n", before: null, after, handEdited: false };
}

describe("commitMessage", () => {
  it("lists each change by path under a fixed subject", () => {
    const changes = [
      change("update", "ms/z/default/b.yaml"),
      change("unchanged", "ms/z/default/c.yaml"),
      change("create", "ms/z/default/a.yaml"),
      { ...change("delete", "ms/z/default/d.yaml", null), handEdited: true },
    ];
    expect(commitMessage(changes)).toBe(
      "chore(meshservices): reconcile 3 MeshServices\n\n" +
        "- create ms/z/default/a.yaml\n" +
        "- update ms/z/default/b.yaml\n" +
        "- delete ms/z/default/d.yaml (was edited by hand)\n",
    );
  });
});

describe("counted", () => {
  it.each([
    [0, "0 MeshServices"],
    [1, "1 MeshService"],
    [2, "2 MeshServices"],
  ])("a commit of %i changed files says %s", (n, words) => {
    const changes = Array.from({ length: n }, (_, i) => change("create", `ms/z/default/s${i}.yaml`));
    expect(commitMessage(changes).split("\n")[0]).toBe(`chore(meshservices): reconcile ${words}`);
  });
});

describe("contentHash", () => {
  it("depends on what the commit holds, not on order or unchanged files", () => {
    const a = [change("create", "a.yaml"), change("update", "b.yaml")];
    const b = [change("unchanged", "c.yaml"), change("update", "b.yaml"), change("create", "a.yaml")];
    expect(contentHash(a)).toBe(contentHash(b));
    expect(contentHash(a)).toMatch(/^[0-9a-f]{64}$/);
    expect(contentHash([change("create", "a.yaml", "y\n"), change("update", "b.yaml")])).not.toBe(contentHash(a));
  });
});

describe("parseAuthor", () => {
  it.each([
    ["meshservice-reconciler <bot@example.com>", { name: "meshservice-reconciler", email: "bot@example.com" }],
    ["Pat Q. Person <pat@example.com>", { name: "Pat Q. Person", email: "pat@example.com" }],
  ])("%s", (author, expected) => {
    expect(parseAuthor(author)).toEqual(expected);
  });
});
