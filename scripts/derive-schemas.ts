// Derives the Kuma resource schemas in schemas/ from the Kuma v2.14.3 CRDs, OpenAPI and JSON Schema
// files vendored in test/kuma-2.14.3/. Deterministic: the same inputs give the same bytes. The derived
// files are committed; test/schemas.test.ts checks that they still equal this derivation and
// `npm run test:update-goldens` rewrites them.
//
// What the derivation changes, and why:
// - draft-04 (Dataplane.json), OpenAPI 3.1 and CRD structural schemas become JSON Schema draft-07,
//   the dialect ajv compiles by default; `$schema`, `example`, `x-kubernetes-*` and `format` are
//   dropped (ajv in strict mode rejects unknown keywords and formats); `format: int32` becomes
//   minimum and maximum.
// - Objects with declared properties get `additionalProperties: false` (Kuma decodes specs strictly:
//   protojson for Dataplane, strict decoding for MeshService and HostnameGenerator), except where the
//   source says `x-kubernetes-preserve-unknown-fields`. Dataplane properties spelled in snake_case
//   in the proto also accept their lowerCamelCase JSON name, as protojson does.
// - Kubernetes `metadata: {type: object}` becomes the ObjectMeta fields the tool reads (other
//   ObjectMeta fields stay allowed).
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parse } from "yaml";

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type JsonObject = { [key: string]: Json };

const DRAFT_07 = "http://json-schema.org/draft-07/schema#";
const ID_BASE = "https://meshservice-reconciler.dev/schemas/";
const DROPPED = new Set(["$schema", "example", "format", "x-kubernetes-int-or-string", "x-kubernetes-list-map-keys"]);
const INT32 = { minimum: -2147483648, maximum: 2147483647 };

const STRING_MAP: JsonObject = { type: "object", additionalProperties: { type: "string" } };

/** The ObjectMeta fields the tool reads; Kubernetes allows many more, so the rest stay open. */
export const OBJECT_META: JsonObject = {
  type: "object",
  properties: {
    name: { type: "string" },
    namespace: { type: "string" },
    labels: STRING_MAP,
    annotations: STRING_MAP,
  },
};

