import fc from "fast-check";
import { stringify } from "yaml";
import { describe, expect, it } from "vitest";
import { computeKubernetes } from "../../src/compute/kubernetes.js";
import { collectSources } from "../../src/compute/sources.js";
import type { ZoneSources } from "../../src/compute/sources.js";
import { computeUniversal } from "../../src/compute/universal.js";
import { sortDiagnostics } from "../../src/diagnostics.js";
import { parseYamlFile } from "../../src/parse/yaml.js";
import type { SourceResource } from "../../src/parse/yaml.js";
import { gateOf } from "../helpers/sources.js";

// Generation is a function of the sources, not of the order in which files were read: every object
// is in its own file (so its positions do not move), and the files are read in any order.

function resourcesOf(docs: readonly { file: string; value: unknown }[]): SourceResource[] {
  return docs.flatMap((d) => parseYamlFile(d.file, new TextEncoder().encode(stringify(d.value))).resources);
}

function sourcesOf(docs: readonly { file: string; value: unknown }[]): ZoneSources {
  return collectSources(resourcesOf(docs)).sources;
}

const inbound = fc.record({
  port: fc.constantFrom(80, 81, 8080),
  service: fc.constantFrom("web", "api", "Bad_name"),
  protocol: fc.constantFrom(undefined, "http", "GRPC"),
  state: fc.constantFrom(undefined, "NotReady"),
});

const dataplane = fc.record({
  name: fc.constantFrom("dp-a", "dp-b", "dp-c", "dp-d", "dp-e"),
  mesh: fc.constantFrom("default", "other"),
  creationTime: fc.constantFrom(undefined, "2024-01-01T00:00:00Z", "2023-06-01T12:00:00+02:00"),
  workload: fc.constantFrom(undefined, "shop", "cart"),
  inbounds: fc.array(inbound, { maxLength: 3 }),
});

const dataplaneDocs = fc.uniqueArray(dataplane, { selector: (d) => d.name, maxLength: 5 }).map((dps) =>
  dps.map((d) => ({
    file: `${d.name}.yaml`,
    value: {
      type: "Dataplane",
      name: d.name,
      mesh: d.mesh,
      ...(d.creationTime ? { creationTime: d.creationTime } : {}),
      ...(d.workload ? { labels: { "kuma.io/workload": d.workload } } : {}),
      networking: {
        address: "10.0.0.1",
        inbound: d.inbounds.map((i) => ({
          port: i.port,
          ...(i.state ? { state: i.state } : {}),
          tags: { "kuma.io/service": i.service, ...(i.protocol ? { "kuma.io/protocol": i.protocol } : {}) },
        })),
      },
    },
  })),
);

describe("generation does not depend on the order of the sources", () => {
  it.each(["serviceTag", "workload"] as const)("Universal, %s mode", (source) => {
    fc.assert(
      fc.property(
        dataplaneDocs.chain((docs) =>
          fc.tuple(fc.constant(docs), fc.shuffledSubarray(docs, { minLength: docs.length })),
        ),
        ([docs, shuffled]) => {
          const run = (d: typeof docs) => {
            const sources = sourcesOf(d);
            const out = computeUniversal({
              zone: "zone-1",
              source,
              dataplanes: sources.dataplanes,
              committed: new Map(),
              gate: gateOf(sources),
            });
            return { services: out.services, diagnostics: sortDiagnostics(out.diagnostics) };
          };
          expect(run(shuffled)).toEqual(run(docs));
        },
      ),
      { numRuns: 60 },
    );
  });

  const service = fc.record({
    name: fc.constantFrom("web", "api", "db", "cache"),
    namespace: fc.constantFrom("shop", "data"),
    headless: fc.boolean(),
    meshLabel: fc.constantFrom(undefined, "default", "other"),
    ports: fc.array(
      fc.record({ port: fc.constantFrom(80, 53, 5432), protocol: fc.constantFrom(undefined, "TCP", "UDP") }),
      { maxLength: 3 },
    ),
  });

  it("Kubernetes", () => {
    const docs = fc.uniqueArray(service, { selector: (s) => `${s.namespace}/${s.name}`, maxLength: 6 }).map((svcs) => [
      ...svcs.map((s) => ({
        file: `${s.namespace}-${s.name}.yaml`,
        value: {
          apiVersion: "v1",
          kind: "Service",
          metadata: {
            name: s.name,
            namespace: s.namespace,
            ...(s.meshLabel ? { labels: { "kuma.io/mesh": s.meshLabel } } : {}),
          },
          spec: {
            ...(s.headless ? { clusterIP: "None" } : {}),
            selector: { app: s.name },
            ports: s.ports.map((p) => ({ port: p.port, ...(p.protocol ? { protocol: p.protocol } : {}) })),
          },
        },
      })),
      {
        file: "ns-shop.yaml",
        value: {
          apiVersion: "v1",
          kind: "Namespace",
          metadata: { name: "shop", labels: { "kuma.io/sidecar-injection": "enabled" } },
        },
      },
      ...["web", "db"].map((name) => ({
        file: `sts-${name}.yaml`,
        value: {
          apiVersion: "apps/v1",
          kind: "StatefulSet",
          metadata: { name, namespace: "shop" },
          spec: { replicas: 2, template: { metadata: { labels: { app: name } } } },
        },
      })),
    ]);
    fc.assert(
      fc.property(
        docs.chain((d) => fc.tuple(fc.constant(d), fc.shuffledSubarray(d, { minLength: d.length }))),
        ([ordered, shuffled]) => {
          const run = (d: typeof ordered) => {
            const sources = sourcesOf(d);
            const out = computeKubernetes({ zone: "zone-1", sources, gate: gateOf(sources) });
            return { services: out.services, diagnostics: sortDiagnostics(out.diagnostics) };
          };
          expect(run(shuffled)).toEqual(run(ordered));
        },
      ),
      { numRuns: 60 },
    );
  });
});
