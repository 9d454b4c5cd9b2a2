/** What the other members of a group hold: per member, the union of every other member's items, without one union per member. */

/**
 * For each member of `held` (each member's own items), the items some other member holds: the union of all but its
 * own, read from how many members hold each item. A union built anew per member was the square of the group (a claim
 * told by n reprints of one story gathered n − 1 sets for each of the n). A member that holds no item alone is given
 * the whole union, one set shared by all such members; only one with items of its own gets a set of its own. Never
 * changed by the caller (ReadonlySet); `has` and `size` are what it answers.
 */
export function heldByOthers<T>(held: ReadonlyMap<string, ReadonlySet<T>>): (member: string) => ReadonlySet<T> {
  const holders = new Map<T, number>();
  for (const own of held.values()) for (const item of own) holders.set(item, (holders.get(item) ?? 0) + 1);
  const all: ReadonlySet<T> = new Set(holders.keys());
  return (member) => {
    const alone = [...(held.get(member) ?? [])].filter((item) => holders.get(item) === 1);
    if (alone.length === 0) return all;
    const rest = new Set(all);
    for (const item of alone) rest.delete(item);
    return rest;
  };
}
