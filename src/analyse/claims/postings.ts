/** Inverted lists, the index every comparing stage uses so that only items sharing a key are compared. */

/** For each key, the items (0 … count-1) that have it, in ascending order; keys in the order first met. */
export function postings(count: number, keysOf: (item: number) => Iterable<string>): Map<string, number[]> {
  const lists = new Map<string, number[]>();
  for (let item = 0; item < count; item++) {
    for (const key of keysOf(item)) {
      const list = lists.get(key);
      if (list) list.push(item);
      else lists.set(key, [item]);
    }
  }
  return lists;
}
