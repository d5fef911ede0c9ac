import { readFile } from "node:fs/promises";
import { request as httpRequest } from "node:http";
import { request as httpsRequest } from "node:https";
import { rootCertificates } from "node:tls";
import type { IncomingMessage } from "node:http";
import { ControlPlaneError, IoError } from "../errors.js";
import { REDACTED } from "../redact.js";
import type { LiveMeshService } from "../model/live.js";
import { escapeControls } from "../model/printable.js";
import { validateMeshServiceList } from "../validate/live.js";
import type { Schemas } from "../validate/schemas.js";

// The Kuma REST API of `--live` (docs/deploying.md): `GET /meshes/{mesh}/meshservices`, paged. Node's
// own http/https clients: a private CA is one `ca` option (beside Node's roots), and no dependency is needed.
//
// The token goes only to the control plane the user named: every request is built from that base
// URL, never from a URL in a response. Kuma's `next` link [pkg/api-server/pagination.go nextLink] is
// the request's own Host with `offset` set, and its scheme is http whenever the API server itself
// saw no TLS (behind a TLS-terminating proxy too), so only its `offset` is taken; a `next` link to
// another host is refused.

/** Kuma's largest page [pkg/api-server/pagination.go maxPageSize]. */
export const PAGE_SIZE = 1000;

/** A body larger than this is no MeshService list we can hold (1000 MeshServices are a few MB). */
const MAX_BODY_BYTES = 64 * 2 ** 20;

/** A request that gets no byte for this long fails, as the GitHub API requests do (docs/safety.md "No hang"). */
export const IDLE_TIMEOUT_MS = 60_000;

/** More pages than this for one mesh means the offsets do not advance. */
const MAX_PAGES = 10_000;

export interface ControlPlane {
  /** The API server's base URL, as given to --live (http or https, no credentials). */
  readonly url: string;
  /** Sent as `Authorization: Bearer`, to this host only; null: no header. */
  readonly token: string | null;
  /** PEM text of a CA that signs the API server's certificate (--kuma-ca-file); null: the system's. */
  readonly ca: string | null;
  readonly signal?: AbortSignal | undefined;
  /** A socket idle this long fails the request (default {@link IDLE_TIMEOUT_MS}). */
  readonly idleTimeoutMs?: number;
}

/** The CA file of --kuma-ca-file, as PEM text. */
export async function readCaFile(path: string): Promise<string> {
  try {
    return await readFile(path, "utf8");
  } catch (cause) {
    throw new IoError("read --kuma-ca-file", `cannot read the CA file ${path}: ${(cause as Error).message}`, { cause });
  }
}

/**
 * Every MeshService the control plane lists in each of `meshes` (in that order, each mesh's pages
 * in the API's order), every page validated against Kuma's OpenAPI for MeshService lists. Throws a
 * ControlPlaneError when the API cannot be reached, refuses the request, or answers with something
 * that is not Kuma's list; aborts with `signal` (--timeout).
 */
export async function readLiveMeshServices(
  cp: ControlPlane,
  meshes: readonly string[],
  schemas: Schemas,
): Promise<LiveMeshService[]> {
  const base = new URL(cp.url.endsWith("/") ? cp.url : `${cp.url}/`);
  const out: LiveMeshService[] = [];
  for (const mesh of meshes) {
    let offset: string | null = null;
    for (let page = 0; ; page++) {
      if (page >= MAX_PAGES)
        throw new ControlPlaneError(`mesh "${mesh}": more than ${MAX_PAGES} pages of MeshServices`);
      const url = new URL(`meshes/${encodeURIComponent(mesh)}/meshservices`, base);
      url.searchParams.set("size", String(PAGE_SIZE));
      if (offset !== null) url.searchParams.set("offset", offset);
      const body = await getJson(url, cp);
      const checked = validateMeshServiceList(body, schemas);
      if ("error" in checked)
        throw new ControlPlaneError(`${where(url)} is not a Kuma MeshService list: ${escapeControls(checked.error)}`);
      out.push(...checked.page.items);
      const next = checked.page.next ?? null;
      if (next === null || next === "") break;
      offset = nextOffset(next, url);
    }
  }
  return out;
}

