/**
 * Passage pairs whose word diff is worked out only for the passages that end up in a relation. Classifying reads every
 * shared passage of every aligned pair (and some twice, in a trial orientation or after a flip), while most never reach
 * a relation in a large case: a stock phrase many articles share, site furniture, a rejected orientation. The pair is
 * made with its `diff` key in place (so it serialises with its keys in the same order) and the diff filled in on demand.
 */
import type { DiffOp, Evidence, PassagePair } from "../graph/types.ts";

const pending = new WeakMap<PassagePair, () => DiffOp[]>();

/** A passage pair whose diff `diff` gives when `settleDiff` asks for it. */
export function pairWithPendingDiff(from: Evidence, to: Evidence, similarity: number, diff: () => DiffOp[]): PassagePair {
  const pair: PassagePair = { from, to, similarity, diff: undefined };
  pending.set(pair, diff);
  return pair;
}

/** Fills in the pair's diff if it is still pending; returns the pair. */
export function settleDiff(pair: PassagePair): PassagePair {
  const diff = pending.get(pair);
  if (diff) {
    pending.delete(pair);
    pair.diff = diff();
  }
  return pair;
}
