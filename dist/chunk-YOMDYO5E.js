// Bundled by scripts/bundle.ts with esbuild; do not edit. Sources: src/, licences: licenses.txt.
import { createRequire as __msrCreateRequire } from "node:module";
import { dirname as __msrDirname } from "node:path";
import { fileURLToPath as __msrFileURLToPath } from "node:url";
const require = __msrCreateRequire(import.meta.url);
const __msrBundleFilename = __msrFileURLToPath(import.meta.url);
const __msrBundleDirname = __msrDirname(__msrBundleFilename);

// src/redact.ts
var REDACTED = "***";
var MIN_BASE64_CORE = 8;
function urlCredentials(text) {
  const m = /^[a-z][a-z0-9+.-]*:\/\/([^/@\s]+)@/i.exec(text);
  if (!m?.[1]) return null;
  const [user = "", password] = m[1].split(/:(.*)/s);
  return { user: safeDecode(user), password: password === void 0 ? null : safeDecode(password) };
}
function collectSecrets(tokens, args) {
  const out = /* @__PURE__ */ new Set();
  for (const t of tokens) {
    if (t === void 0 || t === "") continue;
    out.add(t);
    out.add(`x-access-token:${t}`);
  }
  for (const arg of args) {
    const c = urlCredentials(arg.replace(/^--[\w-]+=/, ""));
    if (c?.password !== null && c?.password !== void 0 && c.password !== "") out.add(c.password);
  }
  return [...out];
}
var URL_USERINFO = /([a-z][a-z0-9+.-]*:\/\/)([^/@\s]+)@/;
function secretUserinfo(scheme, userinfo) {
  if (/^https?:/i.test(scheme)) return "all";
  return userinfo.includes(":") ? "password" : "none";
}
function redactSource(source) {
  const m = new RegExp(`^${URL_USERINFO.source}`, "i").exec(source);
  if (!m) return source;
  const [whole, scheme = "", userinfo = ""] = m;
  const rest = source.slice(whole.length);
  switch (secretUserinfo(scheme, userinfo)) {
    case "all":
      return `${scheme}${rest}`;
    case "password":
      return `${scheme}${userinfo.split(":")[0] ?? ""}@${rest}`;
    case "none":
      return source;
  }
}
function redact(text, secrets) {
  let out = text.replace(
    new RegExp(`\\b${URL_USERINFO.source}`, "gi"),
    (whole, scheme, userinfo) => secretUserinfo(scheme, userinfo) === "none" ? whole : `${scheme}${REDACTED}@`
  );
  const forms = /* @__PURE__ */ new Set();
  for (const s of secrets) {
    if (s === "") continue;
    forms.add(s);
    forms.add(encodeURIComponent(s));
    for (const core of base64Cores(s)) forms.add(core);
  }
  for (const f of [...forms].sort((a, b) => b.length - a.length)) out = out.split(f).join(REDACTED);
  return out;
}
function base64Cores(secret) {
  const bytes = Buffer.from(secret, "utf8");
  const cores = [];
  for (let k = 0; k < 3; k++) {
    const encoded = Buffer.concat([Buffer.alloc(k), bytes]).toString("base64");
    let first = 0;
    while (Math.floor(6 * first / 8) < k) first++;
    let end = first;
    while (Math.floor((6 * end + 5) / 8) <= k + bytes.length - 1 && end < encoded.length) end++;
    const core = encoded.slice(first, end);
    if (core.length >= MIN_BASE64_CORE || k === 0 && core.length > 0 && bytes.length % 3 === 0) {
      cores.push(core, core.replaceAll("+", "-").replaceAll("/", "_"));
    }
  }
  if (bytes.length > 0) cores.push(bytes.toString("base64"));
  return cores;
}
function safeDecode(s) {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

export {
  REDACTED,
  collectSecrets,
  redactSource,
  redact
};
