// Bundled by scripts/bundle.ts with esbuild; do not edit. Sources: src/, licences: licenses.txt.
import { createRequire as __msrCreateRequire } from "node:module";
import { dirname as __msrDirname } from "node:path";
import { fileURLToPath as __msrFileURLToPath } from "node:url";
const require = __msrCreateRequire(import.meta.url);
const __msrBundleFilename = __msrFileURLToPath(import.meta.url);
const __msrBundleDirname = __msrDirname(__msrBundleFilename);
import {
  isObject
} from "./chunk-PITT3D5D.js";

// src/model/kinds.ts
var KUMA_API_VERSION = "kuma.io/v1alpha1";
var MESH_SCOPED = /* @__PURE__ */ new Set(["Dataplane", "MeshService"]);
var CLUSTER_SCOPED = /* @__PURE__ */ new Set(["Mesh", "Namespace"]);
function sourceKind(value) {
  if (!isObject(value)) return null;
  const { apiVersion, kind, type } = value;
  if (typeof apiVersion === "string" && typeof kind === "string") {
    if (apiVersion === "v1" && (kind === "Service" || kind === "Namespace" || kind === "Pod")) return kind;
    if (apiVersion === "apps/v1" && kind === "StatefulSet") return kind;
    if (apiVersion === "discovery.k8s.io/v1" && kind === "EndpointSlice") return kind;
    if (apiVersion === KUMA_API_VERSION) {
      if (kind === "Mesh" || kind === "MeshService" || kind === "HostnameGenerator") return kind;
      if (kind.startsWith("Mesh") && isObject(value["spec"])) return "Policy";
    }
    return null;
  }
  if (typeof type === "string" && apiVersion === void 0) {
    if (type === "Dataplane" || type === "Mesh" || type === "MeshService" || type === "HostnameGenerator") return type;
    if (type.startsWith("Mesh") && isObject(value["spec"])) return "Policy";
  }
  return null;
}
function resourceFormat(value) {
  return typeof value["apiVersion"] === "string" ? "kubernetes" : "universal";
}
function objectName(value) {
  const meta = value["metadata"];
  const name = isObject(meta) ? meta["name"] : value["name"];
  return typeof name === "string" && name !== "" ? name : null;
}

export {
  KUMA_API_VERSION,
  MESH_SCOPED,
  CLUSTER_SCOPED,
  sourceKind,
  resourceFormat,
  objectName
};
