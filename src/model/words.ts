/**
 * `1 MeshService`, `2 MeshServices`, `0 files`: a count with its noun in the right number, the one
 * grammar rule of every message and report. `plural` for nouns whose plural is not `<noun>s`. The
 * number is grouped as in en-US (`1,500 files`) when `grouped`.
 */
export function counted(n: number, noun: string, plural = `${noun}s`, grouped = false): string {
  return `${grouped ? n.toLocaleString("en-US") : String(n)} ${n === 1 ? noun : plural}`;
}

/**
 * The candidates nearest to `word` by edit distance (Levenshtein, one edit per insert, delete or
 * substitution), for a "did you mean": those within a third of the word's length (at least 1, at
 * most 3 edits), only those at the smallest distance, in code-unit order; at most `max`.
 */
export function nearest(word: string, candidates: Iterable<string>, max = 3): string[] {
  const limit = Math.min(3, Math.max(1, Math.ceil(word.length / 3)));
  const scored: { c: string; d: number }[] = [];
  for (const c of new Set(candidates)) {
    if (c === word) continue;
    const d = editDistance(word, c, limit);
    if (d <= limit) scored.push({ c, d });
  }
  scored.sort((a, b) => a.d - b.d || (a.c < b.c ? -1 : a.c > b.c ? 1 : 0));
  // Only the nearest ones, as git's "did you mean" does: a farther one is noise beside them.
  return scored
    .filter((s) => s.d === scored[0]?.d)
    .slice(0, max)
    .map((s) => s.c);
}

/** ` Did you mean "a" or "b"?`, or "" when there is nothing near. */
export function didYouMean(word: string, candidates: Iterable<string>, quote = (s: string) => `"${s}"`): string {
  const near = nearest(word, candidates);
  if (near.length === 0) return "";
  const listed = near.map(quote);
  const last = listed.pop() ?? "";
  return ` Did you mean ${listed.length > 0 ? `${listed.join(", ")} or ${last}` : last}?`;
}

/** Levenshtein distance, stopping early (returning limit + 1) once it must exceed `limit`. */
function editDistance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      const v = Math.min((prev[j] ?? 0) + 1, (row[j - 1] ?? 0) + 1, (prev[j - 1] ?? 0) + cost);
      row.push(v);
      best = Math.min(best, v);
    }
    if (best > limit) return limit + 1;
    prev = row;
  }
  return prev[b.length] ?? limit + 1;
}
