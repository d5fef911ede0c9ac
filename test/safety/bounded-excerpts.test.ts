import { describe, expect, it } from "vitest";
import { EXCERPT_CHARS } from "../../src/diagnostics.js";
import { parseYamlFile } from "../../src/parse/yaml.js";
import { validateConfig } from "../../src/validate/config.js";
import { validateSources } from "../../src/validate/sources.js";
import { schemas } from "../helpers/schemas.js";

// Issue 15, item 1: no diagnostic echoes more than a short excerpt of a value, whichever check
// finds it: the schema, Kuma's semantic rules, the config rules or the VIP pool parser.
const LONG = `SECRET-${"s".repeat(5000)}`;
const PREFIX = LONG.slice(0, EXCERPT_CHARS + 1);

function resources(text: string) {
  return parseYamlFile("src/r.yaml", new TextEncoder().encode(text)).resources;
}

function expectBounded(messages: readonly string[]): void {
  expect(messages.length).toBeGreaterThan(0);
  for (const m of messages) {
    expect(m).not.toContain(PREFIX);
    expect(m.length).toBeLessThan(600);
  }
}

describe("diagnostics quote bounded excerpts", () => {
  it.each([
    ["a Service name", `apiVersion: v1\nkind: Service\nmetadata:\n  name: ${LONG}\n`],
    ["a Service namespace", `apiVersion: v1\nkind: Service\nmetadata:\n  name: web\n  namespace: ${LONG}\n`],
    ["a clusterIP", `apiVersion: v1\nkind: Service\nmetadata:\n  name: web\nspec:\n  clusterIP: ${LONG}\n`],
    [
      "an inbound tag name and protocol",
      `type: Dataplane\nname: dp\nnetworking:\n  address: 10.0.0.1\n  inbound:\n    - port: 80\n      tags:\n        kuma.io/service: web\n        kuma.io/protocol: ${LONG}\n        "${LONG.slice(0, 900)}": x\n`,
    ],
  ])("in %s", (_what, text) => {
    const { diagnostics } = validateSources("zone-1", resources(text), schemas);
    expectBounded(diagnostics.map((d) => d.message));
  });

  it.each([
    ["an output", `zones:\n  - name: a\n    environment: universal\n    output: /${LONG}\n`],
    ["an include glob", `zones:\n  - name: a\n    environment: universal\n    include: ["/${LONG}"]\n`],
    ["a vipCidr", `zones:\n  - name: a\n    environment: universal\n    vipCidr: "${LONG}/8"\n`],
  ])("in %s of the config", (_what, text) => {
    const { diagnostics } = validateConfig("c.yaml", resources(text)[0], schemas);
    expectBounded(diagnostics.map((d) => d.message));
  });
});
