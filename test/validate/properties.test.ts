import fc from "fast-check";
import { stringify } from "yaml";
import { describe, expect, it } from "vitest";
import { parseYamlFile } from "../../src/parse/yaml.js";
import { schemaName, validateSources } from "../../src/validate/sources.js";
import { resourceFormat, sourceKind } from "../../src/model/kinds.js";
import { schemas } from "../helpers/schemas.js";

// Values of every JSON type in the places the rules read, to prove that they never assume a shape
// that only the schema guarantees.
const scalar = fc.oneof(
  fc.constantFrom("", "web", "kuma.io/service", "0.0.0.0", "10.0.0.1", "Web_1", "http", "HTTP"),
  fc.integer({ min: -1, max: 70_000 }),
  fc.boolean(),
  fc.constant(null),
);
const value = fc.oneof(
  scalar,
  fc.array(scalar, { maxLength: 2 }),
  fc.dictionary(fc.constantFrom("a", "kuma.io/service", "kuma.io/protocol", "v@r"), scalar, { maxKeys: 3 }),
);
const inbound = fc.record(
  { port: value, servicePort: value, address: value, serviceAddress: value, protocol: value, tags: value },
  { requiredKeys: [] },
);
const universalDataplane = fc.record({
  type: fc.constant("Dataplane"),
  name: fc.oneof(fc.constantFrom("web-1", "Web_1", ""), scalar),
  mesh: fc.oneof(fc.constantFrom("default", "Prod!"), scalar),
  networking: fc.oneof(
    value,
    fc.record({ address: value, inbound: fc.oneof(value, fc.array(inbound, { maxLength: 3 })) }, { requiredKeys: [] }),
  ),
});
const kubernetesService = fc.record({
  apiVersion: fc.constant("v1"),
  kind: fc.constant("Service"),
  metadata: fc.oneof(
    value,
    fc.record(
      { name: fc.oneof(fc.constantFrom("web", "1web"), scalar), namespace: value, labels: value },
      { requiredKeys: [] },
    ),
  ),
  spec: fc.oneof(
    value,
    fc.record(
      {
        clusterIP: value,
        ports: fc.oneof(
          value,
          fc.array(fc.record({ port: value, targetPort: value, protocol: value }, { requiredKeys: [] }), {
            maxLength: 2,
          }),
        ),
      },
      { requiredKeys: [] },
    ),
  ),
});

describe("validateSources on arbitrary resources", () => {
  it("never throws, reports only errors with a position, and keeps only schema-valid resources", () => {
    fc.assert(
      fc.property(
        fc.array(fc.oneof(universalDataplane, kubernetesService), { minLength: 1, maxLength: 3 }),
        (objects) => {
          const text = objects.map((o) => stringify(o)).join("---\n");
          const parsed = parseYamlFile("r.yaml", new TextEncoder().encode(text));
          const result = validateSources("zone-1", parsed.resources, schemas);
          for (const d of result.diagnostics) {
            expect(d.file).toBe("r.yaml");
            expect(d.line).toBeGreaterThan(0);
            expect(d.column).toBeGreaterThan(0);
          }
          for (const r of result.resources) {
            const v = r.value as Record<string, unknown>;
            const kind = sourceKind(v);
            if (kind === null || kind === "Policy") continue;
            expect(schemas.validator(schemaName(kind, resourceFormat(v)))(v)).toBe(true);
          }
          expect(result.resources.length + result.diagnostics.length).toBeGreaterThan(0);
        },
      ),
      { numRuns: 300 },
    );
  });
});
