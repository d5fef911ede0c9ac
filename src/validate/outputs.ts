import { parse } from "yaml";
import { InternalError } from "../errors.js";
import type { Environment } from "../model/kuma.js";
import { schemaValidator } from "./schemas.js";

/**
 * Checks a rendered MeshService file against Kuma's MeshService schema of its resource format
 * (schemas/kuma-meshservice-<format>.schema.json, derived from the Kuma 2.14.3 CRD and OpenAPI
 * files). The file is parsed back from its text, so what is checked is exactly what would be
 * written. A failure is a bug of the tool, not of the repository: it throws an InternalError
 * (code "internal", exit 1) carrying the offending document, before anything is written.
 */
export function validateRenderedMeshService(path: string, content: string, environment: Environment): void {
  const validate = schemaValidator(`kuma-meshservice-${environment}`);
  let document: unknown;
  try {
    document = parse(content);
  } catch (e) {
    throw new InternalError("validate output", `rendered MeshService ${path} is not valid YAML:\n${content}`, {
      cause: e,
    });
  }
  if (validate(document)) return;
  const problems = (validate.errors ?? [])
    .map((e) => `${e.instancePath === "" ? "/" : e.instancePath} ${e.message ?? "is invalid"}`)
    .join("; ");
  throw new InternalError(
    "validate output",
    `rendered MeshService ${path} does not match the Kuma MeshService schema (${environment} format): ${problems}\n${content}`,
  );
}
