// Secrets (a token, a password in a remote URL) must never reach stdout, stderr, a report or a pull
// request. Every path out goes through `redact`; it is pure so that it can be tested on its own.

export const REDACTED = "***";

/** Shorter secrets are still redacted verbatim, but their base64 fragments would match too much. */
const MIN_BASE64_CORE = 8;

/** The user:password of a URL (`scheme://userinfo@host`), percent-decoded; null when there is none. */
export function urlCredentials(text: string): { user: string; password: string | null } | null {
  const m = /^[a-z][a-z0-9+.-]*:\/\/([^/@\s]+)@/i.exec(text);
  if (!m?.[1]) return null;
  const [user = "", password] = m[1].split(/:(.*)/s);
  return { user: safeDecode(user), password: password === undefined ? null : safeDecode(password) };
}

/**
 * The secrets to hide for a run: the tokens, and the password of every URL among `args` (command-line
 * arguments: a URL alone, or the value of `--option=URL`). A user name alone is no global secret (it
 * may be any word of the output); it is hidden only inside URLs, where `redact` hides all user
 * information of http(s) URLs, a token passed as `https://TOKEN@host/` included.
 */
export function collectSecrets(tokens: readonly (string | undefined)[], args: readonly string[]): string[] {
  const out = new Set<string>();
  for (const t of tokens) {
    if (t === undefined || t === "") continue;
    // The token alone, and as git sends it in a Basic header (io/git.ts), so that the header is hidden whole.
    out.add(t);
    out.add(`x-access-token:${t}`);
  }
  for (const arg of args) {
    const c = urlCredentials(arg.replace(/^--[\w-]+=/, ""));
    if (c?.password !== null && c?.password !== undefined && c.password !== "") out.add(c.password);
  }
  return [...out];
}

// `scheme://userinfo@` at the start of a URL.
const URL_USERINFO = /([a-z][a-z0-9+.-]*:\/\/)([^/@\s]+)@/;

/**
 * The one rule for credentials inside a URL: of an http(s) URL all user information is secret (a
 * token is often passed as the user name, `https://TOKEN@host/`); of any other URL, the password.
 */
function secretUserinfo(scheme: string, userinfo: string): "all" | "password" | "none" {
  if (/^https?:/i.test(scheme)) return "all";
  return userinfo.includes(":") ? "password" : "none";
}

/**
 * A repository source fit for a report: the secret user information of its URL (secretUserinfo) is
 * left out rather than masked. Paths and scp-like `git@host:` stay as they are.
 */
export function redactSource(source: string): string {
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

/**
 * `text` with every secret replaced by `***`: the secret verbatim, percent-encoded, in base64 at
 * any byte alignment (as inside an HTTP Basic header), and the user information of URLs carrying a
 * password (`scheme://user:password@`) or any user information on http(s) URLs.
 */
export function redact(text: string, secrets: readonly string[]): string {
  let out = text.replace(new RegExp(`\\b${URL_USERINFO.source}`, "gi"), (whole, scheme: string, userinfo: string) =>
    secretUserinfo(scheme, userinfo) === "none" ? whole : `${scheme}${REDACTED}@`,
  );
  const forms = new Set<string>();
  for (const s of secrets) {
    if (s === "") continue;
    forms.add(s);
    forms.add(encodeURIComponent(s));
    for (const core of base64Cores(s)) forms.add(core);
  }
  // Longest first, so that a form containing another is replaced whole.
  for (const f of [...forms].sort((a, b) => b.length - a.length)) out = out.split(f).join(REDACTED);
  return out;
}

/**
 * The base64 characters that depend only on the secret's bytes, for each of the three byte
 * alignments the secret can have inside a longer base64-encoded text (standard and URL alphabets).
 */
function base64Cores(secret: string): string[] {
  const bytes = Buffer.from(secret, "utf8");
  const cores: string[] = [];
  for (let k = 0; k < 3; k++) {
    const encoded = Buffer.concat([Buffer.alloc(k), bytes]).toString("base64");
    // Character j covers bits 6j..6j+5, that is bytes floor(6j/8)..floor((6j+5)/8).
    let first = 0;
    while (Math.floor((6 * first) / 8) < k) first++;
    let end = first;
    while (Math.floor((6 * end + 5) / 8) <= k + bytes.length - 1 && end < encoded.length) end++;
    const core = encoded.slice(first, end);
    if (core.length >= MIN_BASE64_CORE || (k === 0 && core.length > 0 && bytes.length % 3 === 0)) {
      cores.push(core, core.replaceAll("+", "-").replaceAll("/", "_"));
    }
  }
  if (bytes.length > 0) cores.push(bytes.toString("base64"));
  return cores;
}

function safeDecode(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}
