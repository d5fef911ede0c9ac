import type { Command } from "../model/tool.js";
import { createHash } from "node:crypto";
import { compareStrings } from "../diagnostics.js";
import { counted } from "../model/words.js";
import type { FileChange } from "../plan/plan.js";

/** The changes that a commit holds: every action but `unchanged`, ordered by path. */
export function changedFiles(changes: readonly FileChange[]): FileChange[] {
  return changes.filter((c) => c.action !== "unchanged").sort((a, b) => compareStrings(a.path, b.path));
}

/**
 * The reconcile commit message: `chore(meshservices): reconcile <n> MeshServices` (`1 MeshService`; for
 * migrate `chore(policies): migrate <n> policy files to MeshService references`), then a body with
 * one `- <action> <path>` line per changed file, ordered by path. Nothing volatile (no date, no run
 * id), so that two runs on the same sources produce the same message (docs/design/interface.md, Git behaviour).
 */
export function commitMessage(changes: readonly FileChange[], command: Command = "apply"): string {
  const files = changedFiles(changes);
  const subject =
    command === "migrate"
      ? `chore(policies): migrate ${counted(files.length, "policy file")} to MeshService references`
      : `chore(meshservices): reconcile ${counted(files.length, "MeshService")}`;
  const body = files.map((c) => `- ${c.action} ${c.path}${c.handEdited ? " (was edited by hand)" : ""}`);
  return `${subject}\n\n${body.join("\n")}\n`;
}

/**
 * A hash of what the reconcile commit would contain (action, path and new content of each changed
 * file): equal hashes mean the same pull request content, whatever the base commit.
 */
export function contentHash(changes: readonly FileChange[]): string {
  const h = createHash("sha256");
  for (const c of changedFiles(changes)) h.update(`${c.action}\0${c.path}\0${c.after ?? ""}\0`);
  return h.digest("hex");
}

/** A commit author or committer. */
export interface Identity {
  readonly name: string;
  readonly email: string;
}

/** `Name <email>` as its two parts, or null when it is not of that form (the one author rule). */
export function readAuthor(author: string): Identity | null {
  const m = /^([^<>]+) <([^<>\s]+)>$/.exec(author);
  return m?.[1] && m[2] ? { name: m[1].trim(), email: m[2] } : null;
}

/** `Name <email>`, validated by options.ts with readAuthor, as its two parts. */
export function parseAuthor(author: string): Identity {
  const identity = readAuthor(author);
  if (identity === null) throw new Error(`not an author: ${author}`);
  return identity;
}
