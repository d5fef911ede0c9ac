import { afterAll, afterEach, describe, expect, it } from "vitest";
import type { Listening, RecordedRequest } from "../helpers/remote.js";
import { bareFromFixture, removeRemotes, startGitHttpServer, startRedirector, tempDir } from "../helpers/remote.js";
import { runCli } from "../helpers/repo.js";

afterAll(removeRemotes);

const TOKEN = "ghs_r3d1rect3dT0ken";
const BASIC = `Basic ${Buffer.from(`x-access-token:${TOKEN}`).toString("base64")}`;

// Issue 15, item 3: git follows a redirect on its first request and then sends every later request,
// with the Authorization header scoped to the original host, to the host it was redirected to.
describe("a remote that redirects to another host (item 3: token-redirect)", () => {
  const servers: Listening[] = [];
  afterEach(async () => {
    await Promise.all(servers.splice(0).map((s) => s.close()));
  });

  it.each([
    ["plan", []],
    ["apply", ["--push"]],
  ])("%s: the other host never receives the token, and the run fails", async (command, flags) => {
    const root = await tempDir("redirect-root");
    await bareFromFixture("example", root);
    // 127.0.0.2 is another host to git and to curl: the header is scoped to 127.0.0.1:<port>.
    const elsewhere: RecordedRequest[] = [];
    const other = await startGitHttpServer(root, null, { host: "127.0.0.2", requests: elsewhere });
    servers.push(other);
    const origin: RecordedRequest[] = [];
    const redirector = await startRedirector(other.url, { host: "127.0.0.1", requests: origin });
    servers.push(redirector);

    const r = await runCli([command, "--repo", `${redirector.url}/example.git`, ...flags], { GITHUB_TOKEN: TOKEN });
    expect(origin.length).toBeGreaterThan(0);
    expect(origin.every((q) => q.authorization === BASIC)).toBe(true);
    expect(elsewhere.filter((q) => q.authorization !== undefined)).toEqual([]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/clone: cannot clone http:\/\/127\.0\.0\.1:\d+\/example\.git/);
    expect(r.stdout + r.stderr).not.toContain(TOKEN);
  });
});
