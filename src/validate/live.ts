import type { LiveMeshServicePage } from "../model/live.js";
import type { Schemas } from "./schemas.js";

/** How many schema errors a refusal names: enough to see the shape, short enough for a log line. */
const ERRORS_NAMED = 3;

/**
 * A body of `GET /meshes/{mesh}/meshservices`, checked against Kuma's OpenAPI for MeshService lists
 * (schemas/kuma-meshservice-list.schema.json): the page, or what makes it something else (at most
 * three schema errors, by JSON pointer). Never throws.
 */
export function validateMeshServiceList(
  body: unknown,
  schemas: Schemas,
): { page: LiveMeshServicePage } | { error: string } {
  const validate = schemas.validator("kuma-meshservice-list");
  if (validate(body)) return { page: body as LiveMeshServicePage };
  const errors = (validate.errors ?? [])
    .slice(0, ERRORS_NAMED)
    .map((e) => `${e.instancePath === "" ? "/" : e.instancePath} ${e.message ?? "is invalid"}`);
  return { error: errors.join("; ") };
}
