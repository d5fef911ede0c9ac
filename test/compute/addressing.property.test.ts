import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import fc from "fast-check";
import { simpleGit } from "simple-git";
import { afterAll, describe, expect, it } from "vitest";
import { zoneWithDefaults } from "../../src/model/config.js";
import type { ZoneConfig } from "../../src/model/config.js";
import { parseYamlFile } from "../../src/parse/yaml.js";
import type { ParsedFile } from "../../src/parse/yaml.js";
import { reconcile } from "../../src/plan/reconcile.js";
import { runCli } from "../helpers/repo.js";
import { schemas } from "../helpers/schemas.js";

// Properties of docs/design/addressing.md over random sets of Universal services, through the pure pipeline
// (reconcile: parse, compute, render, plan) and, for apply-then-plan, through the real CLI.

interface Svc {
  readonly mesh: string;
  readonly name: string;
}

const MESHES = ["default", "mesh-b"];
const svcArb = fc.record({
  mesh: fc.constantFrom(...MESHES),
  name: fc.stringMatching(/^[a-z][a-z0-9]{0,5}$/),
});
const svcSet = (max: number) => fc.uniqueArray(svcArb, { maxLength: max, selector: (s) => `${s.mesh}/${s.name}` });
// Small pools make probing and wrap-around common.
const cidrArb = fc.constantFrom("241.0.0.0/8", "10.0.0.0/26", "fd00:1::/122");

/** A HostnameGenerator whose hostnames collide: every service of a mesh wants `<mesh>.shared`. */
const SHARED_HG = `type: HostnameGenerator
name: shared
spec:
  selector:
    meshService: {}
  template: "{{ .Mesh }}.shared"
`;

function dataplane(s: Svc): string {
  return namedDataplane(s, "dp");
}

function namedDataplane(s: Svc, suffix: string): string {
  return `type: Dataplane
mesh: ${s.mesh}
name: ${s.name}-${suffix}
networking:
  address: 10.9.0.1
  inbound:
    - port: 8080
      tags:
        # Quoted: sources are YAML 1.1, where a name such as y, no or on is a boolean.
        kuma.io/service: "${s.name}"
`;
}

/** Source files: the documents dealt into `files` files in the given order. */
function sourceFiles(docs: readonly string[], files: number): Map<string, string> {
  const out = new Map<string, string>();
  docs.forEach((d, i) => {
    const path = `src/f${i % files}.yaml`;
    out.set(path, out.has(path) ? `${out.get(path)}---\n${d}` : d);
  });
  return out;
}

/** One pure run over sources and committed outputs: the output directory after apply, and diagnostics. */
function runZone(
  zone: ZoneConfig,
  sources: ReadonlyMap<string, string>,
  outputs: ReadonlyMap<string, string>,
): { outputs: Map<string, string>; errors: string[] } {
  const parsed = new Map<string, ParsedFile>();
  for (const [p, t] of [...sources, ...outputs]) parsed.set(p, parseYamlFile(p, new TextEncoder().encode(t)));
  const result = reconcile({
    config: { file: "c.yaml", policyReferences: "warning", prune: true, maxDeletions: null, zones: [zone] },
    zoneLocations: new Map(),
    // Deletions are bounded by another rule (plan/deletions.ts); addressing must hold whatever is removed.
    allowDeletions: true,
    schemas,
    zones: [zone],
    files: new Map([[zone.name, { sources: [...sources.keys()], outputs: [...outputs.keys()].sort() }]]),
    parsed,
    blobIds: new Map(),
  });
  const next = new Map(outputs);
  for (const c of result.changes) {
    if (c.action === "delete") next.delete(c.path);
    else if (c.after !== null) next.set(c.path, c.after);
  }
  // An empty service set is a case of these properties; the `no-sources` error of such a zone is not.
  const errors = result.diagnostics
    .filter((d) => d.severity === "error" && d.code !== "no-sources")
    .map((d) => d.message);
  return { outputs: new Map([...next].sort(([a], [b]) => (a < b ? -1 : 1))), errors };
}

function addressing(outputs: ReadonlyMap<string, string>): Map<string, { vip: string; hosts: string[] }> {
  const out = new Map<string, { vip: string; hosts: string[] }>();
  for (const [p, text] of outputs) {
    const vip = /^ {2}- ip: (.+)$/m.exec(text)?.[1] ?? "";
    const hosts = [...text.matchAll(/^ {2}- hostname: (.+)$/gm)].map((m) => m[1] ?? "");
    out.set(p, { vip, hosts });
  }
  return out;
}

const zoneOf = (vipCidr: string): ZoneConfig =>
  zoneWithDefaults({ name: "zone-1", environment: "universal", output: "out", vipCidr });

