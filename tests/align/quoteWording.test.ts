import { describe, expect, it } from "vitest";
import { compareWording } from "../../src/align/quoteWording.ts";

/** Compares two whole texts as one quotation each. */
function compare(earlier: string, later: string) {
  return compareWording(earlier, [{ start: 0, end: earlier.length }], later, [{ start: 0, end: later.length }]);
}

describe("compareWording: a repeated quotation, same words or changed", () => {
  const statement = "The harbour toll will rise in spring for every ferry that docks after dark, and the council knows it.";

  it.each([
    ["a shorter excerpt is not a change", "the harbour toll will rise in spring"],
    ["punctuation and typography are not words", "The harbour toll will rise in spring, for every ferry that docks after dark — and the council knows it"],
    ["a capital at the start of an excerpt is not a change", "Every ferry that docks after dark"],
    ["a cut marked by an ellipsis is shown, not silent", "The harbour toll will rise in spring … and the council knows it."],
    // Three full stops are an ellipsis, not a full stop: the excerpt says it goes on ("… for every ferry...").
    ["an excerpt ending on three stops where the statement goes on", "The harbour toll will rise in spring for every ferry..."],
  ])("%s", (_, later) => {
    expect(compare(statement, later)?.same).toBe(true);
  });

  it.each([
    ["a word swapped", "The harbour toll will rise in summer for every ferry", "'spring' → 'summer'"],
    ["words dropped from the middle without an ellipsis", "The harbour toll will rise for every ferry that docks after dark", "dropped 'in spring'"],
    ["a full stop where the statement goes on", "The harbour toll will rise in spring for every ferry.", "stopped at 'ferry' where the statement goes on"],
  ])("%s", (_, later, change) => {
    const c = compare(statement, later);
    expect(c?.same).toBe(false);
    expect(c?.changes).toContain(change);
  });

  it("reads a negation written in capitals as the negation shouted, in the quotation's language", () => {
    const earlier = "Primarul nu a fost implicat în niciun accident la podul din Valea Mică";
    const later = "Primarul NU a fost implicat în niciun accident la podul din Valea Mică";
    expect(compareWording(earlier, [{ start: 0, end: earlier.length }], later, [{ start: 0, end: later.length }], "ro")?.same).toBe(true);
    const en = "the harbour master did not close the pier on Monday";
    expect(compareWording(en, [{ start: 0, end: en.length }], en.replace("not", "NOT"), [{ start: 0, end: en.length }], "en")?.same).toBe(true);
    // Not a word of negation: still an acronym written small.
    expect(compare("talks with the US delegation resume on Monday", "talks with the us delegation resume on Monday")?.same).toBe(false);
  });

  it("reads initials with stops as the acronym, but an acronym written small as another word", () => {
    const earlier = "talks with the US delegation resume on Monday";
    expect(compare(earlier, "talks with the U.S. delegation resume on Monday")?.same).toBe(true);
    expect(compare(earlier, "talks with the Us delegation resume on Monday")?.changes).toEqual(["'US' → 'Us'"]);
  });

  it("joins two pieces of one quotation into one without saying so: a change; broken by its attribution: not", () => {
    const earlier = "We will reopen the pier. Nobody expected the storm. The ferries run again next week.";
    expect(compare(earlier, "We will reopen the pier. The ferries run again next week.")?.same).toBe(false);
    const later = "“We will reopen the pier,” the mayor of Quillon said. “The ferries run again next week.”";
    const pieces = [
      { start: 1, end: later.indexOf("”") },
      { start: later.lastIndexOf("“") + 1, end: later.lastIndexOf("”") },
    ];
    expect(compareWording(earlier, [{ start: 0, end: earlier.length }], later, pieces)?.same).toBe(true);
  });

  it("does not take a chance match of a small word in another sentence as the start of the excerpt", () => {
    const earlier = "I spoke to the crew at dawn. The Valley Post board has failed the town for a decade and must go.";
    const c = compare(earlier, "The Valley Post board has failed the town for a decade");
    expect(c?.same).toBe(true);
    expect(earlier.slice(c!.earlier.start, c!.earlier.end)).toBe("The Valley Post board has failed the town for a decade");
  });

  it("still reads two pieces joined as a change when the earlier printing has a long stretch between them", () => {
    const middle = "The crews worked through the night on the eastern dyke and the ferry to Quillon stopped twice before dawn while the wind rose.";
    const earlier = `We will reopen the harbour pier on Friday morning. ${middle} The ferries run again next week from the north quay.`;
    const c = compare(earlier, "We will reopen the harbour pier on Friday morning. The ferries run again next week from the north quay.");
    expect(c?.same).toBe(false);
  });

  it("keeps two short opening words both printings share: dropping the words after them is a change", () => {
    const c = compare("This is a link, not proof that the new ferry is safer", "This is proof that the new ferry is safer");
    expect(c?.same).toBe(false);
    expect(c?.changes).toEqual(["dropped 'a link not'"]);
  });

  it("says nothing when the two share no word", () => {
    expect(compare("Harbour tolls rise.", "Quillon ferries sail.")).toBeUndefined();
  });
});

describe("a figure written three ways is one wording", () => {
  const whole = (t: string) => [{ start: 0, end: t.length }];
  const compare = (a: string, b: string) => compareWording(a, whole(a), b, whole(b));
  it("reads '12 percent', '12 per cent' and '12%' alike, and '12' → '20' as a change", () => {
    expect(compare("A rise of up to 12 percent may be needed", "A rise of up to 12 per cent may be needed")?.same).toBe(true);
    expect(compare("A rise of up to 12 percent may be needed", "A rise of up to 12% may be needed")?.same).toBe(true);
    expect(compare("A rise of up to 12 percent may be needed", "A rise of up to 20 percent may be needed")?.changes).toEqual(["'12' → '20'"]);
  });
});
