// The name rules of Kubernetes and Kuma, one copy each: what can become a MeshService, a file path
// or a hostname, and the messages the two projects give when a name breaks them.

// [k8s.io/apimachinery/pkg/util/validation] IsDNS1123Label, IsDNS1123Subdomain, IsDNS1035Label.
const DNS1035_LABEL = /^[a-z]([-a-z0-9]*[a-z0-9])?$/;
const DNS1123_LABEL = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/;
// Also Kuma's identifierRegexp [pkg/core/resources/apis/mesh/meta_validator.go].
const DNS1123_SUBDOMAIN = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$/;
// [meta_validator.go] backwardCompatRegexp: the characters of a mesh name.
const MESH_NAME = /^[0-9a-z-_.]*$/;
// [github.com/asaskevich/govalidator] rxDNSName, used by Kuma's validateAddress.
const DNS_NAME = /^([a-zA-Z0-9_][a-zA-Z0-9_-]{0,62})(\.[a-zA-Z0-9_][a-zA-Z0-9_-]{0,62})*[._]?$/;

/** RFC 1035 label as Kubernetes checks it: lower-case alphanumerics and '-', starts with a letter, ≤ 63. */
export function isDns1035Label(s: string): boolean {
  return s.length <= 63 && DNS1035_LABEL.test(s);
}

/** RFC 1123 label: like DNS-1035 but may start with a digit. */
export function isDns1123Label(s: string): boolean {
  return s.length <= 63 && DNS1123_LABEL.test(s);
}

/**
 * RFC 1123 subdomain as a hostname: dot-separated RFC 1123 labels of at most 63 characters each,
 * ≤ 253 characters in all. Stricter than Kubernetes' object-name rule (dns1123SubdomainProblem),
 * which bounds only the whole name.
 */
export function isDns1123Subdomain(s: string): boolean {
  return s.length > 0 && s.length <= 253 && s.split(".").every((l) => l.length > 0 && isDns1123Label(l));
}

/** govalidator's IsDNSName, as Kuma's validateAddress uses it. */
export function isDnsName(s: string): boolean {
  return s.replaceAll(".", "").length <= 255 && DNS_NAME.test(s);
}

/** [k8s.io/apimachinery/pkg/util/validation] IsDNS1035Label's messages; null when valid. */
export function dns1035LabelProblem(s: string): string | null {
  if (s.length > 63) return "must be no more than 63 characters";
  if (!DNS1035_LABEL.test(s))
    return "a DNS-1035 label must consist of lower case alphanumeric characters or '-', start with an alphabetic character, and end with an alphanumeric character (e.g. 'my-name',  or 'abc-123', regex used for validation is '[a-z]([-a-z0-9]*[a-z0-9])?')";
  return null;
}

/** IsDNS1123Label's messages; null when valid. */
export function dns1123LabelProblem(s: string): string | null {
  if (s.length > 63) return "must be no more than 63 characters";
  if (!DNS1123_LABEL.test(s))
    return "a lowercase RFC 1123 label must consist of lower case alphanumeric characters or '-', and must start and end with an alphanumeric character (e.g. 'my-name',  or '123-abc', regex used for validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?')";
  return null;
}

/** IsDNS1123Subdomain's messages (Kubernetes object names); null when valid. */
export function dns1123SubdomainProblem(s: string): string | null {
  return dns1123SubdomainViolations(s)[0] ?? null;
}

/**
 * Every violation of k8s.io/apimachinery's IsDNS1123Subdomain, in its order (length, then
 * characters): Kuma joins them with ", " in its HostnameGenerator messages. Labels of more than 63
 * characters pass, as they do there.
 */
export function dns1123SubdomainViolations(s: string): string[] {
  const out: string[] = [];
  if (s.length > 253) out.push("must be no more than 253 characters");
  if (!DNS1123_SUBDOMAIN.test(s))
    out.push(
      "a lowercase RFC 1123 subdomain must consist of lower case alphanumeric characters, '-' or '.', and must start and end with an alphanumeric character (e.g. 'example.com', regex used for validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*')",
    );
  return out;
}

/** [meta_validator.go] ValidateMeta of a Universal resource name; null when valid. */
export function kumaNameProblem(name: string): string | null {
  return identifierProblem(
    name,
    DNS1123_SUBDOMAIN,
    "invalid characters. A lowercase RFC 1123 subdomain must consist of lower case alphanumeric characters, '-' or '.', and must start and end with an alphanumeric character",
  );
}

/** [meta_validator.go] ValidateMeta of a mesh name; null when valid. */
export function meshNameProblem(mesh: string): string | null {
  return identifierProblem(
    mesh,
    MESH_NAME,
    "invalid characters. Valid characters are numbers, lowercase latin letters and '-', '_', '.' symbols.",
  );
}

function identifierProblem(identifier: string, re: RegExp, msg: string): string | null {
  if (identifier === "") return "cannot be empty";
  if (identifier.length > 253) return "value length must less or equal 253";
  return re.test(identifier) ? null : msg;
}

/**
 * A Kubernetes `kuma.io/service` value as Kuma reads it back: `<name>_<namespace>_svc_<port>`, or
 * `<name>_<namespace>_svc` for a service without ports (port 0). Kuma splits on `_` and checks only the
 * number of segments and that the port is a number [pkg/plugins/policies/core/rules/resolve/targetref.go
 * parseService]; so do we. Null for anything else (every MeshService name, which has no `_`).
 */
export function parseKumaServiceName(value: string): { name: string; namespace: string; port: number } | null {
  const segments = value.split("_");
  const [name = "", namespace = "", , port] = segments;
  if (segments.length === 3) return { name, namespace, port: 0 };
  if (segments.length !== 4 || port === undefined || !/^[+-]?\d+$/.test(port)) return null;
  const n = Number(port);
  return n >= -2147483648 && n <= 2147483647 ? { name, namespace, port: n } : null;
}
