/** Date `a` is certainly before `b` (ISO-like: `2021`, `2021-05`, `2021-05-07`): by year, or within
 * a year by full dates of the same length; false when either is unknown. */
export function datedBefore(a: string | null, b: string | null): boolean {
  if (!a || !b) return false;
  const [ya, yb] = [a.slice(0, 4), b.slice(0, 4)];
  return ya !== yb ? ya < yb : a.length === b.length && a.length > 4 && a < b;
}
