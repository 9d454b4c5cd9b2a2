/** A teacher's captions (captions.ts): kept apart from the generated steps, shown over them, forgotten on request, read back safely. */
import { describe, expect, it } from "vitest";
import { addStep, arrangeStory, editCaption, emptyEdits, hideStep, loadEdits, moveStep, readEdits, removeStep, saveEdits, setCaption, shownStory, withEdits } from "../../src/client/captions.ts";
import type { StoryStep } from "../../src/client/story.ts";

const step = (id: string, caption: string): StoryStep => ({ id, kind: "report", title: "t", caption, nodes: ["a"], edges: [] });

class MemoryStorage {
  items = new Map<string, string>();
  getItem(k: string) {
    return this.items.get(k) ?? null;
  }
  setItem(k: string, v: string) {
    this.items.set(k, v);
  }
  removeItem(k: string) {
    this.items.delete(k);
  }
}

describe("teacher's captions", () => {
  it("show the teacher's words over claimtrail's, keep claimtrail's, and never change the steps", () => {
    const steps = [step("origin", "Generated one."), step("summary", "Generated two.")];
    const shown = withEdits(steps, { origin: "Look: the first outlet names nobody." });
    expect(shown.map((s) => [s.caption, s.edited, s.generated])).toEqual([
      ["Look: the first outlet names nobody.", true, "Generated one."],
      ["Generated two.", false, "Generated two."],
    ]);
    expect(steps[0]!.caption).toBe("Generated one.");
  });

  it("survive a new analysis that rewrites the generated caption of the same step, and apply to nothing when the step is gone", () => {
    const edits = editCaption({}, step("report:x", "Old words."), "  My words.  ");
    expect(withEdits([step("report:x", "New generated words.")], edits)[0]!.caption).toBe("My words.");
    expect(withEdits([step("report:y", "Other.")], edits)[0]!.edited).toBe(false);
  });

  it.each([
    ["an empty text forgets the edit", ""],
    ["claimtrail's own words forget the edit", "Generated."],
  ])("%s", (_name, text) => {
    const edits = editCaption({ origin: "Mine." }, step("origin", "Generated."), text);
    expect(edits).toEqual({});
  });

  it("round-trip through storage per case; unreadable storage counts as no edits; an older browser's captions-only record is read", () => {
    const storage = new MemoryStorage();
    const mine = { ...emptyEdits(), captions: { origin: "Mine." }, hidden: ["summary"] };
    expect(saveEdits(storage, "dam", mine)).toBe(true);
    expect(loadEdits(storage, "dam")).toEqual(mine);
    expect(loadEdits(storage, "other")).toEqual(emptyEdits());
    storage.setItem("claimtrail:captions:broken", "{not json");
    expect(loadEdits(storage, "broken")).toEqual(emptyEdits());
    storage.setItem("claimtrail:captions:odd", JSON.stringify({ origin: 3, summary: "ok" }));
    expect(loadEdits(storage, "odd")).toEqual({ ...emptyEdits(), captions: { summary: "ok" } });
    expect(saveEdits(storage, "dam", emptyEdits())).toBe(true);
    expect(storage.getItem("claimtrail:captions:dam")).toBeNull();
    expect(saveEdits(undefined, "dam", mine)).toBe(false);
  });
});

describe("teacher's story: order, hidden steps, own steps", () => {
  const generated = [step("origin", "G1."), step("report:a", "G2."), step("report:b", "G3."), step("summary", "G4.")];
  const ids = (list: { id: string }[]) => list.map((s) => s.id);

  it("moves a step among the steps the class sees, skipping hidden ones, and keeps the order across a re-analysis that adds a step", () => {
    let edits = hideStep(emptyEdits(), "report:a", true);
    expect(ids(shownStory(generated, edits))).toEqual(["origin", "report:b", "summary"]);
    edits = moveStep(edits, arrangeStory(generated, edits), "report:b", -1);
    expect(ids(shownStory(generated, edits))).toEqual(["report:b", "origin", "summary"]);
    // A new analysis tells one more re-report: it comes after the step before it in claimtrail's order.
    const reanalysed = [step("origin", "G1."), step("report:a", "G2."), step("report:c", "new"), step("report:b", "G3."), step("summary", "G4.")];
    expect(ids(shownStory(reanalysed, edits))).toEqual(["report:b", "origin", "report:c", "summary"]);
    expect(ids(shownStory(generated, hideStep(edits, "report:a", false)))).toContain("report:a");
    // The first step cannot move earlier.
    expect(moveStep(edits, arrangeStory(generated, edits), "report:b", -1)).toBe(edits);
  });

  it("adds a step of the teacher's own after a given step, with their words and selection, and deletes it with all that refers to it", () => {
    const own = { id: "own:1", title: "The two wire copies", caption: "Look at both.", nodes: ["a", "b"], edges: ["a->copies->b"] };
    let edits = addStep(emptyEdits(), arrangeStory(generated, emptyEdits()), own, "report:a");
    const shown = shownStory(generated, edits);
    expect(ids(shown)).toEqual(["origin", "report:a", "own:1", "report:b", "summary"]);
    expect(shown[2]).toMatchObject({ kind: "own", own: true, caption: "Look at both.", nodes: ["a", "b"], edges: ["a->copies->b"] });
    edits = setCaption(edits, shown[2]!, "  Both say the same.  ");
    expect(shownStory(generated, edits)[2]!.caption).toBe("Both say the same.");
    // An own step keeps some words: emptying them changes nothing.
    expect(setCaption(edits, shownStory(generated, edits)[2]!, " ")).toBe(edits);
    expect(removeStep(edits, "own:1")).toEqual({ ...emptyEdits(), order: ["origin", "report:a", "report:b", "summary"] });
  });

  it("reads only what it understands from a stored document", () => {
    expect(readEdits({ captions: { origin: "Mine.", bad: 2 }, hidden: ["x", 3], order: "no", added: [{ id: "not-own", caption: "x" }, { id: "own:2", caption: "Ok.", nodes: ["n"] }] })).toEqual({
      captions: { origin: "Mine." },
      hidden: ["x"],
      order: [],
      added: [{ id: "own:2", title: "", caption: "Ok.", nodes: ["n"], edges: [] }],
    });
    expect(readEdits(null)).toEqual(emptyEdits());
  });
});
