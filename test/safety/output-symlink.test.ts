import { mkdir, readFile, symlink, writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { removeRemotes, tempDir } from "../helpers/remote.js";
import { commitAsFixture, gitStatus, readTree, runCli } from "../helpers/repo.js";

afterAll(removeRemotes);

// Issue 15, item 6: output directories that are committed symbolic links. Two zones whose outputs
// alias each other overwrote each other's files, and an output linked to another directory of the
// repository overwrote a hand-written file there (discovery does not follow the link, so the file
// was not seen as committed).

const dataplane = (name: string, service: string): string =>
  `type: Dataplane\nmesh: default\nname: ${name}\nnetworking:\n  address: 10.0.0.1\n  inbound:\n    - port: 80\n      tags:\n        kuma.io/service: ${service}\n`;

const HAND_WRITTEN =
  "type: MeshService\nmesh: default\nname: web\nspec:\n  selector:\n    dataplaneTags:\n      kuma.io/service: web\n  ports:\n    - port: 80\n      targetPort: 80\n";

async function repoWith(files: Record<string, string>, links: Record<string, string>): Promise<string> {
  const repo = await tempDir("output-link");
  for (const [path, content] of Object.entries(files)) {
    await mkdir(dirname(join(repo, path)), { recursive: true });
    await writeFile(join(repo, path), content);
  }
  for (const [path, target] of Object.entries(links)) {
    await mkdir(dirname(join(repo, path)), { recursive: true });
    await symlink(target, join(repo, path));
  }
  await commitAsFixture(repo);
  return repo;
}

describe("outputs are compared by real path, never written through a link (item 6: output-symlink)", () => {
  it("two zones whose outputs alias each other: apply exits 1 and writes nothing", async () => {
    const zone = (name: string): string =>
      `  - name: ${name}\n    environment: universal\n    include: ["${name}/*.yaml"]\n    output: gen/${name}\n`;
    const repo = await repoWith(
      {
        "meshservice-reconciler.yaml": `zones:\n${zone("zone-a")}${zone("zone-b")}`,
        "zone-a/web.yaml": dataplane("web-a", "web"),
        "zone-b/web.yaml": dataplane("web-b", "web"),
        "gen/zone-a/.keep": "",
      },
      { "gen/zone-b": "zone-a" },
    );
    const r = await runCli(["apply", "--repo", repo]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(
      /refusing to write gen\/zone-b\/default\/web\.yaml: gen\/zone-b\/default is a symbolic link or goes through one/,
    );
    expect([...(await readTree(repo, "gen/zone-a")).keys()]).toEqual(["gen/zone-a/.keep"]);
    expect(await gitStatus(repo)).toBe("");
  });

  it("an output linked to a hand-written directory: the file without the marker is never overwritten", async () => {
    const repo = await repoWith(
      {
        "meshservice-reconciler.yaml": `zones:\n  - name: zone-1\n    environment: universal\n    include: ["universal/*.yaml"]\n    output: gen\n`,
        "universal/web.yaml": dataplane("web-1", "web"),
        "hand/default/web.yaml": HAND_WRITTEN,
      },
      { gen: "hand" },
    );
    const r = await runCli(["apply", "--repo", repo]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(
      /refusing to write gen\/default\/web\.yaml: gen\/default is a symbolic link or goes through one/,
    );
    expect(await readFile(join(repo, "hand/default/web.yaml"), "utf8")).toBe(HAND_WRITTEN);
    expect(await gitStatus(repo)).toBe("");
  });

  it("a mesh directory linked to another mesh directory of the same output is refused too", async () => {
    const repo = await repoWith(
      {
        "meshservice-reconciler.yaml": `zones:\n  - name: zone-1\n    environment: universal\n    include: ["universal/*.yaml"]\n`,
        "universal/web.yaml": dataplane("web-1", "web"),
        "meshservices/zone-1/other/.keep": "",
      },
      { "meshservices/zone-1/default": "other" },
    );
    const r = await runCli(["apply", "--repo", repo]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/meshservices\/zone-1\/default is a symbolic link or goes through one/);
    expect(await gitStatus(repo)).toBe("");
  });
});
