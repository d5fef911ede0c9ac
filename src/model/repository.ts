// Where a repository is: a URL or scp-like address that is cloned, or a directory read in place.

/** True for the remote URL forms that are cloned rather than read in place. */
export function isRemoteUrl(repo: string): boolean {
  return /^(https?|ssh|file|git):\/\//.test(repo) || /^[\w.-]+@[\w.-]+:/.test(repo);
}
