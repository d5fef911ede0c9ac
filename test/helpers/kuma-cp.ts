import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { createServer } from "node:http";
import type { IncomingMessage, Server, ServerResponse } from "node:http";
import { createServer as createHttpsServer } from "node:https";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";

/** One request the fake control plane received. */
export interface CpRequest {
  readonly path: string;
  readonly query: Record<string, string>;
  readonly authorization: string | undefined;
}

export interface FakeKumaCp {
  /** Its base URL (http or https://127.0.0.1:port). */
  readonly url: string;
  readonly requests: CpRequest[];
  /** The MeshServices it lists, by mesh (REST resource format). */
  readonly meshServices: Map<string, unknown[]>;
  /** Replace the answer of every request (status, body as text) — a 401, a 500, a body that is not JSON. */
  answer: ((req: CpRequest) => { status: number; body: string } | "hang" | null) | null;
  close(): Promise<void>;
}

/**
 * A loopback stand-in for a zone control plane's API server, answering `GET
 * /meshes/{mesh}/meshservices` as Kuma v2.14.3 does [pkg/api-server/resource_endpoints.go
 * listResources, pkg/api-server/pagination.go]: `size` (default 100, at most 1000, else HTTP 400),
 * `offset` (the index of the first item, as Kuma's memory store keeps it), `total`, `items` and `next`
 * (the request's own scheme, Host and path with `offset` set, or null on the last page). With
 * `token`, a request without `Authorization: Bearer <token>` gets Kuma's 401.
 */
export async function startFakeKumaCp(
  opts: { token?: string; tls?: TlsFiles; nextHost?: string } = {},
): Promise<FakeKumaCp> {
  const requests: CpRequest[] = [];
  const meshServices = new Map<string, unknown[]>();
  const state: { answer: FakeKumaCp["answer"] } = { answer: null };
  const handler = (req: IncomingMessage, res: ServerResponse): void => {
    const url = new URL(req.url ?? "/", "http://x");
    const seen: CpRequest = {
      path: url.pathname,
      query: Object.fromEntries(url.searchParams),
      authorization: req.headers.authorization,
    };
    requests.push(seen);
    const send = (status: number, body: string): void => {
      res.writeHead(status, { "content-type": "application/json" });
      res.end(body);
    };
    const override = state.answer?.(seen) ?? null;
    if (override === "hang") return; // never answers
    if (override !== null) return send(override.status, override.body);
    if (opts.token !== undefined && req.headers.authorization !== `Bearer ${opts.token}`)
      return send(401, JSON.stringify({ title: "Unauthenticated", detail: "token is invalid" }));
    const m = /^\/meshes\/([^/]+)\/meshservices$/.exec(url.pathname);
    if (m === null) return send(404, JSON.stringify({ title: "Not found" }));
    const size = Number(url.searchParams.get("size") ?? "100");
    if (!(size > 0 && size <= 1000)) return send(400, JSON.stringify({ title: "Invalid page size" }));
    const items = meshServices.get(decodeURIComponent(m[1] ?? "")) ?? [];
    const offset = Number(url.searchParams.get("offset") ?? "0");
    const page = items.slice(offset, offset + size);
    let next: string | null = null;
    if (offset + size < items.length) {
      url.searchParams.set("offset", String(offset + size));
      const host = opts.nextHost ?? req.headers.host ?? "";
      next = `${opts.tls ? "https" : "http"}://${host}${url.pathname}?${url.searchParams.toString()}`;
    }
    send(200, JSON.stringify({ total: items.length, items: page, next }, null, 1));
  };
  const server: Server = opts.tls
    ? createHttpsServer({ key: opts.tls.key, cert: opts.tls.cert }, handler)
    : createServer(handler);
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const port = (server.address() as AddressInfo).port;
  return {
    url: `${opts.tls ? "https" : "http"}://127.0.0.1:${port}`,
    requests,
    meshServices,
    get answer() {
      return state.answer;
    },
    set answer(a) {
      state.answer = a;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

export interface TlsFiles {
  readonly key: string;
  readonly cert: string;
  /** Path of the certificate file: it is its own CA (--kuma-ca-file). */
  readonly caFile: string;
  readonly dir: string;
}

/** A self-signed certificate for localhost and 127.0.0.1, made by openssl now (it is its own CA). */
export function makeSelfSignedCert(): TlsFiles {
  const dir = mkdtempSync(join(tmpdir(), "msr-tls-"));
  execFileSync(
    "openssl",
    [
      "req",
      "-x509",
      "-newkey",
      "ec",
      "-pkeyopt",
      "ec_paramgen_curve:prime256v1",
      "-nodes",
      "-keyout",
      join(dir, "key.pem"),
      "-out",
      join(dir, "cert.pem"),
      "-days",
      "1",
      "-subj",
      "/CN=localhost",
      "-addext",
      "subjectAltName=DNS:localhost,IP:127.0.0.1",
    ],
    { stdio: "ignore" },
  );
  return {
    key: readFileSync(join(dir, "key.pem"), "utf8"),
    cert: readFileSync(join(dir, "cert.pem"), "utf8"),
    caFile: join(dir, "cert.pem"),
    dir,
  };
}

export function removeCert(tls: TlsFiles): void {
  rmSync(tls.dir, { recursive: true, force: true });
}
