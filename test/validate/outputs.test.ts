import { describe, expect, it } from "vitest";
import { InternalError } from "../../src/errors.js";
import type { MeshService } from "../../src/model/kuma.js";
import { renderMeshService, toResource } from "../../src/render/meshservice.js";
import { validateRenderedMeshService } from "../../src/validate/outputs.js";
import { schemas } from "../helpers/schemas.js";

const universal: MeshService = {
  zone: "zone-1",
  environment: "universal",
  mesh: "default",
  namespace: "",
  name: "web",
  labels: { "kuma.io/mesh": "default" },
  spec: {
    selector: { dataplaneTags: { "kuma.io/service": "web" } },
    ports: [{ name: "80", port: 80, targetPort: 80, appProtocol: "http" }],
  },
  status: { vips: [{ ip: "241.0.0.1" }] },
};
const kubernetes: MeshService = { ...universal, environment: "kubernetes", namespace: "shop" };

describe("every rendered MeshService is checked against Kuma's MeshService schema of its format", () => {
  it.each([
    ["universal", universal],
    ["kubernetes", kubernetes],
  ])("a %s MeshService as rendered passes", (_format, ms) => {
    expect(() =>
      validateRenderedMeshService(
        "out/web.yaml",
        ms.environment,
        toResource(ms),
        { text: renderMeshService(ms) },
        schemas,
      ),
    ).not.toThrow();
  });

  it.each([
    {
      problem: "a port that is not an integer",
      ms: { ...universal, spec: { ...universal.spec, ports: [{ name: "x", port: "80" as unknown as number }] } },
      detail: "/spec/ports/0/port must be integer",
    },
    {
      problem: "an unknown spec key",
      ms: { ...kubernetes, spec: { ...kubernetes.spec, weight: 1 } as MeshService["spec"] },
      detail: "/spec must NOT have additional properties",
    },
    {
      problem: "a state Kuma does not know",
      ms: { ...universal, spec: { ...universal.spec, state: "Up" as "Available" } },
      detail: "/spec/state must be equal to one of the allowed values",
    },
  ])("$problem is an InternalError (code internal) carrying the document", ({ ms, detail }) => {
    const content = renderMeshService(ms);
    let error: unknown;
    try {
      validateRenderedMeshService("out/web.yaml", ms.environment, toResource(ms), { text: content }, schemas);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(InternalError);
    const internal = error as InternalError;
    expect(internal.code).toBe("internal");
    expect(internal.operation).toBe("validate output");
    expect(internal.message).toContain(`rendered MeshService out/web.yaml does not match the Kuma MeshService schema`);
    expect(internal.message).toContain(detail);
    expect(internal.message.endsWith(`\n${content}`)).toBe(true);
  });
});
