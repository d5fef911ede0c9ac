import { diagnostic } from "../diagnostics.js";
import type { Diagnostic } from "../diagnostics.js";
import type { ParsedFile } from "../parse/yaml.js";
import type { ZoneFiles } from "./reconcile.js";

/**
 * The refusal of `apply --commit` in a checkout whose inputs are not what HEAD holds (as cargo
 * refuses to publish a dirty tree): a commit of MeshServices generated from uncommitted sources
 * fails `check` at that very commit. The inputs are every zone's source files, the config file and
 * the hand-written files (no marker) of the output directories; generated files are ours to rewrite.
 * One `source-uncommitted` error per such file in `uncommitted` (paths relative to the repository).
 */
export function checkUncommittedInputs(
  uncommitted: readonly string[],
  files: ReadonlyMap<string, ZoneFiles>,
  configFile: string | null,
  parsed: ReadonlyMap<string, Pick<ParsedFile, "marker">>,
): Diagnostic[] {
  const inputs = new Set<string>(configFile === null ? [] : [configFile]);
  for (const zone of files.values()) {
    for (const f of zone.sources) inputs.add(f);
    for (const f of zone.outputs) if ((parsed.get(f)?.marker ?? "none") === "none") inputs.add(f);
  }
  return [...new Set(uncommitted)]
    .filter((path) => inputs.has(path))
    .sort()
    .map((file) =>
      diagnostic(
        "error",
        "source-uncommitted",
        "has uncommitted changes: the commit would hold MeshServices generated from a source it does not hold; " +
          "commit the source first, or pass --allow-dirty",
        { file, line: 1, column: 1 },
      ),
    );
}
