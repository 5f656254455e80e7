/**
 * The first index in [0, length) at which `reached` holds, or `length` if it never does. `reached` must
 * be false for a prefix of the indices and true for the rest. O(log length) calls. The one binary search
 * that the text index and the collapsed text share (the content script's 10 KB budget).
 */
export function firstReached(length: number, reached: (index: number) => boolean): number {
  let low = 0;
  let high = length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (reached(mid)) high = mid;
    else low = mid + 1;
  }
  return low;
}
