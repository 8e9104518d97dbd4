/** The first index of a sorted array whose value is not below `v` (binary search). */
export function lowerBound<T extends number | string>(a: ArrayLike<T>, v: T): number {
  let lo = 0;
  let hi = a.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (a[mid]! < v) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