/** The `offset` of a `next` link on the same host as `from`; anything else is refused. */
function nextOffset(next: string, from: URL): string {
  let link: URL;
  try {
    link = new URL(next, from);
  } catch {
    throw new ControlPlaneError(`${where(from)} answered with a next link that is no URL`);
  }
  if (link.host !== from.host)
    throw new ControlPlaneError(
      `${where(from)} answered with a next link to another host (${link.host}); it is not followed and the token is not sent there`,
    );
  const offset = link.searchParams.get("offset");
  if (offset === null || offset === "")
    throw new ControlPlaneError(`${where(from)} answered with a next link without offset`);
  return offset;
}

/** The URL as messages show it: origin and path, no query. */
function where(url: URL): string {
  return `${url.origin}${url.pathname}`;
}

/** GET one URL and parse its JSON body; any status but 200 is a ControlPlaneError. */
async function getJson(url: URL, cp: ControlPlane): Promise<unknown> {
  const headers: Record<string, string> = { accept: "application/json" };
  if (cp.token !== null) headers["authorization"] = `Bearer ${cp.token}`;
  const { status, text } = await get(url, headers, cp);
  if (status === 401 || status === 403)
    throw new ControlPlaneError(
      `${where(url)} refused the request (HTTP ${status}${detail(text, cp.token)}): ${cp.token === null ? "no token was sent (--kuma-token-env)" : "the token of --kuma-token-env is not accepted"}`,
    );
  if (status !== 200) throw new ControlPlaneError(`${where(url)} answered HTTP ${status}${detail(text, cp.token)}`);
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new ControlPlaneError(`${where(url)} answered with a body that is not JSON`);
  }
}

/**
 * Kuma's error body says what went wrong in `title` and `detail` [pkg/core/rest/errors/types]. A
 * control plane (or a proxy before it) may echo the request's token there: it is replaced before the
 * text is cut, as a token cut in the middle would no longer match the CLI's redaction.
 */
function detail(text: string, token: string | null): string {
  try {
    const body = JSON.parse(text) as unknown;
    if (typeof body === "object" && body !== null) {
      const { title, detail: d } = body as { title?: unknown; detail?: unknown };
      const joined = [title, d].filter((v): v is string => typeof v === "string" && v !== "").join(": ");
      const said = token === null || token === "" ? joined : joined.replaceAll(token, REDACTED);
      if (said !== "") return `: ${escapeControls(said.length > 200 ? `${said.slice(0, 199)}…` : said)}`;
    }
  } catch {
    // Not JSON: the status says enough.
  }
  return "";
}

/**
 * The CAs an https request trusts with --kuma-ca-file: Node's own roots and the private CA. Node's
 * `ca` option replaces the roots rather than adding to them, so they are listed too: a control plane
 * behind a publicly signed proxy keeps working when a private CA is given.
 */
export function trustedCas(pem: string): string[] {
  return [...rootCertificates, pem];
}

function get(url: URL, headers: Record<string, string>, cp: ControlPlane): Promise<{ status: number; text: string }> {
  return new Promise((resolve, reject) => {
    const fail = (cause: Error): void => {
      if (cp.signal?.aborted === true) reject(cp.signal.reason instanceof Error ? cp.signal.reason : cause);
      else reject(new ControlPlaneError(`cannot reach ${where(url)}: ${reason(cause)}`, { cause }));
    };
    const onResponse = (res: IncomingMessage): void => {
      const chunks: Buffer[] = [];
      let size = 0;
      res.on("data", (chunk: Buffer) => {
        size += chunk.length;
        if (size > MAX_BODY_BYTES) {
          res.destroy(new Error(`the body is larger than ${MAX_BODY_BYTES} bytes`));
          return;
        }
        chunks.push(chunk);
      });
      res.on("error", fail);
      res.on("end", () => resolve({ status: res.statusCode ?? 0, text: Buffer.concat(chunks).toString("utf8") }));
    };
    const options = { method: "GET", headers, signal: cp.signal };
    const req =
      url.protocol === "https:"
        ? httpsRequest(url, { ...options, ...(cp.ca !== null ? { ca: trustedCas(cp.ca) } : {}) }, onResponse)
        : httpRequest(url, options, onResponse);
    req.setTimeout(cp.idleTimeoutMs ?? IDLE_TIMEOUT_MS, () =>
      req.destroy(new Error(`no answer within ${(cp.idleTimeoutMs ?? IDLE_TIMEOUT_MS) / 1000} seconds`)),
    );
    req.on("error", fail);
    req.end();
  });
}

/** The cause of a failed request in words: Node's TLS and socket codes say it best. */
function reason(cause: Error & { code?: string }): string {
  return cause.code !== undefined && !cause.message.includes(cause.code)
    ? `${cause.message} (${cause.code})`
    : cause.message;
}
