/** Equality of what a run kept and what it has now, for the stages that carry results between runs of a case. */

/**
 * Whether two lists or sets hold the same items in the same order (`same` compares two items; identity by default).
 * A set's order is the order its items were added: two sets built the same way compare equal.
 */
export function sameInOrder<T>(a: readonly T[] | ReadonlySet<T>, b: readonly T[] | ReadonlySet<T>, same: (x: T, y: T) => boolean = Object.is): boolean {
  if (a === b) return true;
  if (sizeOf(a) !== sizeOf(b)) return false;
  const other = b[Symbol.iterator]();
  for (const x of a) if (!same(x, other.next().value as T)) return false;
  return true;
}

function sizeOf<T>(x: readonly T[] | ReadonlySet<T>): number {
  return Array.isArray(x) ? x.length : (x as ReadonlySet<T>).size;
}
