/** The story merge's queue of candidate pairs: a binary max-heap, most alike first, ties to the earliest pair (deterministic). */

/** Two groups (by their first-seen index) that may merge, and the versions of both when their similarity was measured. */
export interface CandidatePair<G> {
  sim: number;
  a: G;
  b: G;
  ia: number;
  ib: number;
  va: number;
  vb: number;
}

/** A binary max-heap of candidate pairs: highest similarity first, then the earliest pair of groups. */
export class PairHeap<G> {
  private items: CandidatePair<G>[] = [];
  private before(x: CandidatePair<G>, y: CandidatePair<G>): boolean {
    return x.sim > y.sim || (x.sim === y.sim && (x.ia < y.ia || (x.ia === y.ia && x.ib < y.ib)));
  }
  push(p: CandidatePair<G>): void {
    const items = this.items;
    items.push(p);
    for (let i = items.length - 1; i > 0; ) {
      const parent = (i - 1) >> 1;
      if (!this.before(items[i] as CandidatePair<G>, items[parent] as CandidatePair<G>)) break;
      [items[i], items[parent]] = [items[parent] as CandidatePair<G>, items[i] as CandidatePair<G>];
      i = parent;
    }
  }
  pop(): CandidatePair<G> | undefined {
    const items = this.items;
    const top = items[0];
    const last = items.pop();
    if (items.length > 0 && last) {
      items[0] = last;
      for (let i = 0; ; ) {
        const l = 2 * i + 1;
        const r = l + 1;
        let m = i;
        if (l < items.length && this.before(items[l] as CandidatePair<G>, items[m] as CandidatePair<G>)) m = l;
        if (r < items.length && this.before(items[r] as CandidatePair<G>, items[m] as CandidatePair<G>)) m = r;
        if (m === i) break;
        [items[i], items[m]] = [items[m] as CandidatePair<G>, items[i] as CandidatePair<G>];
        i = m;
      }
    }
    return top;
  }
}
