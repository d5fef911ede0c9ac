import { describe, expect, it } from "vitest";
import { isRemoteUrl } from "../../src/model/repository.js";

describe("isRemoteUrl", () => {
  it.each([
    ["https://github.com/o/r.git", true],
    ["ssh://git@host/o/r.git", true],
    ["git@github.com:o/r.git", true],
    ["file:///tmp/r.git", true],
    [".", false],
    ["../config-repo", false],
    ["/abs/path", false],
  ])("isRemoteUrl(%s) = %s", (repo, remote) => {
    expect(isRemoteUrl(repo)).toBe(remote);
  });
});
