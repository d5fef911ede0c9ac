import { describe, expect, it } from "vitest";
import { redactSource } from "../../src/report/report.js";

describe("redactSource", () => {
  it.each([
    [".", "."],
    ["/work/config-repo", "/work/config-repo"],
    ["https://github.com/o/r.git", "https://github.com/o/r.git"],
    ["https://x-access-token:ghs_abc@github.com/o/r.git", "https://github.com/o/r.git"],
    ["https://ghp_token@github.com/o/r", "https://github.com/o/r"],
    ["HTTP://u:p@host/r", "HTTP://host/r"],
    ["ssh://git@github.com/o/r.git", "ssh://git@github.com/o/r.git"],
    ["ssh://git:secret@host/r.git", "ssh://git@host/r.git"],
    ["git@github.com:o/r.git", "git@github.com:o/r.git"],
    ["file:///srv/repo.git", "file:///srv/repo.git"],
  ])("%s -> %s", (source, redacted) => {
    expect(redactSource(source)).toBe(redacted);
  });
});
