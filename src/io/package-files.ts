import { readFileSync } from "node:fs";
import type { Tool } from "../model/tool.js";

// The files the program ships with, beside its code: package.json (name and version) and schemas/.
const PACKAGE_ROOT = new URL("../../", import.meta.url);

/** A file of the installed package, by its path relative to the package root. */
export function packageFile(path: string): URL {
  return new URL(path, PACKAGE_ROOT);
}

let tool: Tool | undefined;

/** The tool's name and version from its package.json, read once. */
export function readTool(): Tool {
  if (tool === undefined) {
    const pkg = JSON.parse(readFileSync(packageFile("package.json"), "utf8")) as Tool;
    tool = { name: pkg.name, version: pkg.version };
  }
  return tool;
}
