// Kuma's and Kubernetes' semantic checks that a JSON Schema cannot express, with their messages.
// Values of the wrong type are left to the schema: every rule checks the type it reads first.
import { excerpt, quoteName } from "../diagnostics.js";
import { isIP } from "node:net";
import { MESH_SCOPED } from "../model/kinds.js";
import type { ResourceFormat, SourceKind } from "../model/kinds.js";
import { KNOWN_PROTOCOLS } from "../model/kuma.js";
import { DISPLAY_NAME_LABEL, MESH_LABEL, PROTOCOL_TAG, SERVICE_TAG } from "../model/labels.js";
import {
  dns1035LabelProblem,
  dns1123LabelProblem,
  dns1123SubdomainProblem,
  isDnsName,
  kumaNameProblem,
  meshNameProblem,
} from "../model/names.js";
import { isObject } from "../model/values.js";
import type { PathSegment } from "../parse/yaml.js";

export type RuleCode =
  | "resource-invalid"
  | "name-invalid"
  | "mesh-name-invalid"
  | "service-tag-missing"
  | "tag-invalid"
  | "protocol-invalid"
  | "port-invalid"
  | "address-invalid";

export interface RuleViolation {
  readonly code: RuleCode;
  /** `<field>: <message>`, the field spelled as Kuma spells it (networking.inbound[0].port). */
  readonly message: string;
  /** Where the problem is, relative to the resource. */
  readonly path: readonly PathSegment[];
  /** Point at the key of the last segment rather than its value (a bad tag name). */
  readonly key?: boolean;
}

// [pkg/core/resources/apis/mesh/validators.go] tagNameCharacterSet, tagValueCharacterSet.
const TAG_NAME = /^[a-zA-Z0-9.\-_:/]*$/;
const TAG_VALUE = /^[a-zA-Z0-9.\-_:]*$/;
// [pkg/core/metadata/protocol.go] SupportedProtocols, the hint of Kuma's message.
const SUPPORTED_PROTOCOLS = "grpc, http, http2, kafka, tcp";

/**
 * Every rule violation of one resource, in a fixed order. Runs beside the schema (so that all
 * problems show in one run) and reads only values of the expected type. Follows Kuma's
 * DataplaneResource.Validate (dataplane_validator.go: address, inbound ports and addresses, tags,
 * `kuma.io/service` and `kuma.io/protocol`), ValidateMeta (meta_validator.go: names and mesh names)
 * and Kubernetes' object-name rules (Service: DNS-1035 label, Namespace: DNS-1123 label, other
 * objects: DNS-1123 subdomain; ports 1-65535).
 */
export function checkRules(kind: SourceKind, format: ResourceFormat, value: Record<string, unknown>): RuleViolation[] {
  const out: RuleViolation[] = [];
  if (format === "universal") {
    checkUniversalMeta(kind, value, out);
  } else {
    checkKubernetesMeta(kind, value, out);
  }
  const spec = format === "universal" ? value : value["spec"];
  const base: PathSegment[] = format === "universal" ? [] : ["spec"];
  if (kind === "Dataplane" && isObject(spec)) checkDataplane(spec, base, out);
  if (kind === "MeshService") {
    checkMeshServicePorts(value["spec"], out);
    checkMeshService(format, value, out);
  }
  if (kind === "Service" && isObject(spec)) checkService(spec, out);
  return out;
}

function checkUniversalMeta(kind: SourceKind, value: Record<string, unknown>, out: RuleViolation[]): void {
  const name = value["name"];
  if (typeof name === "string") {
    const problem = kumaNameProblem(name);
    if (problem) out.push({ code: "name-invalid", message: `name: ${problem}`, path: ["name"] });
  }
  const mesh = value["mesh"];
  if (MESH_SCOPED.has(kind) && typeof mesh === "string") {
    const problem = meshNameProblem(mesh);
    if (problem) out.push({ code: "mesh-name-invalid", message: `mesh: ${problem}`, path: ["mesh"] });
  }
}

function checkKubernetesMeta(kind: SourceKind, value: Record<string, unknown>, out: RuleViolation[]): void {
  const meta = value["metadata"];
  if (!isObject(meta)) return;
  const name = meta["name"];
  if (typeof name === "string") {
    const problem =
      kind === "Service"
        ? dns1035LabelProblem(name)
        : kind === "Namespace"
          ? dns1123LabelProblem(name)
          : dns1123SubdomainProblem(name);
    if (problem)
      out.push({
        code: "name-invalid",
        message: `metadata.name: Invalid value: ${quoteName(name)}: ${problem}`,
        path: ["metadata", "name"],
      });
  }
  const namespace = meta["namespace"];
  if (typeof namespace === "string") {
    const problem = dns1123LabelProblem(namespace);
    if (problem)
      out.push({
        code: "name-invalid",
        message: `metadata.namespace: Invalid value: ${quoteName(namespace)}: ${problem}`,
        path: ["metadata", "namespace"],
      });
  }
  for (const holder of ["labels", "annotations"] as const) {
    const map = meta[holder];
    const mesh = isObject(map) ? map[MESH_LABEL] : undefined;
    // An empty value is valid input: the label still makes a Service a member, and the mesh name
    // falls through to the next source [pkg/plugins/runtime/k8s/util/util.go MeshOfByLabelOrAnnotation].
    if (typeof mesh !== "string" || mesh === "") continue;
    const problem = meshNameProblem(mesh);
    if (problem)
      out.push({
        code: "mesh-name-invalid",
        message: `metadata.${holder}["${MESH_LABEL}"]: ${problem}`,
        path: ["metadata", holder, MESH_LABEL],
      });
  }
}

