// The release notes of one version: its section of CHANGELOG.md, which release-please writes from
// the conventional commits since the last release. release.yml gives them to the GitHub release.
//
// node dist-scripts/scripts/release-notes.js 1.2.3 [CHANGELOG.md] > notes.md
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { fileURLToPath } from "node:url";

/**
 * The body of the section of `version` (without its heading), trimmed; null when the changelog has
 * no such section. release-please headings: `## [1.2.3](compare-url) (2026-12-01)`, `## 1.2.3 (...)`.
 */
export function releaseNotes(changelog: string, version: string): string | null {
  const lines = changelog.split(/\r?\n/);
  const escaped = version.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  const heading = new RegExp(`^#{1,2} \\[?v?${escaped}\\]?(?:\\(|\\s|$)`);
  const start = lines.findIndex((l) => heading.test(l));
  if (start < 0) return null;
  let end = lines.findIndex((l, i) => i > start && /^#{1,2} \S/.test(l));
  if (end < 0) end = lines.length;
  return lines
    .slice(start + 1, end)
    .join("\n")
    .trim();
}

if (process.argv[1] !== undefined && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const version = (process.argv[2] ?? "").replace(/^v/, "");
  const notes = releaseNotes(readFileSync(process.argv[3] ?? "CHANGELOG.md", "utf8"), version);
  if (notes === null || notes === "") {
    process.stderr.write(`release-notes: no section for ${version} in the changelog\n`);
    process.exitCode = 1;
  } else {
    process.stdout.write(`${notes}\n`);
  }
}
