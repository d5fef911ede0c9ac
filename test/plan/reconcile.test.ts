import { describe, expect, it } from "vitest";
import { zoneWithDefaults } from "../../src/model/config.js";
import { parseYamlFile, withSource } from "../../src/parse/yaml.js";
import type { ParsedFile } from "../../src/parse/yaml.js";
import { reconcile } from "../../src/plan/reconcile.js";
import type { ReconcileResult } from "../../src/plan/reconcile.js";
import { gitBlobId } from "../../src/plan/blob-id.js";
import { canonicalRenderKey } from "../../src/render/meshservice.js";
import { schemas } from "../helpers/schemas.js";

// reconcile() over hand-edited files: what a person may leave in the repository never crashes a run.

const zone = zoneWithDefaults({ name: "zone-1", environment: "universal", output: "out" });

const WEB = `type: Dataplane
mesh: default
name: web-1
networking:
  address: 10.0.0.1
  inbound:
    - port: 8080
      tags:
        kuma.io/service: web
`;

/** One pure run of the zone over source files and files of its output directory. */
function run(sources: ReadonlyMap<string, string>, outputs: ReadonlyMap<string, string>): ReconcileResult {
  const parsed = new Map<string, ParsedFile>();
  for (const [p, t] of [...sources, ...outputs]) parsed.set(p, parseYamlFile(p, new TextEncoder().encode(t)));
  return reconcile({
    config: { file: "c.yaml", policyReferences: "warning", prune: true, maxDeletions: null, zones: [zone] },
    zoneLocations: new Map(),
    schemas,
    zones: [zone],
    files: new Map([[zone.name, { sources: [...sources.keys()].sort(), outputs: [...outputs.keys()].sort() }]]),
    parsed,
    blobIds: new Map(),
  });
}

describe("reconcile with hand-edited files", () => {
  it.each(["ports: [~]", "ports: [8080]", 'ports: ["x", {name: a}]'])(
    "rewrites a committed generated file edited to `%s`",
    (ports) => {
      const sources = new Map([["src/web.yaml", WEB]]);
      const first = run(sources, new Map());
      const created = first.changes.find((c) => c.path === "out/default/web.yaml")?.after ?? "";
      expect(created).toMatch(/^ {2}ports:\n {2}- appProtocol: tcp$/m);
      const edited = created.replace(/^ {2}ports:\n(?: {2}- .*\n| {4}.*\n)+/m, `  ${ports}\n`);
      expect(edited).not.toBe(created);

      const second = run(sources, new Map([["out/default/web.yaml", edited]]));
      expect(second.changes).toMatchObject([
        { action: "update", path: "out/default/web.yaml", handEdited: true, after: created },
      ]);
      expect(second.diagnostics.filter((d) => d.severity === "error")).toEqual([]);
    },
  );

  it("checks policies against an unmarked file in the output directory with a null port", () => {
    const handWritten = `type: MeshService
name: api
mesh: default
spec:
  selector:
    dataplaneTags:
      kuma.io/service: api
  ports: [~]
`;
    const policy = `type: MeshTimeout
name: to-api
mesh: default
spec:
  targetRef:
    kind: Mesh
  to:
    - targetRef:
        kind: MeshService
        name: api
        sectionName: http
      default:
        idleTimeout: 20s
`;
    const result = run(new Map([["src/policy.yaml", policy]]), new Map([["out/default/api.yaml", handWritten]]));
    expect(result.changes).toEqual([]);
    expect(result.diagnostics.find((d) => d.code === "policy-ref-unknown-section")).toMatchObject({
      severity: "warning",
      file: "src/policy.yaml",
      message: expect.stringContaining('which is no port of MeshService "api" (ports: none)') as unknown,
    });
  });
});

describe("reconcile with the render keys of committed files", () => {
  const sources = new Map([["src/web.yaml", WEB]]);
  const path = "out/default/web.yaml";
  const generated = run(sources, new Map()).changes.find((c) => c.path === path)?.after ?? "";

  /** The committed file parsed, its text readable only through a counter, and its render key. */
  // The blob id given for the committed file is wrong on purpose: only the render key can find it unchanged.
  function committedRun(text: string, key: string | null): { result: ReconcileResult; reads: () => number } {
    let reads = 0;
    const parsed = new Map<string, ParsedFile>();
    parsed.set("src/web.yaml", parseYamlFile("src/web.yaml", new TextEncoder().encode(WEB)));
    const data = parseYamlFile(path, new TextEncoder().encode(text));
    const source = {
      file: path,
      get text(): string {
        reads++;
        return text;
      },
    };
    parsed.set(path, withSource(source, data));
    const resource = data.resources[0]?.value;
    const result = reconcile({
      config: { file: "c.yaml", policyReferences: "warning", prune: true, maxDeletions: null, zones: [zone] },
      zoneLocations: new Map(),
      schemas,
      zones: [zone],
      files: new Map([[zone.name, { sources: ["src/web.yaml"], outputs: [path] }]]),
      parsed,
      blobIds: new Map([[path, gitBlobId(`${text}#`)]]),
      renderKeys: key === null || resource === undefined ? new Map() : new Map([[path, key]]),
    });
    return { result, reads: () => reads };
  }

  it("keeps a file whose key is the desired resource's without rendering it or reading its text", () => {
    const value = parseYamlFile(path, new TextEncoder().encode(generated)).resources[0]?.value;
    const key = canonicalRenderKey(value, generated);
    expect(key).toMatch(/^[0-9a-f]{40}$/);
    const { result, reads } = committedRun(generated, key);
    expect(result.changes.map((c) => [c.action, c.path])).toEqual([["unchanged", path]]);
    expect(reads()).toBe(0);
    // The text is still there for whoever asks.
    expect(result.changes[0]?.after).toBe(generated);
  });

  it("renders and compares by blob id when the key differs", () => {
    const { result } = committedRun(generated, "0".repeat(40));
    // The blob id given is wrong: a rendered file cannot match it.
    expect(result.changes.map((c) => [c.action, c.path])).toEqual([["update", path]]);
    const changed = generated.replace("port: 8080", "port: 8081");
    const edited = committedRun(changed, canonicalRenderKey({}, changed));
    expect(edited.result.changes).toMatchObject([{ action: "update", path, after: generated }]);
  });
});
