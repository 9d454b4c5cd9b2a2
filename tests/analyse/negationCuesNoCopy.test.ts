// negationCues reads the relative and anonymity clauses with allMatches (src/core/text.ts), not matchAll, which copies
// each pattern, and compiles the copy, on every call: the same cues, without the copies. Own invented sentences.
import { afterEach, describe, expect, it, vi } from "vitest";
import { negationCues } from "../../src/analyse/stance.ts";

describe("negation cues outside a source's clauses", () => {
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it.each([
    ["en", "The ferry engineer, who did not want to be named, said the boat will not sail on Sunday.", ["not"]],
    ["en", "A mill clerk that asked not to be identified, said the mill was never sold.", ["never"]],
    ["de", "Ein Fährmann, der nicht genannt werden wollte, sagte, die Fähre fahre am Sonntag nicht.", ["nicht"]],
  ])("%s: %s", (language, text, cues) => {
    const copies = vi.spyOn(RegExp.prototype, Symbol.matchAll);
    const found = negationCues(text, language);
    expect(found.map((h) => h.text)).toEqual(cues);
    // Each cue is the last negation of the sentence, the one outside the clause about the source.
    for (const h of found) expect(text.lastIndexOf(h.text)).toBe(h.start);
    expect(copies).not.toHaveBeenCalled();
  });
});
