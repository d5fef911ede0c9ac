// What `zones` prints: the zones of the config, as text for a person, or as one line of JSON that a
// GitHub Actions workflow turns into a job matrix (`strategy.matrix: ${{ fromJSON(...) }}`).
import type { ZoneConfig } from "../model/config.js";
import { escapeJson, printable } from "../model/printable.js";

/** One zone as `zones --json` lists it: one job of the matrix, whose `matrix.zone` is the name. */
export interface ZoneEntry {
  readonly zone: string;
  readonly environment: string;
  readonly output: string;
  readonly sources: { readonly include: readonly string[]; readonly exclude: readonly string[] };
}

/**
 * The matrix of a zone list: `{"include": [entry, ...]}` in config order. A matrix made only of
 * `include` entries has one job per entry, with each key of the entry as `matrix.<key>`; the zone
 * names are unique (validate/config.ts), so no two jobs are the same.
 */
export function zoneMatrix(
  zones: readonly ZoneConfig[],
  configured = true,
): { readonly include: readonly ZoneEntry[] } {
  return {
    include: zones.map((z) => ({
      zone: z.name,
      environment: environmentOf(z, configured),
      output: z.output,
      sources: { include: z.include, exclude: z.exclude },
    })),
  };
}

/** `zones --json`: the matrix on one line (a `$GITHUB_OUTPUT` value is one line), then a newline. */
export function renderZonesJson(zones: readonly ZoneConfig[], configured = true): string {
  // JSON keeps DEL, C1 and the bidi controls raw; escaped, the line is still the same JSON.
  return `${escapeJson(JSON.stringify(zoneMatrix(zones, configured)))}\n`;
}

/** Without a config file the one `default` zone's environment is decided by its sources: `auto`. */
function environmentOf(zone: ZoneConfig, configured: boolean): string {
  return configured ? zone.environment : "auto";
}

/**
 * `zones`: one line per zone, `<name> (<environment>) -> <output>: include ..., exclude ...`. The
 * name is a DNS label (the config's schema); the output and the globs come from the repository and
 * are JSON-quoted when they hold a space, a quote or anything a terminal would act on (model/printable.ts).
 */
export function renderZonesText(zones: readonly ZoneConfig[], configured = true): string {
  const lines = zones.map((z) => {
    const exclude = z.exclude.length === 0 ? "" : `, exclude ${z.exclude.map(printable).join(" ")}`;
    return `${z.name} (${environmentOf(z, configured)}) -> ${printable(z.output)}: include ${z.include.map(printable).join(" ")}${exclude}`;
  });
  return `${lines.join("\n")}\n`;
}
