/** A teacher's captions (captions.ts): kept apart from the generated steps, shown over them, forgotten on request, read back safely. */
import { describe, expect, it } from "vitest";
import { editCaption, loadEdits, saveEdits, withEdits } from "../../src/client/captions.ts";
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

  it("round-trip through storage per case; unreadable storage counts as no edits", () => {
    const storage = new MemoryStorage();
    expect(saveEdits(storage, "dam", { origin: "Mine." })).toBe(true);
    expect(loadEdits(storage, "dam")).toEqual({ origin: "Mine." });
    expect(loadEdits(storage, "other")).toEqual({});
    storage.setItem("claimtrail:captions:broken", "{not json");
    expect(loadEdits(storage, "broken")).toEqual({});
    storage.setItem("claimtrail:captions:odd", JSON.stringify({ origin: 3, summary: "ok" }));
    expect(loadEdits(storage, "odd")).toEqual({ summary: "ok" });
    expect(saveEdits(storage, "dam", {})).toBe(true);
    expect(storage.getItem("claimtrail:captions:dam")).toBeNull();
    expect(saveEdits(undefined, "dam", { a: "b" })).toBe(false);
  });
});
