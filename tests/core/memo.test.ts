/** The memo of case-level results (core/memo.ts): what it keeps between runs, and the shelf a case worker keeps memos on. */
import { describe, expect, it } from "vitest";
import { currentRun, MemoShelf, ResultMemo, remember, textKey, withMemo } from "../../src/core/memo.ts";

describe("ResultMemo", () => {
  it("answers a result the last run used and drops the ones it did not", () => {
    const memo = new ResultMemo();
    let computed = 0;
    const square = (x: number) => withMemo(memo, () => remember("square", String(x), () => (computed++, x * x)));
    memo.nextGeneration();
    expect([square(2), square(3)]).toEqual([4, 9]);
    memo.nextGeneration();
    expect(square(2)).toBe(4);
    expect(computed).toBe(2);
    // The run before used only 2: 3 is dropped at the next run.
    memo.nextGeneration();
    expect(square(3)).toBe(9);
    expect(computed).toBe(3);
  });
});

describe("currentRun", () => {
  it("names one run of one memo: key parts made with textKey in it hold for that run only", () => {
    const a = new ResultMemo();
    const b = new ResultMemo();
    expect(currentRun()).toBeUndefined();
    a.nextGeneration();
    b.nextGeneration();
    const first = withMemo(a, () => currentRun());
    expect(first).toBeDefined();
    expect(withMemo(a, () => currentRun())).toBe(first);
    expect(withMemo(b, () => currentRun())).not.toBe(first);
    // A text not met in a run is dropped at the next and may be numbered anew: the next run has another name.
    withMemo(a, () => textKey("ferry"));
    a.nextGeneration();
    expect(withMemo(a, () => currentRun())).not.toBe(first);
  });
});

describe("MemoShelf", () => {
  it("gives a case's memo back by its name and drops the least recently used beyond its capacity", () => {
    const shelf = new MemoShelf(2);
    const first = shelf.take("harbour");
    expect(shelf.take("harbour")).toBe(first);
    shelf.take("ferry");
    shelf.take("harbour");
    // "ferry" is now the least recently used: a third case pushes it off the shelf, not "harbour".
    shelf.take("bridge");
    expect(shelf.take("harbour")).toBe(first);
    const ferry = shelf.take("ferry");
    expect(ferry).not.toBe(first);
    expect(ferry.size).toBe(0);
  });
});
