/**
 * `1 MeshService`, `2 MeshServices`, `0 files`: a count with its noun in the right number, the one
 * grammar rule of every message and report. `plural` for nouns whose plural is not `<noun>s`. The
 * number is grouped as in en-US (`1,500 files`) when `grouped`.
 */
export function counted(n: number, noun: string, plural = `${noun}s`, grouped = false): string {
  return `${grouped ? n.toLocaleString("en-US") : String(n)} ${n === 1 ? noun : plural}`;
}
