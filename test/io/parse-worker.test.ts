import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readParsedFile } from "../../src/io/parse-pool.js";
import { readAndParse } from "../../src/io/parse-worker.js";
import type { MeshService } from "../../src/model/kuma.js";
import { renderKey, renderMeshService, toResource } from "../../src/render/meshservice.js";

const ms: MeshService = {
  zone: "zone-1",
  environment: "universal",
  mesh: "default",
  namespace: "",
  name: "web",
  labels: { "kuma.io/zone": "zone-1" },
  spec: { selector: { dataplaneTags: { "kuma.io/service": "web" } }, ports: [{ port: 80, appProtocol: "http" }] },
  status: {},
};
const text = renderMeshService(ms);

let dir = "";
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "msr-worker-"));
  await writeFile(join(dir, "generated.yaml"), text);
  await writeFile(join(dir, "bom.yaml"), `\uFEFF${text}`);
  // Same resource, another layout: the marker hash is made to match, so only the rendering tells.
  const body = text.slice(text.indexOf("\n") + 1).replace("spec:\n", "spec:\n\n");
  const { sha256, MARKER_PREFIX } = await import("../../src/render/meshservice.js");
  await writeFile(join(dir, "relaid.yaml"), `${MARKER_PREFIX}${sha256(body)}\n${body}`);
  await writeFile(join(dir, "edited.yaml"), text.replace("port: 80", "port: 81"));
  await writeFile(join(dir, "source.yaml"), "type: Mesh\nname: default\n");
});
afterAll(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
});

const read = (cacheEntries: boolean): Map<string, ReturnType<typeof readAndParse>[number]> =>
  new Map(
    readAndParse({
      repoDir: dir,
      files: ["generated.yaml", "bom.yaml", "relaid.yaml", "edited.yaml", "source.yaml"],
      keepText: false,
      cacheEntries,
    }).map((r) => [r.file, r]),
  );

describe("readAndParse", () => {
  it("gives a generated file that is exactly its rendering the render key of its resource", () => {
    expect(read(true).get("generated.yaml")?.renderKey).toBe(renderKey(toResource(ms)));
  });

  it.each([
    ["bom.yaml", "a byte-order mark before the same text"],
    ["relaid.yaml", "the same resource laid out otherwise, marker intact"],
    ["edited.yaml", "a hand edit (marker no longer matches)"],
    ["source.yaml", "a source file"],
  ])("gives no render key to %s: %s", (file) => {
    const r = read(true).get(file);
    expect(r?.data.resources.length).toBe(1);
    expect(r?.renderKey).toBeNull();
  });

  it("makes each file's cache entry as JSON only when asked to", () => {
    const withCache = read(true).get("generated.yaml");
    expect(JSON.parse(withCache?.entry ?? "")).toEqual({ data: withCache?.data, renderKey: withCache?.renderKey });
    expect(read(false).get("generated.yaml")?.entry).toBeNull();
  });
});

describe("YAML versions: sources 1.1, the config file 1.2", () => {
  const doc = "zones:\n  - name: on\n    port: 0120\n";
  it("reads a source file with YAML 1.1 and the config file (readParsedFile) with YAML 1.2", async () => {
    await writeFile(join(dir, "versions.yaml"), doc);
    const [source] = readAndParse({ repoDir: dir, files: ["versions.yaml"], keepText: false, cacheEntries: false });
    expect(source?.data.resources[0]?.value).toEqual({ zones: [{ name: true, port: 80 }] });
    const config = readParsedFile(dir, "versions.yaml");
    expect(config.resources[0]?.value).toEqual({ zones: [{ name: "on", port: 120 }] });
    // Positions of the config file are found with the same rules.
    expect(config.source.yamlVersion).toBe("1.2");
  });
});
