import { spawn } from "node:child_process";
import { chmod, cp, mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { createServer } from "node:http";
import type { IncomingMessage, Server, ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { pathToFileURL } from "node:url";
import { simpleGit } from "simple-git";
import { FIXTURES } from "./repo.js";

const dirs: string[] = [];

/** A temporary directory, removed by `removeRemotes`. */
export async function tempDir(prefix: string): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), `msr-${prefix}-`));
  dirs.push(dir);
  return dir;
}

export async function removeRemotes(): Promise<void> {
  await Promise.all(dirs.splice(0).map((d) => rm(d, { recursive: true, force: true })));
}

export const PERSON = { name: "Pat Person", email: "pat@example.com" };

export interface BareRepo {
  /** Path of the bare repository. */
  readonly path: string;
  /** Its file:// URL. */
  readonly url: string;
}

const templates = new Map<string, Promise<string>>();

/** A bare repository (branch `main`) whose one commit holds a copy of `fixtures/<name>`. */
export async function bareFromFixture(name: string, root?: string): Promise<BareRepo> {
  let template = templates.get(name);
  if (!template) {
    template = makeBare(name);
    templates.set(name, template);
  }
  const path = join(root ?? (await tempDir(`${name}-bare`)), `${name}.git`);
  // A copy of one bare repository per fixture: the same commit ids, and faster than committing again.
  await cp(await template, path, { recursive: true });
  return { path, url: pathToFileURL(path).href };
}

async function makeBare(name: string): Promise<string> {
  const work = await tempDir(`${name}-work`);
  await cp(join(FIXTURES, name), work, { recursive: true });
  const git = simpleGit({ baseDir: work });
  await git.init(["--initial-branch=main"]);
  await git.add(".");
  await git.raw([
    "-c",
    `user.name=${PERSON.name}`,
    "-c",
    `user.email=${PERSON.email}`,
    "commit",
    "-q",
    "-m",
    "fixture",
  ]);
  const path = join(await tempDir(`${name}-template`), `${name}.git`);
  await simpleGit().raw(["clone", "--quiet", "--bare", work, path]);
  return path;
}

/**
 * Commits `files` (path -> content, null to delete) on top of `branch` of the bare repository, as a
 * person would, and pushes. Returns the new commit.
 */
export async function commitAsPerson(
  bare: BareRepo,
  files: Record<string, string | null>,
  branch = "main",
  message = "edit by a person",
): Promise<string> {
  const work = await tempDir("person");
  await simpleGit().raw(["clone", "--quiet", "--branch", branch, bare.url, work]);
  const git = simpleGit({ baseDir: work });
  for (const [path, content] of Object.entries(files)) {
    if (content === null) await rm(join(work, path));
    else {
      await mkdir(dirname(join(work, path)), { recursive: true });
      await writeFile(join(work, path), content);
    }
  }
  await git.raw(["add", "-A"]);
  await git.raw(["-c", `user.name=${PERSON.name}`, "-c", `user.email=${PERSON.email}`, "commit", "-q", "-m", message]);
  await git.raw(["push", "--quiet", "origin", `HEAD:refs/heads/${branch}`]);
  return (await git.revparse(["HEAD"])).trim();
}

export interface LogEntry {
  readonly sha: string;
  readonly author: string;
  readonly subject: string;
}

/** The history of `branch` in the bare repository, newest first; [] when the branch does not exist. */
export async function readLog(bare: BareRepo, branch = "main"): Promise<LogEntry[]> {
  const git = simpleGit({ baseDir: bare.path });
  const out = await git.raw(["log", "--format=%H%x00%an <%ae>%x00%s", `refs/heads/${branch}`]).catch(() => "");
  return out
    .split("\n")
    .filter((l) => l !== "")
    .map((l) => {
      const [sha = "", author = "", subject = ""] = l.split("\0");
      return { sha, author, subject };
    });
}

/** The files changed by `commit` in the bare repository, as `git show --name-status` lists them. */
export async function readCommit(bare: BareRepo, commit: string): Promise<{ message: string; files: string[] }> {
  const git = simpleGit({ baseDir: bare.path });
  const message = await git.raw(["show", "--no-patch", "--format=%B", commit]);
  const files = (await git.raw(["show", "--format=", "--name-status", commit])).trim().split("\n");
  return { message, files };
}

/** A `pre-receive` hook that sleeps, so that concurrent pushes overlap. */
export async function installSlowHook(bare: BareRepo, seconds: number): Promise<void> {
  const hook = join(bare.path, "hooks", "pre-receive");
  await writeFile(hook, `#!/bin/sh\ncat >/dev/null\nsleep ${seconds}\n`);
  await chmod(hook, 0o755);
}

/**
 * A `pre-receive` hook that moves `main` itself (a commit by "Hook" on top) while a push is being
 * received, so that every push to `main` loses the race.
 */
