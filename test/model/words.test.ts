import { describe, expect, it } from "vitest";
import { counted, didYouMean, nearest } from "../../src/model/words.js";

describe("counted", () => {
  it.each([
    [0, "0 MeshServices"],
    [1, "1 MeshService"],
    [2, "2 MeshServices"],
  ])("%i", (n, text) => {
    expect(counted(n, "MeshService")).toBe(text);
  });
  it("groups thousands when asked", () => {
    expect(counted(1500, "file", "files", true)).toBe("1,500 files");
  });
});

describe("nearest", () => {
  it.each([
    ["backnd", ["backend", "frontend", "web"], ["backend"]],
    ["zone-mv", ["zone-vm", "zone-k8s"], ["zone-vm"]],
    ["plna", ["plan", "check", "apply"], ["plan"]],
    ["xyz", ["plan", "check", "apply"], []],
    ["web", ["web", "wbe", "webs"], ["webs"]],
    ["cart", ["carts", "card", "x"], ["card", "carts"]],
  ])("%s among %j", (word, candidates, found) => {
    expect(nearest(word, candidates)).toEqual(found);
  });
  it("says it as a question, or not at all", () => {
    expect(didYouMean("cart", ["carts", "card", "x"])).toBe(' Did you mean "card" or "carts"?');
    expect(didYouMean("cart", ["x"])).toBe("");
  });
});
