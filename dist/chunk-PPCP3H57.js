// Bundled by scripts/bundle.ts with esbuild; do not edit. Sources: src/, licences: licenses.txt.
import { createRequire as __msrCreateRequire } from "node:module";
import { dirname as __msrDirname } from "node:path";
import { fileURLToPath as __msrFileURLToPath } from "node:url";
const require = __msrCreateRequire(import.meta.url);
const __msrBundleFilename = __msrFileURLToPath(import.meta.url);
const __msrBundleDirname = __msrDirname(__msrBundleFilename);

// src/plan/blob-id.ts
import { createHash } from "node:crypto";
function gitBlobId(content) {
  const bytes = typeof content === "string" ? Buffer.from(content, "utf8") : content;
  return createHash("sha1").update(`blob ${bytes.byteLength}\0`).update(bytes).digest("hex");
}

// src/model/names.ts
var DNS1035_LABEL = /^[a-z]([-a-z0-9]*[a-z0-9])?$/;
var DNS1123_LABEL = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/;
var DNS1123_SUBDOMAIN = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$/;
var MESH_NAME = /^[0-9a-z-_.]*$/;
var DNS_NAME = /^([a-zA-Z0-9_][a-zA-Z0-9_-]{0,62})(\.[a-zA-Z0-9_][a-zA-Z0-9_-]{0,62})*[._]?$/;
function isDns1035Label(s) {
  return s.length <= 63 && DNS1035_LABEL.test(s);
}
function isDns1123Label(s) {
  return s.length <= 63 && DNS1123_LABEL.test(s);
}
function isDns1123Subdomain(s) {
  return s.length > 0 && s.length <= 253 && s.split(".").every((l) => l.length > 0 && isDns1123Label(l));
}
function isDnsName(s) {
  return s.replaceAll(".", "").length <= 255 && DNS_NAME.test(s);
}
function dns1035LabelProblem(s) {
  if (s.length > 63) return "must be no more than 63 characters";
  if (!DNS1035_LABEL.test(s))
    return "a DNS-1035 label must consist of lower case alphanumeric characters or '-', start with an alphabetic character, and end with an alphanumeric character (e.g. 'my-name',  or 'abc-123', regex used for validation is '[a-z]([-a-z0-9]*[a-z0-9])?')";
  return null;
}
function dns1123LabelProblem(s) {
  if (s.length > 63) return "must be no more than 63 characters";
  if (!DNS1123_LABEL.test(s))
    return "a lowercase RFC 1123 label must consist of lower case alphanumeric characters or '-', and must start and end with an alphanumeric character (e.g. 'my-name',  or '123-abc', regex used for validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?')";
  return null;
}
function dns1123SubdomainProblem(s) {
  return dns1123SubdomainViolations(s)[0] ?? null;
}
function dns1123SubdomainViolations(s) {
  const out = [];
  if (s.length > 253) out.push("must be no more than 253 characters");
  if (!DNS1123_SUBDOMAIN.test(s))
    out.push(
      "a lowercase RFC 1123 subdomain must consist of lower case alphanumeric characters, '-' or '.', and must start and end with an alphanumeric character (e.g. 'example.com', regex used for validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*')"
    );
  return out;
}
function kumaNameProblem(name) {
  return identifierProblem(
    name,
    DNS1123_SUBDOMAIN,
    "invalid characters. A lowercase RFC 1123 subdomain must consist of lower case alphanumeric characters, '-' or '.', and must start and end with an alphanumeric character"
  );
}
function meshNameProblem(mesh) {
  return identifierProblem(
    mesh,
    MESH_NAME,
    "invalid characters. Valid characters are numbers, lowercase latin letters and '-', '_', '.' symbols."
  );
}
function identifierProblem(identifier, re, msg) {
  if (identifier === "") return "cannot be empty";
  if (identifier.length > 253) return "value length must less or equal 253";
  return re.test(identifier) ? null : msg;
}
function parseKumaServiceName(value) {
  const segments = value.split("_");
  const [name = "", namespace = "", , port] = segments;
  if (segments.length === 3) return { name, namespace, port: 0 };
  if (segments.length !== 4 || port === void 0 || !/^[+-]?\d+$/.test(port)) return null;
  const n = Number(port);
  return n >= -2147483648 && n <= 2147483647 ? { name, namespace, port: n } : null;
}

export {
  isDns1035Label,
  isDns1123Label,
  isDns1123Subdomain,
  isDnsName,
  dns1035LabelProblem,
  dns1123LabelProblem,
  dns1123SubdomainProblem,
  dns1123SubdomainViolations,
  kumaNameProblem,
  meshNameProblem,
  parseKumaServiceName,
  gitBlobId
};
