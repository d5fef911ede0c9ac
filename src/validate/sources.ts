import { diagnostic, hasErrors, quoteName } from "../diagnostics.js";
import type { Diagnostic, Location } from "../diagnostics.js";
import { CLUSTER_SCOPED, MESH_SCOPED, objectName, resourceFormat, sourceKind } from "../model/kinds.js";
import type { ResourceFormat, SourceKind } from "../model/kinds.js";
import { locate } from "../parse/yaml.js";
import { isObject } from "../model/values.js";
import type { SourceResource } from "../parse/yaml.js";
import { checkRules } from "./rules.js";
import { validateResource } from "./schemas.js";
import type { Schemas } from "./schemas.js";

/** The shipped schema (schemas/<name>.schema.json) of each kind the tool reads, per resource format. */
export function schemaName(kind: Exclude<SourceKind, "Policy">, format: ResourceFormat): string {
  switch (kind) {
    case "Dataplane":
    case "Mesh":
    case "MeshService":
    case "HostnameGenerator":
      return `kuma-${kind.toLowerCase()}-${format}`;
    default:
      return `k8s-${kind.toLowerCase()}`;
  }
}

// Kubernetes prunes the fields a structural CRD schema does not declare (and kubectl warns or
// refuses, depending on its field validation): the object is still read, without them.
const PRUNED = {
  severity: "warning",
  code: "unknown-field",
  note: "; Kubernetes prunes fields its CRD schema does not declare, so it is ignored",
} as const;

/**
 * Validates every source resource of a known kind of one zone: its schema (schemas/, derived from
 * Kuma 2.14.3's CRDs and OpenAPI files, Kubernetes' API types for the rest), then Kuma's semantic
 * rules (rules.ts). An invalid resource contributes nothing and every one of its problems is an
 * `error` at the offending key or value; an unknown key of a Kubernetes-format Kuma resource is an
 * `unknown-field` warning only, as Kubernetes prunes it. Two resources with the same kind, mesh (Universal) or
 * namespace (Kubernetes) and name are a `duplicate-resource` error naming both places; the first in
 * file order is kept. Policies and objects of unknown kinds pass through untouched.
 */
export function validateSources(
  zone: string,
  resources: readonly SourceResource[],
  schemas: Schemas,
): { resources: SourceResource[]; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = [];
  const valid: SourceResource[] = [];
  const seen = new Map<string, Location>();
  for (const res of resources) {
    const kind = sourceKind(res.value);
    if (kind === null || kind === "Policy") {
      valid.push(res);
      continue;
    }
    const value = res.value as Record<string, unknown>;
    const format = resourceFormat(value);
    const label = describe(kind, value);
    const problems = validateResource(
      schemas,
      schemaName(kind, format),
      res,
      "resource-invalid",
      format === "kubernetes" ? PRUNED : undefined,
    ).map((d) => ({ ...d, message: `${label}: ${d.message}` }));
    for (const v of checkRules(kind, format, value)) {
      problems.push(diagnostic("error", v.code, `${label}: ${v.message}`, locate(res, v.path, v.key ?? false)));
    }
    diagnostics.push(...problems);
    if (hasErrors(problems)) continue;
    const id = identity(kind, format, value);
    const at = locate(res);
    const first = seen.get(id.key);
    if (first) {
      diagnostics.push(
        diagnostic(
          "error",
          "duplicate-resource",
          `${kind} "${id.name}"${id.scope} is defined twice in zone "${zone}": at ${first.file}:${first.line}:${first.column} and ${at.file}:${at.line}:${at.column}`,
          at,
        ),
      );
      continue;
    }
    seen.set(id.key, at);
    valid.push(res);
  }
  return { resources: valid, diagnostics };
}

function describe(kind: SourceKind, value: Record<string, unknown>): string {
  const name = objectName(value);
  return name === null ? kind : `${kind} ${quoteName(name)}`;
}

function identity(
  kind: SourceKind,
  format: ResourceFormat,
  value: Record<string, unknown>,
): { key: string; name: string; scope: string } {
  const name = objectName(value) ?? "";
  let scope = "";
  if (format === "universal" && MESH_SCOPED.has(kind)) {
    scope = ` in mesh "${typeof value["mesh"] === "string" ? value["mesh"] : "default"}"`;
  } else if (format === "kubernetes" && !CLUSTER_SCOPED.has(kind)) {
    const meta = isObject(value["metadata"]) ? value["metadata"] : {};
    scope = ` in namespace "${typeof meta["namespace"] === "string" ? meta["namespace"] : "default"}"`;
  }
  return { key: `${format}\0${kind}\0${scope}\0${name}`, name, scope };
}
