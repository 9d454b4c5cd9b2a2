/**
 * Results of pure functions kept from one analysis of a case to the next, so that adding an article recomputes only
 * what involves it: a pair's alignment, a text's fingerprints, a sentence's terms. A memo is made active around a
 * synchronous run (`withMemo`); inside it `remember` looks a result up by kind and key, outside it simply computes.
 * A cached result must depend on nothing but its key: every key names all the inputs (texts by `textKey`, options
 * spelled out), and callers never change what they get back, since the same object may be handed out again.
 * Bounded: each run starts a generation, and what the run before it did not use is dropped then.
 */

/** A kept result (or a text's number) and the last run that used it. */
interface Kept<T> {
  value: T;
  run: number;
}

/** Kept results of one case (or of anything analysed repeatedly), run by run. */
export class ResultMemo {
  /** Results by kind, then key: one lookup per use, and kinds never share a key space. */
  private readonly results = new Map<string, Map<string, Kept<unknown>>>();
  private readonly texts = new Map<string, Kept<number>>();
  /** What a stage left for its own next run (`leave`), by kind: one value each, not keyed by the inputs. */
  private readonly carried = new Map<string, Kept<unknown>>();
  /**
   * Results by kind, then by an input object (`getFor`), each with the other inputs it was computed from. Held weakly:
   * an object no longer handed to any run (an article removed or edited) takes its results with it.
   */
  private readonly byOwner = new Map<string, WeakMap<object, { inputs: readonly unknown[]; value: unknown }>>();
  private nextText = 0;
  private run = 0;
  /** A new object on each run: names the run to caches that hold something for one run only (`currentRun`). */
  private token: object = {};
  /** Lookups answered from the memo and results computed, for tests and benchmarks. */
  readonly counts = { hits: 0, computed: 0 };

  /** Starts a run: results the last run used are kept, the ones it did not are dropped. */
  nextGeneration(): void {
    const last = this.run++;
    this.token = {};
    // forEach, not for…of: no [key, value] pair made per entry (a case keeps a hundred thousand).
    const drop = <K, V extends { run: number }>(map: Map<K, V>) => map.forEach((kept, key) => kept.run < last && map.delete(key));
    this.results.forEach(drop);
    drop(this.texts);
    drop(this.carried);
  }

  /** What the last run that called `leave(kind, …)` left, or undefined. */
  recall<T>(kind: string): T | undefined {
    const kept = this.carried.get(kind);
    if (!kept) return undefined;
    kept.run = this.run;
    return kept.value as T;
  }

  /** Leaves `value` under `kind` for the next run's `recall` (replacing what was there). */
  leave(kind: string, value: unknown): void {
    this.carried.set(kind, { value, run: this.run });
  }

  /** The result kept under `kind` and `key`, or `compute()`'s, kept. */
  get<T>(kind: string, key: string, compute: () => T): T {
    let byKey = this.results.get(kind);
    if (!byKey) this.results.set(kind, (byKey = new Map()));
    const kept = byKey.get(key);
    if (kept) {
      kept.run = this.run;
      this.counts.hits++;
      return kept.value as T;
    }
    const value = compute();
    this.counts.computed++;
    byKey.set(key, { value, run: this.run });
    return value;
  }

  /**
   * The result kept under `kind` for `owner` while every one of `inputs` is the same (`Object.is`) as when it was
   * computed, or `compute()`'s, kept. For results of an object that is never changed and comes back the same on each
   * run of a case (a reading's sentence list): one lookup per article instead of one per sentence.
   */
  getFor<T>(kind: string, owner: object, inputs: readonly unknown[], compute: () => T): T {
    let byObject = this.byOwner.get(kind);
    if (!byObject) this.byOwner.set(kind, (byObject = new WeakMap()));
    const kept = byObject.get(owner);
    if (kept && kept.inputs.length === inputs.length && kept.inputs.every((x, i) => Object.is(x, inputs[i]))) {
      this.counts.hits++;
      return kept.value as T;
    }
    const value = compute();
    this.counts.computed++;
    byObject.set(owner, { inputs, value });
    return value;
  }

  /** The current run's token (see `currentRun`). */
  get runToken(): object {
    return this.token;
  }

  /** A short stable name of a text: the same text gets the same number as long as each run meets it. */
  textId(text: string): number {
    const kept = this.texts.get(text);
    if (kept) {
      kept.run = this.run;
      return kept.value;
    }
    const id = this.nextText++;
    this.texts.set(text, { value: id, run: this.run });
    return id;
  }

  /** Entries kept (results and texts). */
  get size(): number {
    let n = this.texts.size;
    for (const byKey of this.results.values()) n += byKey.size;
    return n + this.carried.size;
  }
}

/**
 * The memos of the last few cases, by a name of each case: a pool worker that runs the case-level stages keeps them
 * between the tasks it runs (the catalog's own memo stays on the thread that owns it). Least recently used dropped first.
 */
export class MemoShelf {
  private readonly memos = new Map<string, ResultMemo>();
  constructor(private readonly capacity: number) {}

  /** The memo kept under `key` (a new one if none), now the most recently used. */
  take(key: string): ResultMemo {
    const memo = this.memos.get(key) ?? new ResultMemo();
    this.memos.delete(key);
    this.memos.set(key, memo);
    for (const oldest of this.memos.keys()) {
      if (this.memos.size <= this.capacity) break;
      this.memos.delete(oldest);
    }
    return memo;
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
  return active ? active.get(kind, key, compute) : compute();
}

/**
 * `compute()`'s result, kept under kind for `owner` while a memo is active and reused while `inputs` are the same
 * objects or values. `owner` must never be changed, and the result must depend on nothing but `owner` and `inputs`
 * (see `ResultMemo.getFor`). Where the objects are new on each run (a case worker receives copies), nothing is found
 * and `compute` runs: it may still find per-text results through `remember`.
 */
export function rememberFor<T>(kind: string, owner: object, inputs: readonly unknown[], compute: () => T): T {
  return active ? active.getFor(kind, owner, inputs, compute) : compute();
}

/**
 * What a stage left on its last run of this case (`leave`), or undefined (no memo active, or nothing left). Unlike
 * `remember`, the value is not a result for given inputs: a stage uses it to redo only what its new inputs change,
 * and must give the same output whatever it finds here (nothing, or a state left from other inputs).
 */
export function recall<T>(kind: string): T | undefined {
  return active?.recall<T>(kind);
}

/** Leaves a stage's state for its next run of this case while a memo is active (see `recall`); the stage never changes it afterwards. */
export function leave(kind: string, value: unknown): void {
  active?.leave(kind, value);
}

/**
 * An object naming the active memo's current run (another object for another memo or another run), or undefined when
 * none is active: a cache of key parts made with `textKey` may hold them for one run of one memo only.
 */
export function currentRun(): object | undefined {
  return active?.runToken;
}

/** A text as a memo key part (its number in the active memo); empty when no memo is active. */
export function textKey(text: string): string {
  return active ? String(active.textId(text)) : "";
}
