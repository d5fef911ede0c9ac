import { mkdtemp, mkdir, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { againstPipeline, describeImports, layerOf, readImports } from "../../scripts/import-graph.js";

const SRC = fileURLToPath(new URL("../../src/", import.meta.url));

describe("the import graph of src/", () => {
  it("has no import that runs against the pipeline", () => {
    const imports = readImports(SRC);
    expect(imports.length).toBeGreaterThan(100);
    expect(againstPipeline(imports)).toEqual([]);
    expect(describeImports(imports)).toContain("no import runs against the pipeline");
  });

  it("puts every file of src/ in a layer", () => {
    for (const i of readImports(SRC)) {
      expect(layerOf(i.from)).toBeGreaterThanOrEqual(0);
      expect(layerOf(i.to)).toBeGreaterThanOrEqual(0);
    }
  });

  it.each([
    ["model/config.ts", "../compute/vips.js", "model/config.ts", "compute/vips.ts"],
    ["report/report.ts", "../io/parse-pool.js", "report/report.ts", "io/parse-pool.ts"],
    ["publish/message.ts", "./push.js", "publish/message.ts", "publish/push.ts"],
  ])("finds %s importing %s", async (file, spec, from, to) => {
    const dir = await mkdtemp(join(tmpdir(), "msr-imports-"));
    try {
      await mkdir(join(dir, file, ".."), { recursive: true });
      await writeFile(join(dir, file), `import type { X } from "${spec}";\nimport { y } from "node:fs";\n`);
      const imports = readImports(dir);
      expect(againstPipeline(imports)).toEqual([{ from, to }]);
      expect(describeImports(imports)).toContain(`src/${from} imports src/${to}`);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
