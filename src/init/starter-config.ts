import { posix } from "node:path";
import type { Environment } from "../model/kuma.js";

// The pure half of `meshservice-reconciler init`: from the files that hold Kubernetes Services or
// universal Dataplanes, the zones of a starter config, and its text.

/** What one source file holds: the tool's two kinds of service sources. */
export interface FoundFile {
  /** Repository-relative POSIX path. */
  readonly file: string;
  readonly services: number;
  readonly dataplanes: number;
}

export interface StarterZone {
  readonly name: string;
  readonly environment: Environment;
  /** The directory of its sources ("" for the repository root). */
  readonly dir: string;
  readonly include: readonly string[];
  readonly output: string;
  /** Files and objects found, for the comment above the zone. */
  readonly files: number;
  readonly objects: number;
}

const ZONE_NAME = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/;

/**
 * One zone per directory where the sources live, and per environment: Services make a kubernetes
 * zone, Dataplanes a universal one. The directory is the first path level at which the source
 * files part (so `clusters/east/…` and `clusters/west/…` are two zones, not one `clusters`); a
 * directory that holds both kinds gives two zones, suffixed with the environment.
 */
export function starterZones(found: readonly FoundFile[]): StarterZone[] {
  const sources = found.filter((f) => f.services > 0 || f.dataplanes > 0);
  const depth = splitDepth(sources.map((f) => f.file));
  const groups = new Map<string, { environment: Environment; dir: string; files: number; objects: number }>();
  for (const f of sources) {
    const dir = posix.dirname(f.file).split("/").slice(0, depth).join("/").replace(/^\.$/, "");
    for (const [environment, count] of [
      ["kubernetes", f.services],
      ["universal", f.dataplanes],
    ] as const) {
      if (count === 0) continue;
      const key = `${dir}\0${environment}`;
      const g = groups.get(key) ?? { environment, dir, files: 0, objects: 0 };
      groups.set(key, { ...g, files: g.files + 1, objects: g.objects + count });
    }
  }
  const sorted = [...groups.values()].sort((a, b) =>
    a.dir === b.dir ? (a.environment < b.environment ? -1 : 1) : a.dir < b.dir ? -1 : 1,
  );
  const bothKinds = new Set(sorted.filter((g, i) => sorted.findIndex((o) => o.dir === g.dir) !== i).map((g) => g.dir));
  const used = new Set<string>();
  return sorted.map((g) => {
    const base = zoneName(g.dir === "" ? "default" : g.dir.replaceAll("/", "-"));
    let name = bothKinds.has(g.dir) ? zoneName(`${base}-${g.environment}`) : base;
    for (let i = 2; used.has(name); i++) name = zoneName(`${base}-${i}`);
    used.add(name);
    const prefix = g.dir === "" ? "" : `${escapeGlob(g.dir)}/`;
    return {
      name,
      environment: g.environment,
      dir: g.dir,
      include: g.dir === "" ? ["*.yaml", "*.yml"] : [`${prefix}**/*.yaml`, `${prefix}**/*.yml`],
      output: `meshservices/${name}`,
      files: g.files,
      objects: g.objects,
    };
  });
}

/** The number of leading directory levels that tells the source files' places apart. */
function splitDepth(files: readonly string[]): number {
  const dirs = files.map((f) =>
    posix
      .dirname(f)
      .split("/")
      .filter((s) => s !== "."),
  );
  let depth = 1;
  // Descend while every file is deeper than `depth` and they all share one directory at it.
  while (
    dirs.length > 0 &&
    dirs.every((d) => d.length > depth) &&
    new Set(dirs.map((d) => d.slice(0, depth).join("/"))).size === 1
  ) {
    depth++;
  }
  return depth;
}

/** A valid kuma.io/zone value (a DNS label) made from a directory name. */
export function zoneName(raw: string): string {
  const name = raw
    .toLowerCase()
    .replace(/[^a-z0-9-]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 63)
    .replace(/-+$/, "");
  return ZONE_NAME.test(name) ? name : "default";
}

/** Glob characters in a directory name are literal in the include globs. */
function escapeGlob(dir: string): string {
  return dir.replace(/[*?[\]{}()!+@\\]/g, "\\$&");
}

/** A YAML scalar: plain when that reads back as the same string, else JSON-quoted. */
function scalar(value: string): string {
  return /^[A-Za-z0-9._/-]+$/.test(value) && !/^[-.]/.test(value) ? value : JSON.stringify(value);
}

/**
 * The config file's text. Its first line points editors (the YAML language server) at the config
 * schema at `schemaUrl`, one that resolves without installing anything.
 */
export function starterConfigText(zones: readonly StarterZone[], schemaUrl: string): string {
  const lines = [
    `# yaml-language-server: $schema=${schemaUrl}`,
    "# Written by `meshservice-reconciler init` from the sources it found: one zone per directory of",
    "# Kubernetes Services (environment kubernetes) or universal Dataplanes (environment universal).",
    "# Check each zone's name (its kuma.io/zone) and output, then run `meshservice-reconciler plan`.",
    "zones:",
  ];
  for (const z of zones) {
    const what = z.environment === "kubernetes" ? "Service" : "Dataplane";
    const where = z.dir === "" ? "the repository root" : `${z.dir}/`;
    lines.push(
      `  # ${z.objects} ${what}${z.objects === 1 ? "" : "s"} in ${z.files} file${z.files === 1 ? "" : "s"} under ${where}`,
      `  - name: ${z.name}`,
      `    environment: ${z.environment}`,
      `    include: [${z.include.map((g) => JSON.stringify(g)).join(", ")}]`,
      `    output: ${scalar(z.output)}`,
    );
  }
  return `${lines.join("\n")}\n`;
}

/**
 * The config schema at the release tag of the package's repository, on GitHub's raw file host:
 * the tag holds schemas/ (it is what the Action runs), so the URL needs nothing installed.
 */
export function schemaUrl(repository: string | { readonly url: string } | undefined, version: string): string {
  const url = typeof repository === "string" ? repository : (repository?.url ?? "");
  const m = /github\.com[/:]([^/]+)\/([^/#]+?)(?:\.git)?(?:#.*)?$/.exec(url) ?? /^github:([^/]+)\/([^/#]+)/.exec(url);
  const [owner, repo] = m === null ? ["meshservice-reconciler", "meshservice-reconciler"] : [m[1], m[2]];
  return `https://raw.githubusercontent.com/${owner}/${repo}/v${version}/schemas/config.schema.json`;
}