export async function installMovingHook(bare: BareRepo): Promise<void> {
  const hook = join(bare.path, "hooks", "pre-receive");
  // The hook runs in git's quarantine environment, where ref updates are refused: step out of it.
  const git = "env -u GIT_QUARANTINE_PATH -u GIT_OBJECT_DIRECTORY -u GIT_ALTERNATE_OBJECT_DIRECTORIES git";
  const id =
    "GIT_AUTHOR_NAME=Hook GIT_AUTHOR_EMAIL=hook@example.com GIT_COMMITTER_NAME=Hook GIT_COMMITTER_EMAIL=hook@example.com";
  await writeFile(
    hook,
    [
      "#!/bin/sh",
      "cat >/dev/null",
      `old=$(${git} rev-parse refs/heads/main)`,
      `new=$(${id} ${git} commit-tree -p "$old" -m "moved by the hook" "$old^{tree}")`,
      `${git} update-ref refs/heads/main "$new" "$old"`,
      "",
    ].join("\n"),
  );
  await chmod(hook, 0o755);
}

export interface Listening {
  readonly url: string;
  close(): Promise<void>;
}

async function listen(server: Server, host = "127.0.0.1"): Promise<string> {
  await new Promise<void>((resolve) => server.listen(0, host, resolve));
  return `http://${host}:${(server.address() as AddressInfo).port}`;
}

function closeServer(server: Server): Promise<void> {
  server.closeAllConnections();
  return new Promise((resolve) => server.close(() => resolve()));
}

/** Where a test server listens, and what it records. */
export interface ServerOptions {
  /** A loopback address (default 127.0.0.1; 127.0.0.2 is another host). */
  readonly host?: string;
  /** Every request received, with its Authorization header. */
  readonly requests?: RecordedRequest[];
}

/**
 * A smart-HTTP git server on loopback: `git http-backend` run as CGI for the bare repositories in
 * `root`, answering 401 unless the request carries `Authorization: Basic base64(x-access-token:<token>)`
 * (GitHub's form; a null token: anyone may read and push). Repositories are at `<url>/<name>.git`.
 */
export async function startGitHttpServer(
  root: string,
  token: string | null,
  options: ServerOptions = {},
): Promise<Listening> {
  const execPath = (await simpleGit().raw(["--exec-path"])).trim();
  const expected = token === null ? undefined : `Basic ${Buffer.from(`x-access-token:${token}`).toString("base64")}`;
  const server = createServer((req, res) => {
    options.requests?.push(recorded(req));
    if (expected !== undefined && req.headers.authorization !== expected) {
      res.writeHead(401, { "WWW-Authenticate": 'Basic realm="test"' }).end("unauthorized\n");
      return;
    }
    const url = new URL(req.url ?? "/", "http://127.0.0.1");
    const cgi = spawn(join(execPath, "git-http-backend"), [], {
      env: {
        PATH: process.env["PATH"] ?? "",
        GIT_PROJECT_ROOT: root,
        GIT_HTTP_EXPORT_ALL: "1",
        REQUEST_METHOD: req.method ?? "GET",
        PATH_INFO: decodeURIComponent(url.pathname),
        QUERY_STRING: url.search.replace(/^\?/, ""),
        CONTENT_TYPE: req.headers["content-type"] ?? "",
        REMOTE_USER: "x-access-token",
        REMOTE_ADDR: "127.0.0.1",
        GIT_PROTOCOL: String(req.headers["git-protocol"] ?? ""),
        HTTP_CONTENT_ENCODING: String(req.headers["content-encoding"] ?? ""),
      },
    });
    req.pipe(cgi.stdin);
    relayCgi(cgi.stdout, res);
    cgi.on("error", () => res.destroy());
  });
  const url = await listen(server, options.host);
  return { url, close: () => closeServer(server) };
}

/** A server that answers every request with a redirect to the same path under `to`. */
export async function startRedirector(to: string, options: ServerOptions = {}): Promise<Listening> {
  const server = createServer((req, res) => {
    options.requests?.push(recorded(req));
    res.writeHead(302, { Location: `${to}${req.url ?? "/"}` }).end();
  });
  const url = await listen(server, options.host);
  return { url, close: () => closeServer(server) };
}

function recorded(req: IncomingMessage): RecordedRequest {
  return { method: req.method ?? "", path: req.url ?? "", authorization: req.headers.authorization, body: null };
}

/** Parses the CGI response (headers, blank line, body) into an HTTP response. */
function relayCgi(out: NodeJS.ReadableStream, res: ServerResponse): void {
  let head = Buffer.alloc(0);
  let done = false;
  out.on("data", (chunk: Buffer) => {
    if (done) {
      res.write(chunk);
      return;
    }
    head = Buffer.concat([head, chunk]);
    const end = head.indexOf("\r\n\r\n");
    if (end < 0) return;
    done = true;
    let status = 200;
    for (const line of head.subarray(0, end).toString("latin1").split("\r\n")) {
      const i = line.indexOf(":");
      const name = line.slice(0, i).trim();
      const value = line.slice(i + 1).trim();
      if (name.toLowerCase() === "status") status = Number.parseInt(value, 10);
      else res.setHeader(name, value);
    }
    res.writeHead(status);
    res.write(head.subarray(end + 4));
  });
  out.on("end", () => res.end());
}

export interface RecordedRequest {
  readonly method: string;
  readonly path: string;
  readonly authorization: string | undefined;
  readonly body: unknown;
}

