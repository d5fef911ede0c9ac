// Bundled by scripts/bundle.ts with esbuild; do not edit. Sources: src/, licences: licenses.txt.
import { createRequire as __msrCreateRequire } from "node:module";
import { dirname as __msrDirname } from "node:path";
import { fileURLToPath as __msrFileURLToPath } from "node:url";
const require = __msrCreateRequire(import.meta.url);
const __msrBundleFilename = __msrFileURLToPath(import.meta.url);
const __msrBundleDirname = __msrDirname(__msrBundleFilename);
import {
  REDACTED
} from "./chunk-YOMDYO5E.js";
import {
  ControlPlaneError,
  IoError
} from "./chunk-S3QAPZEI.js";
import {
  escapeControls
} from "./chunk-GT7KMTWH.js";
import "./chunk-WECYETUR.js";

// src/io/kuma-api.ts
import { readFile } from "node:fs/promises";
import { request as httpRequest } from "node:http";
import { request as httpsRequest } from "node:https";
import { rootCertificates } from "node:tls";

// src/validate/live.ts
var ERRORS_NAMED = 3;
function validateMeshServiceList(body, schemas) {
  const validate = schemas.validator("kuma-meshservice-list");
  if (validate(body)) return { page: body };
  const errors = (validate.errors ?? []).slice(0, ERRORS_NAMED).map((e) => `${e.instancePath === "" ? "/" : e.instancePath} ${e.message ?? "is invalid"}`);
  return { error: errors.join("; ") };
}

// src/io/kuma-api.ts
var PAGE_SIZE = 1e3;
var MAX_BODY_BYTES = 64 * 2 ** 20;
var IDLE_TIMEOUT_MS = 6e4;
var MAX_PAGES = 1e4;
async function readCaFile(path) {
  try {
    return await readFile(path, "utf8");
  } catch (cause) {
    throw new IoError("read --kuma-ca-file", `cannot read the CA file ${path}: ${cause.message}`, { cause });
  }
}
async function readLiveMeshServices(cp, meshes, schemas) {
  const base = new URL(cp.url.endsWith("/") ? cp.url : `${cp.url}/`);
  const out = [];
  for (const mesh of meshes) {
    let offset = null;
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
function nextOffset(next, from) {
  let link;
  try {
    link = new URL(next, from);
  } catch {
    throw new ControlPlaneError(`${where(from)} answered with a next link that is no URL`);
  }
  if (link.host !== from.host)
    throw new ControlPlaneError(
      `${where(from)} answered with a next link to another host (${link.host}); it is not followed and the token is not sent there`
    );
  const offset = link.searchParams.get("offset");
  if (offset === null || offset === "")
    throw new ControlPlaneError(`${where(from)} answered with a next link without offset`);
  return offset;
}
function where(url) {
  return `${url.origin}${url.pathname}`;
}
async function getJson(url, cp) {
  const headers = { accept: "application/json" };
  if (cp.token !== null) headers["authorization"] = `Bearer ${cp.token}`;
  const { status, text } = await get(url, headers, cp);
  if (status === 401 || status === 403)
    throw new ControlPlaneError(
      `${where(url)} refused the request (HTTP ${status}${detail(text, cp.token)}): ${cp.token === null ? "no token was sent (--kuma-token-env)" : "the token of --kuma-token-env is not accepted"}`
    );
  if (status !== 200) throw new ControlPlaneError(`${where(url)} answered HTTP ${status}${detail(text, cp.token)}`);
  try {
    return JSON.parse(text);
  } catch {
    throw new ControlPlaneError(`${where(url)} answered with a body that is not JSON`);
  }
}
function detail(text, token) {
  try {
    const body = JSON.parse(text);
    if (typeof body === "object" && body !== null) {
      const { title, detail: d } = body;
      const joined = [title, d].filter((v) => typeof v === "string" && v !== "").join(": ");
      const said = token === null || token === "" ? joined : joined.replaceAll(token, REDACTED);
      if (said !== "") return `: ${escapeControls(said.length > 200 ? `${said.slice(0, 199)}…` : said)}`;
    }
  } catch {
  }
  return "";
}
function trustedCas(pem) {
  return [...rootCertificates, pem];
}
function get(url, headers, cp) {
  return new Promise((resolve, reject) => {
    const fail = (cause) => {
      if (cp.signal?.aborted === true) reject(cp.signal.reason instanceof Error ? cp.signal.reason : cause);
      else reject(new ControlPlaneError(`cannot reach ${where(url)}: ${reason(cause)}`, { cause }));
    };
    const onResponse = (res) => {
      const chunks = [];
      let size = 0;
      res.on("data", (chunk) => {
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
    const req = url.protocol === "https:" ? httpsRequest(url, { ...options, ...cp.ca !== null ? { ca: trustedCas(cp.ca) } : {} }, onResponse) : httpRequest(url, options, onResponse);
    req.setTimeout(
      cp.idleTimeoutMs ?? IDLE_TIMEOUT_MS,
      () => req.destroy(new Error(`no answer within ${(cp.idleTimeoutMs ?? IDLE_TIMEOUT_MS) / 1e3} seconds`))
    );
    req.on("error", fail);
    req.end();
  });
}
function reason(cause) {
  return cause.code !== void 0 && !cause.message.includes(cause.code) ? `${cause.message} (${cause.code})` : cause.message;
}
export {
  IDLE_TIMEOUT_MS,
  PAGE_SIZE,
  readCaFile,
  readLiveMeshServices,
  trustedCas
};
