import { readFile, rm, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { removeTempRepos, repoFromFixture, runCli } from "../helpers/repo.js";

afterAll(removeTempRepos);

interface JsonReport {
  diagnostics: { severity: string; code: string; file: string; line: number; column: number }[];
  changes: { action: string; path: string; policies: { kind: string; name: string; file: string }[] }[];
}

async function report(repo: string, command = "plan"): Promise<{ code: number; json: JsonReport }> {
  const r = await runCli([command, "--repo", repo, "--format", "json"]);
  return { code: r.code, json: JSON.parse(r.stdout) as JsonReport };
}

async function setPolicyReferences(repo: string, value: string): Promise<void> {
  const file = join(repo, "meshservice-reconciler.yaml");
  await writeFile(file, `policyReferences: ${value}\n${await readFile(file, "utf8")}`);
}

describe("policy reference checks", () => {
  it("names the nearest MeshServices of the same mesh and namespace for a misspelt name", async () => {
    const repo = await repoFromFixture("policy-references");
    const policy = [
      "type: MeshTimeout",
      "name: typo",
      "mesh: default",
      "spec:",
      "  targetRef:",
      "    kind: Mesh",
      "  to:",
      "    - targetRef:",
      "        kind: MeshService",
      "        name: backnd",
      "      default:",
      "        idleTimeout: 20s",
      "",
    ].join("\n");
    await writeFile(join(repo, "universal/typo.yaml"), policy);
    const r = await runCli(["plan", "--repo", repo, "--format", "json"]);
    const messages = (JSON.parse(r.stdout) as { diagnostics: { file: string; message: string }[] }).diagnostics
      .filter((d) => d.file === "universal/typo.yaml")
      .map((d) => d.message);
    expect(messages).toEqual([
      'MeshTimeout "typo" references MeshService "backnd", which does not exist in mesh "default"; did you mean "backend"',
    ]);
  });

  it("resolves references in every position without a diagnostic", async () => {
    const repo = await repoFromFixture("policy-references");
    const { json } = await report(repo);
    expect(json.diagnostics.filter((d) => d.file === "universal/valid-policies.yaml")).toEqual([]);
    expect(json.diagnostics.filter((d) => d.file === "kubernetes/policies.yaml" && d.line < 30)).toEqual([]);
  });

  it("reports each dangling reference at the offending field", async () => {
    const repo = await repoFromFixture("policy-references");
    const { code, json } = await report(repo);
    expect(code).toBe(0);
    const found = json.diagnostics
      .filter((d) => d.code.startsWith("policy-ref-"))
      .map((d) => [d.file, d.line, d.column, d.severity, d.code]);
    expect(found).toEqual([
      // a namespace mismatch on Kubernetes: the name exists, in another namespace
      ["kubernetes/policies.yaml", 34, 15, "warning", "policy-ref-unknown-service"],
      // a missing name
      ["universal/dangling-policies.yaml", 11, 15, "warning", "policy-ref-unknown-service"],
      // a missing section
      ["universal/dangling-policies.yaml", 17, 22, "warning", "policy-ref-unknown-section"],
      // a label selector that matches nothing
      ["universal/dangling-policies.yaml", 31, 11, "warning", "policy-ref-no-match"],
      // a wrong backend port
      ["universal/dangling-policies.yaml", 37, 23, "warning", "policy-ref-unknown-port"],
    ]);
  });

  it("names what exists instead", async () => {
    const repo = await repoFromFixture("policy-references");
    const r = await runCli(["plan", "--repo", repo]);
    expect(r.stdout).toContain(
      'references sectionName "grpc", which is no port of MeshService "backend" (ports: http (8080), 9090)',
    );
    expect(r.stdout).toContain('it exists in namespace "billing"');
  });

  it("lists the policies that reference each changed MeshService", async () => {
    const repo = await repoFromFixture("policy-references");
    const { json } = await report(repo);
    const backend = json.changes.find((c) => c.path === "meshservices/vm/default/backend.yaml");
    expect(backend?.policies.map((p) => `${p.kind}/${p.name}`)).toEqual([
      "MeshTimeout/timeout-to-gone",
      "MeshHTTPRoute/route-wrong-port",
      "MeshTimeout/backend-timeouts",
      "MeshHTTPRoute/frontend-to-backend",
    ]);
  });

  it("lists the policies of a deleted MeshService, which now dangle", async () => {
    const repo = await repoFromFixture("policy-references");
    expect((await runCli(["apply", "--repo", repo])).code).toBe(0);
    await rm(join(repo, "kubernetes", "resources.yaml"));
    await writeFile(
      join(repo, "kubernetes", "resources.yaml"),
      "apiVersion: v1\nkind: Namespace\nmetadata:\n  name: shop\n  labels:\n    kuma.io/sidecar-injection: enabled\n",
    );
    const { json } = await report(repo);
    const cart = json.changes.find((c) => c.path === "meshservices/kube/shop/cart.yaml");
    expect(cart?.action).toBe("delete");
    expect(cart?.policies.map((p) => p.name)).toEqual(["cart-timeouts"]);
    expect(json.diagnostics.filter((d) => d.code === "policy-ref-unknown-service").length).toBe(4);
  });

  it("blocks like any error with policyReferences: error", async () => {
    const repo = await repoFromFixture("policy-references");
    await setPolicyReferences(repo, "error");
    const { code, json } = await report(repo, "check");
    expect(code).toBe(1);
    expect(json.diagnostics.filter((d) => d.code.startsWith("policy-ref-")).every((d) => d.severity === "error")).toBe(
      true,
    );
    const apply = await runCli(["apply", "--repo", repo]);
    expect(apply.code).toBe(1);
    expect(apply.stdout).toMatch(/nothing was written/);
  });

  it("reports nothing with policyReferences: off, but still lists referencing policies", async () => {
    const repo = await repoFromFixture("policy-references");
    await setPolicyReferences(repo, "off");
    const { code, json } = await report(repo, "check");
    expect(code).toBe(2);
    expect(json.diagnostics.filter((d) => d.code.startsWith("policy-ref-"))).toEqual([]);
    expect(json.changes.find((c) => c.path === "meshservices/kube/shop/cart.yaml")?.policies.length).toBe(1);
  });

  it("does not check policies of a mesh without MeshServices", async () => {
    const repo = await repoFromFixture("policy-references");
    await writeFile(join(repo, "universal", "mesh.yaml"), "type: Mesh\nname: default\n");
    const { json } = await report(repo);
    expect(json.diagnostics.filter((d) => d.file.startsWith("universal/") && d.code.startsWith("policy-ref-"))).toEqual(
      [],
    );
  });
});

describe("references of kind MeshMultiZoneService (fixtures/multizone-services)", () => {
  const policy = (to: string[]) =>
    [
      "type: MeshTimeout",
      "name: mz",
      "mesh: default",
      "spec:",
      "  to:",
      ...to,
      "      default:",
      "        idleTimeout: 1s",
      "",
    ].join("\n");

  it.each([
    [
      "by name, with a sectionName that is a port name",
      ["    - targetRef:", "        kind: MeshMultiZoneService", "        name: backend", "        sectionName: api"],
      [],
    ],
    [
      "by labels",
      [
        "    - targetRef:",
        "        kind: MeshMultiZoneService",
        "        labels:",
        "          kuma.io/display-name: web",
      ],
      [],
    ],
    [
      "a sectionName that is no port",
      ["    - targetRef:", "        kind: MeshMultiZoneService", "        name: web", "        sectionName: metrics"],
      [
        [
          "policy-ref-unknown-section",
          9,
          'MeshTimeout "mz" references sectionName "metrics", which is no port of MeshMultiZoneService "web" (ports: http (80))',
        ],
      ],
    ],
    [
      "labels that match none",
      [
        "    - targetRef:",
        "        kind: MeshMultiZoneService",
        "        labels:",
        "          kuma.io/display-name: cache",
      ],
      [
        [
          "policy-ref-no-match",
          9,
          'MeshTimeout "mz" selects MeshMultiZoneServices by labels {"kuma.io/display-name":"cache"}, which match no MeshMultiZoneService in mesh "default"',
        ],
      ],
    ],
  ])("%s", async (_what, to, expected) => {
    const repo = await repoFromFixture("multizone-services");
    await writeFile(join(repo, "west/mz.yaml"), policy(to));
    const r = await runCli(["plan", "--repo", repo, "--format", "json"]);
    const found = (
      JSON.parse(r.stdout) as { diagnostics: { file: string; code: string; line: number; message: string }[] }
    ).diagnostics
      .filter((d) => d.file === "west/mz.yaml")
      .map((d) => [d.code, d.line, d.message]);
    expect(found).toEqual(expected);
  });

  it("lists the policies that reference a changed MeshMultiZoneService in the report", async () => {
    const repo = await repoFromFixture("multizone-services");
    const { json } = await report(repo);
    const backend = json.changes.find((c) => c.path === "meshservices/global/default/backend.yaml");
    expect(backend?.policies.map((p) => `${p.kind} ${p.name}`)).toEqual([
      "MeshTimeout backend-everywhere",
      "MeshHTTPRoute web-to-backend",
    ]);
  });
});
