import { fileURLToPath } from "node:url";
import { ESLint } from "eslint";
import { describe, expect, it } from "vitest";

// The lint rule that keeps the core pure (eslint.config.js), run by the real ESLint on a probe text
// linted as if it were a file of each folder.
const ROOT = fileURLToPath(new URL("..", import.meta.url));
const PROBE = [
  'import { readFileSync } from "node:fs";',
  'import { simpleGit } from "simple-git";',
  'import { readTool } from "../io/package-files.js";',
  "export const probe = (): unknown => [readFileSync, simpleGit, readTool, process.env];",
  "",
].join("\n");

const eslint = new ESLint({ cwd: ROOT });

async function restricted(file: string): Promise<string[]> {
  const [result] = await eslint.lintText(PROBE, { filePath: `${ROOT}${file}` });
  return (result?.messages ?? [])
    .filter((m) => m.ruleId === "no-restricted-imports" || m.ruleId === "no-restricted-globals")
    .map((m) => `${m.line}:${m.ruleId ?? ""}`);
}

describe("the pure core's lint rule", () => {
  it.each([
    "src/model/kuma.ts",
    "src/parse/yaml.ts",
    "src/validate/rules.ts",
    "src/compute/zone.ts",
    "src/render/meshservice.ts",
    "src/plan/plan.ts",
    "src/report/text.ts",
    "src/publish/pull-request.ts",
    "src/diagnostics.ts",
  ])("refuses fs, git and io/ imports and process in %s", async (file) => {
    expect(await restricted(file)).toEqual([
      "1:no-restricted-imports",
      "2:no-restricted-imports",
      "3:no-restricted-imports",
      "4:no-restricted-globals",
    ]);
  });

  it.each(["src/io/files.ts", "src/publish/push.ts", "src/run.ts", "src/cli.ts"])(
    "lets %s have effects",
    async (file) => {
      expect(await restricted(file)).toEqual([]);
    },
  );
});
