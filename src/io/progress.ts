import { GROUP_END, groupStart, neutraliseCommands } from "../report/github.js";

/** Progress of the long steps of a run (clone, discovery, parsing many files, writing). */
export interface Progress {
  /** Runs `fn` as one named step: announced before, timed after; a log group on GitHub Actions. */
  step<T>(label: string, fn: () => Promise<T>): Promise<T>;
  /** Reports what a step did (a clone, a push, a pull request), as one line. */
  note(message: string): void;
}

export const SILENT_PROGRESS: Progress = { step: (_label, fn) => fn(), note: () => undefined };

export interface ProgressTarget {
  /** Where progress goes: stderr, so that stdout holds only the report. */
  readonly write: (text: string) => void;
  /** Inside a GitHub Actions step: each step becomes a collapsible log group. */
  readonly githubActions: boolean;
  /** Milliseconds, for the duration of each step. */
  readonly now?: () => number;
  /** Announce a step only once it has run this long (a terminal: quick steps stay quiet). */
  readonly slowOnly?: boolean;
  /** How long "a while" is for `slowOnly`, in milliseconds (default {@link SLOW_STEP_MS}). */
  readonly slowMs?: number;
}

/** A step shorter than this is not shown on a terminal (without --verbose). */
export const SLOW_STEP_MS = 1000;

/**
 * Progress lines on `write`; on GitHub Actions each step is wrapped in `::group::`/`::endgroup::`,
 * and a note or a label (which may name a branch, a URL or a file) never becomes a workflow command.
 */
export function createProgress(target: ProgressTarget): Progress {
  const now = target.now ?? (() => performance.now());
  const inert = target.githubActions ? neutraliseCommands : (text: string): string => text;
  return {
    note(message: string): void {
      target.write(inert(`meshservice-reconciler: ${message}\n`));
    },
    async step<T>(label: string, fn: () => Promise<T>): Promise<T> {
      const start = now();
      if (target.slowOnly === true && !target.githubActions) {
        // Announced only when it outlasts the threshold, and then its time too.
        let announced = false;
        const timer = setTimeout(() => {
          announced = true;
          target.write(`meshservice-reconciler: ${label}...\n`);
        }, target.slowMs ?? SLOW_STEP_MS);
        try {
          return await fn();
        } finally {
          clearTimeout(timer);
          if (announced) target.write(`meshservice-reconciler: ${label}: ${Math.round(now() - start)} ms\n`);
        }
      }
      target.write(`${target.githubActions ? groupStart(label) : `meshservice-reconciler: ${label}...`}\n`);
      try {
        return await fn();
      } finally {
        const ms = Math.round(now() - start);
        target.write(
          target.githubActions
            ? `${inert(`${label}: ${ms} ms`)}\n${GROUP_END}\n`
            : `meshservice-reconciler: ${label}: ${ms} ms\n`,
        );
      }
    },
  };
}
