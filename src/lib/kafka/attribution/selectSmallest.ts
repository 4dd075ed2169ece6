/**
 * Rearranges `items` in place so that its first `count` entries are the `count` smallest under
 * `compare`, in no particular order. `compare` must be a strict total order (it returns 0 only for
 * an item against itself), as the largest-remainder order is with its tie-break.
 *
 * Quickselect (Hoare's FIND): linear on average, where a full sort is n log n, which matters when
 * a pool of 10,000 topics hands out only its few thousand leftover cents. After more uneven
 * partitions than a balanced run would need, the rest is sorted instead, so the worst case stays
 * n log n.
 */
export function selectSmallest<T>(items: T[], count: number, compare: (a: T, b: T) => number): void {
  if (count <= 0 || count >= items.length) return;
  const target = count - 1;
  let low = 0;
  let high = items.length - 1;
  let partitionsLeft = 2 * Math.ceil(Math.log2(items.length));
  while (low < high) {
    if (partitionsLeft-- === 0) {
      const sorted = items.slice(low, high + 1).sort(compare);
      for (let i = 0; i < sorted.length; i++) items[low + i] = sorted[i]!;
      return;
    }
    const pivot = medianOfThree(items[low]!, items[(low + high) >>> 1]!, items[high]!, compare);
    let i = low;
    let j = high;
    while (i <= j) {
      while (compare(items[i]!, pivot) < 0) i++;
      while (compare(items[j]!, pivot) > 0) j--;
      if (i <= j) {
        const swap = items[i]!;
        items[i] = items[j]!;
        items[j] = swap;
        i++;
        j--;
      }
    }
    // Now items[low..j] ≤ pivot ≤ items[i..high], with at most the pivot itself in between: done
    // unless the last selected position and the one after it still lie on the same side.
    if (target < j) high = j;
    else if (target >= i) low = i;
    else return;
  }
}

function medianOfThree<T>(a: T, b: T, c: T, compare: (a: T, b: T) => number): T {
  if (compare(a, b) < 0) {
    if (compare(b, c) < 0) return b;
    return compare(a, c) < 0 ? c : a;
  }
  if (compare(a, c) < 0) return a;
  return compare(b, c) < 0 ? c : b;
}
