import { describe, expect, it } from "vitest";
import { effectOf, isLegacyReference, newStyle, nextMode } from "../../src/compute/migration.js";
import type { Effect, MeshServicesMode, ReferenceForm } from "../../src/compute/migration.js";
import { parseKumaServiceName } from "../../src/model/names.js";

// The rule table of docs/migration.md, one row per rule, form, policy kind and mode. The expected
// values are read from Kuma v2.14.3 (the file and function each rule cites), not from our code.
describe("docs/migration.md rules: what a legacy reference applies to in each meshServices.mode", () => {
  const rows: [string, ReferenceForm, string, MeshServicesMode, boolean, Effect][] = [
    // M1: top-level targetRef kind MeshService selects proxies by kuma.io/service (matchers/dataplane.go)
    ["M1", "top-level", "MeshTimeout", "Disabled", true, "proxies-by-tag"],
    ["M1", "top-level", "MeshTimeout", "Everywhere", true, "proxies-by-tag"],
    ["M1", "top-level", "MeshRetry", "ReachableBackends", false, "proxies-by-tag"],
    ["M1", "top-level", "MeshHTTPRoute", "Exclusive", true, "proxies-by-tag"],
    // M2: to[].targetRef by legacy name (resolve/targetref.go TargetRef; mesh_context_builder.go Build)
    ["M2", "to", "MeshTimeout", "Disabled", true, "kuma-service"],
    ["M2", "to", "MeshTimeout", "Everywhere", true, "kuma-service-and-meshservice"],
    ["M2", "to", "MeshRetry", "ReachableBackends", true, "kuma-service-and-meshservice"],
    ["M2", "to", "MeshRetry", "Exclusive", true, "meshservice"],
    ["M2", "to", "MeshTimeout", "Everywhere", false, "kuma-service"],
    ["M2", "to", "MeshTimeout", "Exclusive", false, "nothing"],
    // M2 holds for routes too (rules.go BuildRules resolves every policy's to[] the same way)
    ["M2", "to", "MeshHTTPRoute", "Disabled", true, "kuma-service"],
    ["M2", "to", "MeshHTTPRoute", "Everywhere", true, "kuma-service-and-meshservice"],
    ["M2", "to", "MeshTCPRoute", "Exclusive", true, "meshservice"],
    // M3: a route's backendRef without port or sectionName is legacy (targetref.go ReferencesRealObject)
    ["M3", "backendRef", "MeshHTTPRoute", "Disabled", true, "kuma-service"],
    ["M3", "backendRef", "MeshHTTPRoute", "Everywhere", true, "kuma-service"],
    ["M3", "backendRef", "MeshTCPRoute", "ReachableBackends", true, "kuma-service"],
    ["M3", "backendRef", "MeshHTTPRoute", "Exclusive", true, "stops"],
    ["M3", "backendRef", "MeshTCPRoute", "Exclusive", false, "stops"],
  ];
  it.each(rows)("%s: %s in a %s, mode %s, MeshService exists %s: %s", (_rule, form, kind, mode, resolved, effect) => {
    expect(effectOf(form, kind, mode, resolved)).toBe(effect);
  });

  it.each([
    ["Disabled", "Everywhere"],
    ["Everywhere", "Exclusive"],
    ["ReachableBackends", "Exclusive"],
    ["Exclusive", null],
  ] as const)("M6: the mode after %s is %s", (mode, next) => {
    expect(nextMode(mode)).toBe(next);
  });
});

describe("M0: which references are legacy", () => {
  it.each([
    // Kubernetes: only a kuma.io/service value (parseService: 3 or 4 segments, a numeric port)
    ["kubernetes", "to", { kind: "MeshService", name: "backend_shop_svc_8080" }, true],
    ["kubernetes", "to", { kind: "MeshService", name: "backend_shop_svc" }, true],
    ["kubernetes", "to", { kind: "MeshService", name: "backend" }, false],
    ["kubernetes", "to", { kind: "MeshService", name: "backend_shop_svc_http" }, false],
    ["kubernetes", "to", { kind: "MeshService", name: "backend_shop_svc_8080", sectionName: "http" }, false],
    ["kubernetes", "backendRef", { kind: "MeshService", name: "backend_shop_svc_8080", port: 8080 }, false],
    ["kubernetes", "top-level", { kind: "MeshService", name: "backend_shop_svc_8080", sectionName: "x" }, true],
    ["kubernetes", "to", { kind: "MeshExternalService", name: "backend_shop_svc_8080" }, false],
    // Universal: any name without sectionName (the design record's ambiguity), labels are new-style
    ["universal", "to", { kind: "MeshService", name: "backend" }, true],
    ["universal", "to", { kind: "MeshService", name: "backend", sectionName: "http" }, false],
    ["universal", "to", { kind: "MeshService", labels: { "kuma.io/display-name": "backend" } }, false],
    ["universal", "backendRef", { kind: "MeshService", name: "backend" }, true],
    ["universal", "backendRef", { kind: "MeshService", name: "backend", port: 8080 }, false],
  ] as const)("%s %s %j: %s", (environment, form, value, legacy) => {
    expect(isLegacyReference(value, form, environment)).toBe(legacy);
  });

  it.each([
    ["backend_kuma-demo_svc_8080", { name: "backend", namespace: "kuma-demo", port: 8080 }],
    ["backend_kuma-demo_svc", { name: "backend", namespace: "kuma-demo", port: 0 }],
    ["a_b_c_1", { name: "a", namespace: "b", port: 1 }],
    ["backend", null],
    ["a_b", null],
    ["a_b_svc_80_x", null],
    ["a_b_svc_eighty", null],
    ["a_b_svc_2147483648", null],
  ] as const)("parseKumaServiceName(%s) = %j", (value, parsed) => {
    expect(parseKumaServiceName(value)).toEqual(parsed);
  });
});

describe("M4: the new-style reference", () => {
  const k8s = { name: "backend", namespace: "shop", port: 8080, sectionName: "http" };
  it.each([
    ["to", "kubernetes", k8s, { kind: "MeshService", name: "backend", namespace: "shop", sectionName: "http" }],
    ["backendRef", "kubernetes", k8s, { kind: "MeshService", name: "backend", namespace: "shop", port: 8080 }],
    ["to", "universal", { ...k8s, namespace: "" }, { kind: "MeshService", name: "backend", sectionName: "http" }],
    ["backendRef", "universal", { ...k8s, namespace: "" }, { kind: "MeshService", name: "backend", port: 8080 }],
    // a Kubernetes name without a port names the whole service; a backendRef needs a port
    [
      "to",
      "kubernetes",
      { ...k8s, port: null, sectionName: null },
      { kind: "MeshService", name: "backend", namespace: "shop" },
    ],
    ["backendRef", "kubernetes", { ...k8s, port: null, sectionName: null }, null],
  ] as const)("%s on %s: %j", (form, environment, target, expected) => {
    expect(newStyle(form, environment, target)).toEqual(expected);
  });
});
