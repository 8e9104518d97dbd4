// Whether two texts are within k edits (insert, delete or replace one UTF-16 unit): how near two wordings are, by
// the quiz's key guards (shared-wording.ts) and the key audit (scripts/eval/key-audit.ts).

/** Whether `a` becomes `b` in at most `k` edits; stops as soon as every row is past k. */
export function editWithin(a: string, b: string, k: number): boolean {
  if (Math.abs(a.length - b.length) > k) return false;
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++)
      cur[j] = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    if (Math.min(...cur) > k) return false;
    prev = cur;
  }
  return prev[b.length]! <= k;
}
