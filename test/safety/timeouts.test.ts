import { readdir } from "node:fs/promises";
import { createServer } from "node:http";
import type { Server } from "node:http";
import type { Socket } from "node:net";
import { afterAll, describe, expect, it } from "vitest";
import { LOW_SPEED_SECONDS, gitEnv } from "../../src/io/git.js";
import { openGitHubPulls } from "../../src/io/github.js";
import { readDuration } from "../../src/options.js";
import { bareFromFixture, readLog, removeRemotes, tempDir } from "../helpers/remote.js";
import { runCli } from "../helpers/repo.js";

afterAll(removeRemotes);

// Issue 15, item 9: a git server or a GitHub API that accepts and never answers hung the run forever.

/** A server on loopback that accepts every request and never answers it. */
async function startSilentServer(): Promise<{ url: string; requests: () => number; close: () => Promise<void> }> {
  const sockets = new Set<Socket>();
  let requests = 0;
  const server: Server = createServer(() => {
    requests++;
  });
  server.on("connection", (s) => sockets.add(s));
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as { port: number };
  return {
    url: `http://127.0.0.1:${port}`,
    requests: () => requests,
    close: async () => {
      for (const s of sockets) s.destroy();
      await new Promise((resolve) => server.close(resolve));
    },
  };
}

async function withTmpdir<T>(dir: string, f: () => Promise<T>): Promise<T> {
  const saved = process.env["TMPDIR"];
  process.env["TMPDIR"] = dir;
  try {
    return await f();
  } finally {
    if (saved === undefined) delete process.env["TMPDIR"];
    else process.env["TMPDIR"] = saved;
  }
}

describe("every network step is bounded (item 9: timeouts)", () => {
  it("--timeout: a git server that never answers stops the run with a clear error, and no clone is left", async () => {
    const server = await startSilentServer();
    const tmp = await tempDir("timeout-tmp");
    try {
      const started = Date.now();
      const r = await withTmpdir(tmp, () =>
        runCli(["apply", "--push", "--repo", `${server.url}/r.git`, "--timeout", "2s"], { GITHUB_TOKEN: "t0ken" }),
      );
      expect(Date.now() - started).toBeLessThan(15_000);
      expect(server.requests()).toBeGreaterThan(0);
      expect(r.code).toBe(1);
      expect(r.stderr).toMatch(
        /^meshservice-reconciler: timeout: the run did not finish within --timeout 2s and was stopped; nothing was written, committed or pushed after that$/m,
      );
      expect(await readdir(tmp)).toEqual([]);
    } finally {
      await server.close();
    }
  }, 30_000);

  it("--timeout: a GitHub API that never answers stops apply --pull-request", async () => {
    const api = await startSilentServer();
    const bare = await bareFromFixture("example");
    try {
      const r = await runCli(["apply", "--pull-request", "--repo", bare.url, "--timeout", "3s"], {
        GITHUB_TOKEN: "t0ken",
        GITHUB_API_URL: api.url,
        GITHUB_REPOSITORY: "acme/config",
      });
      expect(api.requests()).toBeGreaterThan(0);
      expect(r.code).toBe(1);
      expect(r.stderr).toMatch(/timeout: the run did not finish within --timeout 3s/);
      // Only the fixture's commit on main: the base branch was never pushed to.
      expect(await readLog(bare)).toHaveLength(1);
    } finally {
      await api.close();
    }
  }, 30_000);

  it("an API request without an answer fails on its own after the request timeout", async () => {
    const api = await startSilentServer();
    try {
      const pulls = openGitHubPulls(api.url, "acme/config", "t0ken", undefined, 500);
      const started = Date.now();
      await expect(pulls.list("meshservice-reconciler/main", "main")).rejects.toThrow(
        /listing pull requests in acme\/config failed/,
      );
      expect(Date.now() - started).toBeLessThan(5_000);
    } finally {
      await api.close();
    }
  });

  it("git gives up on a stalled HTTP transfer: low-speed limits in its environment", () => {
    const env = gitEnv({}, null, "https://github.com/acme/config.git");
    const config = new Map<string, string>();
    for (let i = 0; i < Number(env["GIT_CONFIG_COUNT"]); i++)
      config.set(env[`GIT_CONFIG_KEY_${i}`] ?? "", env[`GIT_CONFIG_VALUE_${i}`] ?? "");
    expect(config.get("http.lowSpeedLimit")).toBe("1");
    expect(config.get("http.lowSpeedTime")).toBe(String(LOW_SPEED_SECONDS));
  });

  it.each([
    ["90", 90_000],
    ["90s", 90_000],
    ["500ms", 500],
    ["15m", 900_000],
    ["1.5h", 5_400_000],
  ])("--timeout %s is %d ms", (text, ms) => {
    expect(readDuration(text)).toBe(ms);
  });

  it.each(["0", "-1s", "10x", "", "25h", "1e3"])("--timeout %j is refused", async (text) => {
    const r = await runCli(["plan", `--timeout=${text}`]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/--timeout must be a duration such as 90s, 15m or 1h/);
  });
});
