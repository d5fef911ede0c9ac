import { execFile } from "node:child_process";
import { createHash } from "node:crypto";
import { readFile } from "node:fs/promises";
import { join, resolve } from "node:path";
import { isFeatureAvailable, restoreCache, saveCache } from "@actions/cache";
import { DEFAULT_CONFIG_FILE } from "../model/config.js";
import { isRemoteUrl } from "../model/repository.js";
import { readPackageJson } from "./package-files.js";

// The Action keeps the parse cache (src/io/cache.ts, one file per repository under
// <cacheHome>/meshservice-reconciler) in the GitHub Actions cache between runs, so that an hourly
// scheduled run parses only what changed since the last one. Only inside the Action: the runner
// gives the cache service's address and token to JavaScript actions, not to `run:` steps, and
// isFeatureAvailable() is false without them. It can only make a run faster: a failed restore or
// save is a warning, never a failed run.

export interface ActionCacheKeys {
  readonly primary: string;
  /** Tried in order when the primary key has no entry: the latest entry with that prefix wins. */
  readonly restore: readonly string[];
}

/**
 * The key of a run: tool version, config file digest, the zones it runs (`all`, or a digest of the
 * --zone names: each job of a zone matrix reads only its zone's files, and keeps its own entry) and
 * `git ls-files -s` digest (the index: every path with its blob id). A run whose repository is
 * unchanged finds its own entry; a changed one restores the latest entry of the same version,
 * config and zones, else of the same version and config, whose entries for unchanged files hit.
 * The cache file itself only uses entries of its own code version, so a looser restore key is safe.
 */
export function actionCacheKeys(facts: {
  readonly os: string;
  readonly version: string;
  readonly config: string;
  readonly zones: string;
  readonly index: string;
}): ActionCacheKeys {
  const base = `meshservice-reconciler-${facts.os}-${facts.version}-`;
  return {
    primary: `${base}${facts.config}-${facts.zones}-${facts.index}`,
    restore: [`${base}${facts.config}-${facts.zones}-`, `${base}${facts.config}-`, base],
  };
}

/**
 * Runs `f` with the output of this process's stdout sent to stderr: the cache client logs to stdout
 * (@actions/core), where the CLI writes only its report.
 */
async function logToStderr<T>(f: () => Promise<T>): Promise<T> {
  const stdout = process.stdout;
  const original = Object.getOwnPropertyDescriptor(stdout, "write");
  const toStderr = (...args: Parameters<typeof process.stderr.write>): boolean => process.stderr.write(...args);
  Object.defineProperty(stdout, "write", { value: toStderr, configurable: true, writable: true });
  try {
    return await f();
  } finally {
    if (original) Object.defineProperty(stdout, "write", original);
    else delete (stdout as { write?: unknown }).write; // back to the prototype's
  }
}

const digest = (data: string | Buffer): string => createHash("sha256").update(data).digest("hex").slice(0, 16);

function gitLsFiles(repoDir: string): Promise<string> {
  return new Promise((resolvePromise, reject) => {
    execFile("git", ["ls-files", "-s", "-z"], { cwd: repoDir, maxBuffer: 1 << 30 }, (error, stdout) =>
      error === null ? resolvePromise(stdout) : reject(new Error(`git ls-files: ${error.message}`)),
    );
  });
}

export interface RestoredCache {
  /** The key the cache was restored from, or null when there was none. */
  readonly restoredKey: string | null;
  readonly keys: ActionCacheKeys;
  /** Saves the parse cache under the primary key, unless it was restored from exactly that key. */
  save(): Promise<void>;
}

/** What the Actions cache takes from the options. */
export interface CacheOptions {
  readonly repo: string;
  readonly config: string | undefined;
  /** --zone: the zones the run reads; [] for all of them. */
  readonly zones: readonly string[];
  /** The parse cache's directory; null with --no-cache. */
  readonly cacheHome: string | null;
}

/**
 * Restores the parse cache of a local repository from the Actions cache; null when the run has
 * no cache (--no-cache), clones its repository (a URL: its files are known only after the clone),
 * or runs where the Actions cache service is not available.
 */
export async function restoreParseCache(
  options: CacheOptions,
  warn: (message: string) => void,
  env: Readonly<Record<string, string | undefined>> = process.env,
): Promise<RestoredCache | null> {
  if (options.cacheHome === null || isRemoteUrl(options.repo) || !isFeatureAvailable()) {
    return null;
  }
  const dir = join(options.cacheHome, "meshservice-reconciler");
  const repoDir = resolve(options.repo);
  let keys: ActionCacheKeys;
  try {
    const config = await readFile(join(repoDir, options.config ?? DEFAULT_CONFIG_FILE)).catch(() => "none");
    keys = actionCacheKeys({
      os: env["RUNNER_OS"] ?? process.platform,
      version: readPackageJson().version,
      config: digest(config),
      zones: options.zones.length === 0 ? "all" : digest([...new Set(options.zones)].sort().join("\n")),
      index: digest(await gitLsFiles(repoDir)),
    });
  } catch (e) {
    warn(`parse cache: no Actions cache key (${(e as Error).message}); running without it`);
    return null;
  }
  let restoredKey: string | null = null;
  try {
    restoredKey = (await logToStderr(() => restoreCache([dir], keys.primary, [...keys.restore]))) ?? null;
  } catch (e) {
    warn(`parse cache: cannot restore from the Actions cache (${(e as Error).message})`);
  }
  return {
    restoredKey,
    keys,
    async save(): Promise<void> {
      if (restoredKey === keys.primary) return; // the same repository: the same cache
      try {
        await logToStderr(() => saveCache([dir], keys.primary));
      } catch (e) {
        // Another run may have saved this key first (entries are immutable): as good as ours.
        warn(`parse cache: not saved to the Actions cache (${(e as Error).message})`);
      }
    },
  };
}