function isObj(v: Json | undefined): v is JsonObject {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

function camel(s: string): string {
  return s.replace(/_([a-z])/g, (_m, c: string) => c.toUpperCase());
}

/**
 * Converts one schema node: drops unsupported keywords, closes objects with declared properties
 * unless the source preserves unknown fields, adds camelCase aliases when `aliases` is set.
 */
function convert(node: Json, aliases: boolean): Json {
  if (Array.isArray(node)) return node.map((n) => convert(n, aliases));
  if (!isObj(node)) return node;
  const out: JsonObject = {};
  const preserve = node["x-kubernetes-preserve-unknown-fields"] === true;
  for (const [k, v] of Object.entries(node)) {
    if (DROPPED.has(k) || k === "x-kubernetes-preserve-unknown-fields" || k === "x-kubernetes-list-type") continue;
    if (k === "properties" && isObj(v)) {
      const props: JsonObject = {};
      for (const [pk, pv] of Object.entries(v)) {
        props[pk] = convert(pv, aliases);
        if (aliases && pk.includes("_") && !(camel(pk) in v)) props[camel(pk)] = convert(pv, aliases);
      }
      out[k] = props;
      continue;
    }
    out[k] = convert(v, aliases);
  }
  if (node["format"] === "int32") Object.assign(out, INT32);
  if (isObj(node["properties"]) && !preserve) out["additionalProperties"] = false;
  // A $ref's siblings are ignored in draft-07; the referenced definition says it all.
  if (typeof out["$ref"] === "string") for (const k of Object.keys(out)) if (k !== "$ref") delete out[k];
  // draft-04 `additionalProperties: true` on protobuf messages: protojson rejects unknown fields.
  if (out["additionalProperties"] === true && isObj(out["properties"])) out["additionalProperties"] = false;
  // Wrapper types (google.protobuf.UInt32Value) carry it on a scalar, where it means nothing.
  if (typeof out["type"] === "string" && out["type"] !== "object") delete out["additionalProperties"];
  return out;
}

function readYaml(path: string): Json {
  return parse(readFileSync(path, "utf8")) as Json;
}

function crdSchema(kumaDir: string, file: string): JsonObject {
  const crd = readYaml(join(kumaDir, "crds", file)) as JsonObject;
  const spec = crd["spec"] as JsonObject;
  const version = (spec["versions"] as JsonObject[])[0] as JsonObject;
  return (version["schema"] as JsonObject)["openAPIV3Schema"] as JsonObject;
}

function openapiItem(kumaDir: string, file: string, item: string): JsonObject {
  const doc = readYaml(join(kumaDir, "openapi", file)) as JsonObject;
  return ((doc["components"] as JsonObject)["schemas"] as JsonObject)[item] as JsonObject;
}

function header(name: string, title: string, comment: string): JsonObject {
  return { $schema: DRAFT_07, $id: `${ID_BASE}${name}.schema.json`, $comment: comment, title };
}

/** The Kubernetes resource format: apiVersion, kind, metadata, and the CRD's other top-level fields. */
function kubernetesResource(name: string, kind: string, source: string, crd: JsonObject, spec?: Json): JsonObject {
  const converted = convert(crd, false) as JsonObject;
  const properties = { ...(converted["properties"] as JsonObject) };
  properties["apiVersion"] = { const: "kuma.io/v1alpha1" };
  properties["kind"] = { const: kind };
  properties["metadata"] = { ...OBJECT_META, required: ["name"] };
  if (spec !== undefined) properties["spec"] = spec;
  const { description } = converted;
  return {
    ...header(name, `Kuma ${kind}, Kubernetes resource format`, source),
    ...(description !== undefined ? { description } : {}),
    type: "object",
    required: ["apiVersion", "kind", "metadata"],
    properties,
    additionalProperties: false,
    ...(isObj(converted["definitions"]) ? { definitions: converted["definitions"] } : {}),
  };
}

/** Every derived schema, by file name under schemas/. */
export function deriveSchemas(kumaDir: string): Map<string, JsonObject> {
  const out = new Map<string, JsonObject>();
  const v = "Kuma v2.14.3";

  // Dataplane: the spec is the protobuf message described by jsonschema/Dataplane.json.
  const dp = JSON.parse(readFileSync(join(kumaDir, "jsonschema", "Dataplane.json"), "utf8")) as JsonObject;
  const dpDefs = convert(dp["definitions"] as Json, true) as JsonObject;
  const dpSpec = dpDefs["Dataplane"] as JsonObject;
  const dpDefsOnly = Object.fromEntries(Object.entries(dpDefs).filter(([k]) => k !== "Dataplane"));
  out.set("kuma-dataplane-universal.schema.json", {
    ...header(
      "kuma-dataplane-universal",
      "Kuma Dataplane, Universal resource format",
      `Derived by scripts/derive-schemas.ts from ${v} jsonschema/Dataplane.json (spec fields inline, beside type, name, mesh, labels).`,
    ),
    type: "object",
    required: ["type", "name"],
    properties: {
      type: { const: "Dataplane" },
      name: { type: "string" },
      mesh: { type: "string" },
      labels: STRING_MAP,
      creationTime: { type: "string" },
      modificationTime: { type: "string" },
      ...(dpSpec["properties"] as JsonObject),
    },
    additionalProperties: false,
    definitions: dpDefsOnly,
  });
  out.set(
    "kuma-dataplane-kubernetes.schema.json",
    kubernetesResource(
      "kuma-dataplane-kubernetes",
      "Dataplane",
      `Derived by scripts/derive-schemas.ts from ${v} crds/kuma.io_dataplanes.yaml; spec from jsonschema/Dataplane.json.`,
      crdSchema(kumaDir, "kuma.io_dataplanes.yaml"),
      { type: "object", properties: dpSpec["properties"] as JsonObject, additionalProperties: false },
    ),
  );
  (out.get("kuma-dataplane-kubernetes.schema.json") as JsonObject)["definitions"] = dpDefsOnly;

  // Mesh: the CRD preserves unknown spec fields and no Mesh schema ships with Kuma's API files; only
  // meshServices.mode, the one field the tool reads, is described (mesh.proto MeshServices.Mode).
  const meshServices: JsonObject = {
    type: "object",
    properties: { mode: { enum: ["Disabled", "Everywhere", "ReachableBackends", "Exclusive"] } },
  };
  out.set("kuma-mesh-universal.schema.json", {
    ...header(
      "kuma-mesh-universal",
      "Kuma Mesh, Universal resource format",
      `Written by scripts/derive-schemas.ts after ${v} crds/kuma.io_meshes.yaml (spec: x-kubernetes-preserve-unknown-fields) and mesh.proto MeshServices.Mode; other Mesh fields stay open.`,
    ),
    type: "object",
    required: ["type", "name"],
    properties: { type: { const: "Mesh" }, name: { type: "string" }, labels: STRING_MAP, meshServices },
  });
  out.set(
    "kuma-mesh-kubernetes.schema.json",
    kubernetesResource(
      "kuma-mesh-kubernetes",
      "Mesh",
      `Derived by scripts/derive-schemas.ts from ${v} crds/kuma.io_meshes.yaml; spec.meshServices.mode from mesh.proto MeshServices.Mode, other spec fields stay open.`,
      crdSchema(kumaDir, "kuma.io_meshes.yaml"),
      { type: "object", properties: { meshServices } },
    ),
  );

  for (const [kind, lower, crdFile, openapiFile] of [
    ["HostnameGenerator", "hostnamegenerator", "kuma.io_hostnamegenerators.yaml", "hostnamegenerator.rest.yaml"],
    ["MeshService", "meshservice", "kuma.io_meshservices.yaml", "meshservice.rest.yaml"],
    [
      "MeshMultiZoneService",
      "meshmultizoneservice",
      "kuma.io_meshmultizoneservices.yaml",
      "meshmultizoneservice.rest.yaml",
    ],
  ] as const) {
    const item = convert(openapiItem(kumaDir, openapiFile, `${kind}Item`), false) as JsonObject;
    out.set(`kuma-${lower}-universal.schema.json`, {
      ...header(
        `kuma-${lower}-universal`,
        `Kuma ${kind}, Universal resource format`,
        `Derived by scripts/derive-schemas.ts from ${v} openapi/${openapiFile} components.schemas.${kind}Item.`,
      ),
      ...Object.fromEntries(Object.entries(item).filter(([k]) => k !== "type")),
      type: "object",
    });
    out.set(
      `kuma-${lower}-kubernetes.schema.json`,
      kubernetesResource(
        `kuma-${lower}-kubernetes`,
        kind,
        `Derived by scripts/derive-schemas.ts from ${v} crds/${crdFile}.`,
        crdSchema(kumaDir, crdFile),
      ),
    );
  }
  out.set("kuma-meshservice-list.schema.json", meshServiceList(kumaDir, v));
  return out;
}

/**
 * The body of `GET /meshes/{mesh}/meshservices` (openapi/meshservice.rest.yaml
 * components.responses.MeshServiceList), which `check --live` reads: `items` are MeshServiceItem.
 * `next` is `type: string` in the OpenAPI file, but the API server writes `null` on the last page
 * (pkg/api-server/pagination.go nextLink returns a nil pointer; testdata list_meshservices.golden.json
 * has `"next": null`), so null is allowed too. `items` and `total` are required: a body without them
 * is not a list.
 */
function meshServiceList(kumaDir: string, v: string): JsonObject {
  const doc = readYaml(join(kumaDir, "openapi", "meshservice.rest.yaml")) as JsonObject;
  const responses = (doc["components"] as JsonObject)["responses"] as JsonObject;
  const content = ((responses["MeshServiceList"] as JsonObject)["content"] as JsonObject)["application/json"];
  const list = convert((content as JsonObject)["schema"] as JsonObject, false) as JsonObject;
  const properties = { ...(list["properties"] as JsonObject) };
  properties["items"] = { type: "array", items: { $ref: "#/definitions/MeshServiceItem" } };
  properties["next"] = {
    type: ["string", "null"],
    description: (properties["next"] as JsonObject)["description"] ?? "",
  };
  const item = convert(openapiItem(kumaDir, "meshservice.rest.yaml", "MeshServiceItem"), false) as JsonObject;
  return {
    ...header(
      "kuma-meshservice-list",
      "Kuma MeshService list, REST API response",
      `Derived by scripts/derive-schemas.ts from ${v} openapi/meshservice.rest.yaml components.responses.MeshServiceList (next: also null, as the API server writes it).`,
    ),
    type: "object",
    required: ["items", "total"],
    properties,
    additionalProperties: false,
    definitions: { MeshServiceItem: item },
  };
}

/** The canonical text of a schema file: two-space JSON with a trailing newline. */
export function schemaText(schema: JsonObject): string {
  return `${JSON.stringify(schema, null, 2)}\n`;
}