/** [dataplane_validator.go] validateNetworking, validateAddress, validateInbound, ValidateTags. */
function checkDataplane(spec: Record<string, unknown>, base: readonly PathSegment[], out: RuleViolation[]): void {
  const networking = spec["networking"];
  const net = [...base, "networking"];
  if (networking === undefined || networking === null) {
    out.push({ code: "resource-invalid", message: "networking: must be defined", path: base });
    return;
  }
  if (!isObject(networking)) return;
  const address = networking["address"];
  // An absent protobuf string is the empty string: Kuma refuses both alike [validateAddress].
  if (address === undefined || address === null || typeof address === "string") {
    const path = address === undefined || address === null ? net : [...net, "address"];
    const field = "networking.address";
    if (address === undefined || address === null || address === "")
      out.push({ code: "address-invalid", message: `${field}: address can't be empty`, path });
    else {
      if (address === "0.0.0.0" || address === "::")
        out.push({ code: "address-invalid", message: `${field}: must not be 0.0.0.0 or ::`, path });
      if (isIP(address) === 0 && !isDnsName(address))
        out.push({
          code: "address-invalid",
          message: `${field}: address has to be valid IP address or domain name`,
          path,
        });
    }
  }
  const inbounds = Array.isArray(networking["inbound"]) ? (networking["inbound"] as unknown[]) : [];
  inbounds.forEach((inbound, i) => {
    if (!isObject(inbound)) return;
    const at = [...net, "inbound", i];
    const field = `networking.inbound[${i}]`;
    checkPort(inbound["port"], [...at, "port"], `${field}.port`, true, out);
    checkPort(inbound["servicePort"], [...at, "servicePort"], `${field}.servicePort`, false, out);
    for (const key of ["serviceAddress", "address"] as const) {
      const v = inbound[key];
      if (typeof v === "string" && v !== "" && isIP(v) === 0)
        out.push({
          code: "address-invalid",
          message: `${field}.${key}: ${key} has to be valid IP address`,
          path: [...at, key],
        });
    }
    checkServiceAddress(inbound, address, at, field, out);
    const protocol = inbound["protocol"];
    if (typeof protocol === "string" && protocol !== "" && !KNOWN_PROTOCOLS.has(protocol.toLowerCase()))
      out.push({
        code: "protocol-invalid",
        message: `${field}.protocol: has an invalid value ${excerpt(protocol)}. Allowed values: ${SUPPORTED_PROTOCOLS}`,
        path: [...at, "protocol"],
      });
    const tags = inbound["tags"];
    if (isObject(tags)) checkTags(tags, [...at, "tags"], `${field}.tags`, out);
  });
}

/**
 * [dataplane_validator.go validateInbound]: the application's address and port (`serviceAddress`,
 * `servicePort`, 0 meaning the inbound's port) must differ from the inbound's own, whether the inbound
 * address is the Dataplane's `networking.address` or its own `address`.
 */
function checkServiceAddress(
  inbound: Record<string, unknown>,
  dpAddress: unknown,
  at: readonly PathSegment[],
  field: string,
  out: RuleViolation[],
): void {
  const str = (v: unknown): string => (typeof v === "string" ? v : "");
  const num = (v: unknown): number => (typeof v === "number" ? v : 0);
  const serviceAddress = str(inbound["serviceAddress"]);
  const address = str(inbound["address"]);
  const samePort = num(inbound["servicePort"]) === 0 || num(inbound["servicePort"]) === num(inbound["port"]);
  const clash =
    (serviceAddress !== "" && serviceAddress === str(dpAddress) && samePort) ||
    (address !== "" && address === serviceAddress && samePort);
  if (clash)
    out.push({
      code: "address-invalid",
      message: `${field}.serviceAddress: serviceAddress and servicePort has to differ from address and port`,
      path: [...at, "serviceAddress"],
    });
}

/**
 * [pkg/core/resources/apis/meshservice/api/v1alpha1/validator.go]: the display name (label
 * `kuma.io/display-name`, else the name) is at most 63 characters, and at most one selector kind is set.
 */
