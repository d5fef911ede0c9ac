import { diagnostic } from "../diagnostics.js";
import type { Diagnostic, Location } from "../diagnostics.js";
import { DEFAULT_MAX_DELETIONS } from "../model/config.js";
import type { FileChange } from "./plan.js";

/** What the deletion rules of one zone take: the config's keys and the run's flag. */
export interface DeletionPolicy {
  /** false: stale generated files are reported and kept. */
  readonly prune: boolean;
  /** Most files the zone may delete; null: DEFAULT_MAX_DELETIONS. */
  readonly maxDeletions: number | null;
  /** --allow-deletions: the guard is off. */
  readonly allowDeletions: boolean;
}

/**
 * The deletions of one zone's plan, checked before anything is written (docs/safety.md, Deletions).
 * With `prune: false` every delete leaves the plan and becomes a `stale-kept` warning on its file.
 * Otherwise a plan deleting more than `maxDeletions` files (by default: more than 10 files and more
 * than 25% of the zone's `generated` files, its committed files with our marker) is refused: a
 * `mass-deletion` error at the zone, one `deletion-refused` info per file that would have been
 * deleted, and the changes stay as they are for the reports (an error means nothing is written).
 * A sudden mass deletion is far more often a broken glob or a moved directory than a wish.
 */
export function checkDeletions(
  zone: string,
  changes: readonly FileChange[],
  generated: number,
  policy: DeletionPolicy,
  zoneAt: Location,
): { changes: FileChange[]; diagnostics: Diagnostic[] } {
  const deletes = changes.filter((c) => c.action === "delete");
  if (!policy.prune) {
    return {
      changes: changes.filter((c) => c.action !== "delete"),
      diagnostics: deletes.map((c) =>
        diagnostic(
          "warning",
          "stale-kept",
          "no longer generated from the sources; kept because prune is false (delete it by hand)",
          { file: c.path, line: 1, column: 1 },
        ),
      ),
    };
  }
  const limit = policy.maxDeletions;
  const tooMany =
    limit === null
      ? deletes.length > DEFAULT_MAX_DELETIONS.files && deletes.length > DEFAULT_MAX_DELETIONS.share * generated
      : deletes.length > limit;
  if (!tooMany || policy.allowDeletions) return { changes: [...changes], diagnostics: [] };
  const rule =
    limit === null
      ? `more than ${DEFAULT_MAX_DELETIONS.files} files and more than ${DEFAULT_MAX_DELETIONS.share * 100}% of them`
      : `more than maxDeletions: ${limit}`;
  const refused = diagnostic(
    "error",
    "mass-deletion",
    `zone "${zone}" would delete ${deletes.length} of its ${generated} generated MeshService files (${rule}): ` +
      `refused, nothing is deleted; check the zone's include globs and sources, or pass --allow-deletions`,
    zoneAt,
  );
  const listed = deletes.map((c) =>
    diagnostic("info", "deletion-refused", "would be deleted: the sources no longer generate it", {
      file: c.path,
      line: 1,
      column: 1,
    }),
  );
  return { changes: [...changes], diagnostics: [refused, ...listed] };
}