export interface FakePull {
  number: number;
  state: "open" | "closed";
  merged_at: string | null;
  title: string;
  body: string;
  head: { ref: string };
  base: { ref: string };
  html_url: string;
  draft: boolean;
  labels: { name: string }[];
  assignees: { login: string }[];
  requested_reviewers: { login: string }[];
}

export interface FakeGitHub extends Listening {
  readonly requests: RecordedRequest[];
  readonly pulls: FakePull[];
}

/**
 * A loopback server answering like the GitHub REST endpoints the pull-request flow uses (list,
 * create and update pulls of `owner/repo`, add labels and assignees, request reviewers), recording
 * every request.
 */
export async function startFakeGitHub(token: string): Promise<FakeGitHub> {
  const requests: RecordedRequest[] = [];
  const pulls: FakePull[] = [];
  const server = createServer((req, res) => {
    void readBody(req).then((raw) => {
      const url = new URL(req.url ?? "/", "http://127.0.0.1");
      const body: unknown = raw === "" ? null : JSON.parse(raw);
      requests.push({
        method: req.method ?? "",
        path: url.pathname + url.search,
        authorization: req.headers.authorization,
        body,
      });
      const send = (status: number, data: unknown): void => {
        res.writeHead(status, { "content-type": "application/json; charset=utf-8" }).end(JSON.stringify(data));
      };
      if (req.headers.authorization !== `token ${token}`) return send(401, { message: "Bad credentials" });
      // Labels and assignees of a pull request are its issue's; reviewers are requested on the pull.
      const extra =
        /^\/repos\/[^/]+\/[^/]+\/(?:issues\/(\d+)\/(labels|assignees)|pulls\/(\d+)\/requested_reviewers)$/.exec(
          url.pathname,
        );
      if (extra && req.method === "POST") {
        const target = pulls.find((p) => p.number === Number(extra[1] ?? extra[3]));
        if (!target) return send(404, { message: "Not Found" });
        const e = (body ?? {}) as { labels?: string[]; assignees?: string[]; reviewers?: string[] };
        const add = <T>(list: T[], items: T[], same: (a: T, b: T) => boolean): void => {
          for (const i of items) if (!list.some((x) => same(x, i))) list.push(i);
        };
        if (extra[2] === "labels")
          add(
            target.labels,
            (e.labels ?? []).map((name) => ({ name })),
            (a, b) => a.name === b.name,
          );
        else if (extra[2] === "assignees")
          add(
            target.assignees,
            (e.assignees ?? []).map((login) => ({ login })),
            (a, b) => a.login === b.login,
          );
        else
          add(
            target.requested_reviewers,
            (e.reviewers ?? []).map((login) => ({ login })),
            (a, b) => a.login === b.login,
          );
        return send(extra[2] === "labels" ? 200 : 201, extra[2] === "labels" ? target.labels : target);
      }
      const m = /^\/repos\/([^/]+)\/([^/]+)\/pulls(?:\/(\d+))?$/.exec(url.pathname);
      if (!m) return send(404, { message: "Not Found" });
      const [, owner = "", repo = "", num] = m;
      const b = (body ?? {}) as Partial<FakePull & { head: string; base: string }>;
      if (req.method === "GET" && num === undefined) {
        const head = url.searchParams.get("head");
        const state = url.searchParams.get("state") ?? "open";
        const found = pulls
          .filter((p) => head === null || `${owner}:${p.head.ref}` === head)
          .filter((p) => state === "all" || p.state === state)
          .sort((x, y) => y.number - x.number);
        return send(200, found);
      }
      if (req.method === "POST" && num === undefined) {
        if (pulls.some((p) => p.state === "open" && p.head.ref === b.head && p.base.ref === b.base)) {
          return send(422, {
            message: "Validation Failed",
            errors: [
              {
                resource: "PullRequest",
                code: "custom",
                message: `A pull request already exists for ${owner}:${String(b.head)}.`,
              },
            ],
          });
        }
        const number = pulls.length + 1;
        const pull: FakePull = {
          number,
          state: "open",
          merged_at: null,
          title: String(b.title),
          body: String(b.body),
          head: { ref: String(b.head) },
          base: { ref: String(b.base) },
          html_url: `https://github.com/${owner}/${repo}/pull/${number}`,
          draft: b.draft === true,
          labels: [],
          assignees: [],
          requested_reviewers: [],
        };
        pulls.push(pull);
        return send(201, pull);
      }
      const pull = pulls.find((p) => p.number === Number(num));
      if (req.method === "PATCH" && pull) {
        if (b.title !== undefined) pull.title = b.title;
        if (b.body !== undefined) pull.body = b.body;
        if (b.state !== undefined) pull.state = b.state;
        return send(200, pull);
      }
      return send(404, { message: "Not Found" });
    });
  });
  const url = await listen(server);
  return { url, requests, pulls, close: () => closeServer(server) };
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    let data = "";
    req.setEncoding("utf8");
    req.on("data", (c: string) => (data += c));
    req.on("end", () => resolve(data));
    req.on("error", reject);
  });
}
