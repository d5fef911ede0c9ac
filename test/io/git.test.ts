import { describe, expect, it } from "vitest";
import { gitEnv } from "../../src/io/git.js";

const TOKEN = "ghs_0123456789abcdef";
const AMBIENT = { PATH: "/usr/bin:/bin", HOME: "/home/ci" };
const HEADER = `Authorization: Basic ${Buffer.from(`x-access-token:${TOKEN}`).toString("base64")}`;

/** The `git -c` settings that an environment made by gitEnv carries, as key -> value. */
function configOf(env: Readonly<Record<string, string>>): Map<string, string> {
  const out = new Map<string, string>();
  for (let i = 0; i < Number(env["GIT_CONFIG_COUNT"] ?? "0"); i++)
    out.set(env[`GIT_CONFIG_KEY_${i}`] ?? "", env[`GIT_CONFIG_VALUE_${i}`] ?? "");
  return out;
}

describe("gitEnv", () => {
  it.each([
    ["https://github.com/acme/config.git", "http.https://github.com/.extraHeader"],
    ["http://127.0.0.1:8080/config.git", "http.http://127.0.0.1:8080/.extraHeader"],
    ["https://user:pw@git.example.com/config.git", "http.https://git.example.com/.extraHeader"],
  ])("passes the token for %s as a header scoped to its host", (url, key) => {
    const env = gitEnv(AMBIENT, TOKEN, url);
    const headers = [...configOf(env)].filter(([k]) => k.endsWith(".extraHeader"));
    expect(headers).toEqual([[key, HEADER]]);
    expect(env["GIT_TERMINAL_PROMPT"]).toBe("0");
  });

  it.each([
    ["file:///srv/config.git", TOKEN],
    ["ssh://git@github.com/acme/config.git", TOKEN],
    ["git@github.com:acme/config.git", TOKEN],
    ["https://github.com/acme/config.git", null],
  ])("sends no header for %s (token %s)", (url, token) => {
    expect([...configOf(gitEnv(AMBIENT, token, url)).keys()].filter((k) => k.endsWith(".extraHeader"))).toEqual([]);
  });

  it("never prompts: no terminal prompt, ssh in batch mode unless the user has an ssh command", () => {
    const env = gitEnv(AMBIENT, null, "ssh://git@example.com/r.git");
    expect([env["GIT_TERMINAL_PROMPT"], env["GIT_SSH_COMMAND"]]).toEqual(["0", "ssh -o BatchMode=yes"]);
  });

  it("drops ambient GIT_* variables and editors, keeps an ssh command and the rest of the given environment", () => {
    const ambient = { ...AMBIENT, GIT_DIR: "/elsewhere", EDITOR: "vi", GIT_SSH_COMMAND: "ssh -i key" };
    const env = gitEnv(ambient, null, null);
    expect([env["GIT_DIR"], env["EDITOR"], env["GIT_SSH_COMMAND"]]).toEqual([undefined, undefined, "ssh -i key"]);
    expect([env["PATH"], env["HOME"]]).toEqual(["/usr/bin:/bin", "/home/ci"]);
  });

  it("reads only the environment it is given, not the process's", () => {
    expect(gitEnv({}, null, null)["PATH"]).toBeUndefined();
  });
});
