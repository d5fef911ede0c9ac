// Failures of the environment (bad flags, unreadable repository, git) are thrown as these classes;
// only cli.ts turns them into output and an exit code.

export type ErrorCode = "usage" | "config" | "io" | "git" | "invalid-input" | "timeout" | "control-plane" | "internal";

export class ReconcilerError extends Error {
  readonly code: ErrorCode;
  readonly operation: string;

  constructor(code: ErrorCode, operation: string, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = "ReconcilerError";
    this.code = code;
    this.operation = operation;
  }
}

export class UsageError extends ReconcilerError {
  constructor(message: string) {
    super("usage", "parse arguments", message);
    this.name = "UsageError";
  }
}

export class IoError extends ReconcilerError {
  constructor(operation: string, message: string, options?: { cause?: unknown }) {
    super("io", operation, message, options);
    this.name = "IoError";
  }
}

export class GitError extends ReconcilerError {
  constructor(operation: string, message: string, options?: { cause?: unknown }) {
    super("git", operation, message, options);
    this.name = "GitError";
  }
}

/** The run passed its --timeout: every network step and git process of it was stopped. */
export class TimeoutError extends ReconcilerError {
  constructor(message: string, options?: { cause?: unknown }) {
    super("timeout", "timeout", message, options);
    this.name = "TimeoutError";
  }
}

/** The Kuma control plane of `--live` could not be read: unreachable, refused, or not Kuma's answer. */
export class ControlPlaneError extends ReconcilerError {
  constructor(message: string, options?: { cause?: unknown }) {
    super("control-plane", "read the control plane", message, options);
    this.name = "ControlPlaneError";
  }
}

export class InternalError extends ReconcilerError {
  constructor(operation: string, message: string, options?: { cause?: unknown }) {
    super("internal", operation, message, options);
    this.name = "InternalError";
  }
}
