// The tool's own vocabulary: its name, its identity in reports and caches, and its commands.

export const TOOL_NAME = "meshservice-reconciler";

/** Name and version, as package.json gives them (src/io/package-files.ts reads it). */
export interface Tool {
  readonly name: string;
  readonly version: string;
}

export type Command = "plan" | "check" | "apply" | "migrate";