function checkMeshService(format: ResourceFormat, value: Record<string, unknown>, out: RuleViolation[]): void {
  const meta = format === "kubernetes" && isObject(value["metadata"]) ? value["metadata"] : value;
  const labels = isObject(meta["labels"]) ? meta["labels"] : {};
  const display = labels[DISPLAY_NAME_LABEL];
  const name = typeof display === "string" ? display : meta["name"];
  if (typeof name === "string" && name.length > 63)
    out.push({
      code: "name-invalid",
      message: "name: must not be longer than 63 characters",
      path:
        typeof display === "string"
          ? [...(meta === value ? [] : ["metadata"]), "labels", DISPLAY_NAME_LABEL]
          : format === "kubernetes"
            ? ["metadata", "name"]
            : ["name"],
    });
  const spec = value["spec"];
  const selector = isObject(spec) ? spec["selector"] : undefined;
  if (!isObject(selector)) return;
  const kinds = ["dataplaneTags", "dataplaneRef", "dataplaneLabels"].filter(
    (k) => selector[k] !== undefined && selector[k] !== null,
  );
  if (kinds.length > 1)
    out.push({
      code: "resource-invalid",
      message: "spec.selector: must specify only one of: dataplaneTags, dataplaneRef, or dataplaneLabels",
      path: ["spec", "selector"],
    });
}

/** [validators.go] ValidateTags with RequireService and the kuma.io/protocol validator of validateInbound. */
function checkTags(
  tags: Record<string, unknown>,
  at: readonly PathSegment[],
  field: string,
  out: RuleViolation[],
): void {
  const keys = Object.keys(tags).sort();
  if (keys.length === 0) return;
  const protocol = tags[PROTOCOL_TAG];
  if (typeof protocol === "string" && !KNOWN_PROTOCOLS.has(protocol.toLowerCase()))
    out.push({
      code: "protocol-invalid",
      message: `${field}["${PROTOCOL_TAG}"]: tag "${PROTOCOL_TAG}" has an invalid value ${excerpt(protocol)}. Allowed values: ${SUPPORTED_PROTOCOLS}`,
      path: [...at, PROTOCOL_TAG],
    });
  for (const key of keys) {
    const value = tags[key];
    const f = `${field}[${quoteName(key)}]`;
    if (key === "")
      out.push({ code: "tag-invalid", message: `${field}: tag name must be non-empty`, path: [...at, key], key: true });
    if (!TAG_NAME.test(key))
      out.push({
        code: "tag-invalid",
        message: `${f}: tag name must consist of alphanumeric characters, dots, dashes, slashes and underscores`,
        path: [...at, key],
        key: true,
      });
    // A value that is not a string is the schema's error.
    if (typeof value !== "string") continue;
    if (value === "")
      out.push({ code: "tag-invalid", message: `${f}: tag value must be non-empty`, path: [...at, key] });
    else if (!TAG_VALUE.test(value))
      out.push({
        code: "tag-invalid",
        message: `${f}: tag value must consist of alphanumeric characters, dots, dashes and underscores`,
        path: [...at, key],
      });
  }
  // Inbounds with tags must name their service (dataplane_validator.go validateNetworking).
  if (!(SERVICE_TAG in tags))
    out.push({ code: "service-tag-missing", message: `${field}["${SERVICE_TAG}"]: tag has to exist`, path: at });
}

/** [validators.go] ValidatePort: 1-65535; `required` false means 0 (unset) is allowed. */
function checkPort(
  value: unknown,
  path: readonly PathSegment[],
  field: string,
  required: boolean,
  out: RuleViolation[],
): void {
  if (typeof value !== "number") {
    if (required && value === undefined)
      out.push({ code: "port-invalid", message: `${field}: port must be in the range [1, 65535]`, path });
    return;
  }
  if (!required && value === 0) return;
  if (value < 1 || value > 65535)
    out.push({ code: "port-invalid", message: `${field}: port must be in the range [1, 65535]`, path });
}

/** MeshService spec.ports[].port: Kuma's ValidatePort. */
function checkMeshServicePorts(spec: unknown, out: RuleViolation[]): void {
  if (!isObject(spec) || !Array.isArray(spec["ports"])) return;
  (spec["ports"] as unknown[]).forEach((p, i) => {
    if (isObject(p)) checkPort(p["port"], ["spec", "ports", i, "port"], `spec.ports[${i}].port`, true, out);
  });
}

/** Kubernetes ValidateService: port and numeric targetPort 1-65535, clusterIP "None" or an IP. */
function checkService(spec: Record<string, unknown>, out: RuleViolation[]): void {
  const range = "must be between 1 and 65535, inclusive";
  const ports = Array.isArray(spec["ports"]) ? (spec["ports"] as unknown[]) : [];
  ports.forEach((p, i) => {
    if (!isObject(p)) return;
    for (const key of ["port", "targetPort"] as const) {
      const v = p[key];
      if (typeof v === "number" && (v < 1 || v > 65535))
        out.push({
          code: "port-invalid",
          message: `spec.ports[${i}].${key}: Invalid value: ${v}: ${range}`,
          path: ["spec", "ports", i, key],
        });
    }
  });
  const clusterIP = spec["clusterIP"];
  if (typeof clusterIP === "string" && clusterIP !== "" && clusterIP !== "None" && isIP(clusterIP) === 0)
    out.push({
      code: "address-invalid",
      message: `spec.clusterIP: Invalid value: ${excerpt(clusterIP)}: must be a valid IP address, (e.g. 10.9.8.7 or 2001:db8::ffff)`,
      path: ["spec", "clusterIP"],
    });
}