describe("addressing properties", () => {
  it("gives identical bytes whatever the order of files and documents", () => {
    fc.assert(
      fc.property(
        svcSet(30),
        cidrArb,
        fc.integer({ min: 1, max: 4 }),
        fc.integer({ min: 1, max: 4 }),
        fc.func(fc.integer()),
        (services, cidr, filesA, filesB, shuffleKey) => {
          const zone = zoneOf(cidr);
          const docs = [...services.map(dataplane), SHARED_HG];
          const shuffled = [...docs].sort((a, b) => shuffleKey(a) - shuffleKey(b));
          const a = runZone(zone, sourceFiles(docs, filesA), new Map());
          const b = runZone(zone, sourceFiles(shuffled, filesB), new Map());
          expect(a.errors).toEqual([]);
          expect(b.outputs).toEqual(a.outputs);
        },
      ),
      { numRuns: 60 },
    );
  });

  it("changes no other service's VIP or hostname when services are added or removed", () => {
    fc.assert(
      fc.property(svcSet(30), svcSet(10), fc.func(fc.boolean()), cidrArb, (before, added, keep, cidr) => {
        const zone = zoneOf(cidr);
        const first = runZone(zone, sourceFiles(before.map(dataplane), 2), new Map());
        expect(first.errors).toEqual([]);
        const after = [...before.filter((s) => keep(s.name)), ...added];
        const unique = [...new Map(after.map((s) => [`${s.mesh}/${s.name}`, s])).values()];
        const second = runZone(zone, sourceFiles(unique.map(dataplane), 3), first.outputs);
        expect(second.errors).toEqual([]);
        const was = addressing(first.outputs);
        const now = addressing(second.outputs);
        for (const [path, a] of now) {
          const old = was.get(path);
          if (old) expect(a).toEqual(old);
        }
        const vips = [...now.values()].map((a) => a.vip);
        expect(new Set(vips).size).toBe(vips.length);
        // Deleting a service and adding it back gives it its old VIP while the address is free.
        const third = runZone(zone, sourceFiles(before.map(dataplane), 1), second.outputs);
        const back = addressing(third.outputs);
        for (const [path, a] of was) {
          const holder = [...now].find(([p, x]) => p !== path && x.vip === a.vip);
          if (!holder) expect(back.get(path)?.vip).toBe(a.vip);
        }
      }),
      { numRuns: 60 },
    );
  });

  it("keeps sticky hostnames of a colliding generator when services are added", () => {
    fc.assert(
      fc.property(svcSet(15), svcSet(8), (before, added) => {
        const zone = zoneOf("241.0.0.0/8");
        const first = runZone(zone, sourceFiles([...before.map(dataplane), SHARED_HG], 2), new Map());
        const all = [...new Map([...before, ...added].map((s) => [`${s.mesh}/${s.name}`, s])).values()];
        const second = runZone(zone, sourceFiles([SHARED_HG, ...all.map(dataplane)], 3), first.outputs);
        const was = addressing(first.outputs);
        for (const [path, a] of addressing(second.outputs)) {
          const old = was.get(path);
          if (old) expect(a).toEqual(old);
        }
        // Exactly one service of each non-empty mesh holds <mesh>.shared.
        const holders = [...addressing(second.outputs).values()].flatMap((a) =>
          a.hosts.filter((h) => h.endsWith(".shared")),
        );
        expect(holders.sort()).toEqual([...new Set(all.map((s) => `${s.mesh}.shared`))].sort());
      }),
      { numRuns: 40 },
    );
  });
});

const dirs: string[] = [];
afterAll(() => Promise.all(dirs.map((d) => rm(d, { recursive: true, force: true }))));

async function writeRepo(dir: string, files: ReadonlyMap<string, string>): Promise<void> {
  for (const [p, text] of files) {
    await mkdir(dirname(join(dir, p)), { recursive: true });
    await writeFile(join(dir, p), text);
  }
}

describe("apply then plan through the CLI", () => {
  it("shows no drift after apply, also after the sources changed", async () => {
    await fc.assert(
      fc.asyncProperty(svcSet(12), svcSet(6), cidrArb, async (before, added, cidr) => {
        const dir = await mkdtemp(join(tmpdir(), "msr-addressing-"));
        dirs.push(dir);
        const git = simpleGit({ baseDir: dir });
        await git.init(["--initial-branch=main"]);
        await git.addConfig("user.name", "Test");
        await git.addConfig("user.email", "test@example.com");
        const config = `zones:\n  - name: zone-1\n    environment: universal\n    include: ["src/**/*.yaml"]\n    vipCidr: "${cidr}"\n`;
        await writeRepo(
          dir,
          new Map([["meshservice-reconciler.yaml", config], ...sourceFiles([...before.map(dataplane), SHARED_HG], 2)]),
        );
        await git.add(".");
        await git.commit("sources");
        expect((await runCli(["apply", "--repo", dir])).code).toBe(0);
        await git.add(".");
        await git.commit("apply");
        // Another Dataplane of a service may join an existing one: a new name, or it is a duplicate.
        const more = sourceFiles(
          added.map((s) => namedDataplane(s, "added")),
          1,
        );
        await writeRepo(dir, new Map([...more].map(([p, t]) => [p.replace("src/", "src/added/"), t])));
        expect((await runCli(["apply", "--repo", dir])).code).toBe(0);
        const check = await runCli(["check", "--repo", dir]);
        expect(check.stdout).toMatch(/^In sync: /m);
        expect(check.code).toBe(0);
      }),
      { numRuns: 3 },
    );
  });
});
