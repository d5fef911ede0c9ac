import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { collectSecrets, redact, redactSource, urlCredentials } from "../src/redact.js";

const TOKEN = "ghp_Abc123+/=xyz~!secret";

describe("redact", () => {
  it.each([
    ["the token verbatim", `token is ${TOKEN}.`, "token is ***."],
    ["the token URL-encoded", `?t=${encodeURIComponent(TOKEN)}&x=1`, "?t=***&x=1"],
    ["the token in base64", `X: ${Buffer.from(TOKEN).toString("base64")}`, "X: ***"],
    [
      "a Basic header carrying the token",
      `Authorization: Basic ${Buffer.from(`x-access-token:${TOKEN}`).toString("base64")}`,
      "Authorization: Basic ***",
    ],
    ["a user:password URL", "fatal: https://me:hunter2@example.com/r.git", "fatal: https://***@example.com/r.git"],
    ["a token as the user of an https URL", "https://ghp_xyz@example.com/r", "https://***@example.com/r"],
    ["a user:password ssh URL", "ssh://me:hunter2@example.com/r.git", "ssh://***@example.com/r.git"],
    ["but not the plain user of an ssh URL", "ssh://git@example.com/r.git", "ssh://git@example.com/r.git"],
    ["nor a scp-like address", "git@example.com:o/r.git", "git@example.com:o/r.git"],
  ])("hides %s", (_, text, expected) => {
    expect(redact(text, collectSecrets([TOKEN], []))).toBe(expected);
  });

  it("hides a password from a URL wherever it shows up, decoded or not", () => {
    const url = "https://me:p%40ss%3Aword@example.com/r.git";
    const secrets = collectSecrets([undefined, ""], [url]);
    expect(secrets).toEqual(["p@ss:word"]);
    expect(redact(`cannot read p@ss:word and p%40ss%3Aword from ${url}`, secrets)).toBe(
      "cannot read *** and *** from https://***@example.com/r.git",
    );
  });

  it.each([
    ["a URL argument", ["plan", "--repo", "https://me:pw1@h/r.git"], ["pw1"]],
    ["an --option=URL argument", ["plan", "--repo=https://me:pw2@h/r.git"], ["pw2"]],
    ["no user name alone", ["plan", "--repo", "https://name@h/r.git"], []],
    ["no user name of a URL with an empty password", ["plan", "--repo=https://name:@h/r.git"], []],
  ])("collects the secrets of %s", (_, argv, expected) => {
    expect(collectSecrets([], argv)).toEqual(expected);
  });

  it("hides a user name inside URLs only, never the same word elsewhere", () => {
    const secrets = collectSecrets([], ["plan", "--repo", "https://name@example.com/r.git"]);
    expect(redact('{"name": "web", "repo": "https://name@example.com/r.git"}', secrets)).toBe(
      '{"name": "web", "repo": "https://***@example.com/r.git"}',
    );
  });

  it.each([
    ["https://u:p@h/x", { user: "u", password: "p" }],
    ["https://tok@h/x", { user: "tok", password: null }],
    ["file:///tmp/x.git", null],
    ["git@github.com:o/r.git", null],
  ])("reads the credentials of %s", (url, expected) => {
    expect(urlCredentials(url)).toEqual(expected);
  });

  it("leaves text without secrets unchanged", () => {
    expect(redact("chore(meshservices): reconcile 3 MeshServices", [TOKEN])).toBe(
      "chore(meshservices): reconcile 3 MeshServices",
    );
  });

  it("never lets a token of 8+ characters through, at any base64 alignment", () => {
    fc.assert(
      fc.property(
        fc.string({ minLength: 8, maxLength: 40 }).filter((s) => !s.includes("*")),
        fc.string({ maxLength: 5 }),
        fc.string({ maxLength: 5 }),
        (token, before, after) => {
          const plain = `${before}${token}${after}`;
          const out = [plain, encodeURIComponent(plain), Buffer.from(plain).toString("base64")].map((t) =>
            redact(t, [token]),
          );
          expect(out[0]).not.toContain(token);
          expect(out[1]).not.toContain(encodeURIComponent(token));
          expect(out[2]).toContain("***");
        },
      ),
    );
  });
});

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
