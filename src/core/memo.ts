/**
 * Results of pure functions kept from one analysis of a case to the next, so that adding an article recomputes only
 * what involves it: a pair's alignment, a text's fingerprints, a sentence's terms. A memo is made active around a
 * synchronous run (`withMemo`); inside it `remember` looks a result up by kind and key, outside it simply computes.
 * A cached result must depend on nothing but its key: every key names all the inputs (texts by `textKey`, options
 * spelled out), and callers never change what they get back, since the same object may be handed out again.
 * Bounded: each run starts a generation, and what the run before it did not use is dropped at the next one.
 */

/** Kept results of one case (or of anything analysed repeatedly), generation by generation. */
export class ResultMemo {
  private previous = new Map<string, unknown>();
  private current = new Map<string, unknown>();
  private previousTexts = new Map<string, number>();
  private currentTexts = new Map<string, number>();
  private nextText = 0;
  /** Lookups answered from the memo and results computed, for tests and benchmarks. */
  readonly counts = { hits: 0, computed: 0 };

  /** Starts a run: results the last run used are kept, the ones it did not are dropped. */
  nextGeneration(): void {
    this.previous = this.current;
    this.current = new Map();
    this.previousTexts = this.currentTexts;
    this.currentTexts = new Map();
  }

  /** The result kept under `key`, or `compute()`'s, kept. */
  get<T>(key: string, compute: () => T): T {
    if (this.current.has(key)) {
      this.counts.hits++;
      return this.current.get(key) as T;
    }
    if (this.previous.has(key)) {
      const value = this.previous.get(key) as T;
      this.current.set(key, value);
      this.counts.hits++;
      return value;
    }
    const value = compute();
    this.counts.computed++;
    this.current.set(key, value);
    return value;
  }

  /** A short stable name of a text: the same text gets the same number as long as each run meets it. */
  textId(text: string): number {
    let id = this.currentTexts.get(text);
    if (id !== undefined) return id;
    id = this.previousTexts.get(text) ?? this.nextText++;
    this.currentTexts.set(text, id);
    return id;
  }

  /** Entries kept (results and texts). */
  get size(): number {
    return this.current.size + this.currentTexts.size;
  }
}

let active: ResultMemo | undefined;

/** Runs `run` (synchronous) with `memo` active; without one, everything inside computes afresh. */
export function withMemo<T>(memo: ResultMemo | undefined, run: () => T): T {
  const outer = active;
  active = memo;
  try {
    return run();
  } finally {
    active = outer;
  }
}

/** Whether a memo is active (a caller may skip building keys when none is). */
export function memoActive(): boolean {
  return active !== undefined;
}

/** `compute()`'s result, kept under kind and key while a memo is active. `key` must name every input of the computation. */
export function remember<T>(kind: string, key: string, compute: () => T): T {
  return active ? active.get(`${kind}\u0000${key}`, compute) : compute();
}

/** A text as a memo key part (its number in the active memo); empty when no memo is active. */
export function textKey(text: string): string {
  return active ? String(active.textId(text)) : "";
}
