import { InternalError } from "../errors.js";
import type { Environment } from "../model/kuma.js";
import type { Schemas } from "./schemas.js";

/**
 * Checks a rendered MeshService against Kuma's MeshService schema of its resource format
 * (schemas/kuma-meshservice-<format>.schema.json, derived from the Kuma 2.14.3 CRD and OpenAPI
 * files). What is checked is the resource object that the file's YAML is rendered from (parsing
 * the text back would cost as much as parsing every output again, on every run). A failure is a bug
 * of the tool, not of the repository: it throws an InternalError (code "internal", exit 1) carrying
 * the offending document, before anything is written. `resource` is toResource's result.
 */
export function validateRenderedMeshService(
  path: string,
  environment: Environment,
  resource: Record<string, unknown>,
  content: { readonly text: string },
  schemas: Schemas,
): void {
  const validate = schemas.validator(`kuma-meshservice-${environment}`);
  if (validate(resource)) return;
  const problems = (validate.errors ?? [])
    .map((e) => `${e.instancePath === "" ? "/" : e.instancePath} ${e.message ?? "is invalid"}`)
    .join("; ");
  throw new InternalError(
    "validate output",
    `rendered MeshService ${path} does not match the Kuma MeshService schema (${environment} format): ${problems}\n${content.text}`,
  );
}

/**
 * validateRenderedMeshService for a MeshMultiZoneService: checked against Kuma's MeshMultiZoneService
 * schema of the global control plane's format (schemas/kuma-meshmultizoneservice-<format>.schema.json).
 */
export function validateRenderedMultiZoneService(
  path: string,
  environment: Environment,
  resource: Record<string, unknown>,
  text: string,
  schemas: Schemas,
): void {
  const validate = schemas.validator(`kuma-meshmultizoneservice-${environment}`);
  if (validate(resource)) return;
  const problems = (validate.errors ?? [])
    .map((e) => `${e.instancePath === "" ? "/" : e.instancePath} ${e.message ?? "is invalid"}`)
    .join("; ");
  throw new InternalError(
    "validate output",
    `rendered MeshMultiZoneService ${path} does not match the Kuma MeshMultiZoneService schema (${environment} format): ${problems}\n${text}`,
  );
}
