import { describe, expect, it } from "vitest";
import type { CommittedFile, DesiredFile } from "../../src/plan/plan.js";
import { buildZonePlan, hasDrift, summarize } from "../../src/plan/plan.js";

const id = { zone: "z", mesh: "default", namespace: "" };
const desired = (name: string, content: string): DesiredFile => ({
  ...id,
  name,
  path: `out/default/${name}.yaml`,
  content: { text: content },
});
const committed = (name: string, text: string, marker: CommittedFile["marker"] = "intact"): CommittedFile => ({
  path: `out/default/${name}.yaml`,
  source: { text },
  blobId: null,
  marker,
  id: { ...id, name },
});

describe("buildZonePlan", () => {
  it("creates, updates, keeps and deletes, sorted by path", () => {
    const { changes, diagnostics } = buildZonePlan(
      "z",
      [desired("c-new", "new"), desired("b-same", "same"), desired("a-changed", "after")],
      [committed("a-changed", "before"), committed("b-same", "same"), committed("d-stale", "old")],
    );
    expect(diagnostics).toEqual([]);
    expect(changes.map((c) => [c.action, c.path])).toEqual([
      ["update", "out/default/a-changed.yaml"],
      ["unchanged", "out/default/b-same.yaml"],
      ["create", "out/default/c-new.yaml"],
      ["delete", "out/default/d-stale.yaml"],
    ]);
    expect(summarize(changes)).toEqual({ create: 1, update: 1, delete: 1, unchanged: 1 });
    expect(hasDrift(changes)).toBe(true);
  });

  it("never deletes or overwrites a file without the marker", () => {
    const { changes, diagnostics } = buildZonePlan(
      "z",
      [desired("taken", "x")],
      [committed("taken", "hand", "none"), committed("other", "hand", "none")],
    );
    expect(changes).toEqual([]);
    expect(diagnostics).toMatchObject([
      { severity: "error", code: "output-not-generated", file: "out/default/taken.yaml" },
    ]);
  });

  it("flags a hand-edited generated file and rewrites it", () => {
    const { changes } = buildZonePlan("z", [desired("a", "fresh")], [committed("a", "edited", "edited")]);
    expect(changes).toMatchObject([{ action: "update", handEdited: true }]);
  });

  it("lists the fields an update changes, from the committed and desired resource objects", () => {
    const d = { ...desired("a", "after"), resource: { spec: { ports: [{ port: 8081 }] } } };
    const c = { ...committed("a", "before"), value: { spec: { ports: [{ port: 8080 }] } } };
    const { changes } = buildZonePlan("z", [d], [c]);
    expect(changes).toMatchObject([
      { action: "update", fields: [{ path: "spec.ports[0].port", change: "changed", before: 8080, after: 8081 }] },
    ]);
  });
});
