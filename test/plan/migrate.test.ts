import { readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { isMap, isScalar, isSeq, parseAllDocuments } from "yaml";
import type { Node } from "yaml";
import { gitStatus, readTree, removeTempRepos, repoFromFixture, runCli } from "../helpers/repo.js";

afterAll(removeTempRepos);

// Policies of mesh m-everywhere of fixtures/migration-kubernetes, written in several YAML styles.
const NS = "shop-everywhere";
const STYLES = [
  "# A file of several documents; comments, quoting and key order are the author's.",
  "apiVersion: kuma.io/v1alpha1",
  "kind: MeshTimeout",
  "metadata:",
  "  name: block-quoted",
  "  namespace: kuma-system",
  "  labels: {kuma.io/mesh: m-everywhere}",
  "spec:",
  "  targetRef: {kind: Mesh}",
  "",
  "  to:",
  "    # the database, by its legacy name",
  "    - targetRef:",
  `        name: "db_${NS}_svc_5432"   # double-quoted, name before kind`,
  "        kind: MeshService",
  "",
  "      default: {idleTimeout: 30s}",
  "    - targetRef:",
  "        kind: MeshService",
  `        name: 'backend_${NS}_svc_8080'`,
  "      default:",
  "        idleTimeout: 5s # short",
  "---",
  "# A document without legacy references stays byte for byte.",
  "apiVersion: kuma.io/v1alpha1",
  "kind: MeshRetry",
  "metadata: {name: untouched, namespace: kuma-system, labels: {kuma.io/mesh: m-everywhere}}",
  "spec:",
  "  targetRef: {kind: Mesh}",
  "  to:",
  `    - targetRef: {kind: MeshService, name: backend, namespace: ${NS}, sectionName: http}`,
  "      default: {http: {numRetries: 2}}",
  "---",
  "apiVersion: kuma.io/v1alpha1",
  "kind: MeshHTTPRoute",
  "metadata:",
  "  name: flow-style",
  "  namespace: kuma-system",
  "  labels:",
  "    kuma.io/mesh: m-everywhere",
  "spec:",
  "  targetRef: {kind: Mesh}",
  "  to:",
  `    - targetRef: {kind: MeshService, name: backend_${NS}_svc_8080}`,
  "      rules:",
  "        - default:",
  `            backendRefs: [{kind: MeshService, name: backend_${NS}_svc_8080, weight: 3}, {kind: MeshService, name: db_${NS}_svc_5432}]`,
  "---",
  "apiVersion: kuma.io/v1alpha1",
  "kind: MeshTCPRoute",
  "metadata:",
  "  name: block-list",
  "  namespace: kuma-system",
  "  labels:",
  "    kuma.io/mesh: m-everywhere",
  "spec:",
  "  targetRef:",
  "    kind: Mesh",
  "  to:",
  "    - targetRef:",
  "        kind: MeshService",
  `        name: db_${NS}_svc_5432`,
  "      rules:",
  "        - default:",
  "            backendRefs:",
  "              -   kind: MeshService",
  `                  name: db_${NS}_svc_5432 # wide indicator`,
  "                  weight: 1",
  "",
  "              # a comment between the entries",
  "              - kind: MeshService",
  `                name: db_${NS}_svc_5432`,
  "# the end, without a line break",
].join("\n");

/**
 * The source ranges of every reference node of the original text (`to[].targetRef` maps and
 * backendRefs entries), found with the yaml library independently of the code under test.
 */
function referenceRanges(text: string): [number, number][] {
  const out: [number, number][] = [];
  for (const doc of parseAllDocuments(text)) {
    const to = doc.getIn(["spec", "to"], true);
    if (!isSeq(to)) continue;
    for (const item of to.items) {
      if (!isMap(item)) continue;
      const t = item.get("targetRef", true) as Node | undefined;
      if (t?.range) out.push([t.range[0], t.range[1]]);
      const rules = item.get("rules", true);
      for (const rule of isSeq(rules) ? rules.items : []) {
        const refs = isMap(rule) ? rule.getIn(["default", "backendRefs"], true) : undefined;
        for (const b of isSeq(refs) ? refs.items : []) {
          const n = b as Node;
          if (n.range && isMap(b) && isScalar(b.get("name", true))) out.push([n.range[0], n.range[1]]);
        }
      }
    }
  }
  return out.sort((a, b) => a[0] - b[0]);
}

/** The original outside `ranges` must be the new text outside what replaced them: a pattern of the kept bytes. */
function keptOutside(before: string, after: string, ranges: readonly [number, number][]): boolean {
  const kept: string[] = [];
  let at = 0;
  for (const [s, e] of ranges) {
    kept.push(before.slice(at, s));
    at = e;
  }
  kept.push(before.slice(at));
  const escape = (t: string): string => t.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  return new RegExp(`^${kept.map(escape).join("[\\s\\S]*?")}$`).test(after);
}

describe("migrate edits only the reference nodes", () => {
  it.each([
    ["LF", "\n"],
    ["CRLF", "\r\n"],
  ])("of a file in several styles (%s line ends), in place and with --replace", async (_name, eol) => {
    for (const replace of [false, true]) {
      const repo = await repoFromFixture("migration-kubernetes");
      const file = "kubernetes/styles.yaml";
      const before = STYLES.replaceAll("\n", eol);
      await writeFile(join(repo, file), before);
      const r = await runCli(["migrate", "--repo", repo, ...(replace ? ["--replace"] : [])]);
      expect(r.code, r.stdout).toBe(0);
      const after = await readFile(join(repo, file), "utf8");
      expect(after).not.toBe(before);
      expect(keptOutside(before, after, referenceRanges(before))).toBe(true);
      // The line ends stay the file's: no bare LF in a CRLF file.
      if (eol === "\r\n") expect(after.replaceAll("\r\n", "")).not.toContain("\n");
      // The untouched document is byte for byte the same, and the whole file parses to what was planned.
      expect(after).toContain(before.slice(before.indexOf("# A document"), before.indexOf("kind: MeshHTTPRoute")));
      const again = await runCli(["migrate", "--repo", repo, ...(replace ? ["--replace"] : [])]);
      expect(again.stdout).toMatch(/^Nothing to rewrite: /m);
      expect(await readFile(join(repo, file), "utf8")).toBe(after);
    }
  });

  it("writes the expected new-style references", async () => {
    const repo = await repoFromFixture("migration-kubernetes");
    await writeFile(join(repo, "kubernetes/styles.yaml"), STYLES);
    await runCli(["migrate", "--repo", repo]);
    const after = await readFile(join(repo, "kubernetes/styles.yaml"), "utf8");
    expect(after).toContain(
      [
        "    - targetRef:",
        `        name: "db"   # double-quoted, name before kind`,
        `        namespace: ${NS}`,
        `        sectionName: "5432"`,
        "        kind: MeshService",
      ].join("\n"),
    );
    expect(after).toContain(`        name: 'backend'\n        namespace: ${NS}\n        sectionName: "http"\n`);
    expect(after).toContain(
      `    - targetRef: {kind: MeshService, name: backend, namespace: ${NS}, sectionName: "http"}`,
    );
    expect(after).toContain(
      `backendRefs: [{kind: MeshService, name: backend_${NS}_svc_8080, weight: 3}, {kind: MeshService, name: backend, namespace: ${NS}, port: 8080, weight: 3}, {kind: MeshService, name: db_${NS}_svc_5432}, {kind: MeshService, name: db, namespace: ${NS}, port: 5432}]`,
    );
    expect(after).toContain(
      [
        "              -   kind: MeshService",
        `                  name: db_${NS}_svc_5432 # wide indicator`,
        "                  weight: 1",
        "              -   kind: MeshService",
        "                  name: db # wide indicator",
        `                  namespace: ${NS}`,
        "                  port: 5432",
        "                  weight: 1",
      ].join("\n"),
    );
    // The copy of the last entry goes before the comment that ends the file.
    expect(after).toContain(
      [
        `                name: db_${NS}_svc_5432`,
        "              - kind: MeshService",
        "                name: db",
        `                namespace: ${NS}`,
        "                port: 5432",
        "# the end, without a line break",
      ].join("\n"),
    );
  });

  it("changes nothing at all when any file has an error", async () => {
    const repo = await repoFromFixture("migration-kubernetes");
    await writeFile(join(repo, "kubernetes/broken.yaml"), "kind: [unclosed\n");
    const before = await readTree(repo);
    const r = await runCli(["migrate", "--repo", repo]);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/^Error: .*nothing was written\.$/m);
    expect(await readTree(repo)).toEqual(before);
    expect(await gitStatus(repo)).toBe("?? kubernetes/broken.yaml");
  });
});
