import { describe, expect, it } from "vitest";
import type { FileChange } from "../../src/plan/plan.js";
import { MARKER_PREFIX, renderResource } from "../../src/render/meshservice.js";
import { changeDiff, nextStep } from "../../src/report/report.js";

const resource = (port: number): Record<string, unknown> => ({
  type: "MeshService",
  name: "backend",
  mesh: "default",
  spec: { ports: [{ name: "http", port, targetPort: port }] },
});
const change = (action: FileChange["action"], before: string | null, after: string | null, handEdited = false) =>
  ({
    action,
    path: "out/default/backend.yaml",
    zone: "z",
    mesh: "default",
    namespace: "",
    name: "backend",
    before,
    after,
    handEdited,
  }) satisfies FileChange;

describe("changeDiff", () => {
  const before = renderResource(resource(8080));
  const after = renderResource(resource(8081));

  it("leaves the marker line out of an update, with hunk lines that are still the files' lines", () => {
    const diff = changeDiff(change("update", before, after));
    expect(diff).not.toContain(MARKER_PREFIX);
    expect(diff).toBe(
      [
        "--- a/out/default/backend.yaml",
        "+++ b/out/default/backend.yaml",
        "@@ -5,5 +5,5 @@",
        " spec:",
        "   ports:",
        "   - name: http",
        "-    port: 8080",
        "-    targetPort: 8080",
        "+    port: 8081",
        "+    targetPort: 8081",
        "",
      ].join("\n"),
    );
    // The hunk starts at line 5 of both files: `spec:`, below the marker and three keys.
    expect(before.split("\n")[4]).toBe("spec:");
  });

  it.each([
    ["create", null, after, false],
    ["delete", before, null, false],
    ["update (edited by hand)", before.replace("8080", "9090"), after, true],
  ] as const)("keeps the marker line of a %s", (what, b, a, handEdited) => {
    const action = what.startsWith("update") ? "update" : (what as "create" | "delete");
    expect(changeDiff(change(action, b, a, handEdited))).toContain(MARKER_PREFIX);
  });
});

describe("nextStep", () => {
  const tool = { name: "meshservice-reconciler", version: "0" };
  it.each([
    ["in-sync", null, "run", null],
    ["applied", null, "run", null],
    ["error", null, "run", "fix the errors above, then run meshservice-reconciler plan again."],
    ["drift", null, "run", "run meshservice-reconciler apply --commit and push, or the Action with command: apply."],
    [
      "drift",
      ".github/workflows/r.yml",
      "run",
      "run meshservice-reconciler apply --commit and push, or let the workflow .github/workflows/r.yml (it runs apply) do it.",
    ],
    ["drift", null, "pull-request", "merge this pull request to apply these changes."],
  ] as const)("%s with workflow %s in a %s", (result, workflow, context, text) => {
    expect(nextStep(result, tool, workflow, context)).toBe(text);
  });
});
